//! Streams the items of a JSON array that sits inside a single-document archive
//! (`tweets.js`, Mastodon `outbox.json`).
//!
//! Why not serde_json's streaming `Deserializer` with a `SeqAccess` visitor: the visitor
//! is push-based (it cannot become an `Iterator` without a thread or collecting), and
//! one syntax error ends the whole parse. Instead this scanner finds item boundaries by
//! tracking brackets and strings byte by byte, copies one item into a buffer and hands
//! it to serde_json on its own. So memory holds one item, a broken item is reported
//! with its line and the next one is read, and a huge item is skipped uncopied.
//! Recovery needs the broken item's quotes and brackets to balance; when they do not,
//! the rest of the file reads as one truncated item, which is reported.

use std::collections::VecDeque;
use std::io::{self, BufRead};

use crate::error::{ImportError, Source};
use crate::post::Post;

/// A byte cursor over a `BufRead` that knows its line number.
pub(crate) struct JsonScanner<R> {
    reader: R,
    line: u64,
}

/// How capturing one value ended.
pub(crate) enum Capture {
    Complete,
    /// The value was over the cap and was skipped; this many bytes were read.
    TooLarge(u64),
    /// The input ended inside the value.
    Truncated,
}

impl<R: BufRead> JsonScanner<R> {
    pub(crate) fn new(reader: R) -> Self {
        JsonScanner { reader, line: 1 }
    }

    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    fn available(&mut self) -> io::Result<&[u8]> {
        loop {
            match self.reader.fill_buf() {
                Ok(_) => break,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            }
        }
        self.reader.fill_buf()
    }

    /// The next byte, not consumed.
    pub(crate) fn peek(&mut self) -> io::Result<Option<u8>> {
        Ok(self.available()?.first().copied())
    }

    /// Consumes one byte (after a successful `peek`).
    pub(crate) fn bump(&mut self) {
        if let Ok(Some(byte)) = self.peek() {
            if byte == b'\n' {
                self.line += 1;
            }
            self.reader.consume(1);
        }
    }

    /// Skips whitespace and a byte-order mark; returns the next byte, not consumed.
    pub(crate) fn skip_whitespace(&mut self) -> io::Result<Option<u8>> {
        loop {
            let available = self.available()?;
            let Some(&first) = available.first() else {
                return Ok(None);
            };
            if available.starts_with(b"\xEF\xBB\xBF") {
                self.reader.consume(3);
                continue;
            }
            if !first.is_ascii_whitespace() {
                return Ok(Some(first));
            }
            self.bump();
        }
    }

    /// Reads one JSON value starting at the next byte (which must not be whitespace
    /// or a delimiter) into `out`, up to `limit` bytes; `out: None` discards it.
    pub(crate) fn capture_value(
        &mut self,
        mut out: Option<&mut Vec<u8>>,
        limit: usize,
    ) -> io::Result<Capture> {
        let mut depth: usize = 0;
        let mut in_string = false;
        let mut escaped = false;
        let mut total: u64 = 0;
        let mut overflowed = false;
        loop {
            let available = self.available()?;
            if available.is_empty() {
                // A bare number or literal may end the input; anything open is cut off.
                let complete = depth == 0 && !in_string && total > 0;
                return Ok(if overflowed {
                    Capture::TooLarge(total)
                } else if complete {
                    Capture::Complete
                } else {
                    Capture::Truncated
                });
            }
            let mut end = None;
            let mut newlines = 0;
            for (index, &byte) in available.iter().enumerate() {
                if byte == b'\n' {
                    newlines += 1;
                }
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if byte == b'\\' {
                        escaped = true;
                    } else if byte == b'"' {
                        in_string = false;
                        if depth == 0 {
                            end = Some(index + 1);
                            break;
                        }
                    }
                    continue;
                }
                match byte {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth == 0 => {
                        end = Some(index);
                        break;
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(index + 1);
                            break;
                        }
                    }
                    b',' if depth == 0 => {
                        end = Some(index);
                        break;
                    }
                    byte if depth == 0 && byte.is_ascii_whitespace() => {
                        if byte == b'\n' {
                            newlines -= 1; // not consumed
                        }
                        end = Some(index);
                        break;
                    }
                    _ => {}
                }
            }
            let taken = end.unwrap_or(available.len());
            total += taken as u64;
            if let Some(buffer) = out.as_deref_mut() {
                if !overflowed && buffer.len() + taken > limit {
                    overflowed = true;
                    buffer.clear();
                }
                if !overflowed {
                    buffer.extend_from_slice(&available[..taken]);
                }
            }
            self.line += newlines;
            self.reader.consume(taken);
            if end.is_some() {
                return Ok(if overflowed {
                    Capture::TooLarge(total)
                } else {
                    Capture::Complete
                });
            }
        }
    }
}

