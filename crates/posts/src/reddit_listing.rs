//! `reddit` documents: the JSON Reddit itself serves. A comments page (a thread's URL
//! with `.json` appended, or what PRAW and `requests` users save) is an array of two
//! Listings, the submission's and the comments', each comment's replies a Listing
//! nested in its `data.replies` (`""` when it has none); any other listing
//! (`/r/<sub>/new.json`, `/user/<name>/comments.json`) is one Listing. Pretty-printed or
//! on one line, and several documents one after the other read the same way.
//!
//! The Listings' `children` arrays are streamed: each child (a submission, or a
//! top-level comment with every reply under it) is one record, held whole up to
//! `max_record_bytes`, and reported and skipped when larger, as an archive's items are.
//! A record is checked by serde_json (which skips values without recursing), then
//! walked once, front to back, with an explicit stack: every `t3` and `t1` becomes a
//! post in document order, a comment before its replies, mapped by the NDJSON reader's
//! own [`Pushshift::parse_thing`] from the thing's `data` with its `replies` left out,
//! so each comment is copied once whatever its depth. `more` stubs and things of other
//! kinds are counted as skipped; replies nested more than [`MAX_REPLY_DEPTH`] deep are
//! reported and skipped.

use std::collections::VecDeque;
use std::io::{self, BufRead};

use serde::de::IgnoredAny;

use crate::archive::json_error_here;
use crate::error::{ImportError, Position, Source};
use crate::json_array::{ArrayItems, Capture, JsonScanner, NextItem};
use crate::post::Post;
use crate::reddit::Pushshift;

/// How deep replies are read below a top-level comment (far deeper than a page Reddit
/// serves); deeper ones are reported and skipped. The walk does not recurse: this
/// bounds its stack of open things, and what a hostile file can make of it.
pub(crate) const MAX_REPLY_DEPTH: usize = 1000;

/// Things open at once at the deepest reply allowed: the top-level comment, and a
/// replies Listing and a reply for each level below it.
const MAX_OPEN_THINGS: usize = 2 * MAX_REPLY_DEPTH + 1;

/// The longest object key or top-level `kind` value read (they are a few bytes).
const MAX_KEY_BYTES: usize = 4096;

// Recognising a Listing from the first bytes of an input.

/// What the first bytes of an input say about it: the `kind` of its top-level object
/// (or of its top-level array's first item), and the kinds of that object's
/// `data.children` seen so far.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ListingHead {
    kind: Option<Vec<u8>>,
    children: bool,
    post_children: bool,
    other_children: bool,
}

impl ListingHead {
    /// A Listing: its `kind` says so (or, written with sorted keys and cut off before
    /// `kind`, its `data.children` holds a submission or comment).
    pub(crate) fn is_listing(&self) -> bool {
        match &self.kind {
            Some(kind) => kind == b"Listing",
            None => self.children && self.post_children,
        }
    }

