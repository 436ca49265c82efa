//! `csv`: a table with a header row, columns mapped onto post fields by name.
//!
//! The text column is `ReadOptions::text_column`, or else the first header named
//! `text`, `content`, `body` or `message` (any case). Id, author, parent, thread and
//! date columns default to `id`, `author`, `parent_id`, `thread_id`, `created_at`;
//! `url`, `platform` and `kind` are picked up by those names. Every other column goes
//! into `extra` as a JSON string. Empty cells are absent values.
//!
//! The delimiter is `ReadOptions::delimiter`, or else sniffed from the header line: the
//! most frequent of `,`, `;`, tab and `|` outside quotes (so TSV and the `;` tables of
//! spreadsheets in many locales read without flags).
//!
//! Records are split here, not by the csv crate, because its lenient reading hides
//! broken quoting: a quote that is never closed swallows every following row into one
//! field without a word. This reader keeps the record's bytes (up to
//! `max_record_bytes`), and when a quoted field runs to the end of the input, or closes
//! on a later line and goes on with more text (the shape a missing quote leaves), it
//! reports the record where its quote opened and reads the lines after that one again
//! as records of their own. Quoting otherwise follows RFC 4180 as the csv crate reads
//! it (`""` inside quotes is a quote; a quote inside an unquoted field is text).

use std::io::{self, BufRead};

use serde_json::value::RawValue;

use crate::error::{ImportError, Position, Source};
use crate::jsonl::parse_kind;
use crate::options::ReadOptions;
use crate::post::{Post, PostKind};
use crate::time::parse_timestamp;

/// Header names accepted as the text column when none is given.
pub(crate) const DEFAULT_TEXT_COLUMNS: [&str; 6] = [
    "text",
    "content",
    "body",
    "message",
    "comment",
    "comment_text",
];

/// Header names that say the table's rows are comments (under a video, a post, an
/// article): its id column, or its text column.
const COMMENT_COLUMNS: [&str; 5] = [
    "comment_id",
    "comment",
    "comment_text",
    "comment_content",
    "comment_body",
];

/// Which column index feeds which post field.
struct Columns {
    text: usize,
    id: Option<usize>,
    author: Option<usize>,
    parent: Option<usize>,
    thread: Option<usize>,
    created_at: Option<usize>,
    url: Option<usize>,
    platform: Option<usize>,
    kind: Option<usize>,
    /// The header names the rows as comments: a row without a `kind` is a reply (it
    /// landed under someone else's post even where the table kept no parent).
    comments: bool,
    headers: Vec<String>,
}

impl Columns {
    fn resolve(headers: Vec<String>, options: &ReadOptions) -> Result<Self, String> {
        let find = |name: &str| headers.iter().position(|header| header == name);
        let find_any_case = |name: &str| {
            headers
                .iter()
                .position(|header| header.eq_ignore_ascii_case(name))
        };
        let named = |option: &Option<String>, default: &str| -> Result<Option<usize>, String> {
            match option {
                Some(name) => find(name)
                    .map(Some)
                    .ok_or_else(|| format!("no column named {name:?} in the header")),
                None => Ok(find_any_case(default)),
            }
        };
        let text = match &options.text_column {
            Some(name) => find(name).ok_or_else(|| format!("no column named {name:?} in the header"))?,
            None => DEFAULT_TEXT_COLUMNS.iter().find_map(|name| find_any_case(name)).ok_or_else(|| {
                format!(
                    "no text column: the header has none of {} (choose one with the text column option)",
                    DEFAULT_TEXT_COLUMNS.join(", ")
                )
            })?,
        };
        let comment_id = find_any_case("comment_id");
        let comments = comment_id.is_some()
            || COMMENT_COLUMNS
                .iter()
                .any(|name| headers[text].eq_ignore_ascii_case(name));
        Ok(Columns {
            text,
            id: named(&options.id_column, "id")?.or(comment_id),
            comments,
            author: named(&options.author_column, "author")?,
            parent: named(&options.parent_column, "parent_id")?,
            thread: named(&options.thread_column, "thread_id")?,
            created_at: named(&options.created_at_column, "created_at")?,
            url: find_any_case("url"),
            platform: find_any_case("platform"),
            kind: find_any_case("kind"),
            headers,
        })
    }