/// One step through an array.
pub(crate) enum ArrayEvent<'a> {
    /// A complete item's bytes and the line it starts on.
    Item { line: u64, bytes: &'a [u8] },
    /// Something wrong at `line`; reading goes on unless `fatal`.
    Problem { line: u64, message: String },
    /// An item that was skipped unread (over the size cap): it still takes its place
    /// in the array's numbering.
    Skipped { line: u64, message: String },
    /// A read error: nothing more can be read.
    Io { line: u64, error: io::Error },
}

/// What [`ArrayItems::next_item`] found: an item for its reader to map, a problem
/// already queued as the reader's error, or the end of the array.
pub(crate) enum NextItem<'a> {
    Item { line: u64, bytes: &'a [u8] },
    Reported,
    End,
}

/// Walks the items of an array whose `[` the scanner has just consumed.
pub(crate) struct ArrayItems<R> {
    scanner: JsonScanner<R>,
    buffer: Vec<u8>,
    max_item_bytes: usize,
    expect_separator: bool,
    finished: bool,
    /// The array's closing `]` was read (not cut off by the end of input or an error).
    closed: bool,
}

impl<R: BufRead> ArrayItems<R> {
    pub(crate) fn new(scanner: JsonScanner<R>, max_item_bytes: usize) -> Self {
        ArrayItems {
            scanner,
            buffer: Vec::new(),
            max_item_bytes,
            expect_separator: false,
            finished: false,
            closed: false,
        }
    }

    /// Whether the array ended with its `]`, so that reading may go on after it.
    pub(crate) fn closed(&self) -> bool {
        self.closed
    }

    /// The scanner, just past the array once [`ArrayItems::closed`].
    pub(crate) fn into_scanner(self) -> JsonScanner<R> {
        self.scanner
    }

