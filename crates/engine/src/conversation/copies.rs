//! Comments copied between accounts: a comment farm's accounts link the same site in
//! nearly the same words ("This really helped me! I also found great tips at …"), told
//! by a sketch of each comment's words.

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
