//! Keyword-triggered replies: the same pitch replied under many posts by others that share
//! a word, the word stemmed (Snowball, English) so "vacuum" and "vacuums" are one trigger.

use std::collections::VecDeque;

use rust_stemmers::{Algorithm, Stemmer};

use super::links::destination;
use super::sketch::{HeavyHitters, Label};
use super::{AccountConfig, AccountState, KeywordTriggers};
use crate::hashing::{PrehashedMap, key_hash};
use crate::terms::TextList;

/// Distinct parents a pitch cluster remembers, to count each parent once.
const RECENT_PARENTS: usize = 64;

/// Variants Snowball does not fold, mapped onto one stem (after stemming). Deliberately
/// tiny: a product's trade names are endless, and a bot that triggers on "espresso" as well
/// as "coffee" is caught on "coffee" alone once most of its parents say it. Extend only
/// with variants seen under real reply bots.
const SYNONYMS: &[(&str, &str)] = &[
    ("espresso", "coff"),
    ("cappuccino", "coff"),
    ("latt", "coff"),
    ("hoover", "vacuum"),
];

/// English Snowball stems of the (already lightly stemmed) parent words, memoised by term
/// id: a word's stem is computed once, not under every reply. The memo is bounded
/// (`stem_memo` entries, dropped whole when full), so it costs a fixed amount of memory
/// however many distinct words the stream holds. Stemming the light stem, not the surface
/// word, keeps every merge the light stemmer made and adds Snowball's.
pub(super) struct TriggerStemmer {
    stemmer: Stemmer,
    memo: PrehashedMap<u32>,
    stems: Vec<(u64, Label)>,
}

impl std::fmt::Debug for TriggerStemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TriggerStemmer")
            .field("memo", &self.memo.len())
            .finish()
    }
}

impl Default for TriggerStemmer {
    fn default() -> Self {
        TriggerStemmer {
            stemmer: Stemmer::create(Algorithm::English),
            memo: PrehashedMap::default(),
            stems: Vec::new(),
        }
    }
}

impl TriggerStemmer {
    /// The stem of a word: its id and text.
    pub(super) fn stem<'a>(&'a mut self, id: u64, word: &'a str, cap: usize) -> (u64, &'a str) {
        let index = match self.memo.get(&id) {
            Some(&i) => i as usize,
            None => {
                if self.stems.len() >= cap.max(1) {
                    self.memo.clear();
                    self.stems.clear();
                }
                let stemmed = self.stemmer.stem(word);
                let stem = SYNONYMS
                    .iter()
                    .find(|(variant, _)| *variant == stemmed.as_ref())
                    .map_or(stemmed.as_ref(), |(_, to)| to);
                self.stems.push((key_hash(stem), Label::new(stem)));
                let i = self.stems.len() - 1;
                self.memo.insert(id, u32::try_from(i).unwrap_or(u32::MAX));
                i
            }
        };
        self.stems
            .get(index)
            .map_or((id, word), |(sid, label)| (*sid, label.as_str()))
    }

    pub(super) fn memo_len(&self) -> usize {
        self.stems.len()
    }

    /// The distinct stems of `words` into `out` (cleared first).
    pub(super) fn stem_all(&mut self, words: &TextList, out: &mut TextList, cap: usize) {
        out.clear();
        for (id, text) in words.iter() {
            let (sid, stem) = self.stem(id, text, cap);
            if !out.contains(sid) {
                out.push(sid, stem);
            }
        }
    }
}

/// What a reply's text looks like, for matching it to a pitch cluster.
#[derive(Debug, Clone, Copy)]
pub(super) struct PitchText {
    pub(super) fingerprint: u64,
    pub(super) template: u64,
    pub(super) words: usize,
}

/// What a reply is matched to a pitch cluster on, apart from the cluster: every reply to
/// a stranger scans all of them, so they sit together.
#[derive(Debug, Clone, Copy)]
pub(super) struct PitchKey {
    fingerprint: u64,
    template: u64,
    domain: Option<u64>,
    replies: u32,
}

#[derive(Debug, Clone, Default)]
pub(super) struct PitchCluster {
    domain_text: Option<Label>,
    parents: u32,
    /// Low halves of the parents' key hashes: 64 of them, so a false match is ~2^-26.
    recent_parents: VecDeque<u32>,
    /// Stems of the parents' words, each counted once per parent.
    pub(super) parent_words: HeavyHitters,
}

