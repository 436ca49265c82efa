//! Comments copied between accounts: a comment farm's accounts link the same site in
//! nearly the same words ("This really helped me! I also found great tips at …"), told
//! by a sketch of each comment's words; and a copy bot posts another account's comment
//! again whole, told by a hash of its words.

use discern_threads::hashing::{PrehashedMap, key_hash};

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

/// `key_hash` of a text's `squashed` words, when it has [`COPY_WORDS_MIN`] words or
/// more: what a copy of it is told by.
pub(super) fn whole_text_key(squashed: &str) -> Option<u64> {
    squashed
        .split(' ')
        .nth(COPY_WORDS_MIN - 1)
        .map(|_| key_hash(squashed))
}

/// Whether a post (its [`whole_text_key`], `words`, by `author`) copies whole a post
/// another account made in the thread (`said`), where it `counts` (a reply in someone
/// else's thread); the post is remembered either way. The copy bot posts a comment that
/// did well again, word for word, to collect its likes before the account turns to
/// selling; two people rarely write the same sentence of [`COPY_WORDS_MIN`] words or
/// more.
pub(super) fn copies_a_comment(
    said: &mut Vec<Said>,
    words: u64,
    author: Option<u64>,
    counts: bool,
) -> bool {
    let copied = counts && said.iter().any(|&(s, by)| s == words && by != author);
    if said.len() < SAID_KEPT {
        said.push((words, author));
    }
    copied
}

/// Words a repeated post needs to be a campaign's message rather than a greeting or a
/// stock reply a person sends many friends ("Happy birthday, hope you have a wonderful
/// day!", "haha same, I'm on my second one already"): two sentences' worth.
const TALKING_POINTS_WORDS_MIN: usize = 2 * COPY_WORDS_MIN;

/// Texts remembered per account for telling it repeats itself.
const REPEATS_KEPT: usize = 16;

/// Accounts remembered per run of words.
const RUN_AUTHORS_KEPT: usize = 4;

/// Other accounts that must repeat the same run of words for a campaign's talking
/// points: with the author, three, as a sockpuppet ring needs.
const RING_OTHERS_MIN: usize = 2;

/// Talking points repeated by a ring of accounts: astroturf. Each account posts its own
/// wording again and again ("As a lifelong Wrenfield resident and mom of three, I'm
/// voting YES on 2C. 400 good-paying jobs and $11M a year for our schools"), and the
/// accounts' wordings share a sentence of the campaign's, word for word. A person who
/// backs a measure says so in their own words, and says it once. Only an account's
/// repeats are read for runs of words: most posts are said once.
#[derive(Default)]
pub(super) struct TalkingPoints {
    /// Per account, `key_hash` of the squashed words of its posts of
    /// [`TALKING_POINTS_WORDS_MIN`] words or more, at most [`REPEATS_KEPT`].
    said: PrehashedMap<Vec<u64>>,
    /// Per run of [`COPY_WORDS_MIN`] words of a repeated post, the accounts that
    /// repeated it, at most [`RUN_AUTHORS_KEPT`].
    runs: PrehashedMap<Vec<u64>>,
    /// Per account, the positions of its long posts not yet judged a ring's, at most
    /// [`REPEATS_KEPT`]: the ring's first posts, made before each account repeated
    /// itself, judged again once the ring shows.
    unjudged: PrehashedMap<Vec<u64>>,
}

