//! Streaming XML records (WXR `<item>`, RSS `<item>`, Atom `<entry>`) with quick-xml.
//!
//! Outside records, events are only looked at, not kept. Inside one, a small element
//! tree is built so a format can look fields up by name; memory holds one record (for
//! WXR, a post with its comments), capped by `ReadOptions::max_record_bytes`.
//! Qualified names are matched as written (`wp:post_id`, `content:encoded`): export
//! tools always use these prefixes, and prefix-aware lookup would cost a namespace
//! resolver for no real input.
//!
//! Parsing is lenient where real feeds are sloppy (bare `&`, HTML entities XML does
//! not define, end tags that skip unclosed elements) and strict where data would be
//! lost: a syntax error inside a record reports that record and reading goes on at the
//! next one.

use std::collections::VecDeque;
use std::io::{self, BufRead};

use quick_xml::events::{BytesStart, Event};

use crate::error::{ImportError, Position, Source};
use crate::html::resolve_entity;
use crate::post::Post;

/// A `BufRead` that counts the lines it has handed out, so XML positions can be
/// reported as line numbers.
pub(crate) struct LineCounter<R> {
    inner: R,
    newlines: u64,
}

impl<R: BufRead> io::Read for LineCounter<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let amount = available.len().min(out.len());
        out[..amount].copy_from_slice(&available[..amount]);
        self.consume(amount);
        Ok(amount)
    }
}

impl<R: BufRead> BufRead for LineCounter<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if amount > 0
            && let Ok(available) = self.inner.fill_buf()
        {
            let consumed = &available[..amount.min(available.len())];
            self.newlines += memchr::memchr_iter(b'\n', consumed).count() as u64;
        }
        self.inner.consume(amount);
    }
}

/// One element of a record, with everything inside it.
#[derive(Debug, Default)]
pub(crate) struct Element {
    pub(crate) name: String,
    /// The line its start tag ends on.
    pub(crate) line: u64,
    pub(crate) attributes: Vec<(String, String)>,
    /// Its own text (CDATA included, entities resolved), not its children's.
    pub(crate) text: String,
    pub(crate) children: Vec<Element>,
    /// Where in `text` each child sits, so mixed content reads in document order.
    child_offsets: Vec<usize>,
}

impl Element {
    fn from_start(start: &BytesStart<'_>, line: u64) -> Self {
        let attributes = start
            .attributes()
            .with_checks(false)
            .flatten()
            .map(|attribute| {
                let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
                let value =
                    crate::html::decode_entities(&String::from_utf8_lossy(&attribute.value));
                (key, value)
            })
            .collect();
        Element {
            name: String::from_utf8_lossy(start.name().as_ref()).into_owned(),
            line,
            attributes,
            ..Element::default()
        }
    }

    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|child| child.name == name)
    }

    pub(crate) fn children_named<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// A child's whole text, trimmed; `None` if missing or blank.
    pub(crate) fn field(&self, name: &str) -> Option<String> {
        let text = self.child(name)?.deep_text();
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    }

    fn push_child(&mut self, child: Element) {
        self.child_offsets.push(self.text.len());
        self.children.push(child);
    }

    /// Its text and all its descendants', in document order.
    pub(crate) fn deep_text(&self) -> String {
        if self.children.is_empty() {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len());
        let segments = self.text_segments();
        for (segment, child) in segments.iter().zip(&self.children) {
            out.push_str(segment);
            out.push_str(&child.deep_text());
        }
        out.push_str(segments.last().copied().unwrap_or_default());
        out
    }

    /// Its own text split around its children: segment `i` comes before child `i`, and
    /// the last one after the last child (one more segment than children).
    pub(crate) fn text_segments(&self) -> Vec<&str> {
        let mut segments = Vec::with_capacity(self.children.len() + 1);
        let mut copied = 0;
        for &offset in &self.child_offsets {
            segments.push(self.text.get(copied..offset).unwrap_or_default());
            copied = offset;
        }
        segments.push(self.text.get(copied..).unwrap_or_default());
        segments
    }

    /// `href` of every descendant `<a>` (for HTML that a feed put in unescaped).
    pub(crate) fn deep_links(&self, out: &mut Vec<String>) {
        for child in &self.children {
            if child.name.eq_ignore_ascii_case("a")
                && let Some(href) = child.attribute("href").filter(|href| !href.is_empty())
            {
                out.push(href.to_owned());
            }
            child.deep_links(out);
        }
    }
}

/// What becomes of one record: posts, and problems with their lines.
pub(crate) type RecordResults = Vec<Result<Post, (u64, String)>>;

