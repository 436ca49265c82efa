//! `youtube`: what the YouTube Data API v3 answers for comments, as people save it. A
//! `commentThreads.list` page is a `youtube#commentThreadListResponse` whose `items` are
//! `youtube#commentThread`s: a top-level comment and some of its replies. A
//! `comments.list?parentId=…` page is a `youtube#commentListResponse` of
//! `youtube#comment`s. Accepted as one response (pretty-printed or on one line),
//! several one after another or one a line, a JSON array of them, or a bare array (or
//! one a line) of the items themselves.
//!
//! The documents are walked with a [`JsonScanner`], never held whole: a response's
//! `items` array is streamed, each item (a thread with the replies it carries, or a
//! comment) one record held up to `max_record_bytes`, and reported and skipped when
//! larger. A top-level object is read key by key, each value kept while the object is
//! under the limit: when it turns out to have `items` it was a response, and what was
//! kept is dropped; when it closes without, it was an item, and what was kept is that
//! item. Items of other kinds (videos, channels) are counted as skipped.
//!
//! Every comment becomes a reply ([`map`]): `id` is the comment's, `text` its
//! `textOriginal` (else `textDisplay`, HTML made text), `thread_id` the video (else
//! the thread), `parent_id` the video for a top-level comment (the video is a post of
//! its channel's that the comment answers) and the top-level comment for a reply. The
//! video's channel and the author's channel are kept in `extra` (`channel_id`,
//! `author_channel_id`): a comment whose two ids are equal is the creator's, on their
//! own video. (The video is not in the API's answer, so no post here opens the thread
//! as its owner's, the way a Reddit page's submission does; the engine does not read
//! these two ids yet.) A bad comment is reported on its own line and the thread's other
//! comments are read; a top-level line that is not a document (a log line between
//! pages saved one a line) is reported, and reading goes on at the next line that opens
//! one.

mod head;
mod map;

use std::collections::VecDeque;
use std::io::{self, BufRead};

pub(crate) use head::looks_like_youtube;
pub(crate) use map::Mapper;

use crate::error::{ImportError, Position, Source};
use crate::json_array::{ArrayItems, Capture, JsonScanner, NextItem};
use crate::post::Post;
use crate::reddit_listing::{read_json_record, read_key};

const NOT_YOUTUBE: &str = "not YouTube Data API JSON: expected a \
     `{\"kind\": \"youtube#commentThreadListResponse\", …, \"items\": […]}` (or a \
     commentListResponse, a commentThread, a comment), or an array of them";

/// A top-level object being read: a list response, whose `items` are streamed, or an
/// item, whose values are kept to be read whole when it closes.
struct Pending {
    /// The line its `{` is on.
    line: u64,
    /// `{"key":value,…` as read so far, while under the record limit.
    text: Vec<u8>,
    /// Its size so far, once over the limit (then `text` is dropped).
    over: Option<u64>,
    /// It has `items`: a list response.
    items: bool,
}

/// A container open around the scanner.
enum Open {
    /// A top-level array (of responses or of items).
    Array,
    /// A top-level object, or an object in the top-level array.
    Object(Pending),
}

/// Where walking the document stopped.
enum Stop {
    /// Just inside a response's `items`.
    Items,
    /// A top-level object without `items` (an item) closed: its text and line.
    Item { line: u64, text: Vec<u8> },
    /// A top-level object without `items` was over the limit.
    TooLarge { line: u64, bytes: u64 },
    /// The end of the input.
    End,
}

/// The documents' outer containers, walked with the scanner between records.
#[derive(Default)]
struct Outer {
    open: Vec<Open>,
    /// A value of the innermost container was just read: a `,` or its end comes next.
    after_value: bool,
    /// One value read into, before it joins its object's text.
    value: Vec<u8>,
}

