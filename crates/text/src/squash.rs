use crate::tokenize::{Token, TokenKind};

/// Undoes digit-for-letter spelling ("fr33" → "free", "chann3l" → "channel"). Only
/// call it on tokens that mix letters and digits: "2011" stays a year.
pub fn fold_leet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        '$' => 's',
        _ => c,
    }
}

/// Writes the "squashed" form of a tokenised text into `out`: lowercase words with
/// punctuation inside them removed and leetspeak folded, one space between words.
/// Links, mentions, emails and emoji are left out (they have features of their own).
///
/// Character n-grams are taken over this form, so "che.ck my chann3l" and
/// "check my channel" share their n-grams.
pub fn squash_into(tokens: &[Token<'_>], out: &mut String) {
    out.clear();
    let mut previous_end = usize::MAX;
    // Whether the previous token touches the last word written, directly or through
    // punctuation with no space in between: only then does a word continue it.
    let mut attached = false;
    for token in tokens {
        let adjacent = token.start == previous_end;
        let glue = adjacent && attached;
        previous_end = token.start + token.text.len();
        let text = match token.kind {
            TokenKind::Word | TokenKind::PromoCode | TokenKind::Number => token.text,
            TokenKind::Hashtag | TokenKind::Cashtag => &token.text[1..],
            TokenKind::Price | TokenKind::Percent | TokenKind::Phone => token.text,
            // Punctuation glued between two letters is obfuscation ("che.ck"): drop it
            // and keep the word whole; elsewhere it only ends the word ("said (hi"
            // is two words).
            TokenKind::Punct | TokenKind::RepeatedPunct => {
                attached = glue;
                continue;
            }
            // Links, mentions and emoji have features of their own; they end the word.
            TokenKind::Url | TokenKind::Email | TokenKind::Mention | TokenKind::Emoji => {
                attached = false;
                continue;
            }
        };
        attached = true;
        if !glue && !out.is_empty() {
            out.push(' ');
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if !has_digit && text.is_ascii() {
            // The common case: nothing to fold, only ASCII to lowercase.
            let from = out.len();
            out.push_str(text);
            out[from..].make_ascii_lowercase();
            continue;
        }
        let mixed = has_digit && text.chars().any(char::is_alphabetic);
        for c in text.chars() {
            let c = if mixed { fold_leet(c) } else { c };
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn squash(text: &str) -> String {
        let mut out = String::new();
        squash_into(&tokenize(text), &mut out);
        out
    }

    #[test]
    fn obfuscation_folds() {
        assert_eq!(squash("che.ck my chann3l FR33!!"), "check my channel free");
        assert_eq!(squash("see bit.ly/x @bob in 2011"), "see in 2011");
        assert_eq!(squash("Ünïcode #Tag"), "ünïcode tag");
        assert_eq!(squash("che...ck it"), "check it");
    }

    #[test]
    fn punctuation_after_a_space_starts_a_new_word() {
        assert_eq!(squash("I said \"hello\" (twice)"), "i said hello twice");
        assert_eq!(squash("hello, (world"), "hello world");
        assert_eq!(squash("S \u{308}x"), "s x");
    }

    proptest::proptest! {
        /// Squashing never joins across whitespace: a text's squashed form is its
        /// halves' squashed forms, one space between.
        #[test]
        fn squashing_is_local_to_whitespace_chunks(
            a in "\\PC{0,24}",
            b in "[(\"\\[*_~.,]{0,2}[a-z0-9]{0,4}\\PC{0,20}",
        ) {
            let whole = squash(&format!("{a} {b}"));
            let halves: Vec<String> =
                [squash(&a), squash(&b)].into_iter().filter(|s| !s.is_empty()).collect();
            proptest::prop_assert_eq!(whole, halves.join(" "));
        }
    }
}