    /// A Listing of submissions and comments (or of nothing seen yet), not of
    /// subreddits or accounts.
    pub(crate) fn is_reddit(&self) -> bool {
        self.is_listing() && (self.post_children || !self.other_children)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum HeadPlace {
    Root,
    Data,
    Children,
    Child,
    Other,
}

/// Reads the head of an input (cut off anywhere) as far as it goes, or until its first
/// top-level object closes.
pub(crate) fn listing_head(head: &[u8]) -> ListingHead {
    struct Level<'a> {
        place: HeadPlace,
        object: bool,
        key: Option<&'a [u8]>,
        expect_key: bool,
    }
    let mut out = ListingHead::default();
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut at = skip_space(head, 0);
    if head.get(at) == Some(&b'[') {
        at = skip_space(head, at + 1);
    }
    if head.get(at) != Some(&b'{') {
        return out;
    }
    let mut stack = vec![Level {
        place: HeadPlace::Root,
        object: true,
        key: None,
        expect_key: true,
    }];
    at += 1;
    while let (Some(&byte), Some(level)) = (head.get(at), stack.last_mut()) {
        match byte {
            b'"' => {
                let Some(end) = string_end(head, at) else {
                    break;
                };
                let content = &head[at + 1..end - 1];
                if level.object && level.expect_key {
                    level.key = Some(content);
                    level.expect_key = false;
                } else if level.key == Some(b"kind".as_slice()) {
                    match level.place {
                        HeadPlace::Root => out.kind = Some(content.to_vec()),
                        HeadPlace::Child if matches!(content, b"t1" | b"t3") => {
                            out.post_children = true;
                        }
                        HeadPlace::Child if content != b"more" => out.other_children = true,
                        _ => {}
                    }
                }
                at = end;
                continue;
            }
            b'{' | b'[' => {
                let place = match (level.place, level.key, byte) {
                    (HeadPlace::Root, Some(b"data"), b'{') => HeadPlace::Data,
                    (HeadPlace::Data, Some(b"children"), b'[') => {
                        out.children = true;
                        HeadPlace::Children
                    }
                    (HeadPlace::Children, _, b'{') => HeadPlace::Child,
                    _ => HeadPlace::Other,
                };
                stack.push(Level {
                    place,
                    object: byte == b'{',
                    key: None,
                    expect_key: byte == b'{',
                });
            }
            b'}' | b']' => {
                stack.pop();
                if stack.is_empty() {
                    break;
                }
            }
            b',' if level.object => {
                level.expect_key = true;
                level.key = None;
            }
            _ => {}
        }
        at += 1;
    }
    out
}

/// Whether a stream the caller says is Reddit holds Listing documents rather than one
/// thing a line: it opens with an array, or with a Listing object.
pub(crate) fn starts_with_listing<R: BufRead>(reader: &mut R) -> bool {
    let Ok(head) = reader.fill_buf() else {
        return false;
    };
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match head.get(skip_space(head, 0)) {
        Some(b'[') => true,
        Some(b'{') => listing_head(head).is_listing(),
        _ => false,
    }
}

// Byte helpers over JSON text.

pub(crate) fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// Past the string whose opening quote is at `at`; `None` if it is not closed.
pub(crate) fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut from = at + 1;
    loop {
        let found = from + memchr::memchr2(b'"', b'\\', bytes.get(from..)?)?;
        if bytes[found] == b'"' {
            return Some(found + 1);
        }
        from = found + 2;
    }
}

/// Past the value that starts at `at` (JSON already checked by serde_json).
fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => string_end(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut from = at;
            loop {
                // The next string or opening; with none, only closings are left.
                let found = memchr::memchr3(b'"', b'{', b'[', bytes.get(from..)?)
                    .map_or(bytes.len(), |offset| from + offset);
                // Closings between `from` and `found` end containers.
                for (offset, byte) in bytes.get(from..found)?.iter().enumerate() {
                    if matches!(byte, b'}' | b']') {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(from + offset + 1);
                        }
                    }
                }
                match bytes.get(found)? {
                    b'"' => from = string_end(bytes, found)?,
                    _ => {
                        depth += 1;
                        from = found + 1;
                    }
                }
            }
        }
        _ => Some(
            at + bytes[at..]
                .iter()
                .position(|byte| matches!(byte, b',' | b'}' | b']') || byte.is_ascii_whitespace())
                .unwrap_or(bytes.len() - at),
        ),
    }
}

// Walking one record: a child of a Listing, with every reply nested in it.

enum Frame {
    /// A thing (`{"kind": …, "data": {…}}`) and the output slot kept for it.
    Thing {
        start: usize,
        slot: usize,
        kind: Option<String>,
        data: Option<String>,
    },
    /// A thing's `data`, and the spans walked on their own (`replies`, `children`) that
    /// its text leaves out.
    Data {
        start: usize,
        cuts: Vec<(usize, usize)>,
    },
    /// A Listing's `children`.
    Children { start: usize },
}

