//! Words whose letters are disguised to slip a name past word filters
//! ([`Evidence::Disguised`](super::Evidence::Disguised)): "𝘼𝙇𝙀𝙓𝙄𝙎x17", "c\u{430}sino",
//! "𝘿𝐎Я𝘼", "DEP🅞SIT", "W\u{1d62}\u{209c}\u{2095}D", "D 𝐎 𝑅 A 𝟩 𝟩".
//!
//! The line drawn is one of consistency: a person who styles a word for emphasis styles
//! all of it in one alphabet ("𝗡𝗘𝗪 𝗔𝗥𝗥𝗜𝗩𝗔𝗟𝗦", "L O V E"); a spammer mixes alphabets
//! letter by letter so that no filter's word list matches. Digits belong to no alphabet
//! ("21𝘴𝘵", "𝑅2" are emphasis), nor do Greek letters (fraternities, maths).

/// The alphabet a letter is written in, for the consistency check.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Latin,
    Cyrillic,
    /// One of the thirteen styled Latin alphabets of U+1D400–U+1D6A3 (bold, italic,
    /// script, fraktur, sans-serif…), by index.
    Styled(u8),
    /// A letter drawn as a symbol: enclosed (🅞, Ⓐ), or a superscript or subscript
    /// letter (ᵢ, ₜ). Only ever a disguise inside a word of plain letters.
    LookAlike,
}

fn alphabet(c: char) -> Option<Alphabet> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(Alphabet::Latin),
        '\u{0400}'..='\u{04FF}' if c.is_alphabetic() => Some(Alphabet::Cyrillic),
        '\u{1D400}'..='\u{1D6A3}' => Some(Alphabet::Styled(((c as u32 - 0x1D400) / 52) as u8)),
        // Circled (Ⓐ–ⓩ), squared and negative circled or squared capitals (🄰, 🅐, 🅰).
        '\u{24B6}'..='\u{24E9}'
        | '\u{1F130}'..='\u{1F149}'
        | '\u{1F150}'..='\u{1F169}'
        | '\u{1F170}'..='\u{1F189}' => Some(Alphabet::LookAlike),
        // Superscript and subscript letters (ᴬ–ᵪ, ₐ–ₜ).
        '\u{1D2C}'..='\u{1D6A}' | '\u{2090}'..='\u{209C}' => Some(Alphabet::LookAlike),
        _ => None,
    }
}

/// Whether `c` is part of a word for the scan: a letter or digit, or a look-alike
/// symbol (which is not alphanumeric, and would otherwise split "DEP🅞SIT" in two).
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || alphabet(c).is_some()
}

/// The first disguised word of `text`, or a disguised name spelled out letter by letter
/// ("D 𝐎 𝑅 A 𝟩 𝟩"). ASCII text, most text, is skipped in one vectorised check.
pub(super) fn disguised_word(text: &str) -> Option<&str> {
    if !has_disguise_letter(text.as_bytes()) {
        return None;
    }
    text.split(|c: char| !in_word(c))
        .find(|word| mixes_alphabets(word))
        .or_else(|| spelled_out(text))
}

/// A styled digit (U+1D7CE–U+1D7FF): no alphabet's, but beside plain letters the
/// disguise of a name's digits ("Alexis1𝟩").
fn is_styled_digit(c: char) -> bool {
    ('\u{1D7CE}'..='\u{1D7FF}').contains(&c)
}

/// Whether `bytes` hold a character a disguise is made of (a letter [`alphabet`] names
/// outside plain Latin, or a styled digit), by its UTF-8 encoding: Cyrillic (lead
/// D0–D3), styled letters and digits (F0 9D), enclosed (F0 9F 84–86), superscript (E1
/// B4–B5), subscript (E2 82 90–9C) or circled (E2 92 B6 – E2 93 A9). Every text is
/// scanned, so the scan is two passes the compiler and `memchr` vectorise, not a walk of
/// its chars: emoji and curly quotes share the lead bytes F0 and E2, and only the bytes
/// after those are looked at (decoding the character there and asking [`alphabet`]
/// cost 500 instructions more a thread post).
fn has_disguise_letter(bytes: &[u8]) -> bool {
    if bytes.iter().any(|&b| (0xD0..=0xD3).contains(&b)) {
        return true;
    }
    memchr::memchr3_iter(0xF0, 0xE1, 0xE2, bytes).any(|at| {
        let next = |n: usize| bytes.get(at + n).copied().unwrap_or(0);
        match bytes[at] {
            0xF0 => next(1) == 0x9D || (next(1) == 0x9F && matches!(next(2), 0x84..=0x86)),
            0xE1 => matches!(next(1), 0xB4 | 0xB5),
            _ => matches!(
                (next(1), next(2)),
                (0x82, 0x90..=0x9C) | (0x92, 0xB6..=0xBF) | (0x93, 0x80..=0xA9)
            ),
        }
    })
}

