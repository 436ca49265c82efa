//! Relevance by meaning, as an option beside the lexical [`crate::relevance`]: the cosine
//! of sentence embeddings (all-MiniLM-L6-v2 in `discern-embed`) between a reply and where
//! it landed. Lexical relevance stays the default; see BENCHMARKS.md ("Semantic relevance
//! as an option") for what each mode measured.
//!
//! # Formula
//!
//! With unit vectors `v` (the reply), `p` (its parent) and `a` (the thread's anchor: its
//! first post that is not a reply, else its first post):
//! `to_parent = s(v·p)`, `to_thread = s(v·a)` and `score = α·to_parent + (1 − α)·to_thread`,
//! `α = 0.6` as in the lexical score. A parent no longer cached takes `to_parent =
//! to_thread`, as a missing parent does lexically. `s` maps a cosine onto the lexical
//! scale, so the factors' `takes_part` curve (fitted on lexical scores) reads both:
//! `s(c) = clamp((c − c₀) / (c₁ − c₀), 0, 1)`, with `c₀`, `c₁` chosen so that the median
//! cosine of replies in their own thread and moved to another thread land on the lexical
//! medians of the same replies (SpamAssassin mailing-list threads, `bench/mail_threads.py`).
//!
//! **Blend:** `w·lexical + (1 − w)·semantic`, `w` chosen on the same mail threads.
//!
//! # Memory
//!
//! Per *open* thread: the anchor's vector and the vectors of its [`SemanticConfig::recent`]
//! latest posts (for the parent of the next reply), 1.5 KiB each for 384 dimensions;
//! [`SemanticIndex::discard_thread`] frees them with the lexical index's thread.

use std::collections::VecDeque;

use crate::hashing::PrehashedMap;
use crate::relevance::Relevance;

/// Which relevance the conversation uses for replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelevanceMode {
    /// BM25-style term matching (the default; no model needed).
    #[default]
    Lexical,
    /// Cosine of sentence embeddings, mapped onto the lexical scale.
    Semantic,
    /// `w·lexical + (1 − w)·semantic` ([`SemanticConfig::blend_weight`]).
    Blend,
}

impl RelevanceMode {
    /// Whether the mode needs sentence embeddings.
    pub fn needs_embeddings(self) -> bool {
        self != RelevanceMode::Lexical
    }
}

/// Why an embedder could not encode texts; the embedder's own error, boxed so this crate
/// does not depend on the model's.
pub type EmbedFailure = Box<dyn std::error::Error + Send + Sync>;

/// Turns texts into unit vectors of one fixed length (cosine = dot product).
pub trait Embedder: Send {
    /// One vector per text, in order.
    fn embed(&mut self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedFailure>;
}

#[cfg(feature = "semantic")]
impl Embedder for discern_embed::Encoder {
    fn embed(&mut self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedFailure> {
        Ok(self.encode(texts)?)
    }
}

/// Tuning of the semantic score (module docs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SemanticConfig {
    /// Share of the parent fit in the score (`α`).
    pub parent_weight: f32,
    /// Cosine mapped to relevance 0 (`c₀`).
    pub floor: f32,
    /// Cosine mapped to relevance 1 (`c₁`).
    pub ceiling: f32,
    /// Share of the lexical score in [`RelevanceMode::Blend`] (`w`).
    pub blend_weight: f32,
    /// Latest posts per thread whose vectors are kept for their replies.
    pub recent: usize,
}

impl Default for SemanticConfig {
    fn default() -> Self {
        SemanticConfig {
            parent_weight: 0.6,
            // bench/semantic_fit.py on the mail threads (BENCHMARKS.md, "Semantic relevance
            // as an option"): median cosine 0.414 in the own thread, 0.052 moved, onto
            // the lexical medians 0.122 and 0.012.
            floor: 0.0124,
            ceiling: 3.3117,
            // The same mail threads' best blend (96.4% of pairs; 0.25–0.35 within 0.1 point).
            blend_weight: 0.3,
            recent: 8,
        }
    }
}

impl SemanticConfig {
    /// A cosine on the lexical scale (`s` in the module docs).
    pub fn scale(&self, cosine: f32) -> f32 {
        let span = (self.ceiling - self.floor).max(f32::EPSILON);
        ((cosine - self.floor) / span).clamp(0.0, 1.0)
    }

