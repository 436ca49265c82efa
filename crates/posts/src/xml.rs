//! Streaming XML records (WXR `<item>`, RSS `<item>`, Atom `<entry>`, Disqus `<thread>`
//! and `<post>`) with quick-xml.
//!
//! Outside records, events are only looked at, not kept. Inside one, a small element
//! tree is built so a format can look fields up by name; memory holds one record (for
//! WXR, a post with its comments), capped by `ReadOptions::max_record_bytes`.
//! Qualified names are matched as written (`wp:post_id`, `content:encoded`): export
//! tools always use these prefixes, and prefix-aware lookup would cost a namespace
//! resolver for no real input.
//!
//! `max_record_bytes` bounds memory everywhere, not only per record: a single event
//! (a text, a CDATA section, a tag) longer than the cap is never buffered whole.
//! [`LineCounter`] refuses to hand quick-xml more than the cap within one event; the
//! reader then reports the record (or the position) as too large, skips the raw bytes
//! to the record's end tag (or, outside records, to the next `<`) without keeping them,
//! and goes on with a fresh parser there. So `/dev/zero` read as XML stops after the
//! cap with an error, and one huge post does not lose the ones after it.
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
/// reported as line numbers, and refuses to go on past `limit` bytes since the last
/// [`LineCounter::mark`] (one event's worth), so no event can grow without bound.
pub(crate) struct LineCounter<R> {
    inner: R,
    newlines: u64,
    /// Bytes served before `inner` (an XML declaration naming the charset, for a
    /// parser restarted mid-document).
    prefix: Vec<u8>,
    prefix_at: usize,
    since_mark: u64,
    limit: u64,
}

/// The error [`LineCounter`] gives when one event is over the limit.
#[derive(Debug, thiserror::Error)]
#[error("one XML event is over the record limit")]
struct OverLimit;

impl<R: BufRead> LineCounter<R> {
    fn new(inner: R, limit: usize) -> Self {
        LineCounter {
            inner,
            newlines: 0,
            prefix: Vec::new(),
            prefix_at: 0,
            since_mark: 0,
            limit: limit as u64,
        }
    }

    fn mark(&mut self) {
        self.since_mark = 0;
    }

