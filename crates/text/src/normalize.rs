use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Brings text from any source to one canonical form.
///
/// - NFKC, so fullwidth letters, ligatures and "mathematical" fancy fonts (𝐟𝐫𝐞𝐞)
///   become plain letters: spammers use them to dodge keyword filters.
/// - Invisible characters (zero-width spaces and joiners, BOM, soft hyphen, emoji
///   variation selectors) are dropped: they split words without showing.
/// - HTML entities left by crawlers (`&amp;`, `&#39;`, `&nbsp;`) and literal escape
///   sequences (`\u00a0`, `\n`) are decoded to what they stand for.
/// - Every run of whitespace becomes one space; the result is trimmed.
///
/// Case is kept: shouting is a signal. ASCII text with nothing to decode is returned
/// borrowed, which is the common case and keeps classification fast.
pub fn normalize(input: &str) -> Cow<'_, str> {
    if is_already_normal(input) {
        return Cow::Borrowed(input);
    }
    let decoded = decode_escapes(input);
    let mut out = Cleaner {
        out: String::with_capacity(decoded.len()),
        pending_space: false,
    };
    // Plain ASCII stretches are copied (whitespace collapsed); only the stretches
    // around non-ASCII characters go through Unicode normalisation. Splitting is safe
    // between two ASCII characters: neither reorders (combining class 0) nor composes
    // with what precedes it, so NFKC of the whole is NFKC of the pieces. The ASCII
    // character just before a non-ASCII one goes with it ("e" + U+0301 composes).
    let bytes = decoded.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let Some(offset) = bytes[at..].iter().position(|&b| b >= 0x80) else {
            out.push_ascii(&decoded[at..]);
            break;
        };
        let first = at + offset;
        let start = if first > at { first - 1 } else { first };
        out.push_ascii(&decoded[at..start]);
        let mut end = first;
        while end < bytes.len()
            && !(bytes[end] < 0x80 && bytes.get(end + 1).is_none_or(|&b| b < 0x80))
        {
            end += 1;
        }
        let piece = &decoded[start..end];
        // Most non-ASCII text (accents, emoji, curly quotes) is already NFKC; the quick
        // check proves it without running the full composition.
        if is_nfkc_quick(piece.chars()) == IsNormalized::Yes {
            out.push_chars(piece.chars());
        } else {
            out.push_chars(piece.nfkc());
        }
        at = end;
    }
    Cow::Owned(out.out)
}

/// Appends text without invisible characters, with whitespace runs as one space and
/// no space at either end.
struct Cleaner {
    out: String,
    pending_space: bool,
}

impl Cleaner {
    fn push_chars(&mut self, chars: impl Iterator<Item = char>) {
        for c in chars {
            if is_invisible(c) {
                continue;
            }
            if c.is_whitespace() {
                self.pending_space = !self.out.is_empty();
                continue;
            }
            if self.pending_space {
                self.out.push(' ');
                self.pending_space = false;
            }
            self.out.push(c);
        }
    }

    /// [`Cleaner::push_chars`] for ASCII text, copying runs of visible characters whole.
    fn push_ascii(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let run = bytes[at..]
                .iter()
                .position(|b| !b.is_ascii_graphic())
                .map_or(bytes.len(), |p| at + p);
            if run > at {
                if self.pending_space {
                    self.out.push(' ');
                    self.pending_space = false;
                }
                self.out.push_str(&text[at..run]);
            }
            // What ended the run: whitespace (kept as one space) or a control
            // character (dropped, as `is_invisible` does).
            if run < bytes.len() && char::from(bytes[run]).is_whitespace() {
                self.pending_space = !self.out.is_empty();
            }
            at = run + 1;
        }
    }
}

fn is_already_normal(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut previous_space = false;
    for &b in bytes {
        match b {
            b' ' => {
                if previous_space {
                    return false;
                }
                previous_space = true;
            }
            b'&' | b'\\' | 0x80.. => return false,
            _ if b.is_ascii_whitespace() || b.is_ascii_control() => return false,
            _ => previous_space = false,
        }
    }
    true
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
        || (c.is_control() && !c.is_whitespace())
}