    /// The next item, its problems queued as `source`'s errors (an unreadable item, an
    /// oversized one skipped, a read error): what every streaming reader of an array of
    /// records does with an event.
    pub(crate) fn next_item(
        &mut self,
        source: &Source,
        queue: &mut VecDeque<Result<Post, ImportError>>,
    ) -> NextItem<'_> {
        match self.next_event() {
            None => NextItem::End,
            Some(ArrayEvent::Io { line, error }) => {
                queue.push_back(Err(source.io(line, &error)));
                NextItem::Reported
            }
            Some(ArrayEvent::Problem { line, message } | ArrayEvent::Skipped { line, message }) => {
                queue.push_back(Err(source.record(line, message)));
                NextItem::Reported
            }
            Some(ArrayEvent::Item { line, bytes }) => NextItem::Item { line, bytes },
        }
    }

    /// The next item or problem; `None` after the closing `]` or the end of input.
    pub(crate) fn next_event(&mut self) -> Option<ArrayEvent<'_>> {
        loop {
            if self.finished {
                return None;
            }
            let line = self.scanner.line();
            let next = match self.scanner.skip_whitespace() {
                Ok(next) => next,
                Err(error) => {
                    self.finished = true;
                    return Some(ArrayEvent::Io { line, error });
                }
            };
            let line = self.scanner.line();
            match next {
                None => {
                    self.finished = true;
                    return Some(ArrayEvent::Problem {
                        line,
                        message: "truncated: the input ends before the array's closing ']'"
                            .to_owned(),
                    });
                }
                Some(b']') => {
                    self.scanner.bump();
                    self.finished = true;
                    self.closed = true;
                    return None;
                }
                Some(b',') => {
                    self.scanner.bump();
                    if self.expect_separator {
                        self.expect_separator = false;
                        continue;
                    }
                    return Some(ArrayEvent::Problem {
                        line,
                        message: "unexpected ',' (empty array item)".to_owned(),
                    });
                }
                Some(b'}') => {
                    self.scanner.bump();
                    return Some(ArrayEvent::Problem {
                        line,
                        message: "unexpected '}' between array items".to_owned(),
                    });
                }
                Some(_) if self.expect_separator => {
                    // Report the missing comma, then read the value as the next item.
                    self.expect_separator = false;
                    return Some(ArrayEvent::Problem {
                        line,
                        message: "expected ',' or ']' after an array item".to_owned(),
                    });
                }
                Some(_) => {
                    self.buffer.clear();
                    let capture = self
                        .scanner
                        .capture_value(Some(&mut self.buffer), self.max_item_bytes);
                    self.expect_separator = true;
                    return Some(match capture {
                        Ok(Capture::Complete) => ArrayEvent::Item {
                            line,
                            bytes: &self.buffer,
                        },
                        Ok(Capture::TooLarge(bytes)) => ArrayEvent::Skipped {
                            line,
                            message: format!(
                                "record is over the limit of {} bytes ({bytes} bytes read); skipped",
                                self.max_item_bytes
                            ),
                        },
                        Ok(Capture::Truncated) => {
                            self.finished = true;
                            ArrayEvent::Problem {
                                line,
                                message: "truncated: the input ends inside this item".to_owned(),
                            }
                        }
                        Err(error) => {
                            self.finished = true;
                            ArrayEvent::Io { line, error }
                        }
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(input: &str) -> Vec<String> {
        let mut scanner = JsonScanner::new(input.as_bytes());
        assert_eq!(scanner.skip_whitespace().unwrap(), Some(b'['));
        scanner.bump();
        let mut items = ArrayItems::new(scanner, 40);
        let mut out = Vec::new();
        while let Some(event) = items.next_event() {
            out.push(match event {
                ArrayEvent::Item { line, bytes } => {
                    format!("{line}:{}", String::from_utf8_lossy(bytes))
                }
                ArrayEvent::Problem { line, message } | ArrayEvent::Skipped { line, message } => {
                    format!("{line}!{message}")
                }
                ArrayEvent::Io { line, error } => format!("{line}!io {error}"),
            });
        }
        out
    }

    #[test]
    fn splits_items_across_lines() {
        let got = events("[\n {\"a\": \"x]}\\\"\"},\n 12 ,\"s\", [1,[2]]\n]");
        assert_eq!(
            got,
            ["2:{\"a\": \"x]}\\\"\"}", "3:12", "3:\"s\"", "3:[1,[2]]"]
        );
    }

    #[test]
    fn reports_and_recovers() {
        let got = events(
            "[{\"a\":1} {\"b\":2},, {\"c\":\"0123456789012345678901234567890123456789\"}, 3",
        );
        assert_eq!(got[0], "1:{\"a\":1}");
        assert_eq!(got[1], "1!expected ',' or ']' after an array item");
        assert_eq!(got[2], "1:{\"b\":2}");
        assert_eq!(got[3], "1!unexpected ',' (empty array item)");
        assert!(got[4].contains("over the limit"));
        assert_eq!(got[5], "1:3");
        assert!(got[6].contains("truncated"));
        assert_eq!(got.len(), 7);
    }

    #[test]
    fn truncated_item() {
        assert_eq!(
            events("[{\"a\": [1, 2"),
            ["1!truncated: the input ends inside this item"]
        );
    }
}