impl TalkingPoints {
    /// Whether the post (its `squashed` words and their [`whole_text_key`], `words`, by
    /// `author`, judged at `position`) repeats the author's own earlier post, and shares
    /// a run of words with the repeated posts of [`RING_OTHERS_MIN`] or more other
    /// accounts. If so, the positions of the long posts the ring's accounts made before
    /// it showed, to judge again.
    pub(super) fn repeats_a_rings_points(
        &mut self,
        author: u64,
        squashed: &str,
        words: u64,
        position: u64,
    ) -> Option<Vec<u64>> {
        squashed.split(' ').nth(TALKING_POINTS_WORDS_MIN - 1)?;
        let said = self.said.entry(author).or_default();
        let repeat = said.contains(&words);
        if !repeat && said.len() < REPEATS_KEPT {
            said.push(words);
        }
        if !repeat {
            let unjudged = self.unjudged.entry(author).or_default();
            if unjudged.len() < REPEATS_KEPT {
                unjudged.push(position);
            }
            return None;
        }
        let words: Vec<&str> = squashed.split(' ').filter(|w| !w.is_empty()).collect();
        let mut others: Vec<u64> = Vec::new();
        for run in words.windows(COPY_WORDS_MIN) {
            let authors = self.runs.entry(key_hash(&run.join(" "))).or_default();
            for &other in authors.iter() {
                if other != author && !others.contains(&other) {
                    others.push(other);
                }
            }
            if !authors.contains(&author) && authors.len() < RUN_AUTHORS_KEPT {
                authors.push(author);
            }
        }
        if others.len() < RING_OTHERS_MIN {
            return None;
        }
        let mut earlier = Vec::new();
        for account in others.into_iter().chain([author]) {
            if let Some(unjudged) = self.unjudged.get_mut(&account) {
                earlier.append(unjudged);
            }
        }
        Some(earlier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_that_each_repeat_a_shared_sentence_are_a_ring() {
        let mut points = TalkingPoints::default();
        let mut position = 0;
        let mut repeats = |author: u64, text: &str| {
            let words = whole_text_key(text).expect("long enough");
            position += 1;
            points
                .repeats_a_rings_points(author, text, words, position)
                .is_some()
        };
        let shared = "400 good paying jobs and 11m a year for our schools";
        let voices = [
            format!("as a small business owner on main st i m voting yes on 2c {shared}"),
            format!("as a lifelong resident and mom of three i m voting yes {shared}"),
            format!("as a dad and a native i m voting yes on 2c {shared} dont let them"),
        ];
        // Said once each: people back a measure so.
        for (a, voice) in voices.iter().enumerate() {
            assert!(!repeats(a as u64, voice));
        }
        // The first two repeat theirs: two accounts are not yet a ring.
        assert!(!repeats(0, &voices[0]));
        assert!(!repeats(1, &voices[1]));
        assert!(repeats(2, &voices[2]));
        // Friends who each send the same stock reply to many posts are no ring.
        let stock = "haha same i m on my second one already";
        for _ in 0..2 {
            for friend in 20..23 {
                assert!(!repeats(friend, stock));
            }
        }
        // A person who repeats a sentence of their own is no ring.
        let own = "the library levy costs me less than one paperback a year honestly";
        assert!(!repeats(9, own));
        assert!(!repeats(9, own));
    }

    #[test]
    fn the_rings_first_posts_are_judged_again_once_it_shows() {
        let mut points = TalkingPoints::default();
        let shared = "400 good paying jobs and 11m a year for our schools";
        let voices = [
            format!("as a small business owner on main st i m voting yes on 2c {shared}"),
            format!("as a lifelong resident and mom of three i m voting yes {shared}"),
            format!("as a dad and a native i m voting yes on 2c {shared} dont let them"),
        ];
        let mut say = |position: u64, author: usize| {
            let text = &voices[author];
            let words = whole_text_key(text).expect("long enough");
            points.repeats_a_rings_points(author as u64, text, words, position)
        };
        // Each says it once (positions 1-3), the first two again (4, 5): no ring yet.
        for (position, author) in [(1, 0), (2, 1), (3, 2), (4, 0), (5, 1)] {
            assert_eq!(say(position, author), None);
        }
        // The third repeats: its post and the first posts of all three are the ring's.
        let mut earlier = say(6, 2).expect("a ring");
        earlier.sort_unstable();
        assert_eq!(earlier, [1, 2, 3]);
        // Judged again once only.
        assert_eq!(say(7, 0), Some(Vec::new()));
    }

    #[test]
    fn a_comment_posted_again_whole_by_another_account_is_a_copy() {
        let mut said = Vec::new();
        let mut copied = |text: &str, author: u64, counts: bool| {
            whole_text_key(text)
                .is_some_and(|words| copies_a_comment(&mut said, words, Some(author), counts))
        };
        let comment = "the bit where the tea mug vibrates off the bench had me in stitches";
        assert!(!copied(comment, 1, true));
        // The same author again, a short comment two people may both write, a copy
        // where copies do not count.
        assert!(!copied(comment, 1, true));
        assert!(!copied("lovely video thank you", 2, true));
        assert!(!copied("lovely video thank you", 3, true));
        assert!(!copied(comment, 4, false));
        assert!(copied(comment, 5, true));
    }
}
