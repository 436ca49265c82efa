//! HTML fragments → plain text. Every importer whose source stores HTML (WordPress
//! content, feed descriptions, Mastodon statuses) goes through here, so all formats
//! give the classifier the same kind of text.
//!
//! This is a tag stripper, not an HTML parser: platform exports hold small, mostly
//! well-formed fragments, and a full parser would cost more than the whole import.

/// The visible text of an HTML fragment and the links it points at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// Tags removed, entities decoded, whitespace collapsed; block elements and blank
    /// lines become line breaks so paragraphs stay apart.
    pub text: String,
    /// `href` of every `<a>`, in document order, entities decoded.
    pub links: Vec<String>,
}

use std::borrow::Cow;

/// Elements that start a new line of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose content is not text a reader sees.
const HIDDEN_TAGS: &[&str] = &["script", "style", "template", "noscript"];

/// Converts an HTML fragment to plain text and collects its link targets.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut out = TextBuilder::default();
    let mut links = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_text(&rest[..lt]);
        let markup = &rest[lt..];
        if let Some(after) = markup.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let second = markup[1..].chars().next();
        if !matches!(second, Some(c) if c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?')
        {
            // A lone `<` (as in "a < b") is text.
            out.push_text("<");
            rest = &markup[1..];
            continue;
        }
        let Some(gt) = find_tag_end(markup) else {
            // An unterminated tag at the end is cut-off markup, not text.
            rest = "";
            break;
        };
        let tag = Tag::parse(&markup[1..gt]);
        rest = &markup[gt + 1..];
        if HIDDEN_TAGS.contains(&tag.name.as_str()) && !tag.closing && !tag.self_closing {
            let close = format!("</{}", tag.name);
            rest = find_ascii_case_insensitive(rest, &close).map_or("", |at| {
                rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..])
            });
            continue;
        }
        if tag.name == "a"
            && !tag.closing
            && let Some(href) = tag.href
        {
            let href = decode_entities(href.trim());
            if !href.is_empty() {
                links.push(href);
            }
        }
        if BLOCK_TAGS.contains(&tag.name.as_str()) {
            let paragraph = matches!(
                tag.name.as_str(),
                "p" | "blockquote" | "pre" | "ul" | "ol" | "table"
            );
            out.push_break(if paragraph { 2 } else { 1 });
        }
    }
    out.push_text(rest);
    HtmlText {
        text: out.finish(),
        links,
    }
}

/// The index of the `>` closing a tag that starts at `markup[0] == '<'`, skipping `>`
/// inside quoted attribute values.
fn find_tag_end(markup: &str) -> Option<usize> {
    let mut quote = None;
    for (index, byte) in markup.bytes().enumerate().skip(1) {
        match (quote, byte) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(byte),
            (None, b'>') => return Some(index),
            (None, _) => {}
        }
    }
    None
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// The parts of a tag the converter cares about.
struct Tag<'a> {
    name: String,
    closing: bool,
    self_closing: bool,
    href: Option<&'a str>,
}

impl<'a> Tag<'a> {
    /// `inner` is the text between `<` and `>`.
    fn parse(inner: &'a str) -> Self {
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let name_end = inner
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let attributes = &inner[name_end..];
        let href = if name == "a" {
            attribute(attributes, "href")
        } else {
            None
        };
        Tag {
            name,
            closing,
            self_closing: inner.ends_with('/'),
            href,
        }
    }
}

/// The raw value of attribute `name` in an attribute list.
fn attribute<'a>(mut attributes: &'a str, name: &str) -> Option<&'a str> {
    loop {
        attributes = attributes.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if attributes.is_empty() {
            return None;
        }
        let key_end = attributes
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(attributes.len());
        let key = &attributes[..key_end];
        let after_key = attributes[key_end..].trim_start();
        let Some(after_eq) = after_key.strip_prefix('=') else {
            attributes = after_key;
            if key_end == 0 {
                // Stray character that is neither a key nor `=`: skip it.
                let mut chars = attributes.chars();
                chars.next();
                attributes = chars.as_str();
            }
            continue;
        };
        let after_eq = after_eq.trim_start();
        let (value, rest) = match after_eq.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let body = &after_eq[1..];
                match body.find(quote) {
                    Some(end) => (&body[..end], &body[end + 1..]),
                    None => (body, ""),
                }
            }
            _ => {
                let end = after_eq.find(char::is_whitespace).unwrap_or(after_eq.len());
                (&after_eq[..end], &after_eq[end..])
            }
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        attributes = rest;
    }
}