/// Decodes HTML entities and backslash escapes that crawlers leave as literal text.
fn decode_escapes(input: &str) -> Cow<'_, str> {
    if !input.contains(['&', '\\']) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(pos) = rest.find(['&', '\\']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let (replacement, consumed) = if tail.starts_with('&') {
            decode_entity(tail)
        } else {
            decode_backslash(tail)
        };
        match replacement {
            Some(c) => out.push(c),
            None => out.push_str(&tail[..consumed]),
        }
        rest = &tail[consumed..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Returns the decoded character (if `s` starts with a known entity) and the bytes used.
fn decode_entity(s: &str) -> (Option<char>, usize) {
    const NAMED: &[(&str, char)] = &[
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
        ("&nbsp;", ' '),
        ("&hellip;", '…'),
        ("&mdash;", '—'),
        ("&ndash;", '–'),
        ("&rsquo;", '’'),
        ("&lsquo;", '‘'),
        ("&rdquo;", '”'),
        ("&ldquo;", '“'),
        ("&pound;", '£'),
        ("&euro;", '€'),
        ("&copy;", '©'),
        ("&reg;", '®'),
        ("&trade;", '™'),
    ];
    for (name, c) in NAMED {
        if s.len() >= name.len() && s.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return (Some(*c), name.len());
        }
    }
    if let Some(body) = s.strip_prefix("&#") {
        let end = body.find(';').filter(|&e| e > 0 && e <= 8);
        if let Some(end) = end {
            let digits = &body[..end];
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => digits.parse().ok(),
            };
            if let Some(c) = code.and_then(char::from_u32) {
                return (Some(c), 2 + end + 1);
            }
        }
    }
    (None, 1)
}

fn decode_backslash(s: &str) -> (Option<char>, usize) {
    let b = s.as_bytes();
    match b.get(1) {
        Some(b'n' | b'r' | b't') => (Some(' '), 2),
        Some(b'u') if b.len() >= 6 && s.is_char_boundary(6) => {
            match u32::from_str_radix(&s[2..6], 16)
                .ok()
                .and_then(char::from_u32)
            {
                Some(c) => (Some(c), 6),
                None => (None, 1),
            }
        }
        _ => (None, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole text through NFKC at once: what [`normalize`] must equal.
    fn reference(input: &str) -> String {
        let decoded = decode_escapes(input);
        let mut out = Cleaner {
            out: String::new(),
            pending_space: false,
        };
        out.push_chars(decoded.nfkc());
        out.out
    }

    proptest::proptest! {
        #[test]
        fn normalising_by_pieces_equals_the_whole(
            text in "(\\PC|[ \\t\\n\\x0B\\x1C\\u{0301}\\u{0308}\\u{200B}\\u{2026}a-e&;#\\\\]){0,40}"
        ) {
            let normal = normalize(&text);
            proptest::prop_assert_eq!(normal.as_ref(), reference(&text));
        }
    }

    #[test]
    fn composes_across_an_ascii_letter_and_its_mark() {
        assert_eq!(normalize("cafe\u{0301} ok"), "café ok");
        assert_eq!(normalize("wait\u{2026}  what"), "wait... what");
        for text in ["a\u{0000}b \u{0007} c", "x\u{1C}y\u{0B}z\u{85}w"] {
            assert_eq!(normalize(text), reference(text));
        }
    }

    #[test]
    fn ascii_clean_text_is_borrowed() {
        assert!(matches!(normalize("hello world"), Cow::Borrowed(_)));
    }

    #[test]
    fn fancy_fonts_and_fullwidth_fold_to_ascii() {
        assert_eq!(normalize("𝐟𝐫𝐞𝐞 ｍｏｎｅｙ"), "free money");
    }

    #[test]
    fn invisible_characters_are_removed() {
        assert_eq!(normalize("fr\u{200B}ee\u{FEFF}"), "free");
    }

    #[test]
    fn entities_and_escapes_decode() {
        assert_eq!(
            normalize("Tom &amp; Jerry&#39;s\\u00a0show\\nnow"),
            "Tom & Jerry's show now"
        );
        assert_eq!(normalize("a &unknown; b & c"), "a &unknown; b & c");
    }

    #[test]
    fn whitespace_collapses_and_trims() {
        assert_eq!(normalize("  a \t\n b  "), "a b");
    }

    #[test]
    fn backslash_at_end_and_bad_escapes_survive() {
        assert_eq!(normalize("a\\"), "a\\");
        assert_eq!(normalize("\\uZZZZ"), "\\uZZZZ");
        assert_eq!(normalize("\\u00"), "\\u00");
    }
}
