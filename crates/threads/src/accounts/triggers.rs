//! Keyword-triggered replies: the same pitch replied under many posts by others that share
//! a word, the word stemmed (Snowball, English) so "vacuum" and "vacuums" are one trigger.

use std::collections::VecDeque;

use rust_stemmers::{Algorithm, Stemmer};

use super::links::destination;
use super::sketch::{HeavyHitters, Label};
use super::{AccountConfig, AccountState, KeywordTriggers};
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

/// The English Snowball stem of an (already lightly stemmed) word, through the synonym
/// table. Stemming the light stem, not the surface word, keeps every merge the light
/// stemmer made and adds Snowball's.
pub(super) fn trigger_stem(stemmer: &Stemmer, word: &str) -> String {
    let stemmed = stemmer.stem(word);
    SYNONYMS
        .iter()
        .find(|(variant, _)| *variant == stemmed.as_ref())
        .map_or_else(|| stemmed.into_owned(), |(_, to)| (*to).to_string())
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
    /// The parents' words, each counted once per parent.
    pub(super) parent_words: HeavyHitters,
}

impl AccountState {
    pub(super) fn observe_pitch(
        &mut self,
        text: PitchText,
        domains: &TextList,
        parent: u64,
        parent_words: &TextList,
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
                // A parent's words are distinct (`describe`, the parent cache).
                cluster
                    .parent_words
                    .fill_distinct(parent_words, config.trigger_counters);
            } else {
                for (id, text) in parent_words.iter() {
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
        struct Found {
            replies: u32,
            parents: u32,
            words: Vec<(String, u32)>,
            domain: Option<String>,
        }
        let stemmer = Stemmer::create(Algorithm::English);
        let found: Vec<Found> = self
            .pitches
            .iter()
            .zip(&self.pitch_keys)
            .filter(|(c, _)| c.parents >= 3)
            .filter_map(|(c, key)| {
                // Variants meet on their stem; a parent that says both "vacuum" and
                // "vacuums" still counts once at most per stem, hence the cap.
                let floor = c.parents.div_ceil(2).max(3);
                let mut stems: Vec<(String, u32)> = Vec::new();
                // Words under an eighth of the floor are not stemmed (Snowball costs ~500
                // instructions a word, and most counters of a busy cluster hold one-off
                // words): a stem would need eight such variants to reach the floor.
                for item in c.parent_words.items.iter().filter(|i| i.2 * 8 >= floor) {
                    let stem = trigger_stem(&stemmer, item.1.as_str());
                    match stems.iter_mut().find(|s| s.0 == stem) {
                        Some(s) => s.1 = (s.1 + item.2).min(c.parents),
                        None => stems.push((stem, item.2)),
                    }
                }
                stems.retain(|s| s.1 >= floor);
                if stems.is_empty() {
                    return None;
                }
                stems.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                Some(Found {
                    replies: key.replies,
                    parents: c.parents,
                    words: stems,
                    domain: c.domain_text.as_ref().map(|d| d.as_str().to_string()),
                })
            })
            .collect();
        // The trigger: the word under the most parents over all clusters naming it.
        let mut totals: Vec<(&str, u32)> = Vec::new();
        for f in &found {
            for (w, _) in &f.words {
                let w = w.as_str();
                match totals.iter_mut().find(|t| t.0 == w) {
                    Some(t) => t.1 += f.parents,
                    None => totals.push((w, f.parents)),
                }
            }
        }
        let &(trigger, parents) = totals
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
        let naming: Vec<&Found> = found
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
            pitch_domain: largest.domain.clone(),
            clusters: naming.len() as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_meet_on_one_stem() {
        let s = Stemmer::create(Algorithm::English);
        let stem = |w: &str| trigger_stem(&s, crate::terms::light_stem(w));
        assert_eq!(stem("vacuums"), stem("vacuum"));
        assert_eq!(stem("vacuum"), "vacuum");
        assert_eq!(stem("coffees"), stem("coffee"));
        assert_eq!(stem("espresso"), stem("coffee"));
        assert_eq!(stem("connection"), stem("connected"));
        assert_ne!(stem("vacuum"), stem("coffee"));
    }
}