    fn is_mapped(&self, index: usize) -> bool {
        index == self.text
            || [
                self.id,
                self.author,
                self.parent,
                self.thread,
                self.created_at,
                self.url,
                self.platform,
                self.kind,
            ]
            .contains(&Some(index))
    }
}

pub(crate) struct CsvRecords<R: BufRead> {
    splitter: Splitter<R>,
    columns: Option<Columns>,
    source: Source,
    options: ReadOptions,
    started: bool,
    finished: bool,
}

impl<R: BufRead> CsvRecords<R> {
    pub(crate) fn new(mut reader: R, options: &ReadOptions, source: Source) -> Self {
        let delimiter = options
            .delimiter
            .unwrap_or_else(|| reader.fill_buf().map_or(b',', sniff_delimiter));
        CsvRecords {
            splitter: Splitter::new(reader, delimiter, options.max_record_bytes),
            columns: None,
            source,
            options: options.clone(),
            started: false,
            finished: false,
        }
    }

    fn start(&mut self) -> Result<(), ImportError> {
        let source = &self.source;
        let record = loop {
            match self.splitter.next_record() {
                None => {
                    return Err(source.fatal(Position::File, "no header row: the input is empty"));
                }
                Some(Err(error)) => return Err(source.io(self.splitter.line + 1, &error)),
                Some(Ok(record)) => match record.outcome {
                    Outcome::Complete if record.is_blank() => continue,
                    Outcome::Complete => break record,
                    _ => {
                        return Err(source.fatal(
                            Position::Line(record.line),
                            format!(
                                "cannot read the header row: {}",
                                record.problem(self.options.max_record_bytes)
                            ),
                        ));
                    }
                },
            }
        };
        let mut names = Vec::with_capacity(record.ends.len());
        for (index, raw) in record.fields().enumerate() {
            let raw = if index == 0 {
                raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
            } else {
                raw
            };
            let name = std::str::from_utf8(raw).map_err(|_| {
                source.fatal(
                    Position::Line(record.line),
                    "the header row is not valid UTF-8",
                )
            })?;
            names.push(name.trim().to_owned());
        }
        if names.iter().all(String::is_empty) {
            return Err(source.fatal(Position::File, "no header row: the input is empty"));
        }
        let columns = Columns::resolve(names, &self.options)
            .map_err(|message| source.fatal(Position::Line(record.line), message))?;
        self.columns = Some(columns);
        Ok(())
    }
}

/// The most frequent candidate delimiter outside quotes on the first line; `,` when
/// there is none or a tie with it.
pub(crate) fn sniff_delimiter(head: &[u8]) -> u8 {
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &byte in first_line {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(index) = candidates.iter().position(|&c| c == byte) {
            counts[index] += 1;
        }
    }
    let mut best = 0;
    for index in 1..candidates.len() {
        if counts[index] > counts[best] {
            best = index;
        }
    }
    candidates[best]
}

/// Where the record splitter is inside a field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a field.
    Start,
    Unquoted,
    Quoted,
    /// Just after a quote inside a quoted field: the end, or the first of `""`.
    QuoteInQuoted,
}

/// How reading one record ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Complete,
    /// Over the size cap; this many bytes were read (and dropped).
    TooLarge(u64),
    /// A quoted field runs to the end of the input.
    Unclosed,
    /// A quoted field closed on line `.0` (a later line than the record's first) and
    /// went on with more text: a quote is missing.
    ClosedLate(u64),
}

/// One record: its fields' bytes back to back, where each ends, and its first line.
struct RawRecord<'a> {
    line: u64,
    data: &'a [u8],
    ends: &'a [usize],
    outcome: Outcome,
}

