//! Word runs (phrases, comment-spam templates) indexed by their first word, so a text is
//! scanned once, one lookup a word, whatever the number of runs.

use std::collections::HashMap;

/// Runs of words, each with what it stands for, keyed by the run's first word. Words are
/// compared as the evidence scan leaves a post's words: lowercased, without apostrophes.
pub(super) struct WordRuns<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>, foldhash::fast::FixedState>,
}

impl<T> WordRuns<T> {
    /// Indexes `runs`: each its words as written (space-separated words or a slice of
    /// them), apostrophes removed as [`super::without_apostrophes`] removes them from text.
    pub(super) fn new<'w>(
        runs: impl IntoIterator<Item = (impl IntoIterator<Item = &'w str>, T)>,
    ) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>, _> = HashMap::default();
        for (words, value) in runs {
            let words: Vec<String> = words
                .into_iter()
                .map(|w| super::without_apostrophes(w.to_string()))
                .collect();
            by_first
                .entry(words[0].clone())
                .or_default()
                .push((words, value));
        }
        WordRuns { by_first }
    }

    /// What the runs that occur in `words` starting at `words[at]` stand for.
    pub(super) fn starting_at<'a>(
        &'a self,
        words: &'a [&'a str],
        at: usize,
    ) -> impl Iterator<Item = &'a T> + 'a {
        let rest = &words[at..];
        self.by_first
            .get(rest[0])
            .into_iter()
            .flatten()
            .filter(move |(run, _)| {
                rest.len() >= run.len() && run.iter().zip(rest).all(|(a, b)| a == b)
            })
            .map(|(_, value)| value)
    }
}