/// A record's posts and errors in document order, each with the byte offset of the
/// thing it comes from.
type Slots = Vec<(usize, Option<Result<Post, String>>)>;

/// `data` from `start` to `end` with each cut span written as `null`.
fn without_cuts(text: &str, start: usize, end: usize, cuts: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(end - start);
    let mut from = start;
    for &(cut_start, cut_end) in cuts {
        out.push_str(&text[from..cut_start]);
        out.push_str("null");
        from = cut_end;
    }
    out.push_str(&text[from..end]);
    out
}

fn map_thing(
    parser: &mut Pushshift,
    kind: Option<String>,
    data: Option<String>,
) -> Option<Result<Post, String>> {
    match (kind.as_deref(), data) {
        // Its children were walked on their own.
        (Some("Listing"), _) => None,
        (Some("t1" | "t3"), Some(data)) => parser.parse_thing(&data).transpose(),
        // `more` stubs, accounts, subreddits: valid, not posts.
        (Some(_), Some(_)) => {
            parser.skipped.add_one();
            None
        }
        (Some(kind), None) => Some(Err(format!("a {kind:?} thing without a \"data\" object"))),
        (None, _) => Some(Err(
            "missing field \"kind\" (not a Reddit thing or Listing)".to_owned(),
        )),
    }
}

/// Every post and error of one record (valid JSON), in document order.
fn walk_record(parser: &mut Pushshift, text: &str) -> Slots {
    let bytes = text.as_bytes();
    let mut slots: Slots = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut things_open = 0usize;
    let mut at = skip_space(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        slots.push((
            at,
            Some(Err(
                "expected a Reddit thing ({\"kind\": …, \"data\": {…}}) in \"children\"".to_owned(),
            )),
        ));
        return slots;
    }
    slots.push((at, None));
    frames.push(Frame::Thing {
        start: at,
        slot: 0,
        kind: None,
        data: None,
    });
    things_open += 1;
    at += 1;
    loop {
        while bytes
            .get(at)
            .is_some_and(|byte| *byte == b',' || byte.is_ascii_whitespace())
        {
            at += 1;
        }
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        if matches!(byte, b'}' | b']') {
            let Some(frame) = frames.pop() else {
                break;
            };
            let end = at + 1;
            match frame {
                Frame::Children { start } => {
                    if let Some(Frame::Data { cuts, .. }) = frames.last_mut() {
                        cuts.push((start, end));
                    }
                }
                Frame::Data { start, cuts } => {
                    if let Some(Frame::Thing { data, .. }) = frames.last_mut() {
                        *data = Some(without_cuts(text, start, end, &cuts));
                    }
                }
                Frame::Thing {
                    start,
                    slot,
                    kind,
                    data,
                } => {
                    things_open -= 1;
                    slots[slot].1 = map_thing(parser, kind, data);
                    if let Some(Frame::Data { cuts, .. }) = frames.last_mut() {
                        cuts.push((start, end));
                    }
                }
            }
            at = end;
            if frames.is_empty() {
                break;
            }
            continue;
        }
        let Some(frame) = frames.last_mut() else {
            break;
        };
        let (key, value_at) = if let Frame::Children { .. } = frame {
            ("", at)
        } else {
            let Some(key_end) = string_end(bytes, at) else {
                break;
            };
            let colon = skip_space(bytes, key_end);
            (&text[at + 1..key_end - 1], skip_space(bytes, colon + 1))
        };
        let value = bytes.get(value_at).copied();
        match (frame, key, value) {
            (Frame::Thing { kind, .. }, "kind", Some(b'"')) => {
                let Some(end) = string_end(bytes, value_at) else {
                    break;
                };
                *kind = serde_json::from_str(&text[value_at..end]).ok();
                at = end;
            }
            (Frame::Thing { .. }, "data", Some(b'{')) => {
                frames.push(Frame::Data {
                    start: value_at,
                    cuts: Vec::new(),
                });
                at = value_at + 1;
            }
            (Frame::Data { .. }, "children", Some(b'[')) => {
                frames.push(Frame::Children { start: value_at });
                at = value_at + 1;
            }
            (Frame::Data { .. }, "replies", Some(b'{'))
            | (Frame::Children { .. }, _, Some(b'{'))
                if things_open >= MAX_OPEN_THINGS =>
            {
                let Some(end) = value_end(bytes, value_at) else {
                    break;
                };
                slots.push((
                    value_at,
                    Some(Err(format!(
                        "replies nested more than {MAX_REPLY_DEPTH} deep; the replies from here \
                         on are skipped"
                    ))),
                ));
                if let Some(Frame::Data { cuts, .. }) = frames.last_mut() {
                    cuts.push((value_at, end));
                }
                at = end;
            }
            (Frame::Data { .. }, "replies", Some(b'{'))
            | (Frame::Children { .. }, _, Some(b'{')) => {
                slots.push((value_at, None));
                frames.push(Frame::Thing {
                    start: value_at,
                    slot: slots.len() - 1,
                    kind: None,
                    data: None,
                });
                things_open += 1;
                at = value_at + 1;
            }
            _ => {
                let Some(end) = value_end(bytes, value_at) else {
                    break;
                };
                at = end;
            }
        }
    }
    if !frames.is_empty() {
        // Cannot happen after serde_json accepted the record; said rather than hidden.
        slots.push((at, Some(Err("malformed JSON".to_owned()))));
    }
    slots
}