    /// The relevance `mode` gives from a lexical and a semantic one.
    pub fn combine(
        &self,
        mode: RelevanceMode,
        lexical: Option<Relevance>,
        semantic: Option<Relevance>,
    ) -> Option<Relevance> {
        match (mode, lexical, semantic) {
            (RelevanceMode::Lexical, lexical, _) => lexical,
            (_, lexical, None) => lexical,
            (RelevanceMode::Semantic, _, semantic) => semantic,
            (RelevanceMode::Blend, None, semantic) => semantic,
            (RelevanceMode::Blend, Some(l), Some(s)) => {
                let w = self.blend_weight;
                let mix = |a: f32, b: f32| w * a + (1.0 - w) * b;
                Some(Relevance {
                    to_parent: mix(l.to_parent, s.to_parent),
                    to_thread: mix(l.to_thread, s.to_thread),
                    score: mix(l.score, s.score),
                })
            }
        }
    }
}

/// Cosine of two unit vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[derive(Debug, Default)]
struct SemanticThread {
    /// The anchor's vector, and whether it is a real root (not a reply standing in).
    anchor: Option<(Vec<f32>, bool)>,
    /// (post id hash, vector) of the latest posts, newest last.
    recent: VecDeque<(u64, Vec<f32>)>,
}

/// Post vectors per open thread (module docs), keyed like [`crate::ThreadIndex`]'s
/// threads ([`crate::ThreadIndex::thread_hash`]).
#[derive(Debug, Default)]
pub struct SemanticIndex {
    config: SemanticConfig,
    threads: PrehashedMap<SemanticThread>,
}

impl SemanticIndex {
    pub fn new(config: SemanticConfig) -> Self {
        SemanticIndex {
            config,
            threads: PrehashedMap::default(),
        }
    }

    pub fn config(&self) -> &SemanticConfig {
        &self.config
    }

    /// Number of threads holding vectors.
    pub fn open_threads(&self) -> usize {
        self.threads.len()
    }

    /// Relevance of a reply with vector `vector` in `thread` under the post `parent`
    /// (id hashes), against the thread as it stands: `None` when the thread holds no
    /// vector yet (nothing to compare with).
    pub fn score(&self, thread: u64, parent: Option<u64>, vector: &[f32]) -> Option<Relevance> {
        let held = self.threads.get(&thread)?;
        let (anchor, _) = held.anchor.as_ref()?;
        let to_thread = self.config.scale(cosine(vector, anchor));
        let to_parent = parent
            .and_then(|p| held.recent.iter().rev().find(|(id, _)| *id == p))
            .map_or(to_thread, |(_, v)| self.config.scale(cosine(vector, v)));
        let alpha = self.config.parent_weight;
        Some(Relevance {
            to_parent,
            to_thread,
            score: alpha * to_parent + (1.0 - alpha) * to_thread,
        })
    }

    /// Keeps a post's vector in its thread: as the anchor when the thread has none yet
    /// or when this is the thread's first post that is not a reply, and among the recent
    /// posts for the replies to come.
    pub fn add(&mut self, thread: u64, post: u64, is_reply: bool, vector: Vec<f32>) {
        let recent = self.config.recent;
        let held = self.threads.entry(thread).or_default();
        match &held.anchor {
            None => held.anchor = Some((vector.clone(), !is_reply)),
            Some((_, false)) if !is_reply => held.anchor = Some((vector.clone(), true)),
            Some(_) => {}
        }
        if recent > 0 {
            if held.recent.len() >= recent {
                held.recent.pop_front();
            }
            held.recent.push_back((post, vector));
        }
    }

