//! How well a reply fits its parent and its thread.
//!
//! # Formula
//!
//! Terms come from [`crate::terms`] (lowercased, lightly stemmed words, hashtags as words,
//! URLs as their domain, stopwords removed). For a reply `R` in thread `T` with parent `P`:
//!
//! **Term weight.** `w(t) = g(t) · idf(t) / idf_max`, where
//! `idf(t) = ln(1 + (N + 1) / (df(t) + 0.5))` and `idf_max` is the same with `df = 0`, so
//! weights lie in (0, 1]. `N` and `df` count every post the index has seen, the thread's
//! own included (a fixed-size hashed document-frequency table; the thread's exact count is
//! a floor against hash noise). The same weights serve every thread, so a reply's fit to
//! two threads is compared on matches alone. (A leave-thread-out IDF was tried: it made
//! a reply's own distinctive words cheap to miss when it was moved to another thread.)
//! `g(t)` is 0.15 for generic words (praise, thanks, "check my channel": see
//! [`crate::terms`]) and 1 otherwise: "great read, thanks" fits under any post, so it is
//! no evidence of relevance.
//!
//! **Fit to the parent** (normalised BM25 with the reply as the query):
//! `to_parent = Σ_t∈R w(t)·m_P(t) / Σ_t∈R w(t)`, with the BM25 term-frequency saturation
//! clipped at 1: `m_P(t) = min(1, tf_P(t)·(k1+1) / (tf_P(t) + k1·(1 − b + b·|P|/avgdl)))`,
//! `k1 = 1.2`, `b = 0.3`, `avgdl` the thread's mean post length. A term the parent uses at
//! its expected rate counts as fully matched; a long parent needs more repeats. A reply
//! whose parent is missing takes `to_parent = to_thread`.
//!
//! **Fit to the thread:** `to_thread = Σ w(t)·m_T(t) / Σ w(t)`, where `m_T(t) = 1` when
//! the thread's root uses `t`, else `(1 − exp(−n(t)/τ)) · r_in/(r_in + r_out)`:
//! `n(t)` is the number of *other* posts in the thread using `t`, `τ = 1 + ½·ln(1 + N_T)`
//! (in a big thread one stray mention is weak evidence, several are strong), and the
//! contrast factor compares the thread's rate of `t`, `r_in = n(t)/(N_T − 1)`, with the
//! rest of the collection's, `r_out = (df_out + 1)/(N_out + 2)`: a word every thread uses
//! ("song" under every music video) half-matches, a word this thread uses more than the
//! others matches fully. With fewer than 50 outside posts the factor is 1.
//!
//! **Score:** `score = (α·to_parent + (1 − α)·to_thread) · W / (W + W₀)`, `α = 0.6`,
//! `W = Σ w(t)` the reply's content mass and `W₀ = 1.5` (about one and a half content
//! words). The first factor is the share of the reply's content that the conversation is
//! already talking about; the second shrinks it toward 0 when the reply has too little
//! content to tell, so a short generic reply ("great read, tx") is low by construction
//! while a long essay is judged by the share it covers, not by its length.
//!
//! # Streaming
//!
//! [`ThreadIndex`] keeps term statistics per *open* thread plus the fixed-size background;
//! [`ThreadIndex::close_thread`] scores a thread's posts and frees it, so a large file
//! sorted (or mostly grouped) by thread is scored with memory proportional to the threads
//! left open.

use std::collections::HashMap;

use discern_posts::Post;
use discern_text::{Analysis, url_domain};
use serde::Serialize;
use thiserror::Error;

use crate::hashing::{PrehashedMap, key_hash};
use crate::terms::{PostTerms, TermExtractor, TermId, domain_term, is_generic_term};

/// Tuning of the relevance formula (see the module docs). The defaults are what the
/// tests and evaluations were run with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RelevanceConfig {
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// BM25 length normalisation of the parent.
    pub b: f32,
    /// Share of the parent fit in the score (`α`).
    pub parent_weight: f32,
    /// Content mass at which the evidence factor is ½ (`W₀`).
    pub evidence_mass: f32,
    /// Weight of generic words (`g`).
    pub generic_weight: f32,
    /// log₂ of the number of buckets of the background document-frequency table
    /// (4 bytes a bucket; 18 gives 1 MiB).
    pub background_bits: u8,
}