/// Counts lines forward through a record, for errors at increasing offsets.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl Lines<'_> {
    fn line_at(&mut self, offset: usize) -> u64 {
        let offset = offset.clamp(self.at, self.bytes.len());
        self.line += memchr::memchr_iter(b'\n', &self.bytes[self.at..offset]).count() as u64;
        self.at = offset;
        self.line
    }
}

/// Reads one JSON record (its bytes, starting on `line`) into `out`: `map` turns its
/// text into posts and problems, each at its byte offset in the record. Invalid UTF-8,
/// and the JSON error `map` stops at, are reported at their lines. The Reddit and
/// YouTube readers each map a record their own way and read it so.
pub(crate) fn read_json_record<I>(
    bytes: &[u8],
    line: u64,
    source: &Source,
    out: &mut VecDeque<Result<Post, ImportError>>,
    map: impl FnOnce(&str) -> Result<I, serde_json::Error>,
) where
    I: IntoIterator<Item = (usize, Result<Post, String>)>,
{
    let mut lines = Lines { bytes, at: 0, line };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = lines.line_at(error.valid_up_to());
            out.push_back(Err(source.record(at, "invalid UTF-8")));
            return;
        }
    };
    match map(text) {
        Ok(mapped) => {
            for (offset, result) in mapped {
                out.push_back(
                    result.map_err(|message| source.record(lines.line_at(offset), message)),
                );
            }
        }
        Err(error) => {
            let at = line + (error.line() as u64).saturating_sub(1);
            out.push_back(Err(source.record(at, json_error_here(&error))));
        }
    }
}

/// Reads one record (a Listing's child, starting on `line`) into `out`: checked whole
/// by serde_json first, then walked.
fn read_record(
    parser: &mut Pushshift,
    bytes: &[u8],
    line: u64,
    source: &Source,
    out: &mut VecDeque<Result<Post, ImportError>>,
) {
    read_json_record(bytes, line, source, out, |text| {
        serde_json::from_str::<IgnoredAny>(text)?;
        Ok(walk_record(parser, text)
            .into_iter()
            .filter_map(|(offset, slot)| slot.map(|result| (offset, result))))
    });
}

// Walking the document around the records: top-level arrays, Listings, their `data`.

