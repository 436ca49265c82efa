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
    let mut out = String::with_capacity(decoded.len());
    // Most non-ASCII text (accents, emoji, curly quotes) is already NFKC; the quick
    // check proves it without running the full composition.
    if is_nfkc_quick(decoded.chars()) == IsNormalized::Yes {
        push_cleaned(decoded.chars(), &mut out);
    } else {
        push_cleaned(decoded.nfkc(), &mut out);
    }
    Cow::Owned(out)
}

/// Appends `chars` without invisible characters, with whitespace runs as one space
/// and no space at either end.
fn push_cleaned(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut pending_space = false;
    for c in chars {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
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