impl Default for RelevanceConfig {
    fn default() -> Self {
        RelevanceConfig {
            k1: 1.2,
            b: 0.3,
            parent_weight: 0.6,
            evidence_mass: 1.5,
            generic_weight: 0.15,
            background_bits: 18,
        }
    }
}

/// How well a reply fits where it was posted; every field is in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Relevance {
    /// Share of the reply's weighted terms found in its parent.
    pub to_parent: f32,
    /// Share of the reply's weighted terms found in the rest of its thread.
    pub to_thread: f32,
    /// The combination, shrunk for replies with little content (module docs).
    pub score: f32,
}

/// One post's relevance, as returned when a thread is closed. `relevance` is `None` for
/// the thread's root (it replies to nothing).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredPost {
    pub id: String,
    pub thread: String,
    pub relevance: Option<Relevance>,
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum IndexError {
    #[error("post {0:?} is already in the index")]
    DuplicatePost(String),
}

/// A post as the index keeps it: fixed-size fields only. Its id and terms live in its
/// thread's arenas (`OpenThread::ids`, `OpenThread::terms`), so adding a post allocates
/// nothing once the thread's buffers have grown.
#[derive(Debug, Clone, Copy)]
struct PostMeta {
    id_hash: u64,
    parent: Option<u64>,
    /// End of the id in `OpenThread::ids` (it starts where the previous one ends).
    id_end: u32,
    /// End of the terms in `OpenThread::terms`.
    terms_end: u32,
    len: u32,
}

/// A borrowed view of one indexed post.
#[derive(Debug, Clone, Copy)]
struct IndexedPost<'a> {
    index: usize,
    id: &'a str,
    id_hash: u64,
    parent: Option<u64>,
    /// Distinct terms with their counts, sorted by term for binary search.
    terms: &'a [(TermId, u32)],
    len: u32,
}

impl IndexedPost<'_> {
    fn tf(&self, term: TermId) -> u32 {
        self.terms
            .binary_search_by_key(&term, |&(t, _)| t)
            .map_or(0, |i| self.terms[i].1)
    }
}

#[derive(Debug, Default)]
struct OpenThread {
    key: String,
    key_hash: u64,
    opened: u64,
    posts: Vec<PostMeta>,
    ids: String,
    terms: Vec<(TermId, u32)>,
    df: PrehashedMap<u32>,
    total_len: u64,
}

impl OpenThread {
    fn view(&self, index: usize) -> Option<IndexedPost<'_>> {
        let meta = self.posts.get(index)?;
        let (id_start, terms_start) = match index.checked_sub(1).and_then(|i| self.posts.get(i)) {
            Some(previous) => (previous.id_end as usize, previous.terms_end as usize),
            None => (0, 0),
        };
        Some(IndexedPost {
            index,
            id: self.ids.get(id_start..meta.id_end as usize)?,
            id_hash: meta.id_hash,
            parent: meta.parent,
            terms: self.terms.get(terms_start..meta.terms_end as usize)?,
            len: meta.len,
        })
    }

    fn iter(&self) -> impl Iterator<Item = IndexedPost<'_>> {
        (0..self.posts.len()).filter_map(|i| self.view(i))
    }

    /// Empties the thread for reuse, keeping modest buffers and dropping big ones (a
    /// huge thread must not pin its memory after it is closed).
    fn recycle(mut self) -> Option<Self> {
        const KEEP_POSTS: usize = 256;
        if self.posts.capacity() > KEEP_POSTS || self.df.capacity() > KEEP_POSTS * 16 {
            return None;
        }
        self.key.clear();
        self.posts.clear();
        self.ids.clear();
        self.terms.clear();
        self.df.clear();
        self.total_len = 0;
        Some(self)
    }
}

/// Document frequencies of every post seen, in a fixed number of hashed buckets.
#[derive(Debug)]
struct Background {
    df: Vec<u32>,
    mask: u64,
    docs: u64,
}

impl Background {
    fn new(bits: u8) -> Self {
        let bits = bits.clamp(8, 26);
        Background {
            df: vec![0; 1 << bits],
            mask: (1u64 << bits) - 1,
            docs: 0,
        }
    }

    fn bucket(&self, term: TermId) -> usize {
        // Bit 0 is the generic flag; the rest of the xxh3 hash is uniform.
        ((term >> 1) & self.mask) as usize
    }

    fn add(&mut self, term: TermId) {
        let b = self.bucket(term);
        if let Some(count) = self.df.get_mut(b) {
            *count = count.saturating_add(1);
        }
    }