impl AccountState {
    pub(super) fn observe_pitch(
        &mut self,
        text: PitchText,
        domains: &TextList,
        parent: u64,
        parent_stems: &TextList,
        config: &AccountConfig,
    ) {
        let PitchText {
            fingerprint,
            template,
            words,
        } = text;
        let domain = destination(domains);
        let loose = config.near_duplicate_bits.saturating_mul(2);
        let matches = |c: &PitchKey| {
            (words >= 3
                && (c.template == template || (c.fingerprint ^ fingerprint).count_ones() <= loose))
                || (domain.is_some() && c.domain == domain.map(|d| d.0))
        };
        let index = match self.pitch_keys.iter().position(matches) {
            Some(i) => i,
            None => {
                let slot = if self.pitches.len() < config.pitch_clusters.max(1) {
                    self.pitches.push(PitchCluster::default());
                    self.pitch_keys.push(PitchKey {
                        fingerprint,
                        template,
                        domain: None,
                        replies: 0,
                    });
                    self.pitches.len() - 1
                } else {
                    // Space-saving: the weakest cluster makes room.
                    self.pitch_keys
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, c)| c.replies)
                        .map_or(0, |(i, _)| i)
                };
                let (Some(key), Some(cluster)) =
                    (self.pitch_keys.get_mut(slot), self.pitches.get_mut(slot))
                else {
                    return;
                };
                // Reset in place: most replies start a cluster of their own, and reusing
                // the evicted cluster's buffers keeps that free of allocation.
                *key = PitchKey {
                    fingerprint,
                    template,
                    domain: domain.map(|d| d.0),
                    replies: 0,
                };
                cluster.domain_text = domain.map(|d| Label::new(d.1));
                cluster.parents = 0;
                cluster.recent_parents.clear();
                cluster.parent_words.items.clear();
                slot
            }
        };
        let (Some(key), Some(cluster)) =
            (self.pitch_keys.get_mut(index), self.pitches.get_mut(index))
        else {
            return;
        };
        key.replies += 1;
        let parent = parent as u32;
        if !cluster.recent_parents.contains(&parent) {
            cluster.parents += 1;
            // Make room first: pushing onto a full deque would double its buffer.
            if cluster.recent_parents.len() == RECENT_PARENTS {
                cluster.recent_parents.pop_front();
            }
            cluster.recent_parents.push_back(parent);
            if cluster.parent_words.items.is_empty() {
                // The stems are distinct (`TriggerStemmer::stem_all`).
                cluster
                    .parent_words
                    .fill_distinct(parent_stems, config.trigger_counters);
            } else {
                for (id, text) in parent_stems.iter() {
                    cluster.parent_words.add(id, text, config.trigger_counters);
                }
            }
        }
    }

    /// The triggers of every pitch cluster, merged by trigger word: a bot rotating five
    /// templates without a common link makes five clusters, all under posts that say
    /// "vacuum", and all five count. A cluster's triggers are the stems under at least half
    /// of its distinct parents (and at least 3), in clusters of 3 parents or more.
    pub(super) fn keyword_triggers(&self) -> Option<KeywordTriggers> {
        struct Found<'a> {
            replies: u32,
            parents: u32,
            words: Vec<(&'a str, u32)>,
            domain: Option<&'a str>,
        }
        let found: Vec<Found<'_>> = self
            .pitches
            .iter()
            .zip(&self.pitch_keys)
            .filter(|(c, _)| c.parents >= 3)
            .filter_map(|(c, key)| {
                let floor = c.parents.div_ceil(2).max(3);
                let mut words: Vec<(&str, u32)> = c
                    .parent_words
                    .items
                    .iter()
                    .filter(|i| i.2 >= floor)
                    .map(|i| (i.1.as_str(), i.2))
                    .collect();
                if words.is_empty() {
                    return None;
                }
                words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                Some(Found {
                    replies: key.replies,
                    parents: c.parents,
                    words,
                    domain: c.domain_text.as_ref().map(Label::as_str),
                })
            })
            .collect();
        // The trigger: the word under the most parents over all clusters naming it.
        let mut totals: Vec<(&str, u32)> = Vec::new();
        for f in &found {
            for &(w, _) in &f.words {
                match totals.iter_mut().find(|t| t.0 == w) {
                    Some(t) => t.1 += f.parents,
                    None => totals.push((w, f.parents)),
                }
            }
        }
        let &(trigger, parents) = totals
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
        let naming: Vec<&Found<'_>> = found
            .iter()
            .filter(|f| f.words.iter().any(|w| w.0 == trigger))
            .collect();
        let largest = naming.iter().max_by_key(|f| f.parents)?;
        let mut trigger_words = vec![trigger.to_string()];
        trigger_words.extend(
            largest
                .words
                .iter()
                .filter(|w| w.0 != trigger)
                .map(|w| w.0.to_string()),
        );
        Some(KeywordTriggers {
            replies: naming.iter().map(|f| f.replies).sum(),
            parents,
            trigger_words,
            pitch_domain: largest.domain.map(str::to_string),
            clusters: naming.len() as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_meet_on_one_stem() {
        let mut s = TriggerStemmer::default();
        let light = crate::terms::light_stem;
        let stem = |s: &mut TriggerStemmer, w: &str| {
            s.stem(key_hash(light(w)), light(w), 100).1.to_string()
        };
        assert_eq!(stem(&mut s, "vacuums"), stem(&mut s, "vacuum"));
        assert_eq!(stem(&mut s, "vacuum"), "vacuum");
        assert_eq!(stem(&mut s, "coffees"), stem(&mut s, "coffee"));
        assert_eq!(stem(&mut s, "espresso"), stem(&mut s, "coffee"));
        assert_eq!(stem(&mut s, "connection"), stem(&mut s, "connected"));
        assert_ne!(stem(&mut s, "vacuum"), stem(&mut s, "coffee"));
    }

    #[test]
    fn the_memo_is_bounded() {
        let mut s = TriggerStemmer::default();
        for i in 0..1000 {
            let w = format!("word{i}");
            s.stem(key_hash(&w), &w, 64);
            assert!(s.memo_len() <= 64);
        }
    }
}