/// A format built on XML records.
pub(crate) trait XmlFormat {
    /// Accepts the root element, or says why this is not the format (fatal).
    fn check_root(&mut self, root: &Element) -> Result<(), String>;
    fn is_record(&self, name: &str) -> bool;
    /// `number` is the record's 1-based index, for sources without ids.
    fn map_record(&mut self, record: Element, number: u64) -> RecordResults;
}

pub(crate) struct XmlRecords<R, F> {
    reader: quick_xml::Reader<LineCounter<R>>,
    buffer: Vec<u8>,
    format: F,
    source: Source,
    pending: VecDeque<Result<Post, ImportError>>,
    /// Open elements of the record being read; empty outside records.
    open: Vec<Element>,
    record_start_byte: u64,
    /// Elements still open in a record dropped for size, whose events are ignored.
    discarding: usize,
    records_seen: u64,
    root_seen: bool,
    /// The root's name, until its end tag is read.
    open_root: Option<String>,
    last_error_at: Option<u64>,
    max_record_bytes: usize,
    finished: bool,
}

impl<R: BufRead, F: XmlFormat> XmlRecords<R, F> {
    pub(crate) fn new(reader: R, format: F, source: Source, max_record_bytes: usize) -> Self {
        let mut reader = quick_xml::Reader::from_reader(LineCounter {
            inner: reader,
            newlines: 0,
        });
        let config = reader.config_mut();
        config.allow_dangling_amp = true;
        config.check_end_names = false;
        config.expand_empty_elements = false;
        XmlRecords {
            reader,
            buffer: Vec::new(),
            format,
            source,
            pending: VecDeque::new(),
            open: Vec::new(),
            record_start_byte: 0,
            discarding: 0,
            records_seen: 0,
            root_seen: false,
            open_root: None,
            last_error_at: None,
            max_record_bytes,
            finished: false,
        }
    }

    fn line(&self) -> u64 {
        self.reader.get_ref().newlines + 1
    }

    fn record_line(&self) -> u64 {
        self.open
            .first()
            .map_or_else(|| self.line(), |record| record.line)
    }

    fn fatal(&mut self, position: Position, message: String) {
        self.finished = true;
        self.pending
            .push_back(Err(self.source.fatal(position, message)));
    }

    fn report(&mut self, line: u64, message: String) {
        self.pending
            .push_back(Err(self.source.record(line, message)));
    }

    fn finish_record(&mut self, record: Element) {
        self.records_seen += 1;
        for result in self.format.map_record(record, self.records_seen) {
            self.pending
                .push_back(result.map_err(|(line, message)| self.source.record(line, message)));
        }
    }

    /// Closes the innermost open element, attaching it to its parent or finishing
    /// the record.
    fn close_one(&mut self) {
        if let Some(element) = self.open.pop() {
            match self.open.last_mut() {
                Some(parent) => parent.push_child(element),
                None => self.finish_record(element),
            }
        }
    }

    fn append_text(&mut self, text: &str) {
        if let Some(element) = self.open.last_mut() {
            element.text.push_str(text);
        }
    }