    fn df(&self, term: TermId) -> u32 {
        self.df.get(self.bucket(term)).copied().unwrap_or(0)
    }
}

/// Incremental relevance index over many threads (module docs).
#[derive(Debug)]
pub struct ThreadIndex {
    config: RelevanceConfig,
    background: Background,
    threads: PrehashedMap<OpenThread>,
    /// Post id → its thread and its place there: one map for the whole index rather
    /// than one more per thread.
    post_thread: PrehashedMap<PostPlace>,
    extractor: TermExtractor,
    scratch: Vec<TermId>,
    /// Emptied threads whose buffers the next new threads reuse.
    spare: Vec<OpenThread>,
    opened: u64,
}

#[derive(Debug, Clone, Copy)]
struct PostPlace {
    thread: u64,
    index: u32,
}

/// Closed threads kept for their buffers.
const SPARE_THREADS: usize = 64;

impl Default for ThreadIndex {
    fn default() -> Self {
        Self::new(RelevanceConfig::default())
    }
}

impl ThreadIndex {
    pub fn new(config: RelevanceConfig) -> Self {
        ThreadIndex {
            background: Background::new(config.background_bits),
            config,
            threads: PrehashedMap::default(),
            post_thread: PrehashedMap::default(),
            extractor: TermExtractor::new(),
            scratch: Vec::new(),
            spare: Vec::new(),
            opened: 0,
        }
    }

    /// Number of threads currently held.
    pub fn open_threads(&self) -> usize {
        self.threads.len()
    }

    /// Whether the post with this id is held (its thread is open).
    pub fn contains(&self, post_id: &str) -> bool {
        self.post_thread.contains_key(&key_hash(post_id))
    }

    /// Number of posts currently held (over all open threads).
    pub fn open_posts(&self) -> usize {
        self.post_thread.len()
    }

    /// The thread a post belongs to: its `thread_id`, else its parent's thread (when the
    /// parent is open), else the parent id itself (the parent is not seen yet or missing:
    /// its replies still gather under it), else the post's own id.
    pub fn thread_of(&self, post: &Post) -> String {
        self.thread_key(post).to_string()
    }

    /// [`crate::hashing::key_hash`] of [`Self::thread_of`], without allocating: the key
    /// [`Self::discard_thread`] takes.
    pub fn thread_hash(&self, post: &Post) -> u64 {
        key_hash(self.thread_key(post))
    }

    /// [`Self::thread_of`] without allocating.
    fn thread_key<'a>(&'a self, post: &'a Post) -> &'a str {
        if let Some(thread) = post.thread_id.as_deref().filter(|t| !t.is_empty()) {
            return thread;
        }
        if let Some(parent) = post
            .parent_id
            .as_deref()
            .filter(|p| !p.is_empty() && *p != post.id)
        {
            return self
                .post_thread
                .get(&key_hash(parent))
                .and_then(|place| self.threads.get(&place.thread))
                .map_or(parent, |t| t.key.as_str());
        }
        &post.id
    }

    /// Adds a post to its thread (see [`Self::thread_of`]) and to the background.
    /// O(terms of the post); allocates nothing per post once buffers have grown.
    pub fn add(&mut self, post: &Post) -> Result<(), IndexError> {
        self.add_inner(post, TermSource::Text)
    }

    /// [`Self::add`] for a post whose text the caller already analysed (the analysis
    /// must be of `post.text`, or of the words judged in it).
    pub fn add_analysed(&mut self, post: &Post, analysis: &Analysis) -> Result<(), IndexError> {
        self.add_inner(post, TermSource::Analysis(analysis))
    }

    /// [`Self::add`] for a post whose terms the caller already extracted (from
    /// `post.text`, or from the words judged in it), to share them with other analyses.
    pub fn add_terms(&mut self, post: &Post, terms: &PostTerms) -> Result<(), IndexError> {
        self.add_inner(post, TermSource::Extracted(terms))
    }