impl Outer {
    fn walk<R: BufRead>(
        &mut self,
        scanner: &mut JsonScanner<R>,
        max_bytes: usize,
    ) -> io::Result<Result<Stop, String>> {
        loop {
            let next = scanner.skip_whitespace()?;
            let Some(innermost) = self.open.last_mut() else {
                match next {
                    None => return Ok(Ok(Stop::End)),
                    Some(b'[') => self.open.push(Open::Array),
                    Some(b'{') => self.open.push(Open::Object(Pending::new(scanner.line()))),
                    Some(_) => return Ok(Err(NOT_YOUTUBE.to_owned())),
                }
                scanner.bump();
                self.after_value = false;
                continue;
            };
            let Some(byte) = next else {
                let inside = match innermost {
                    Open::Array => "the top-level array",
                    Open::Object(_) => "a top-level object",
                };
                return Ok(Err(format!("truncated: the input ends inside {inside}")));
            };
            match (innermost, byte) {
                (_, b',') if self.after_value => {
                    scanner.bump();
                    self.after_value = false;
                }
                (Open::Array, b']') => {
                    scanner.bump();
                    self.open.pop();
                    self.after_value = true;
                }
                (Open::Object(_), b'}') => {
                    scanner.bump();
                    self.after_value = true;
                    if let Some(Open::Object(pending)) = self.open.pop()
                        && !pending.items
                    {
                        let line = pending.line;
                        return Ok(Ok(match pending.over {
                            Some(bytes) => Stop::TooLarge {
                                line,
                                bytes: bytes + 1,
                            },
                            None => {
                                let mut text = pending.text;
                                text.push(b'}');
                                Stop::Item { line, text }
                            }
                        }));
                    }
                }
                (Open::Array, b'{') if !self.after_value => {
                    let line = scanner.line();
                    scanner.bump();
                    self.open.push(Open::Object(Pending::new(line)));
                }
                (Open::Array, _) => {
                    return Ok(Err(format!(
                        "{NOT_YOUTUBE}: expected an object in the top-level array"
                    )));
                }
                (Open::Object(pending), b'"') if !self.after_value => {
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
                    match (key.as_str(), value) {
                        (_, None) => {
                            return Ok(Err(format!("truncated: the input ends after {key:?}")));
                        }
                        ("items", Some(b'[')) => {
                            scanner.bump();
                            // A response: what was kept of it is not needed.
                            pending.items = true;
                            pending.text = Vec::new();
                            pending.over = None;
                            return Ok(Ok(Stop::Items));
                        }
                        _ if pending.items => {
                            if matches!(scanner.capture_value(None, 0)?, Capture::Truncated) {
                                return Ok(Err(format!(
                                    "truncated: the input ends inside {key:?}"
                                )));
                            }
                        }
                        _ => {
                            if let Err(message) =
                                pending.keep(scanner, &key, &mut self.value, max_bytes)?
                            {
                                return Ok(Err(message));
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

impl Pending {
    fn new(line: u64) -> Self {
        Pending {
            line,
            text: vec![b'{'],
            over: None,
            items: false,
        }
    }

    /// Reads the value after `key` into the object's text while the object is under
    /// `max_bytes`, and only counts it once over.
    fn keep<R: BufRead>(
        &mut self,
        scanner: &mut JsonScanner<R>,
        key: &str,
        value: &mut Vec<u8>,
        max_bytes: usize,
    ) -> io::Result<Result<(), String>> {
        value.clear();
        let room = match self.over {
            Some(_) => 0,
            None => max_bytes.saturating_sub(self.text.len() + key.len() + 4),
        };
        let read = match scanner.capture_value(Some(value), room)? {
            Capture::Truncated => {
                return Ok(Err(format!("truncated: the input ends inside {key:?}")));
            }
            Capture::TooLarge(bytes) => bytes,
            Capture::Complete => {
                if self.over.is_none() {
                    if self.text.len() > 1 {
                        self.text.push(b',');
                    }
                    // A key read back as a string cannot fail to serialise.
                    if let Ok(key) = serde_json::to_vec(key) {
                        self.text.extend_from_slice(&key);
                    }
                    self.text.push(b':');
                    self.text.extend_from_slice(value);
                    return Ok(Ok(()));
                }
                value.len() as u64
            }
        };
        // Counted as the object written compactly: `,"key":value`.
        let so_far = self.over.unwrap_or(self.text.len() as u64);
        let comma = u64::from(so_far > 1);
        self.over = Some(so_far + comma + key.len() as u64 + 3 + read);
        self.text = Vec::new();
        Ok(Ok(()))
    }
}

/// Reads one item (a thread or a comment, starting on `line`) into `out`.
fn read_item(
    mapper: &Mapper,
    bytes: &[u8],
    line: u64,
    source: &Source,
    out: &mut VecDeque<Result<Post, ImportError>>,
) {
    read_json_record(bytes, line, source, out, |text| {
        let mut mapped = Vec::new();
        mapper.map_item(text, &mut mapped)?;
        Ok(mapped)
    });
}

/// Skips to the start of the next line that opens with `{` or `[`; `false` at the end of
/// the input.
fn resync<R: BufRead>(scanner: &mut JsonScanner<R>) -> io::Result<bool> {
    loop {
        match scanner.peek()? {
            None => return Ok(false),
            Some(b'\n') => {
                scanner.bump();
                if matches!(scanner.peek()?, Some(b'{' | b'[')) {
                    return Ok(true);
                }
            }
            Some(_) => scanner.bump(),
        }
    }
}

enum State<R> {
    Walking(JsonScanner<R>),
    Items(ArrayItems<R>),
    Done,
}

/// Posts from YouTube Data API comment lists.
pub(crate) struct YoutubeRecords<R> {
    state: State<R>,
    outer: Outer,
    mapper: Mapper,
    source: Source,
    max_bytes: usize,
    queue: VecDeque<Result<Post, ImportError>>,
    /// A response or an item was read: the input is YouTube's, and an error in it is
    /// one record's.
    read_any: bool,
}

impl<R: BufRead> YoutubeRecords<R> {
    pub(crate) fn new(reader: R, mapper: Mapper, source: Source, max_bytes: usize) -> Self {
        YoutubeRecords {
            state: State::Walking(JsonScanner::new(reader)),
            outer: Outer::default(),
            mapper,
            source,
            max_bytes,
            queue: VecDeque::new(),
            read_any: false,
        }
    }
}

impl<R: BufRead> Iterator for YoutubeRecords<R> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Walking(mut scanner) => {
                    match self.outer.walk(&mut scanner, self.max_bytes) {
                        Ok(Ok(Stop::End)) => return None,
                        Ok(Ok(Stop::Items)) => {
                            self.read_any = true;
                            self.state = State::Items(ArrayItems::new(scanner, self.max_bytes));
                        }
                        Ok(Ok(Stop::Item { line, text })) => {
                            self.state = State::Walking(scanner);
                            self.read_any = true;
                            read_item(&self.mapper, &text, line, &self.source, &mut self.queue);
                        }
                        Ok(Ok(Stop::TooLarge { line, bytes })) => {
                            self.state = State::Walking(scanner);
                            self.read_any = true;
                            return Some(Err(self.source.too_large(line, bytes, self.max_bytes)));
                        }
                        Ok(Err(message)) => {
                            // Reading goes on at the next line that opens a document (a
                            // page saved one a line after a broken one); an input where
                            // nothing was read before and no document follows is not
                            // YouTube's at all.
                            let line = scanner.line();
                            self.outer.open.clear();
                            self.outer.after_value = false;
                            return Some(Err(match resync(&mut scanner) {
                                Ok(true) => {
                                    self.state = State::Walking(scanner);
                                    self.read_any = true;
                                    self.source.record(line, message)
                                }
                                Ok(false) if self.read_any => self.source.record(line, message),
                                Ok(false) => self.source.fatal(Position::Line(line), message),
                                Err(error) => self.source.io(scanner.line(), &error),
                            }));
                        }
                        Err(error) => return Some(Err(self.source.io(scanner.line(), &error))),
                    }
                }
                State::Items(mut items) => {
                    match items.next_item(&self.source, &mut self.queue) {
                        NextItem::End => {
                            // Cut off inside the array: that was reported, and is the end.
                            if items.closed() {
                                self.state = State::Walking(items.into_scanner());
                            }
                            continue;
                        }
                        NextItem::Reported => {}
                        NextItem::Item { line, bytes } => {
                            read_item(&self.mapper, bytes, line, &self.source, &mut self.queue);
                        }
                    }
                    self.state = State::Items(items);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
