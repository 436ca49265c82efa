//! `csv`: a table with a header row, columns mapped onto post fields by name.
//!
//! The text column is `ReadOptions::text_column`, or else the first header named
//! `text`, `content`, `body` or `message` (any case). Id, author, parent, thread and
//! date columns default to `id`, `author`, `parent_id`, `thread_id`, `created_at`;
//! `url`, `platform` and `kind` are picked up by those names. Every other column goes
//! into `extra` as a JSON string. Empty cells are absent values.
//!
//! The csv crate reads a whole record before the size check, so an oversized record is
//! reported and skipped but is held in memory once (quoted fields may span lines, so it
//! cannot be cut off by line).

use std::io::BufRead;

use serde_json::value::RawValue;

use crate::error::{ImportError, Position, Source};
use crate::jsonl::parse_kind;
use crate::options::ReadOptions;
use crate::post::{Post, PostKind};
use crate::time::parse_timestamp;

/// Header names accepted as the text column when none is given.
pub(crate) const DEFAULT_TEXT_COLUMNS: [&str; 4] = ["text", "content", "body", "message"];

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
        Ok(Columns {
            text,
            id: named(&options.id_column, "id")?,
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
    reader: csv::Reader<R>,
    columns: Option<Columns>,
    record: csv::ByteRecord,
    source: Source,
    options: ReadOptions,
    started: bool,
    finished: bool,
}

impl<R: BufRead> CsvRecords<R> {
    pub(crate) fn new(reader: R, options: &ReadOptions, source: Source) -> Self {
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        CsvRecords {
            reader,
            columns: None,
            record: csv::ByteRecord::new(),
            source,
            options: options.clone(),
            started: false,
            finished: false,
        }
    }

    fn start(&mut self) -> Result<(), ImportError> {
        let source = &self.source;
        let headers = self
            .reader
            .byte_headers()
            .map_err(|error| csv_fatal(source, &error))?;
        let mut names = Vec::with_capacity(headers.len());
        for (index, raw) in headers.iter().enumerate() {
            let raw = if index == 0 {
                raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
            } else {
                raw
            };
            let name = std::str::from_utf8(raw).map_err(|_| {
                source.fatal(Position::Line(1), "the header row is not valid UTF-8")
            })?;
            names.push(name.trim().to_owned());
        }
        if names.iter().all(String::is_empty) {
            return Err(source.fatal(Position::File, "no header row: the input is empty"));
        }
        let columns = Columns::resolve(names, &self.options)
            .map_err(|message| source.fatal(Position::Line(1), message))?;
        self.columns = Some(columns);
        Ok(())
    }
}

fn csv_fatal(source: &Source, error: &csv::Error) -> ImportError {
    let line = error
        .position()
        .map_or(Position::File, |position| Position::Line(position.line()));
    source.fatal(line, format!("cannot read CSV: {error}"))
}

/// Builds a post from one record, or says what is wrong with it.
fn to_post(record: &csv::ByteRecord, columns: &Columns, line: u64) -> Result<Post, String> {
    if record.len() != columns.headers.len() {
        return Err(format!(
            "record has {} fields, the header has {}",
            record.len(),
            columns.headers.len()
        ));
    }
    let mut cells = Vec::with_capacity(record.len());
    for (index, raw) in record.iter().enumerate() {
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
        None if parent_id.is_some() => PostKind::Reply,
        None => PostKind::Post,
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
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.finished = true;
                None
            }
            Ok(true) => {
                let line = self.record.position().map_or(0, csv::Position::line);
                let size = self.record.as_slice().len();
                if size > self.options.max_record_bytes {
                    return Some(Err(self.source.too_large(
                        line,
                        size as u64,
                        self.options.max_record_bytes,
                    )));
                }
                let columns = self.columns.as_ref()?;
                Some(
                    to_post(&self.record, columns, line)
                        .map_err(|message| self.source.record(line, message)),
                )
            }
            Err(error) => {
                // The csv reader only fails on I/O; malformed quoting is read leniently.
                self.finished = true;
                Some(Err(csv_fatal(&self.source, &error)))
            }
        }
    }
}