/// A word whose letters come from more than one alphabet, in a way emphasis never
/// writes: Latin with Cyrillic, a styled alphabet with another alphabet, or a
/// look-alike symbol between plain letters.
fn mixes_alphabets(word: &str) -> bool {
    let (mut latin, mut cyrillic, mut styled_digit) = (false, false, false);
    let mut styled: Option<u8> = None;
    let mut styles_mixed = false;
    // A look-alike with a plain letter before it, waiting for one after it.
    let mut look_alike_after_latin = false;
    let mut look_alike_inside = false;
    for c in word.chars() {
        match alphabet(c) {
            Some(Alphabet::Latin) => {
                look_alike_inside |= look_alike_after_latin;
                latin = true;
            }
            Some(Alphabet::Cyrillic) => cyrillic = true,
            Some(Alphabet::Styled(style)) => {
                styles_mixed |= styled.is_some_and(|s| s != style);
                styled = Some(style);
            }
            Some(Alphabet::LookAlike) => look_alike_after_latin |= latin,
            None => styled_digit |= is_styled_digit(c),
        }
    }
    let styled = styled.is_some();
    (latin && (styled || styled_digit || cyrillic))
        || (styled && (cyrillic || styles_mixed))
        || look_alike_inside
}

/// A name spelled out one letter at a time, each letter its own word, in more than one
/// alphabet: "D 𝐎 𝑅 A 𝟩 𝟩". Four letters or more, so that an initial or two
/// ("𝐉. R. R. Tolkien") is not a name; one alphabet throughout is emphasis ("L O V E").
/// Digits count towards the four ("𝐀 𝑋 L 𝟩 7").
fn spelled_out(text: &str) -> Option<&str> {
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut singles = 0;
    let mut first: Option<Alphabet> = None;
    let mut mixed = false;
    for (at, word) in text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .chain(std::iter::once((text.len(), "")))
    {
        let mut chars = word.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) if in_word(c) => Some(c),
            _ => None,
        };
        if let Some(c) = single {
            start.get_or_insert(at);
            end = at + c.len_utf8();
            singles += 1;
            if let Some(alphabet) = alphabet(c) {
                mixed |= first.is_some_and(|f| f != alphabet);
                first.get_or_insert(alphabet);
            }
            continue;
        }
        if let Some(from) = start.take()
            && singles >= 4
            && mixed
        {
            return Some(&text[from..end]);
        }
        (singles, first, mixed) = (0, None, false);
    }
    None
}

/// A name with digits set off by the same emoji on each side, to stand out from the
/// words around it: "⚡ALEXIS17⚡", "🚩 WETON88 🚩". It is how a gambling site's or a
/// shop's handle is planted in comments for readers to look up. Over the 227,354
/// labelled texts it is in 180 comment-spam texts and one person's (a checklist's
/// "☑TJ6\n☑", which a line break between name and mark rules out); emphasis frames
/// words ("✨mood✨"), not names with numbers.
pub(super) fn framed_name(text: &str) -> Option<&str> {
    // Only where an emoji's lead byte stands (E2 for U+2190–U+2BFF, F0 for the emoji
    // planes): most text holds none, and its chars are not decoded.
    for start in memchr::memchr2_iter(0xE2, 0xF0, text.as_bytes()) {
        let Some(mark) = text.get(start..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        if !is_emoji(mark) {
            continue;
        }
        // The mark's variation selector, then at most one space.
        let mut rest = &text[start + mark.len_utf8()..];
        rest = rest.strip_prefix('\u{FE0F}').unwrap_or(rest);
        rest = rest.strip_prefix(' ').unwrap_or(rest);
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let letters = name.bytes().filter(u8::is_ascii_alphabetic).count();
        if letters < 2 || !name.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let after = &rest[name_len..];
        let after = after.strip_prefix(' ').unwrap_or(after);
        if after.starts_with(mark) {
            return Some(name);
        }
    }
    None
}

/// Emoji and pictographic symbols: arrows, technical and miscellaneous symbols,
/// dingbats, stars (U+2190–U+2BFF), and the emoji planes (U+1F000–U+1FAFF).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}')
}