/// Accumulates text, collapsing whitespace the way a browser would, except that a run
/// with a blank line in it stays a paragraph break (WordPress stores paragraphs as blank
/// lines, without `<p>`).
#[derive(Default)]
struct TextBuilder {
    text: String,
    /// Line breaks owed before the next visible character (0 = maybe a space).
    pending_breaks: usize,
    pending_space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        let mut newlines_in_run = 0;
        for c in decoded.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.pending_space = true;
                if c == '\n' {
                    newlines_in_run += 1;
                    if newlines_in_run >= 2 {
                        self.pending_breaks = self.pending_breaks.max(2);
                    }
                }
                continue;
            }
            newlines_in_run = 0;
            self.flush_pending();
            self.text.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    fn push_break(&mut self, lines: usize) {
        self.pending_breaks = self.pending_breaks.max(lines);
    }

    fn flush_pending(&mut self) {
        if !self.text.is_empty() {
            if self.pending_breaks > 0 {
                for _ in 0..self.pending_breaks {
                    self.text.push('\n');
                }
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_breaks = 0;
        self.pending_space = false;
    }

    fn finish(self) -> String {
        self.text
    }
}

/// Decodes HTML character references: numeric ones (`&#39;`, `&#x2014;`) and every
/// named one HTML5 defines (`&amp;`, `&hellip;`, `&NotNestedGreaterGreater;`; the
/// WHATWG list through `htmlize`). Only references closed by `;` are decoded: a bare
/// `&copy` in a URL's query stays as written, as do unknown or malformed references.
pub fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entity names are short; look for `;` only within the longest one's length.
        let window_end = rest
            .char_indices()
            .nth(htmlize::ENTITY_MAX_LENGTH)
            .map_or(rest.len(), |(i, _)| i);
        let decoded = rest[..window_end]
            .find(';')
            .and_then(|semi| resolve_entity(&rest[1..semi]).map(|c| (c, semi + 1)));
        match decoded {
            Some((text, consumed)) => {
                out.push_str(&text);
                rest = &rest[consumed..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What an entity name (between `&` and `;`) stands for: one character, or two for
/// the few HTML5 names that combine a character with a mark.
pub(crate) fn resolve_entity(name: &str) -> Option<Cow<'static, str>> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code)
            .filter(|c| *c != '\0')
            .map(|c| Cow::Owned(c.to_string()));
    }
    if name.is_empty() || name.len() + 2 > htmlize::ENTITY_MAX_LENGTH {
        return None;
    }
    let mut key = [0u8; htmlize::ENTITY_MAX_LENGTH];
    key[0] = b'&';
    key[1..=name.len()].copy_from_slice(name.as_bytes());
    key[name.len() + 1] = b';';
    let expansion = htmlize::ENTITIES.get(&key[..name.len() + 2])?;
    std::str::from_utf8(expansion).ok().map(Cow::Borrowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_keeps_paragraphs() {
        let html = "<p>Hello <b>world</b>!</p><p>Second&nbsp;para &amp; more</p>";
        assert_eq!(
            html_to_text(html).text,
            "Hello world!\n\nSecond para & more"
        );
    }

    #[test]
    fn collects_links() {
        let html = r#"See <a href="https://example.com/?a=1&amp;b=2" rel="nofollow">this</a> and <A HREF='http://x.test'>that</A>"#;
        let out = html_to_text(html);
        assert_eq!(out.text, "See this and that");
        assert_eq!(out.links, ["https://example.com/?a=1&b=2", "http://x.test"]);
    }

    #[test]
    fn mastodon_link_spans_join_up() {
        let html = r#"<p>read <a href="https://example.com/page"><span class="invisible">https://</span><span class="ellipsis">example.com/pa</span><span class="invisible">ge</span></a></p>"#;
        assert_eq!(html_to_text(html).text, "read https://example.com/page");
    }

    #[test]
    fn blank_lines_stay_paragraphs_and_scripts_vanish() {
        let html =
            "First line\nstill first.\n\nSecond.<script>alert('x<y')</script><!-- wp:more -->";
        assert_eq!(
            html_to_text(html).text,
            "First line still first.\n\nSecond."
        );
    }

    #[test]
    fn tolerates_broken_markup() {
        assert_eq!(html_to_text("a < b and c > d").text, "a < b and c > d");
        assert_eq!(html_to_text("cut <a href=\"x").text, "cut");
        assert_eq!(html_to_text("x <!-- never closed").text, "x");
        assert_eq!(html_to_text("<br/>line<br>next").text, "line\nnext");
    }

    #[test]
    fn decodes_entities() {
        assert_eq!(
            decode_entities("a &amp; b &lt;3 &#39;q&#x27; &bogus; & done"),
            "a & b <3 'q' &bogus; & done"
        );
        assert_eq!(
            decode_entities("&#0; &#xD800; &#99999999;"),
            "&#0; &#xD800; &#99999999;"
        );
    }

    #[test]
    fn decodes_every_html5_named_entity() {
        assert_eq!(
            decode_entities(
                "wait&hellip; it&rsquo;s &NotNestedGreaterGreater; &CounterClockwiseContourIntegral; &Afr; &fjlig; &ThickSpace;|"
            ),
            "wait\u{2026} it\u{2019}s \u{2AA2}\u{338} \u{2233} \u{1D504} fj \u{205F}\u{200A}|"
        );
        // Names are case-sensitive, need their `;`, and unknown ones stay as written.
        assert_eq!(
            decode_entities("&HELLIP; &hellip &notanentity; ?a=1&copy=2 &;"),
            "&HELLIP; &hellip &notanentity; ?a=1&copy=2 &;"
        );
    }
}
