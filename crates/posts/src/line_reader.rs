//! Line-by-line reading with a size cap, shared by every line-oriented format
//! (jsonl, lines, bluesky, reddit).

use std::io::{self, BufRead};

use crate::error::{ImportError, Source};
use crate::post::Post;

/// Reads lines as bytes into one reused buffer. A line longer than the cap is counted,
/// not stored, so a 10 GB line costs no memory.
pub(crate) struct LineReader<R> {
    reader: R,
    buffer: Vec<u8>,
    line_number: u64,
    max_bytes: usize,
}

/// One line, without its `\n` / `\r\n` (and without a UTF-8 byte-order mark on line 1).
pub(crate) enum Line<'a> {
    Bytes(&'a [u8]),
    /// The line had this many bytes, over the cap; its content was discarded.
    TooLong(u64),
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(reader: R, max_bytes: usize) -> Self {
        LineReader {
            reader,
            buffer: Vec::new(),
            line_number: 0,
            max_bytes,
        }
    }

    /// The next line and its 1-based number, `None` at the end of input.
    pub(crate) fn next_line(&mut self) -> Option<io::Result<(u64, Line<'_>)>> {
        self.buffer.clear();
        let mut total: u64 = 0;
        let mut overflowed = false;
        let mut saw_any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Some(Err(error)),
            };
            if available.is_empty() {
                if !saw_any {
                    return None;
                }
                break;
            }
            saw_any = true;
            let (chunk, found_newline) = match memchr::memchr(b'\n', available) {
                Some(at) => (&available[..at], true),
                None => (available, false),
            };
            let chunk_len = chunk.len();
            total += chunk_len as u64;
            if !overflowed && self.buffer.len() + chunk_len > self.max_bytes.saturating_add(1) {
                // +1 leaves room for the `\r` of a CRLF line that is exactly at the cap.
                overflowed = true;
                self.buffer.clear();
                self.buffer.shrink_to(64 * 1024);
            }
            if !overflowed {
                self.buffer.extend_from_slice(chunk);
            }
            self.reader.consume(chunk_len + usize::from(found_newline));
            if found_newline {
                break;
            }
        }
        self.line_number += 1;
        if overflowed {
            return Some(Ok((self.line_number, Line::TooLong(total))));
        }
        let mut line = self.buffer.as_slice();
        if let Some(stripped) = line.strip_suffix(b"\r") {
            line = stripped;
        }
        if line.len() > self.max_bytes {
            return Some(Ok((self.line_number, Line::TooLong(line.len() as u64))));
        }
        if self.line_number == 1 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        Some(Ok((self.line_number, Line::Bytes(line))))
    }
}

/// What a line-oriented format makes of one non-blank line.
pub(crate) trait LineParser {
    /// `Ok(None)` means the line is a valid record that is not a post (counted by the
    /// parser as skipped); `Err` is the message of a record error.
    fn parse_line(&mut self, line: &str, line_number: u64) -> Result<Option<Post>, String>;
}

/// An iterator of posts from a line-oriented input.
pub(crate) struct LineRecords<R, P> {
    lines: LineReader<R>,
    parser: P,
    source: Source,
    max_bytes: usize,
    finished: bool,
}

impl<R: BufRead, P: LineParser> LineRecords<R, P> {
    pub(crate) fn new(reader: R, parser: P, source: Source, max_bytes: usize) -> Self {
        LineRecords {
            lines: LineReader::new(reader, max_bytes),
            parser,
            source,
            max_bytes,
            finished: false,
        }
    }
}

impl<R: BufRead, P: LineParser> Iterator for LineRecords<R, P> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.finished {
            let upcoming_line = self.lines.line_number + 1;
            let (line_number, line) = match self.lines.next_line()? {
                Ok(line) => line,
                Err(error) => {
                    self.finished = true;
                    return Some(Err(self.source.io(upcoming_line, &error)));
                }
            };
            let bytes = match line {
                Line::Bytes(bytes) => bytes,
                Line::TooLong(length) => {
                    return Some(Err(self.source.too_large(
                        line_number,
                        length,
                        self.max_bytes,
                    )));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(error) => {
                    let message = format!(
                        "invalid UTF-8 at byte {} of the line",
                        error.valid_up_to() + 1
                    );
                    return Some(Err(self.source.record(line_number, message)));
                }
            };
            match self.parser.parse_line(text, line_number) {
                Ok(Some(post)) => return Some(Ok(post)),
                Ok(None) => continue,
                Err(message) => return Some(Err(self.source.record(line_number, message))),
            }
        }
        None
    }
}

/// `lines`: every non-blank line is one post's text; its id is the line number.
pub(crate) struct PlainLines;

impl LineParser for PlainLines {
    fn parse_line(&mut self, line: &str, line_number: u64) -> Result<Option<Post>, String> {
        Ok(Some(Post::new(line_number.to_string(), line)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<(u64, Result<Vec<u8>, u64>)> {
        let mut reader = LineReader::new(input, max);
        let mut out = Vec::new();
        while let Some(item) = reader.next_line() {
            let (number, line) = item.unwrap();
            out.push((
                number,
                match line {
                    Line::Bytes(bytes) => Ok(bytes.to_vec()),
                    Line::TooLong(length) => Err(length),
                },
            ));
        }
        out
    }

    #[test]
    fn splits_lines_and_strips_endings() {
        let got = lines(b"\xEF\xBB\xBFone\r\ntwo\n\nlast", 100);
        assert_eq!(
            got,
            vec![
                (1, Ok(b"one".to_vec())),
                (2, Ok(b"two".to_vec())),
                (3, Ok(b"".to_vec())),
                (4, Ok(b"last".to_vec())),
            ]
        );
    }

    #[test]
    fn caps_long_lines_and_carries_on() {
        let input = [b"short\n".as_slice(), &[b'x'; 50], b"\nafter\n"].concat();
        let reader = std::io::BufReader::with_capacity(8, input.as_slice());
        let mut lines = LineReader::new(reader, 10);
        let mut got = Vec::new();
        while let Some(item) = lines.next_line() {
            let (number, line) = item.unwrap();
            got.push((
                number,
                match line {
                    Line::Bytes(bytes) => Ok(bytes.to_vec()),
                    Line::TooLong(length) => Err(length),
                },
            ));
        }
        assert_eq!(
            got,
            vec![
                (1, Ok(b"short".to_vec())),
                (2, Err(50)),
                (3, Ok(b"after".to_vec()))
            ]
        );
    }
}
