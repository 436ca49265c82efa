//! Normalisation, tokenisation and squashing on any text: no panic, tokens are spans,
//! and the shared `Analysis` gives what the steps give one by one.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let normal = discern_text::normalize(text);
    let tokens = discern_text::tokenize(&normal);
    for token in &tokens {
        assert_eq!(&normal[token.start..token.start + token.text.len()], token.text);
    }
    let mut squashed = String::new();
    discern_text::squash_into(&tokens, &mut squashed);
    let analysis = discern_text::Analysis::new(text);
    assert_eq!(analysis.normal(), normal);
    assert_eq!(analysis.tokens(), tokens);
    assert_eq!(analysis.squashed(), squashed);
});
