//! Whether a post asks readers for a recommendation: a reply offering a product or
//! service to such a post was asked for.

use discern_text::{Analysis, TokenKind};

/// Words with which a post asks readers for a recommendation: a reply offering a
/// product or service to such a post was asked for. A plain question asks for
/// conversation, not for pitches.
const ASKING_WORDS: &[&[&str]] = &[
    &["recommend"],
    &["recommendation"],
    &["recommendations"],
    &["suggest"],
    &["suggestions"],
    &["alternatives"],
    &["alternative"],
    &["where", "can", "i", "buy"],
    &["looking", "for"],
    &["any", "good"],
];

/// The most words in a phrase of [`ASKING_WORDS`].
const LONGEST_ASK: usize = 4;

/// Bit `n` set when some phrase of [`ASKING_WORDS`] ends in a word of `n` bytes (all are
/// shorter than 64): most words end no phrase and are passed over on one test.
const ASK_ENDING_LENGTHS: u64 = {
    let mut lengths = 0u64;
    let mut i = 0;
    while i < ASKING_WORDS.len() {
        let phrase = ASKING_WORDS[i];
        assert!(phrase.len() <= LONGEST_ASK);
        let last = phrase[phrase.len() - 1].len();
        assert!(last < 64);
        lengths |= 1 << last;
        i += 1;
    }
    lengths
};

/// Whether a post asks for recommendations (see [`ASKING_WORDS`]).
pub fn asks_something(analysis: &Analysis) -> bool {
    // One pass over the words, each phrase matched where it would end, against the
    // words just before it (no vector of the words; this runs for every post of a
    // conversation, and matching every phrase from every word took ~4,000 instructions
    // a post).
    let mut recent = [""; LONGEST_ASK];
    for token in analysis.token_iter() {
        if token.kind != TokenKind::Word {
            continue;
        }
        recent.rotate_left(1);
        recent[LONGEST_ASK - 1] = token.text;
        let length = token.text.len();
        if length < 64
            && ASK_ENDING_LENGTHS & (1 << length) != 0
            && ASKING_WORDS.iter().any(|phrase| {
                recent[LONGEST_ASK - phrase.len()..]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(word, p)| word.eq_ignore_ascii_case(p))
            })
        {
            return true;
        }
    }
    false
}