    /// Frees a thread's vectors (with the lexical index's [`crate::ThreadIndex::discard_thread`]).
    pub fn discard_thread(&mut self, thread: u64) {
        self.threads.remove(&thread);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(v: &[f32]) -> Vec<f32> {
        let n = cosine(v, v).sqrt();
        v.iter().map(|x| x / n).collect()
    }

    #[test]
    fn the_scale_clamps_and_is_monotone() {
        let c = SemanticConfig {
            floor: 0.1,
            ceiling: 0.5,
            ..SemanticConfig::default()
        };
        assert_eq!(c.scale(0.0), 0.0);
        assert_eq!(c.scale(0.9), 1.0);
        assert!((c.scale(0.3) - 0.5).abs() < 1e-6);
        assert!(c.scale(0.2) < c.scale(0.25));
    }

    /// The identity scale: relevance = (cosine + 1) / 2.
    fn identity() -> SemanticConfig {
        SemanticConfig {
            floor: -1.0,
            ceiling: 1.0,
            ..SemanticConfig::default()
        }
    }

    #[test]
    fn a_reply_scores_against_parent_and_anchor() {
        let mut index = SemanticIndex::new(identity());
        let root = unit(&[1.0, 0.0, 0.0]);
        let parent = unit(&[0.0, 1.0, 0.0]);
        index.add(7, 1, false, root.clone());
        index.add(7, 2, true, parent.clone());
        let reply = unit(&[0.0, 1.0, 0.0]);
        let r = index.score(7, Some(2), &reply).unwrap();
        // Scale [-1, 1] → [0, 1]: same as the parent 1, orthogonal to the root ½.
        assert!((r.to_parent - 1.0).abs() < 1e-6);
        assert!((r.to_thread - 0.5).abs() < 1e-6);
        assert!((r.score - (0.6 + 0.4 * 0.5)).abs() < 1e-6);
        // A parent not kept: the parent fit is the thread fit.
        let r = index.score(7, Some(99), &reply).unwrap();
        assert_eq!(r.to_parent, r.to_thread);
        assert!(index.score(8, None, &reply).is_none());
        index.discard_thread(7);
        assert_eq!(index.open_threads(), 0);
    }

    #[test]
    fn the_first_root_replaces_a_reply_standing_in_as_anchor() {
        let mut index = SemanticIndex::new(identity());
        index.add(1, 10, true, unit(&[0.0, 1.0]));
        index.add(1, 11, false, unit(&[1.0, 0.0]));
        index.add(1, 12, false, unit(&[0.0, 1.0]));
        let r = index.score(1, None, &unit(&[1.0, 0.0])).unwrap();
        assert!((r.to_thread - 1.0).abs() < 1e-6);
    }

    #[test]
    fn recent_vectors_are_bounded() {
        let mut index = SemanticIndex::new(SemanticConfig {
            recent: 3,
            ..SemanticConfig::default()
        });
        for post in 0..100 {
            index.add(1, post, post > 0, unit(&[1.0, post as f32]));
        }
        assert_eq!(index.threads[&1].recent.len(), 3);
    }

    #[test]
    fn modes_combine_as_documented() {
        let c = SemanticConfig {
            blend_weight: 0.25,
            ..SemanticConfig::default()
        };
        let l = Relevance {
            to_parent: 0.0,
            to_thread: 0.0,
            score: 0.2,
        };
        let s = Relevance {
            to_parent: 1.0,
            to_thread: 1.0,
            score: 0.6,
        };
        assert_eq!(c.combine(RelevanceMode::Lexical, Some(l), Some(s)), Some(l));
        assert_eq!(
            c.combine(RelevanceMode::Semantic, Some(l), Some(s)),
            Some(s)
        );
        assert_eq!(c.combine(RelevanceMode::Semantic, Some(l), None), Some(l));
        let b = c.combine(RelevanceMode::Blend, Some(l), Some(s)).unwrap();
        assert!((b.score - (0.25 * 0.2 + 0.75 * 0.6)).abs() < 1e-6);
    }
}