/// A container open around the scanner.
enum Open {
    /// A top-level array of Listings.
    Array,
    /// A Listing object (or what should be one), the line it starts on and its `kind`.
    Listing { line: u64, kind: Option<String> },
    /// A Listing's `data`.
    Data,
}

/// Where walking the document stopped.
enum Stop {
    /// Just inside a `children` array.
    Children,
    /// A top-level object that is not a Listing (reading goes on after it).
    NotListing { line: u64, message: String },
    /// The end of the input.
    End,
}

const NOT_A_LISTING: &str = "not a Reddit Listing: expected `{\"kind\": \"Listing\", …}` or an \
     array of them (a thread's .json, /r/<sub>/new.json…)";

/// Reads the key whose opening quote is next.
pub(crate) fn read_key<R: BufRead>(
    scanner: &mut JsonScanner<R>,
) -> io::Result<Result<String, String>> {
    let mut key = Vec::new();
    Ok(
        match scanner.capture_value(Some(&mut key), MAX_KEY_BYTES)? {
            Capture::Complete => serde_json::from_slice::<String>(&key)
                .map_err(|error| format!("malformed JSON: bad object key: {error}")),
            Capture::TooLarge(_) => Err("malformed JSON: an object key over 4 KiB".to_owned()),
            Capture::Truncated => Err("truncated: the input ends inside an object key".to_owned()),
        },
    )
}

/// The documents' outer containers, walked with the scanner between records.
#[derive(Default)]
struct Outer {
    open: Vec<Open>,
    /// A value of the innermost container was just read: a `,` or its end comes next.
    after_value: bool,
}

impl Outer {
    fn walk<R: BufRead>(
        &mut self,
        scanner: &mut JsonScanner<R>,
    ) -> io::Result<Result<Stop, String>> {
        loop {
            let next = scanner.skip_whitespace()?;
            let Some(innermost) = self.open.last_mut() else {
                match next {
                    None => return Ok(Ok(Stop::End)),
                    Some(b'[') => self.open.push(Open::Array),
                    Some(b'{') => self.open.push(Open::Listing {
                        line: scanner.line(),
                        kind: None,
                    }),
                    Some(_) => return Ok(Err(NOT_A_LISTING.to_owned())),
                }
                scanner.bump();
                self.after_value = false;
                continue;
            };
            let Some(byte) = next else {
                let inside = match innermost {
                    Open::Array => "the top-level array",
                    Open::Listing { .. } => "a Listing",
                    Open::Data => "a Listing's \"data\"",
                };
                return Ok(Err(format!("truncated: the input ends inside {inside}")));
            };
            match (innermost, byte) {
                (_, b',') if self.after_value => {
                    scanner.bump();
                    self.after_value = false;
                }
                (Open::Array, b']') | (Open::Data, b'}') => {
                    scanner.bump();
                    self.open.pop();
                    self.after_value = true;
                }
                (Open::Listing { .. }, b'}') => {
                    scanner.bump();
                    self.after_value = true;
                    if let Some(Open::Listing { line, kind }) = self.open.pop()
                        && kind.as_deref() != Some("Listing")
                    {
                        let message = match kind {
                            Some(kind) => format!(
                                "not a Reddit Listing but a {kind:?} thing; skipped (one thing a \
                                 line is read as NDJSON)"
                            ),
                            None => format!("{NOT_A_LISTING}; skipped"),
                        };
                        return Ok(Ok(Stop::NotListing { line, message }));
                    }
                }
                (Open::Array, b'{') if !self.after_value => {
                    let line = scanner.line();
                    scanner.bump();
                    self.open.push(Open::Listing { line, kind: None });
                }
                (Open::Array, _) => {
                    return Ok(Err(format!(
                        "{NOT_A_LISTING}: expected a Listing object in the top-level array"
                    )));
                }
                (innermost, b'"') if !self.after_value => {
                    let key = match read_key(scanner)? {
                        Ok(key) => key,
                        Err(message) => return Ok(Err(message)),
                    };
                    if scanner.skip_whitespace()? != Some(b':') {
                        return Ok(Err(format!("malformed JSON: expected ':' after {key:?}")));
                    }
                    scanner.bump();
                    let value = scanner.skip_whitespace()?;
                    self.after_value = true;
                    match (innermost, key.as_str(), value) {
                        (_, _, None) => {
                            return Ok(Err(format!("truncated: the input ends after {key:?}")));
                        }
                        (Open::Listing { kind, .. }, "kind", Some(b'"')) => {
                            let mut raw = Vec::new();
                            if !matches!(
                                scanner.capture_value(Some(&mut raw), MAX_KEY_BYTES)?,
                                Capture::Complete
                            ) {
                                return Ok(Err("malformed JSON: unreadable \"kind\"".to_owned()));
                            }
                            *kind = serde_json::from_slice(&raw).ok();
                        }
                        // A thing's data (its kind said first) is not walked.
                        (Open::Listing { kind, .. }, "data", Some(b'{'))
                            if kind.as_deref().is_none_or(|kind| kind == "Listing") =>
                        {
                            scanner.bump();
                            self.open.push(Open::Data);
                            self.after_value = false;
                        }
                        (Open::Data, "children", Some(b'[')) => {
                            scanner.bump();
                            return Ok(Ok(Stop::Children));
                        }
                        _ => {
                            if matches!(scanner.capture_value(None, 0)?, Capture::Truncated) {
                                return Ok(Err(format!(
                                    "truncated: the input ends inside {key:?}"
                                )));
                            }
                        }
                    }
                }
                (_, _) => {
                    return Ok(Err(
                        "malformed JSON: expected an object key, ',' or '}'".to_owned()
                    ));
                }
            }
        }
    }
}