impl RawRecord<'_> {
    fn fields(&self) -> impl Iterator<Item = &[u8]> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let field = &self.data[start..end];
            start = end;
            field
        })
    }

    /// An empty line, which CSV readers skip.
    fn is_blank(&self) -> bool {
        self.ends.len() == 1 && self.data.is_empty()
    }

    fn problem(&self, limit: usize) -> String {
        match self.outcome {
            Outcome::Complete => String::new(),
            Outcome::TooLarge(bytes) => {
                format!("record is over the limit of {limit} bytes ({bytes} bytes read); skipped")
            }
            Outcome::Unclosed => "unterminated quote: the quoted field that opens in this record \
                 is never closed; the record is skipped and the lines after this one are read as \
                 records"
                .to_owned(),
            Outcome::ClosedLate(line) => format!(
                "unterminated quote: a quoted field that opens in this record only closes on \
                 line {line}, followed by more text; the record is skipped and the lines after \
                 this one are read as records"
            ),
        }
    }
}

/// Splits CSV input into records, tracking quotes byte by byte (see the module docs).
struct Splitter<R> {
    reader: R,
    delimiter: u8,
    max_bytes: usize,
    /// Newlines consumed so far (the next record starts on line `line + 1`).
    line: u64,
    /// Lines to read again after a record with broken quoting, before `reader`.
    replay: Vec<u8>,
    replay_at: usize,
    data: Vec<u8>,
    ends: Vec<usize>,
    raw: Vec<u8>,
}

impl<R: BufRead> Splitter<R> {
    fn new(reader: R, delimiter: u8, max_bytes: usize) -> Self {
        Splitter {
            reader,
            delimiter,
            max_bytes,
            line: 0,
            replay: Vec::new(),
            replay_at: 0,
            data: Vec::new(),
            ends: Vec::new(),
            raw: Vec::new(),
        }
    }

    fn next_record(&mut self) -> Option<io::Result<RawRecord<'_>>> {
        self.data.clear();
        self.ends.clear();
        self.raw.clear();
        let first_line = self.line + 1;
        let mut state = State::Start;
        let mut total: u64 = 0;
        let mut overflowed = false;
        let mut saw_any = false;
        let mut ended = false;
        let mut closed_late = None;
        while !ended {
            let from_replay = self.replay_at < self.replay.len();
            let available = if from_replay {
                &self.replay[self.replay_at..]
            } else {
                match self.reader.fill_buf() {
                    Ok(available) => available,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => return Some(Err(error)),
                }
            };
            if available.is_empty() {
                break;
            }
            saw_any = true;
            let mut used = 0;
            for &byte in available {
                used += 1;
                if !overflowed {
                    self.raw.push(byte);
                    if self.raw.len() > self.max_bytes.saturating_add(2) {
                        overflowed = true;
                        self.raw = Vec::new();
                        self.data.clear();
                    }
                }
                let newline = byte == b'\n';
                if newline {
                    self.line += 1;
                }
                let delimiter = byte == self.delimiter;
                match state {
                    State::Quoted => {
                        if byte == b'"' {
                            state = State::QuoteInQuoted;
                        } else if !overflowed {
                            self.data.push(byte);
                        }
                        continue;
                    }
                    State::QuoteInQuoted if byte == b'"' => {
                        if !overflowed {
                            self.data.push(b'"');
                        }
                        state = State::Quoted;
                        continue;
                    }
                    State::QuoteInQuoted if !(delimiter || newline || byte == b'\r') => {
                        if self.line + 1 > first_line && closed_late.is_none() {
                            closed_late = Some(self.line + 1);
                        }
                        state = State::Unquoted;
                    }
                    State::Start if byte == b'"' => {
                        state = State::Quoted;
                        continue;
                    }
                    _ => {}
                }
                if delimiter {
                    self.ends.push(self.data.len());
                    state = State::Start;
                } else if newline {
                    if state == State::Unquoted && self.data.last() == Some(&b'\r') {
                        self.data.pop();
                    }
                    ended = true;
                    break;
                } else if !(byte == b'\r' && state == State::QuoteInQuoted) {
                    if state != State::QuoteInQuoted {
                        state = State::Unquoted;
                    }
                    if !overflowed {
                        self.data.push(byte);
                    }
                }
            }
            total += used as u64;
            if from_replay {
                self.replay_at += used;
            } else {
                self.reader.consume(used);
            }
        }
        if !saw_any {
            return None;
        }
        if !ended && state == State::Unquoted && self.data.last() == Some(&b'\r') {
            self.data.pop();
        }
        self.ends.push(self.data.len());
        let outcome = if overflowed {
            Outcome::TooLarge(total - u64::from(ended))
        } else if !ended && state == State::Quoted {
            Outcome::Unclosed
        } else if let Some(line) = closed_late {
            Outcome::ClosedLate(line)
        } else {
            Outcome::Complete
        };
        if matches!(outcome, Outcome::Unclosed | Outcome::ClosedLate(_)) {
            // Read the lines after the record's first one again, as records.
            if let Some(newline) = memchr::memchr(b'\n', &self.raw) {
                let mut replay = self.raw.split_off(newline + 1);
                replay.extend_from_slice(&self.replay[self.replay_at..]);
                self.replay = replay;
                self.replay_at = 0;
                self.line = first_line;
            }
        }
        Some(Ok(RawRecord {
            line: first_line,
            data: &self.data,
            ends: &self.ends,
            outcome,
        }))
    }
}

