//! Single-document JSON archives (Twitter `tweets.js`, Mastodon `outbox.json`): find
//! the array of records, then hand each item to a format's parser.

use std::io::{self, BufRead};

use serde_json::Value;
use serde_json::value::RawValue;

use crate::error::{ImportError, Position, Source};
use crate::json_array::{ArrayEvent, ArrayItems, Capture, JsonScanner};
use crate::post::Post;

/// What a format makes of one array item. `Ok(None)`: valid but not a post (the
/// parser counts it as skipped).
pub(crate) trait ItemParser {
    fn parse_item(&mut self, item: &Value) -> Result<Option<Post>, String>;
}

/// Moves the scanner to just inside the records array, or says why this is not the
/// expected archive.
type Opener<R> = fn(&mut JsonScanner<R>) -> io::Result<Opening>;

/// Where an [`Opener`] left the scanner, or why it could not open the archive.
pub(crate) type Opening = Result<Opened, String>;

pub(crate) enum Opened {
    /// Just inside the records array.
    Items,
    /// The archive is valid and holds no records.
    Empty,
}

enum State<R> {
    Opening(JsonScanner<R>),
    Items(ArrayItems<R>),
    Done,
}

pub(crate) struct ArchiveRecords<R, P> {
    state: State<R>,
    open: Opener<R>,
    parser: P,
    source: Source,
    max_item_bytes: usize,
}

impl<R: BufRead, P: ItemParser> ArchiveRecords<R, P> {
    pub(crate) fn new(
        reader: R,
        open: Opener<R>,
        parser: P,
        source: Source,
        max_item_bytes: usize,
    ) -> Self {
        ArchiveRecords {
            state: State::Opening(JsonScanner::new(reader)),
            open,
            parser,
            source,
            max_item_bytes,
        }
    }
}

impl<R: BufRead, P: ItemParser> Iterator for ArchiveRecords<R, P> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Opening(mut scanner) => match (self.open)(&mut scanner) {
                    Ok(Ok(Opened::Items)) => {
                        self.state = State::Items(ArrayItems::new(scanner, self.max_item_bytes))
                    }
                    Ok(Ok(Opened::Empty)) => return None,
                    Ok(Err(message)) => {
                        let position = Position::Line(scanner.line());
                        return Some(Err(self.source.fatal(position, message)));
                    }
                    Err(error) => return Some(Err(self.source.io(scanner.line(), &error))),
                },
                State::Items(mut items) => {
                    let result = match items.next_event() {
                        None => return None,
                        Some(ArrayEvent::Io { line, error }) => {
                            Some(Err(self.source.io(line, &error)))
                        }
                        Some(
                            ArrayEvent::Problem { line, message }
                            | ArrayEvent::Skipped { line, message },
                        ) => Some(Err(self.source.record(line, message))),
                        Some(ArrayEvent::Item { line, bytes }) => {
                            match serde_json::from_slice::<Value>(bytes) {
                                Err(error) => {
                                    let at = line + error.line().saturating_sub(1) as u64;
                                    Some(Err(self.source.record(at, json_error_here(&error))))
                                }
                                Ok(value) => match self.parser.parse_item(&value) {
                                    Ok(Some(post)) => Some(Ok(post)),
                                    Ok(None) => None,
                                    Err(message) => Some(Err(self.source.record(line, message))),
                                },
                            }
                        }
                    };
                    self.state = State::Items(items);
                    if result.is_some() {
                        return result;
                    }
                }
            }
        }
    }
}

/// serde_json's message with the column, the line being reported separately.
pub(crate) fn json_error_here(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(bare) => format!("{bare} (column {})", error.column()),
        None => text,
    }
}

/// `tweets.js`: `window.YTD.tweets.part0 = [` (any `window.YTD.<name>.part<N> =`),
/// the 2012–2018 archive's `Grailbird.data.tweets_YYYY_MM = [`, or a bare array.
pub(crate) fn open_twitter<R: BufRead>(scanner: &mut JsonScanner<R>) -> io::Result<Opening> {
    const NOT_TWITTER: &str = "not a Twitter archive file: expected `window.YTD.<name>.part<N> = [`, \
         `Grailbird.data.<name> = [` or a JSON array";
    match scanner.skip_whitespace()? {
        Some(b'[') => {
            scanner.bump();
            return Ok(Ok(Opened::Items));
        }
        Some(b'w' | b'G') => {}
        _ => return Ok(Err(NOT_TWITTER.to_owned())),
    }
    let mut prefix = Vec::new();
    while prefix.len() < 256 {
        match scanner.peek()? {
            Some(b'=') => break,
            Some(byte) => {
                prefix.push(byte);
                scanner.bump();
            }
            None => return Ok(Err(NOT_TWITTER.to_owned())),
        }
    }
    let known = prefix.starts_with(b"window.YTD.") || prefix.starts_with(b"Grailbird.data.");
    if !known || scanner.peek()? != Some(b'=') {
        return Ok(Err(NOT_TWITTER.to_owned()));
    }
    scanner.bump();
    if scanner.skip_whitespace()? != Some(b'[') {
        return Ok(Err(NOT_TWITTER.to_owned()));
    }
    scanner.bump();
    Ok(Ok(Opened::Items))
}

