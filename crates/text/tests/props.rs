//! Property tests: the text pipeline never panics and keeps its invariants on any input.

use discern_text::{Analysis, normalize, squash_into, tokenize};
use proptest::prelude::*;

fn social_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9]{1,8}",
            Just("http://bit.ly/x".to_string()),
            Just("@user".to_string()),
            Just("#tag".to_string()),
            Just("$5".to_string()),
            Just("!!!".to_string()),
            Just("😀".to_string()),
            Just("&amp;".to_string()),
            Just("\\u00a0".to_string()),
            "\\PC{1,4}",
            "[ \t\n]{1,3}",
        ],
        0..20,
    );
    pieces.prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn tokens_are_spans_of_the_text(text in social_text()) {
        for token in tokenize(&text) {
            prop_assert!(!token.text.is_empty());
            prop_assert_eq!(&text[token.start..token.start + token.text.len()], token.text);
            prop_assert!(!token.text.chars().any(char::is_whitespace));
        }
    }

    #[test]
    fn tokens_come_in_order_without_overlap(text in any::<String>()) {
        let mut end = 0;
        for token in tokenize(&text) {
            prop_assert!(token.start >= end);
            end = token.start + token.text.len();
        }
    }

    #[test]
    fn normalize_is_idempotent(text in social_text()) {
        let once = normalize(&text).into_owned();
        let twice = normalize(&once).into_owned();
        // Decoding can reveal a new escape ("&amp;amp;"), so compare a third pass too.
        prop_assert_eq!(normalize(&twice).into_owned(), twice.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
        prop_assert!(!once.contains("  "));
    }

    #[test]
    fn squash_has_no_punctuation_or_double_spaces(text in social_text()) {
        let normal = normalize(&text);
        let mut out = String::new();
        squash_into(&tokenize(&normal), &mut out);
        prop_assert!(!out.contains("  "));
        prop_assert!(!out.starts_with(' '));
    }

    #[test]
    fn an_ascii_tokens_lowercase_is_to_lowercase(text in social_text()) {
        let analysis = Analysis::new(&text);
        for (token, lower) in analysis.token_iter_lower() {
            match lower {
                Some(lower) => prop_assert_eq!(lower, token.text.to_lowercase()),
                None => prop_assert!(!token.text.is_ascii()),
            }
        }
    }
}