/// Builds a post from one record, or says what is wrong with it.
fn to_post(record: &RawRecord<'_>, columns: &Columns) -> Result<Post, String> {
    let line = record.line;
    if record.ends.len() != columns.headers.len() {
        return Err(format!(
            "record has {} fields, the header has {}",
            record.ends.len(),
            columns.headers.len()
        ));
    }
    let mut cells = Vec::with_capacity(record.ends.len());
    for (index, raw) in record.fields().enumerate() {
        let cell = std::str::from_utf8(raw)
            .map_err(|_| format!("column {:?} is not valid UTF-8", columns.headers[index]))?;
        cells.push(cell);
    }
    let cell = |index: Option<usize>| {
        index
            .map(|i| cells[i])
            .filter(|cell| !cell.trim().is_empty())
    };
    let owned = |index: Option<usize>| cell(index).map(str::to_owned);
    let parent_id = owned(columns.parent);
    let kind = match cell(columns.kind) {
        Some(name) => parse_kind(&name.trim().to_ascii_lowercase())?,
        None => PostKind::unstated(
            parent_id.is_some() || columns.comments,
            cell(columns.platform),
        ),
    };
    let created_at = cell(columns.created_at)
        .map(|raw| parse_timestamp(raw).map_err(|error| format!("column \"created_at\": {error}")))
        .transpose()?;
    let mut extra = Vec::new();
    for (index, value) in cells.iter().enumerate() {
        if columns.is_mapped(index) {
            continue;
        }
        let json = serde_json::to_string(value).map_err(|error| error.to_string())?;
        let raw = RawValue::from_string(json).map_err(|error| error.to_string())?;
        extra.push((columns.headers[index].clone(), raw));
    }
    Ok(Post {
        id: owned(columns.id).unwrap_or_else(|| line.to_string()),
        text: cells[columns.text].to_owned(),
        author: owned(columns.author),
        created_at,
        platform: owned(columns.platform),
        url: owned(columns.url),
        parent_id,
        thread_id: owned(columns.thread),
        kind,
        extra,
        ..Post::default()
    })
}