/// `outbox.json`: an object whose `orderedItems` member is the array of activities,
/// or whose `first` page (embedded) holds it.
pub(crate) fn open_outbox<R: BufRead>(scanner: &mut JsonScanner<R>) -> io::Result<Opening> {
    if scanner.skip_whitespace()? != Some(b'{') {
        return Ok(Err(
            "not a Mastodon outbox: expected a JSON object".to_owned()
        ));
    }
    scanner.bump();
    let mut found = Found::default();
    match find_ordered_items(scanner, &mut found, 0)? {
        Ok(true) => Ok(Ok(Opened::Items)),
        Ok(false) => Ok(match found.first_page_url {
            Some(url) => Err(format!(
                "not a whole Mastodon outbox: the items are on another page (\"first\": {url})"
            )),
            // Some real archives write `"orderedItems":[]` before the real array; an
            // outbox with only empty ones is empty, not broken.
            None if found.empty_array => Ok(Opened::Empty),
            None => Err("not a Mastodon outbox: no \"orderedItems\" array".to_owned()),
        }),
        Err(message) => Ok(Err(message)),
    }
}

/// What [`find_ordered_items`] saw besides a non-empty `orderedItems` array.
#[derive(Default)]
struct Found {
    empty_array: bool,
    first_page_url: Option<String>,
}

/// Reads the members of the object the scanner is inside (its `{` already read) up to
/// a non-empty `orderedItems` array, leaving the scanner just inside it (`Ok(true)`), or
/// past the object's `}` (`Ok(false)`). An embedded `first` page is searched too.
fn find_ordered_items<R: BufRead>(
    scanner: &mut JsonScanner<R>,
    found: &mut Found,
    depth: u8,
) -> io::Result<Result<bool, String>> {
    let mut key_bytes = Vec::new();
    loop {
        match scanner.skip_whitespace()? {
            None => {
                return Ok(Err(
                    "truncated: the input ends before \"orderedItems\"".to_owned()
                ));
            }
            Some(b'}') => {
                scanner.bump();
                return Ok(Ok(false));
            }
            Some(b',') => scanner.bump(),
            Some(b'"') => {
                key_bytes.clear();
                if !matches!(
                    scanner.capture_value(Some(&mut key_bytes), 4096)?,
                    Capture::Complete
                ) {
                    return Ok(Err(
                        "not a Mastodon outbox: unreadable object key".to_owned()
                    ));
                }
                let key: String = match serde_json::from_slice(&key_bytes) {
                    Ok(key) => key,
                    Err(error) => {
                        return Ok(Err(format!(
                            "not a Mastodon outbox: bad object key: {error}"
                        )));
                    }
                };
                if scanner.skip_whitespace()? != Some(b':') {
                    return Ok(Err(format!("malformed JSON: expected ':' after {key:?}")));
                }
                scanner.bump();
                let value_start = scanner.skip_whitespace()?;
                if key == "orderedItems" {
                    if value_start != Some(b'[') {
                        return Ok(Err(
                            "not a Mastodon outbox: \"orderedItems\" is not an array".to_owned(),
                        ));
                    }
                    scanner.bump();
                    if scanner.skip_whitespace()? != Some(b']') {
                        return Ok(Ok(true));
                    }
                    scanner.bump();
                    found.empty_array = true;
                    continue;
                }
                if key == "first" && value_start == Some(b'{') && depth == 0 {
                    scanner.bump();
                    match find_ordered_items(scanner, found, depth + 1)? {
                        Ok(false) => continue,
                        other => return Ok(other),
                    }
                }
                let mut value = Vec::new();
                let keep = (key == "first").then_some(&mut value);
                // Only `first`'s value is kept (a page URL): 64 KiB is plenty, and bounds it.
                if value_start.is_none()
                    || matches!(scanner.capture_value(keep, 64 * 1024)?, Capture::Truncated)
                {
                    return Ok(Err(format!("truncated: the input ends inside {key:?}")));
                }
                if key == "first" {
                    found.first_page_url = serde_json::from_slice::<String>(&value).ok();
                }
            }
            Some(_) => return Ok(Err("malformed JSON: expected an object key".to_owned())),
        }
    }
}

// Helpers for reading loosely typed archive JSON.

/// A string member.
pub(crate) fn string<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    object.get(key).and_then(Value::as_str)
}

/// A member that is a string or an integer, as text (ids are written both ways).
pub(crate) fn id_like(object: &Value, key: &str) -> Option<String> {
    match object.get(key)? {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A non-negative count written as a number or a numeric string.
pub(crate) fn count(object: &Value, key: &str) -> Option<u64> {
    match object.get(key)? {
        Value::Number(number) => number.as_u64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// A member copied verbatim for `Post::extra`, if present and not null.
pub(crate) fn raw_member(object: &Value, key: &str) -> Option<(String, Box<RawValue>)> {
    let value = object.get(key).filter(|value| !value.is_null())?;
    serde_json::value::to_raw_value(value)
        .ok()
        .map(|raw| (key.to_owned(), raw))
}
