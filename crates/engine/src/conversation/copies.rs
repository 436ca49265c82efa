//! Comments copied between accounts: a comment farm's accounts link the same site in
//! nearly the same words ("This really helped me! I also found great tips at …"), told
//! by a sketch of each comment's words; and a copy bot posts another account's comment
//! again whole, told by a hash of its words.

use discern_threads::hashing::key_hash;

/// The [`SKETCH`] smallest hashes of a text's distinct words (a bottom-k MinHash):
/// two texts that share most of their words share most of these, whatever order the
/// words come in or the one word a farm account adds ("Wow this really helped me!"
/// beside "This really helped me!!"). `None` under [`SKETCH_MIN_WORDS`] distinct
/// words, where any two short comments look alike.
pub(super) type WordSketch = [u64; SKETCH];

const SKETCH: usize = 4;

/// Distinct words a text needs for a sketch: the accounts' duplicate measure's
/// minimum for matching long texts on their fingerprint (five words).
const SKETCH_MIN_WORDS: usize = 5;

pub(super) fn word_sketch(squashed: &str) -> Option<WordSketch> {
    let mut hashes: Vec<u64> = squashed
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(key_hash)
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    if hashes.len() < SKETCH_MIN_WORDS {
        return None;
    }
    let mut sketch = [0; SKETCH];
    sketch.copy_from_slice(&hashes[..SKETCH]);
    Some(sketch)
}

/// Whether two sketches share all but one of their hashes: texts of nearly the same
/// words.
pub(super) fn copies(a: &WordSketch, b: &WordSketch) -> bool {
    a.iter().filter(|h| b.contains(h)).count() >= SKETCH - 1
}

/// A thread's post long enough to tell a copy of: `key_hash` of its squashed words, with
/// its author.
pub(super) type Said = (u64, Option<u64>);

/// Words a post needs for a copy of it to be told from two people saying the same
/// thing ("Thank you so much for this video!"): a sentence of its own.
const COPY_WORDS_MIN: usize = 8;

/// Posts remembered per thread for telling whole copies.
const SAID_KEPT: usize = 256;

/// Whether a post (its `squashed` words, by `author`) copies whole a post another
/// account made in the thread (`said`), where it `counts` (a reply in someone else's
/// thread); the post is remembered either way. The copy bot posts a comment that did
/// well again, word for word, to collect its likes before the account turns to selling;
/// two people rarely write the same sentence of [`COPY_WORDS_MIN`] words or more.
pub(super) fn copies_a_comment(
    said: &mut Vec<Said>,
    squashed: &str,
    author: Option<u64>,
    counts: bool,
) -> bool {
    if squashed.split(' ').nth(COPY_WORDS_MIN - 1).is_none() {
        return false;
    }
    let words = key_hash(squashed);
    let copied = counts && said.iter().any(|&(s, by)| s == words && by != author);
    if said.len() < SAID_KEPT {
        said.push((words, author));
    }
    copied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_posted_again_whole_by_another_account_is_a_copy() {
        let mut said = Vec::new();
        let comment = "the bit where the tea mug vibrates off the bench had me in stitches";
        assert!(!copies_a_comment(&mut said, comment, Some(1), true));
        // The same author again, a short comment two people may both write, a copy
        // where copies do not count.
        assert!(!copies_a_comment(&mut said, comment, Some(1), true));
        assert!(!copies_a_comment(
            &mut said,
            "lovely video thank you",
            Some(2),
            true
        ));
        assert!(!copies_a_comment(
            &mut said,
            "lovely video thank you",
            Some(3),
            true
        ));
        assert!(!copies_a_comment(&mut said, comment, Some(4), false));
        assert!(copies_a_comment(&mut said, comment, Some(5), true));
    }
}
