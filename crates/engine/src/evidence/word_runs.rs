//! Word runs (phrases, comment-spam templates) indexed by their first word, so a text is
//! scanned once, one lookup a word, whatever the number of runs.

use std::collections::HashMap;

/// Runs of words, each with what it stands for, keyed by the run's first word. Words are
/// compared as the evidence scan leaves a post's words: lowercased, without apostrophes.
pub(super) struct WordRuns<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>, foldhash::fast::FixedState>,
    /// One bit per [`class`] of the first words: most words of a post start no run, and
    /// a clear bit says so in a few instructions, where hashing the word for the map
    /// took ~90 (the scan looks every word up in two of these indexes).
    classes: [u64; CLASSES / 64],
}

/// Bits in [`WordRuns::classes`]: a few hundred first words leave most of them clear.
const CLASSES: usize = 16384;

/// A word's class for the filter: its length, first and last byte mixed. Any word has
/// one (the empty word too), so a word whose class bit is clear is no first word.
#[inline]
fn class(word: &str) -> usize {
    let bytes = word.as_bytes();
    let first = usize::from(bytes.first().copied().unwrap_or(0));
    let last = usize::from(bytes.last().copied().unwrap_or(0));
    (bytes.len().wrapping_mul(0x9E5) ^ first.wrapping_mul(0x3B) ^ last.wrapping_mul(0x1C9))
        % CLASSES
}

impl<T> WordRuns<T> {
    /// Indexes `runs`: each its words as written (space-separated words or a slice of
    /// them), apostrophes removed as [`super::phrases::without_apostrophes`] removes them from text.
    pub(super) fn new<'w>(
        runs: impl IntoIterator<Item = (impl IntoIterator<Item = &'w str>, T)>,
    ) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>, _> = HashMap::default();
        for (words, value) in runs {
            let words: Vec<String> = words
                .into_iter()
                .map(|w| super::phrases::without_apostrophes(w.to_string()))
                .collect();
            by_first
                .entry(words[0].clone())
                .or_default()
                .push((words, value));
        }
        let mut classes = [0u64; CLASSES / 64];
        for first in by_first.keys() {
            let class = class(first);
            classes[class / 64] |= 1 << (class % 64);
        }
        WordRuns { by_first, classes }
    }

    /// What the runs that occur in `words` starting at `words[at]` stand for. Inlined,
    /// so a word that starts no run costs its caller the filter's test and no call (the
    /// call and its iterator were most of the cost once the filter came).
    #[inline]
    pub(super) fn starting_at<'a>(
        &'a self,
        words: &'a [&'a str],
        at: usize,
    ) -> impl Iterator<Item = &'a T> + 'a {
        let rest = &words[at..];
        self.runs_from(rest[0])
            .iter()
            .filter(move |(run, _)| {
                rest.len() >= run.len() && run.iter().zip(rest).all(|(a, b)| a == b)
            })
            .map(|(_, value)| value)
    }

    /// The runs whose first word is `first`.
    #[inline]
    fn runs_from(&self, first: &str) -> &[(Vec<String>, T)] {
        let class = class(first);
        if self.classes[class / 64] & (1 << (class % 64)) == 0 {
            return &[];
        }
        self.by_first.get(first).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_lets_every_run_through() {
        let runs = ["check out", "a b c", "dot", "x", "", "thumbs up"];
        let index = WordRuns::new(runs.iter().map(|run| (run.split(' '), *run)));
        for run in runs {
            let words: Vec<&str> = run.split(' ').collect();
            assert!(
                index.starting_at(&words, 0).any(|found| *found == run),
                "{run}"
            );
        }
        let words = ["nothing", "starts", "here"];
        assert!((0..3).all(|at| index.starting_at(&words, at).next().is_none()));
    }
}