impl<R: BufRead> Iterator for CsvRecords<R> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        if !self.started {
            self.started = true;
            if let Err(error) = self.start() {
                self.finished = true;
                return Some(Err(error));
            }
        }
        loop {
            let record = match self.splitter.next_record() {
                None => {
                    self.finished = true;
                    return None;
                }
                Some(Err(error)) => {
                    self.finished = true;
                    return Some(Err(self.source.io(self.splitter.line + 1, &error)));
                }
                Some(Ok(record)) => record,
            };
            if record.outcome != Outcome::Complete {
                let message = record.problem(self.options.max_record_bytes);
                return Some(Err(self.source.record(record.line, message)));
            }
            if record.is_blank() {
                continue;
            }
            let columns = self.columns.as_ref()?;
            return Some(
                to_post(&record, columns)
                    .map_err(|message| self.source.record(record.line, message)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str, delimiter: Option<u8>) -> Vec<String> {
        let options = ReadOptions {
            delimiter,
            max_record_bytes: 64,
            ..ReadOptions::default()
        };
        let reader = std::io::BufReader::with_capacity(7, input.as_bytes());
        CsvRecords::new(reader, &options, Source::new("t.csv"))
            .map(|result| match result {
                Ok(post) => format!("{}={}", post.id, post.text),
                Err(error) => error.to_string(),
            })
            .collect()
    }

    #[test]
    fn sniffs_the_delimiter_from_the_header() {
        assert_eq!(sniff_delimiter(b"id;text;\"a,b,c\"\n1,2,3,4"), b';');
        assert_eq!(sniff_delimiter(b"id\ttext\n"), b'\t');
        assert_eq!(sniff_delimiter(b"id|text|x\n"), b'|');
        assert_eq!(sniff_delimiter(b"text\n"), b',');
        assert_eq!(sniff_delimiter(b"a,b;c\n"), b',', "a tie keeps the comma");
        assert_eq!(
            read("id\ttext\n1\thello, world\n2\t\"tab\tinside\"\n", None),
            ["1=hello, world", "2=tab\tinside"]
        );
        assert_eq!(
            read("id;text\r\n1;bonjour, \u{e7}a va\r\n", None),
            ["1=bonjour, \u{e7}a va"]
        );
        assert_eq!(read("id|text\n1|a,b;c\n", Some(b'|')), ["1=a,b;c"]);
    }

    #[test]
    fn a_row_without_a_kind_takes_the_one_its_platform_implies() {
        let options = ReadOptions::default();
        let input = "text,platform,kind\nfirst!,YouTube,\nhi,twitter,\nnew video,youtube,post\n";
        let kinds: Vec<PostKind> =
            CsvRecords::new(input.as_bytes(), &options, Source::new("t.csv"))
                .map(|post| post.unwrap().kind)
                .collect();
        assert_eq!(kinds, [PostKind::Reply, PostKind::Post, PostKind::Post]);
    }

    #[test]
    fn quoted_fields_span_lines_and_double_quotes() {
        assert_eq!(
            read(
                "id,text\n1,\"two\nlines, \"\"quoted\"\"\"\n\n2,x\"y\n3,\"\"\n",
                None
            ),
            ["1=two\nlines, \"quoted\"", "2=x\"y", "3="]
        );
    }

    #[test]
    fn an_unterminated_quote_is_reported_and_loses_no_row() {
        assert_eq!(
            read("id,text\n1,\"never closed\n2,second\n3,third\n", None),
            [
                "t.csv:2: unterminated quote: the quoted field that opens in this record is never closed; the record is skipped and the lines after this one are read as records",
                "2=second",
                "3=third",
            ]
        );
        assert_eq!(
            read(
                "id,text\n1,\"missing its end\n2,\"quoted\"\n3,third\n",
                None
            ),
            [
                "t.csv:2: unterminated quote: a quoted field that opens in this record only closes on line 3, followed by more text; the record is skipped and the lines after this one are read as records",
                "2=quoted",
                "3=third",
            ]
        );
    }

    #[test]
    fn oversized_records_are_skipped_with_their_line() {
        let long = "y".repeat(100);
        let got = read(&format!("id,text\n1,\"{long}\n{long}\"\n2,after\n"), None);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("t.csv:2: record is over the limit of 64 bytes (205 bytes read)"),
            "{got:?}"
        );
        assert_eq!(got[1], "2=after");
    }
}