    fn add_inner(&mut self, post: &Post, source: TermSource<'_>) -> Result<(), IndexError> {
        let id_hash = key_hash(&post.id);
        if self.post_thread.contains_key(&id_hash) {
            return Err(IndexError::DuplicatePost(post.id.clone()));
        }
        let thread_hash = key_hash(self.thread_key(post));
        if !self.threads.contains_key(&thread_hash) {
            let mut thread = self.spare.pop().unwrap_or_default();
            thread.key.push_str(self.thread_key(post));
            thread.key_hash = thread_hash;
            thread.opened = self.opened;
            self.opened += 1;
            self.threads.insert(thread_hash, thread);
        }
        let Some(thread) = self.threads.get_mut(&thread_hash) else {
            return Ok(()); // inserted just above
        };
        let terms_start = thread.terms.len();
        push_terms(
            &mut self.extractor,
            &mut self.scratch,
            post,
            source,
            &mut thread.terms,
        );
        let mut len = 0u32;
        for &(term, n) in &thread.terms[terms_start..] {
            len = len.saturating_add(n);
            self.background.add(term);
            *thread.df.entry(term).or_insert(0) += 1;
        }
        self.background.docs += 1;
        thread.total_len += u64::from(len);
        thread.ids.push_str(&post.id);
        let parent = post
            .parent_id
            .as_deref()
            .filter(|p| !p.is_empty() && *p != post.id)
            .map(key_hash);
        let index = u32::try_from(thread.posts.len()).unwrap_or(u32::MAX);
        thread.posts.push(PostMeta {
            id_hash,
            parent,
            // Arenas over 4 GiB in one thread saturate; views then come back empty
            // rather than wrong.
            id_end: u32::try_from(thread.ids.len()).unwrap_or(u32::MAX),
            terms_end: u32::try_from(thread.terms.len()).unwrap_or(u32::MAX),
            len,
        });
        self.post_thread.insert(
            id_hash,
            PostPlace {
                thread: thread_hash,
                index,
            },
        );
        Ok(())
    }

    /// Relevance of a post already added, against its thread as it stands now. `None`
    /// when the post is unknown or is its thread's root.
    pub fn score(&self, post_id: &str) -> Option<Relevance> {
        let id_hash = key_hash(post_id);
        let thread = self.threads.get(&self.post_thread.get(&id_hash)?.thread)?;
        let post = self.post(thread, id_hash)?;
        self.score_in(thread, &post)
    }

    /// Relevance `post` *would* have as a reply in thread `thread_key` under `parent_id`
    /// (the root when `None`), without adding it: for checking an incoming comment before
    /// it is accepted, or for moving a reply to another thread. If the post is already in
    /// that thread it is left out of the thread's statistics. `None` when the thread is
    /// not open.
    pub fn score_candidate(
        &self,
        post: &Post,
        thread_key: &str,
        parent_id: Option<&str>,
    ) -> Option<Relevance> {
        let thread = self.threads.get(&key_hash(thread_key))?;
        let parent_hash = key_hash(parent_id.unwrap_or(thread_key));
        let id_hash = key_hash(&post.id);
        if let Some(existing) = self.post(thread, id_hash) {
            let parent = self
                .post(thread, parent_hash)
                .filter(|p| p.index != existing.index);
            return Some(self.relevance(thread, &existing, true, parent.as_ref()));
        }
        let mut extractor = TermExtractor::new();
        let mut scratch = Vec::new();
        let mut terms = Vec::new();
        push_terms(
            &mut extractor,
            &mut scratch,
            post,
            TermSource::Text,
            &mut terms,
        );
        let candidate = IndexedPost {
            index: usize::MAX,
            id: &post.id,
            id_hash,
            parent: Some(parent_hash),
            len: terms.iter().map(|&(_, n)| n).sum(),
            terms: &terms,
        };
        let parent = self.post(thread, parent_hash);
        Some(self.relevance(thread, &candidate, false, parent.as_ref()))
    }

    /// Scores every post of a thread against the complete thread and frees it.
    /// `None` when no such thread is open.
    pub fn close_thread(&mut self, thread_key: &str) -> Option<Vec<ScoredPost>> {
        let mut scored = Vec::new();
        self.close_thread_with(thread_key, |id, thread, relevance| {
            scored.push(ScoredPost {
                id: id.to_string(),
                thread: thread.to_string(),
                relevance,
            });
        })?;
        Some(scored)
    }

    /// [`Self::close_thread`] without allocating per post: calls
    /// `each(post_id, thread_key, relevance)` for every post of the thread, in the order
    /// they were added, then frees the thread. Returns the number of posts, `None` when no
    /// such thread is open.
    pub fn close_thread_with(
        &mut self,
        thread_key: &str,
        mut each: impl FnMut(&str, &str, Option<Relevance>),
    ) -> Option<usize> {
        let thread = self.threads.remove(&key_hash(thread_key))?;
        self.emit_thread(&thread, &mut each);
        Some(self.free_thread(thread))
    }