    /// Skips raw input up to and including `needle` (or, with `stop_before`, up to
    /// it), counting lines, holding nothing; false at the end of the input. `needle`'s
    /// first byte must not occur again in it (true of `<` and `</name>`).
    fn skip_past(&mut self, needle: &[u8], stop_before: bool) -> io::Result<bool> {
        let mut matched = 0;
        loop {
            let available = self.inner.fill_buf()?;
            if available.is_empty() {
                return Ok(false);
            }
            let mut used = 0;
            let mut found = false;
            for &byte in available {
                if byte == needle[matched] {
                    matched += 1;
                } else {
                    matched = usize::from(byte == needle[0]);
                }
                if matched == needle.len() && stop_before {
                    found = true;
                    break;
                }
                used += 1;
                if byte == b'\n' {
                    self.newlines += 1;
                }
                if matched == needle.len() {
                    found = true;
                    break;
                }
            }
            self.inner.consume(used);
            if found {
                return Ok(true);
            }
        }
    }
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
        if self.since_mark > self.limit {
            return Err(io::Error::other(OverLimit));
        }
        if self.prefix_at < self.prefix.len() {
            return Ok(&self.prefix[self.prefix_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.since_mark += amount as u64;
        if self.prefix_at < self.prefix.len() {
            self.prefix_at = (self.prefix_at + amount).min(self.prefix.len());
            return;
        }
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

/// A child's text as an `extra` field named `key`, if the child has any.
pub(crate) fn extra_field(
    element: &Element,
    field: &str,
    key: &str,
) -> Option<(String, Box<serde_json::value::RawValue>)> {
    element
        .field(field)
        .map(|value| (key.to_owned(), crate::post::json_string(&value)))
}

/// What becomes of one record: posts, and problems with their lines.
pub(crate) type RecordResults = Vec<Result<Post, (u64, String)>>;

/// A format built on XML records.
pub(crate) trait XmlFormat {
    /// Accepts the root element, or says why this is not the format (fatal).
    fn check_root(&mut self, root: &Element) -> Result<(), String>;
    fn is_record(&self, name: &str) -> bool;
    /// Whether a record-named element opened inside the record `open` starts a new
    /// record (the open one was never closed, as in a sloppy feed) rather than being a
    /// child of it. A format whose records name each other by the same element (a
    /// Disqus `<post>`'s `<thread dsq:id="…"/>`) says which are references.
    fn starts_record_inside(&self, name: &str, open: &str) -> bool {
        let _ = (name, open);
        true
    }
    /// `number` is the record's 1-based index, for sources without ids.
    fn map_record(&mut self, record: Element, number: u64) -> RecordResults;
}

pub(crate) struct XmlRecords<R, F> {
    /// Always `Some` between calls; taken only to restart the parser.
    reader: Option<quick_xml::Reader<LineCounter<R>>>,
    buffer: Vec<u8>,
    format: F,
    source: Source,
    pending: VecDeque<Result<Post, ImportError>>,
    /// Open elements of the record being read; empty outside records.
    open: Vec<Element>,
    record_start_byte: u64,
    /// Elements still open in a record dropped for size, whose events are ignored.
    discarding: usize,
    /// The name of the record being discarded.
    discarding_name: Option<String>,
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
        XmlRecords {
            reader: Some(parser(LineCounter::new(reader, max_record_bytes))),
            buffer: Vec::new(),
            format,
            source,
            pending: VecDeque::new(),
            open: Vec::new(),
            record_start_byte: 0,
            discarding: 0,
            discarding_name: None,
            records_seen: 0,
            root_seen: false,
            open_root: None,
            last_error_at: None,
            max_record_bytes,
            finished: false,
        }
    }

    fn xml(&self) -> &quick_xml::Reader<LineCounter<R>> {
        self.reader
            .as_ref()
            .expect("the parser is only taken to be replaced")
    }

    fn xml_mut(&mut self) -> &mut quick_xml::Reader<LineCounter<R>> {
        self.reader
            .as_mut()
            .expect("the parser is only taken to be replaced")
    }

    fn line(&self) -> u64 {
        self.xml().get_ref().newlines + 1
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

    /// Whether an element named `name` starts a record here: it has a record's name,
    /// and, inside a record, the format does not read it as a reference to another.
    fn starts_record(&self, name: &str) -> bool {
        self.format.is_record(name)
            && self
                .open
                .first()
                .is_none_or(|record| self.format.starts_record_inside(name, &record.name))
    }

    fn append_text(&mut self, text: &str) {
        if let Some(element) = self.open.last_mut() {
            element.text.push_str(text);
        }
    }

    /// Reads one event and updates the state; results land in `pending`.
    fn step(&mut self) {
        self.buffer.clear();
        let reader = self
            .reader
            .as_mut()
            .expect("the parser is only taken to be replaced");
        reader.get_mut().mark();
        let event = match reader.read_event_into(&mut self.buffer) {
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
                Event::End(_) => {
                    self.discarding -= 1;
                    if self.discarding == 0 {
                        self.discarding_name = None;
                    }
                }
                Event::Eof => self.on_eof(),
                _ => {}
            }
            return;
        }
        if !self.open.is_empty()
            && self
                .xml()
                .buffer_position()
                .saturating_sub(self.record_start_byte)
                > self.max_record_bytes as u64
        {
            let record_line = self.record_line();
            self.discarding_name = Some(self.open[0].name.clone());
            let read = self
                .xml()
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
                } else if self.starts_record(&element.name) {
                    if !self.open.is_empty() {
                        let record_line = self.record_line();
                        let message = format!(
                            "<{}> is not closed before the next one; skipped",
                            element.name
                        );
                        self.report(record_line, message);
                        self.open.clear();
                    }
                    self.record_start_byte = self.xml().buffer_position();
                    self.open.push(element);
                } else if !self.open.is_empty() {
                    self.open.push(element);
                }
            }
            Event::Empty(start) => {
                let element = Element::from_start(&start, line);
                if !self.root_seen {
                    self.on_root(&element);
                } else if self.starts_record(&element.name) {
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
            Event::End(_) => {
                self.discarding -= 1;
                if self.discarding == 0 {
                    self.discarding_name = None;
                }
            }
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

    /// One event is over the limit: report it, skip the raw input to the end of its
    /// record (or to the next tag, outside records), and restart the parser there.
    fn skip_oversized_event(&mut self, line: u64) {
        let limit = self.max_record_bytes;
        if !self.root_seen {
            self.fatal(
                Position::Line(line),
                format!(
                    "not XML: no root element within the first {limit} bytes (the record limit)"
                ),
            );
            return;
        }
        let record = if self.open.is_empty() {
            self.discarding_name.clone()
        } else {
            Some(self.open[0].name.clone())
        };
        let record_line = self.record_line();
        let read = self
            .xml()
            .buffer_position()
            .saturating_sub(self.record_start_byte);
        if self.discarding == 0 {
            let message = match &record {
                Some(_) => format!(
                    "record is over the limit of {limit} bytes (more than {read} bytes read); skipped"
                ),
                None => format!(
                    "text or markup between records is over the limit of {limit} bytes; skipped"
                ),
            };
            self.report(record_line, message);
        }
        self.open.clear();
        self.discarding = 0;
        self.discarding_name = None;
        let encoding = self.xml().decoder().encoding().name();
        let mut counter = self
            .reader
            .take()
            .expect("the parser is only taken to be replaced")
            .into_inner();
        let skipped = match &record {
            Some(name) => counter.skip_past(format!("</{name}>").as_bytes(), false),
            None => counter.skip_past(b"<", true),
        };
        counter.mark();
        if encoding != "UTF-8" {
            // The new parser reads the rest in the document's charset.
            counter.prefix =
                format!("<?xml version=\"1.0\" encoding=\"{encoding}\"?>").into_bytes();
            counter.prefix_at = 0;
        }
        let mut restarted = parser(counter);
        // The new parser did not see the elements that enclose this point.
        restarted.config_mut().allow_unmatched_ends = true;
        self.reader = Some(restarted);
        self.last_error_at = None;
        match skipped {
            Ok(true) => {}
            Ok(false) => {
                self.finished = true;
                if record.is_some() {
                    self.report(
                        self.line(),
                        "truncated: the input ends inside the oversized record".to_owned(),
                    );
                }
            }
            Err(error) => {
                self.finished = true;
                let line = self.line();
                self.pending.push_back(Err(self.source.io(line, &error)));
            }
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
        if let quick_xml::Error::Io(io_error) = &error
            && io_error
                .get_ref()
                .is_some_and(|inner| inner.is::<OverLimit>())
        {
            self.skip_oversized_event(line);
            return;
        }
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
        let position = self.xml().buffer_position();
        if self.last_error_at == Some(position) {
            self.fatal(
                Position::Line(line),
                format!("malformed XML, cannot read further: {error}"),
            );
            return;
        }
        self.last_error_at = Some(position);
        let at_end = self
            .xml_mut()
            .get_mut()
            .fill_buf()
            .is_ok_and(<[u8]>::is_empty);
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

/// A quick-xml parser configured for real-world feeds (see the module docs).
fn parser<R: BufRead>(counter: LineCounter<R>) -> quick_xml::Reader<LineCounter<R>> {
    let mut reader = quick_xml::Reader::from_reader(counter);
    let config = reader.config_mut();
    config.allow_dangling_amp = true;
    config.check_end_names = false;
    config.expand_empty_elements = false;
    reader
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