    /// Reads one event and updates the state; results land in `pending`.
    fn step(&mut self) {
        self.buffer.clear();
        let event = match self.reader.read_event_into(&mut self.buffer) {
            Ok(event) => event.into_owned(),
            Err(error) => {
                self.on_error(error);
                return;
            }
        };
        let line = self.line();
        if self.discarding > 0 {
            match event {
                Event::Start(_) => self.discarding += 1,
                Event::End(_) => self.discarding -= 1,
                Event::Eof => self.on_eof(),
                _ => {}
            }
            return;
        }
        if !self.open.is_empty()
            && self
                .reader
                .buffer_position()
                .saturating_sub(self.record_start_byte)
                > self.max_record_bytes as u64
        {
            let record_line = self.record_line();
            let read = self
                .reader
                .buffer_position()
                .saturating_sub(self.record_start_byte);
            self.pending.push_back(Err(self.source.too_large(
                record_line,
                read,
                self.max_record_bytes,
            )));
            self.discarding = self.open.len();
            self.open.clear();
            return self.step_discarding(event);
        }
        match event {
            Event::Start(start) => {
                let element = Element::from_start(&start, line);
                if !self.root_seen {
                    self.open_root = Some(element.name.clone());
                    self.on_root(&element);
                } else if self.format.is_record(&element.name) {
                    if !self.open.is_empty() {
                        let record_line = self.record_line();
                        let message = format!(
                            "<{}> is not closed before the next one; skipped",
                            element.name
                        );
                        self.report(record_line, message);
                        self.open.clear();
                    }
                    self.record_start_byte = self.reader.buffer_position();
                    self.open.push(element);
                } else if !self.open.is_empty() {
                    self.open.push(element);
                }
            }
            Event::Empty(start) => {
                let element = Element::from_start(&start, line);
                if !self.root_seen {
                    self.on_root(&element);
                } else if self.format.is_record(&element.name) {
                    self.finish_record(element);
                } else if let Some(parent) = self.open.last_mut() {
                    parent.push_child(element);
                }
            }
            Event::End(end) => {
                let name = String::from_utf8_lossy(end.name().as_ref()).into_owned();
                if self.open.is_empty() && self.open_root.as_ref() == Some(&name) {
                    self.open_root = None;
                }
                // Close up to the matching open element; a stray end tag is ignored.
                if let Some(index) = self.open.iter().rposition(|element| element.name == name) {
                    while self.open.len() > index {
                        self.close_one();
                    }
                }
            }
            Event::Text(text) => match text.xml10_content() {
                Ok(text) => self.append_text(&text),
                Err(_) => self.drop_record(line, "invalid UTF-8 in text"),
            },
            Event::CData(data) => match data.decode() {
                Ok(text) => self.append_text(&text),
                Err(_) => self.drop_record(line, "invalid UTF-8 in CDATA"),
            },
            Event::GeneralRef(reference) => {
                let name = String::from_utf8_lossy(&reference).into_owned();
                match resolve_entity(&name) {
                    Some(text) => self.append_text(&text),
                    None => self.append_text(&format!("&{name};")),
                }
            }
            Event::Eof => self.on_eof(),
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }

    fn step_discarding(&mut self, event: Event<'static>) {
        match event {
            Event::Start(_) => self.discarding += 1,
            Event::End(_) => self.discarding -= 1,
            Event::Eof => self.on_eof(),
            _ => {}
        }
    }

    fn drop_record(&mut self, line: u64, message: &str) {
        if self.open.is_empty() {
            self.report(line, message.to_owned());
        } else {
            let record_line = self.record_line();
            let name = self.open[0].name.clone();
            self.report(
                record_line,
                format!("{message} (line {line}); this <{name}> is skipped"),
            );
            self.open.clear();
        }
    }

    fn on_root(&mut self, root: &Element) {
        self.root_seen = true;
        if let Err(message) = self.format.check_root(root) {
            self.fatal(Position::Line(root.line), message);
        }
    }

    fn on_error(&mut self, error: quick_xml::Error) {
        let line = self.line();
        if let quick_xml::Error::Io(io_error) = &error {
            let io_error = io::Error::new(io_error.kind(), io_error.to_string());
            self.finished = true;
            self.pending.push_back(Err(self.source.io(line, &io_error)));
            return;
        }
        if !self.root_seen {
            self.fatal(Position::Line(line), format!("not XML: {error}"));
            return;
        }
        // An error that does not move the reader forward would repeat forever.
        let position = self.reader.buffer_position();
        if self.last_error_at == Some(position) {
            self.fatal(
                Position::Line(line),
                format!("malformed XML, cannot read further: {error}"),
            );
            return;
        }
        self.last_error_at = Some(position);
        let at_end = self.reader.get_mut().fill_buf().is_ok_and(<[u8]>::is_empty);
        if at_end {
            // The input stops mid-markup: that is truncation, and nothing follows.
            self.finished = true;
            self.drop_record(line, &format!("truncated: {error}"));
        } else {
            self.drop_record(line, &format!("malformed XML: {error}"));
        }
    }

    fn on_eof(&mut self) {
        self.finished = true;
        let line = self.line();
        if !self.root_seen {
            self.fatal(
                Position::File,
                "no XML root element (empty input, or not XML)".to_owned(),
            );
        } else if !self.open.is_empty() || self.discarding > 0 {
            let record_line = self.record_line();
            self.report(
                record_line,
                format!("truncated: the input ends inside this record (at line {line})"),
            );
            self.open.clear();
        } else if self.open_root.is_some() {
            self.report(
                line,
                "truncated: the input ends before the root element is closed".to_owned(),
            );
        }
    }
}

impl<R: BufRead, F: XmlFormat> Iterator for XmlRecords<R, F> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(result) = self.pending.pop_front() {
                return Some(result);
            }
            if self.finished {
                return None;
            }
            self.step();
        }
    }
}