    /// Frees a thread (by [`Self::thread_hash`]) without scoring its posts: for a stream
    /// whose replies were scored as they came. Returns the number of posts, `None` when
    /// no such thread is open.
    pub fn discard_thread(&mut self, thread_hash: u64) -> Option<usize> {
        let thread = self.threads.remove(&thread_hash)?;
        Some(self.free_thread(thread))
    }

    fn free_thread(&mut self, thread: OpenThread) -> usize {
        let posts = thread.posts.len();
        for post in &thread.posts {
            self.post_thread.remove(&post.id_hash);
        }
        if self.spare.len() < SPARE_THREADS
            && let Some(spare) = thread.recycle()
        {
            self.spare.push(spare);
        }
        posts
    }

    /// Closes every open thread (oldest first) and returns all their scores.
    pub fn close_all(&mut self) -> Vec<ScoredPost> {
        let mut scored = Vec::new();
        self.close_all_with(|id, thread, relevance| {
            scored.push(ScoredPost {
                id: id.to_string(),
                thread: thread.to_string(),
                relevance,
            });
        });
        scored
    }

    /// [`Self::close_all`] through a callback, as [`Self::close_thread_with`].
    pub fn close_all_with(&mut self, mut each: impl FnMut(&str, &str, Option<Relevance>)) {
        let mut threads: Vec<&OpenThread> = self.threads.values().collect();
        threads.sort_by_key(|t| t.opened);
        for thread in threads {
            self.emit_thread(thread, &mut each);
        }
        self.threads.clear();
        self.post_thread.clear();
    }

    fn emit_thread(
        &self,
        thread: &OpenThread,
        each: &mut impl FnMut(&str, &str, Option<Relevance>),
    ) {
        for post in thread.iter() {
            each(post.id, &thread.key, self.score_in(thread, &post));
        }
    }

    /// A post of `thread`, by id hash.
    fn post<'a>(&self, thread: &'a OpenThread, id_hash: u64) -> Option<IndexedPost<'a>> {
        self.post_thread
            .get(&id_hash)
            .filter(|place| place.thread == thread.key_hash)
            .and_then(|place| thread.view(place.index as usize))
    }

    fn score_in(&self, thread: &OpenThread, post: &IndexedPost<'_>) -> Option<Relevance> {
        let root_hash = thread.key_hash;
        if post.id_hash == root_hash {
            return None;
        }
        // A post with no parent in a thread whose root is present replies to the root.
        let parent_hash = post.parent.unwrap_or(root_hash);
        let parent = self
            .post(thread, parent_hash)
            .filter(|p| p.index != post.index);
        if parent.is_none() && post.index == 0 {
            // The first post of its thread, whose root or parent is not in the input (a
            // reply in an account's own archive, a comment exported without its page):
            // nothing to compare it with, so its relevance is unknown, as a lone reply's
            // is when `discern eval` judges it.
            return None;
        }
        Some(self.relevance(thread, post, true, parent.as_ref()))
    }

    fn relevance(
        &self,
        thread: &OpenThread,
        post: &IndexedPost<'_>,
        in_thread: bool,
        parent: Option<&IndexedPost<'_>>,
    ) -> Relevance {
        let cfg = &self.config;
        let thread_docs = thread.posts.len() as u64;
        let other_docs = thread_docs.saturating_sub(u64::from(in_thread));
        let all_docs = self.background.docs as f32;
        let idf_max = (1.0 + (all_docs + 1.0) / 0.5).ln();
        let root = self
            .post(thread, thread.key_hash)
            .filter(|r| r.index != post.index);
        let tau = 1.0 + 0.5 * (1.0 + other_docs as f32).ln();
        let other_len =
            thread
                .total_len
                .saturating_sub(if in_thread { u64::from(post.len) } else { 0 });
        let avgdl = (other_len as f32 / other_docs.max(1) as f32).max(1.0);
        let parent_norm = parent.map(|p| cfg.k1 * (1.0 - cfg.b + cfg.b * p.len as f32 / avgdl));
        let outside_docs = all_docs - thread_docs as f32;

        let (mut mass, mut parent_hit, mut thread_hit) = (0.0f32, 0.0f32, 0.0f32);
        for &(term, _) in post.terms {
            let thread_df = thread.df.get(&term).copied().unwrap_or(0);
            let background_df = self.background.df(term);
            let df = background_df.max(thread_df) as f32;
            let idf = (1.0 + (all_docs + 1.0) / (df + 0.5)).ln();
            let g = if is_generic_term(term) {
                cfg.generic_weight
            } else {
                1.0
            };
            let w = g * idf / idf_max;
            mass += w;
            if let (Some(p), Some(norm)) = (parent, parent_norm) {
                let tf = p.tf(term) as f32;
                parent_hit += w * (tf * (cfg.k1 + 1.0) / (tf + norm)).min(1.0);
            }
            let in_root = root.is_some_and(|r| r.tf(term) > 0);
            let thread_match = if in_root {
                1.0
            } else {
                let others = thread_df.saturating_sub(u32::from(in_thread)) as f32;
                if others <= 0.0 {
                    0.0
                } else {
                    let presence = 1.0 - (-others / tau).exp();
                    // Contrast with the rest of the collection: a word every thread uses
                    // ("song" under every music video) only half-matches; a word this
                    // thread uses more than others do matches fully. Without enough
                    // outside documents there is nothing to contrast with.
                    let contrast = if outside_docs >= MIN_CONTRAST_DOCS {
                        let outside_df = background_df.saturating_sub(thread_df) as f32;
                        let rate_in = others / other_docs.max(1) as f32;
                        let rate_out = (outside_df + 1.0) / (outside_docs + 2.0);
                        (rate_in / (rate_in + rate_out)).min(1.0)
                    } else {
                        1.0
                    };
                    presence * contrast
                }
            };
            thread_hit += w * thread_match;
        }
        if mass <= 0.0 || !mass.is_finite() {
            return Relevance::default();
        }
        let to_thread = unit(thread_hit / mass);
        let to_parent = if parent.is_some() {
            unit(parent_hit / mass)
        } else {
            to_thread
        };
        let fit = cfg.parent_weight * to_parent + (1.0 - cfg.parent_weight) * to_thread;
        let evidence = mass / (mass + cfg.evidence_mass.max(f32::EPSILON));
        Relevance {
            to_parent,
            to_thread,
            score: unit(fit * evidence),
        }
    }
}

