//! Saying "not English" rather than guessing: the text model learned almost only from
//! English text, so on another language its reading of style means little. A verdict on
//! such a text says so in its signals; the evidence (links, prices, phone numbers, codes)
//! does not depend on the language and still counts.
//!
//! Detection is `whatlang`'s (trigram profiles, reliable-or-not). It costs tens of
//! microseconds, so it runs only on texts that look foreign at a glance: long enough to
//! tell (at least [`MIN_WORDS`] words) and without any of the commonest English words.

use discern_text::{Analysis, TokenKind};

/// Fewer words than this are too few to tell a language by.
pub const MIN_WORDS: usize = 4;

/// The commonest English words (the top of any English frequency list): a text with one
/// of them is English or mixed, and is judged as the model was trained.
const COMMON_ENGLISH: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "are",
    "was", "be", "it", "this", "that", "i", "you", "we", "my", "your", "me", "not", "have", "has",
    "do", "so", "just", "if", "what", "can", "all", "get", "like", "will",
];

/// The text's language by name when it is, reliably, not English.
pub fn not_english(analysis: &Analysis, text: &str) -> Option<&'static str> {
    let mut words = 0;
    for token in analysis.tokens() {
        if token.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        if COMMON_ENGLISH
            .iter()
            .any(|w| token.text.eq_ignore_ascii_case(w))
        {
            return None;
        }
    }
    if words < MIN_WORDS {
        return None;
    }
    let info = whatlang::detect(text)?;
    (info.is_reliable() && info.lang() != whatlang::Lang::Eng).then(|| info.lang().eng_name())
}

/// The signal a verdict on a text in `language` carries.
pub fn signal(language: &str) -> String {
    format!(
        "not English ({language}): the text model learned from English text, so this \
         verdict rests on the evidence more than on the wording"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Option<&'static str> {
        not_english(&Analysis::new(text), text)
    }

    #[test]
    fn foreign_texts_are_named() {
        // Indonesian and Malay share most words; either name is a fair answer.
        let indonesian = of(
            "Semua orang bilang situs ini benar-benar mengubah hidup saya. Saya sudah mencoba \
             dan sekarang saya menang setiap hari, ketik di google sekarang juga",
        );
        assert!(
            matches!(indonesian, Some("Indonesian" | "Malay")),
            "{indonesian:?}"
        );
        assert_eq!(
            of("Sản phẩm rất tốt, giao hàng nhanh, đóng gói cẩn thận, sẽ ủng hộ shop dài dài"),
            Some("Vietnamese")
        );
        assert_eq!(
            of(
                "Ich habe gestern endlich meinen neuen Staubsauger bekommen, er ist wunderbar leise"
            ),
            Some("German")
        );
    }

    #[test]
    fn english_short_and_mixed_texts_are_not() {
        for text in [
            "Our new cordless vacuum is 30% off this week",
            "lol ok",
            "merci beaucoup",
            "Gracias amigo, I loved the show",
        ] {
            assert_eq!(of(text), None, "{text}");
        }
    }
}