enum State<R> {
    Walking(JsonScanner<R>),
    Children(ArrayItems<R>),
    Done,
}

/// Posts from Reddit Listing documents.
pub(crate) struct ListingRecords<R> {
    state: State<R>,
    outer: Outer,
    parser: Pushshift,
    source: Source,
    max_bytes: usize,
    queue: VecDeque<Result<Post, ImportError>>,
}

impl<R: BufRead> ListingRecords<R> {
    pub(crate) fn new(reader: R, parser: Pushshift, source: Source, max_bytes: usize) -> Self {
        ListingRecords {
            state: State::Walking(JsonScanner::new(reader)),
            outer: Outer::default(),
            parser,
            source,
            max_bytes,
            queue: VecDeque::new(),
        }
    }
}

impl<R: BufRead> Iterator for ListingRecords<R> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Walking(mut scanner) => match self.outer.walk(&mut scanner) {
                    Ok(Ok(Stop::End)) => return None,
                    Ok(Ok(Stop::Children)) => {
                        self.state = State::Children(ArrayItems::new(scanner, self.max_bytes));
                    }
                    Ok(Ok(Stop::NotListing { line, message })) => {
                        self.state = State::Walking(scanner);
                        return Some(Err(self.source.record(line, message)));
                    }
                    Ok(Err(message)) => {
                        let position = Position::Line(scanner.line());
                        return Some(Err(self.source.fatal(position, message)));
                    }
                    Err(error) => return Some(Err(self.source.io(scanner.line(), &error))),
                },
                State::Children(mut items) => {
                    match items.next_item(&self.source, &mut self.queue) {
                        NextItem::End => {
                            // Cut off inside the array: that was reported, and is the end.
                            if items.closed() {
                                self.state = State::Walking(items.into_scanner());
                            }
                            continue;
                        }
                        NextItem::Reported => {}
                        NextItem::Item { line, bytes } => read_record(
                            &mut self.parser,
                            bytes,
                            line,
                            &self.source,
                            &mut self.queue,
                        ),
                    }
                    self.state = State::Children(items);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