/// Where a post's terms come from.
#[derive(Clone, Copy)]
enum TermSource<'a> {
    /// Its text, analysed here.
    Text,
    Analysis(&'a Analysis),
    Extracted(&'a PostTerms),
}

/// Appends the post's distinct terms with counts, sorted, to `out`: text terms plus the
/// domains of links the platform exported beside the text.
fn push_terms(
    extractor: &mut TermExtractor,
    scratch: &mut Vec<TermId>,
    post: &Post,
    source: TermSource<'_>,
    out: &mut Vec<(TermId, u32)>,
) {
    match source {
        TermSource::Text => extractor.terms_into(&post.text, scratch),
        TermSource::Analysis(analysis) => {
            scratch.clear();
            extractor.for_each_analysed_term(analysis, |_, _, id| scratch.push(id));
        }
        TermSource::Extracted(terms) => {
            scratch.clear();
            scratch.extend_from_slice(terms.ids());
        }
    }
    for link in &post.links {
        if let Some(domain) = url_domain(link) {
            scratch.push(domain_term(&domain.to_ascii_lowercase()));
        }
    }
    scratch.sort_unstable();
    let start = out.len();
    for &term in scratch.iter() {
        match out[start..].last_mut() {
            Some((last, count)) if *last == term => *count += 1,
            _ => out.push((term, 1)),
        }
    }
}

/// Outside documents needed before thread words are contrasted with the rest.
const MIN_CONTRAST_DOCS: f32 = 50.0;

fn unit(x: f32) -> f32 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Scores every reply of a batch of posts (threads resolved as in
/// [`ThreadIndex::thread_of`]); roots are absent from the map. Duplicate ids keep the
/// first post.
pub fn score_posts(posts: &[Post]) -> HashMap<String, Relevance> {
    let mut index = ThreadIndex::default();
    for post in posts {
        // A duplicate id is the same post exported twice: the first one stands.
        let _ = index.add(post);
    }
    index
        .close_all()
        .into_iter()
        .filter_map(|s| Some((s.id, s.relevance?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(id: &str, parent: &str, text: &str) -> Post {
        Post {
            parent_id: Some(parent.into()),
            ..Post::new(id, text)
        }
    }

    #[test]
    fn on_topic_beats_generic_praise() {
        let posts = vec![
            Post::new(
                "root",
                "SimHash fingerprints catch near-duplicate comments: shingles of three words, \
                 64-bit fingerprints, Hamming distance under four.",
            ),
            reply(
                "good",
                "root",
                "Does the Hamming threshold of four hold for short comments? Shingles of \
                 three words leave few fingerprints bits to agree on.",
            ),
            reply("praise", "root", "Great read, tx!"),
            reply(
                "drop",
                "root",
                "Cheap vacuum cleaners at www.vacuumstore.com",
            ),
        ];
        let scores = score_posts(&posts);
        let good = scores["good"].score;
        let praise = scores["praise"].score;
        let drop = scores["drop"].score;
        assert!(good > 0.3, "{good}");
        assert!(praise < 0.2, "{praise}");
        assert!(drop < 0.1, "{drop}");
        assert!(!scores.contains_key("root"));
    }

    #[test]
    fn empty_reply_scores_zero() {
        let posts = vec![Post::new("r", "a topic"), reply("e", "r", "!!! 😀")];
        assert_eq!(score_posts(&posts)["e"], Relevance::default());
    }

    #[test]
    fn missing_parent_falls_back_to_thread() {
        let mut index = ThreadIndex::default();
        index
            .add(&Post {
                thread_id: Some("t".into()),
                ..Post::new("a", "kettle descaling with citric acid")
            })
            .unwrap();
        index
            .add(&Post {
                thread_id: Some("t".into()),
                parent_id: Some("gone".into()),
                ..Post::new("b", "citric acid descaling works on my kettle")
            })
            .unwrap();
        let r = index.score("b").unwrap();
        assert_eq!(r.to_parent, r.to_thread);
        assert!(r.to_thread > 0.4, "{r:?}");
    }

    #[test]
    fn duplicates_are_refused_and_close_frees_memory() {
        let mut index = ThreadIndex::default();
        index.add(&Post::new("r", "topic words here")).unwrap();
        index.add(&reply("c", "r", "topic words")).unwrap();
        assert_eq!(
            index.add(&reply("c", "r", "again")),
            Err(IndexError::DuplicatePost("c".into()))
        );
        assert_eq!(index.open_posts(), 2);
        let scored = index.close_thread("r").unwrap();
        assert_eq!(scored.len(), 2);
        assert_eq!(scored[0].relevance, None);
        assert!(scored[1].relevance.is_some());
        assert_eq!(index.open_posts(), 0);
        assert_eq!(index.open_threads(), 0);
        assert!(index.close_thread("r").is_none());
    }

    #[test]
    fn discarding_frees_a_thread_by_its_hash() {
        let mut index = ThreadIndex::default();
        let root = Post::new("r", "topic words here");
        let answer = reply("c", "r", "topic words");
        index.add(&root).unwrap();
        index.add(&Post::new("other", "another thread")).unwrap();
        // A reply hashes to its parent's thread.
        assert_eq!(index.thread_hash(&answer), index.thread_hash(&root));
        index.add(&answer).unwrap();
        assert_eq!(index.discard_thread(index.thread_hash(&root)), Some(2));
        assert_eq!((index.open_threads(), index.open_posts()), (1, 1));
        assert!(index.score("c").is_none());
        assert_eq!(index.discard_thread(index.thread_hash(&root)), None);
        // The freed ids can be indexed again.
        index.add(&root).unwrap();
    }

    #[test]
    fn candidate_in_wrong_thread_scores_lower() {
        let mut index = ThreadIndex::default();
        for p in [
            Post::new("a", "Sourdough starter feeding schedule and hydration"),
            reply(
                "a1",
                "a",
                "My starter doubles in six hours at 75% hydration",
            ),
            Post::new("b", "Replacing the chain on a road bike"),
            reply("b1", "b", "Use a chain checker before the cassette wears"),
        ] {
            index.add(&p).unwrap();
        }
        let moved = Post::new("a1", "My starter doubles in six hours at 75% hydration");
        let own = index.score_candidate(&moved, "a", None).unwrap();
        let wrong = index.score_candidate(&moved, "b", None).unwrap();
        assert!(own.score > wrong.score, "{own:?} {wrong:?}");
        assert_eq!(own, index.score("a1").unwrap());
    }
}