#[cfg(test)]
mod tests {
    use super::{disguised_word, framed_name};

    #[test]
    fn a_name_with_digits_between_two_of_the_same_emoji_is_framed() {
        for (text, framed) in [
            ("Gacor terus di ⚡ALEXIS17⚡ hari ini", Some("ALEXIS17")),
            ("Mantap 🚩 WETON88 🚩 bos", Some("WETON88")),
            ("Udah coba ⚡️king328⚡️ belum?", Some("king328")),
            ("🔥🔥 so good 🔥🔥", None),
            ("✨mood✨ all weekend", None),
            ("Happy 30th 🎂30🎂", None),
            ("☑TJ6\n☑ done", None),
            ("⭐ALEXIS17 is great 🌟", None),
            ("plain ascii ALEXIS17", None),
        ] {
            assert_eq!(framed_name(text), framed, "{text}");
        }
    }

    #[test]
    fn mixed_alphabets_are_a_disguise_and_one_alphabet_is_emphasis() {
        for (text, disguised) in [
            (
                "Baru seminggu join 𝘼𝙇𝙀𝙓𝙄𝙎x17, menang terus",
                Some("𝘼𝙇𝙀𝙓𝙄𝙎x17"),
            ),
            ("best c\u{0430}sino bonus today", Some("c\u{0430}sino")),
            // Two styled alphabets and a Cyrillic letter in one name.
            ("Di 𝘿𝐎Я𝘼 𝟽𝟳 mendukung transformasi saya", Some("𝘿𝐎Я𝘼")),
            ("Berkat 𝐃О𝐑𝘼7𝟳 saya melesat", Some("𝐃О𝐑𝘼7𝟳")),
            // A look-alike symbol inside a plain word.
            ("ada bonus DEP🅞SIT yang bisa", Some("DEP🅞SIT")),
            (
                "bisa di-W\u{1d62}\u{209c}\u{2095}D\u{1d63}\u{2090}W langsung",
                Some("W\u{1d62}\u{209c}\u{2095}D\u{1d63}\u{2090}W"),
            ),
            // Spelled out a letter at a time in mixed alphabets.
            (
                "kemenangan besar di D 𝐎 𝑅 A 𝟩 𝟩,langsung",
                Some("D 𝐎 𝑅 A 𝟩"),
            ),
            ("main 𝐃 O 𝙍 A 𝟳 7! 🚂", Some("𝐃 O 𝙍 A 𝟳")),
            // A styled digit among plain letters; a name spelled out with its digits.
            ("Bermain di Alexis1𝟩 selalu lancar", Some("Alexis1𝟩")),
            ("𝐀 𝑋 L 𝟩 7 𝟽adalah platform", Some("𝟽adalah")),
            ("𝐀 𝑋 L 𝟩 7 platform", Some("𝐀 𝑋 L 𝟩 7")),
            ("Sign 𝐭𝐡𝐞 𝐏𝐚𝐠𝐞~https://example.org/petition today", None),
            ("the 21𝘴𝘵 century", None),
            (
                "in Palatini gravity, models like Higgs and 𝑅2 inflation",
                None,
            ),
            ("𝗡𝗘𝗪 𝗔𝗥𝗥𝗜𝗩𝗔𝗟𝗦 this week", None),
            ("𝐔𝐍𝐒𝐔𝐑𝟏𝟑𝟖 🔥", None),
            ("Great night with #ΑΞΔformal2016 friends", None),
            ("Привет, как дела?", None),
            ("I L O V E Y O U", None),
            ("𝐉. R. R. Tolkien", None),
            // French abbreviations end in superscript letters; nothing plain follows.
            ("M\u{1d50}\u{1d49} Dupont", None),
            ("Ⓐ for anarchy", None),
            ("It\u{2019}s \u{201c}fine\u{201d} \u{2014} really", None),
        ] {
            assert_eq!(disguised_word(text), disguised, "{text}");
        }
    }
}
