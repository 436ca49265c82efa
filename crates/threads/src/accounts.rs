//! How each author behaves over a stream of posts, and how automated it looks.
//!
//! [`AccountTracker::observe`] is O(tokens) per post (plus a scan of a fixed-size ring of
//! fingerprints) and keeps memory bounded per author: counters, fixed histograms, capped
//! rings and heavy-hitter sketches, never the posts themselves. A separate bounded cache of
//! recent posts (ids, authors, top terms) lets replies be compared with their parents.
//!
//! # Measures and formulas
//!
//! - **Content mix**: shares of the labels passed in (`social`, `marketing`, `spam`; other
//!   or missing labels are not counted). `promotional_share = (marketing + spam) / labelled`;
//!   `over_80_20` when it exceeds 20% (the 80/20 guidance: at most one post in five sells).
//! - **Cadence** (posts with `created_at`, assumed roughly chronological; an out-of-order
//!   post contributes `|Δt|`): interval mean and coefficient of variation
//!   `cv = stddev/mean` (Welford); entropy of the intervals in log₂-second bins,
//!   normalised to [0, 1] (low = the same gap again and again); bursts = times
//!   `burst_posts` posts fall within `burst_window_secs`, counted once per run; hour-of-day
//!   histogram (UTC) and its normalised entropy (1 = posting evenly around the clock).
//! - **Duplicates**: a 64-bit SimHash over word 3-shingles of the squashed text (lowercase,
//!   no links or mentions, leetspeak folded); a post is a *near-duplicate* when its
//!   fingerprint is within `near_duplicate_bits` Hamming distance of one of the author's
//!   last `recent_fingerprints` posts (texts of five words or more). *Template reuse*: the
//!   text with links and mentions removed and digits masked equals an earlier post's while
//!   the full text differs (same message, different @names, links or numbers).
//! - **Keyword-triggered replies**: replies to *other* authors' posts are clustered by
//!   pitch (same template, SimHash within 2×`near_duplicate_bits`, or the same
//!   non-shortener link domain). Each cluster counts the distinct parents it landed under and keeps a
//!   Misra–Gries heavy-hitter sketch of the parents' words. A cluster with ≥ 3 parents and
//!   words present under ≥ half of them (and ≥ 3) is a keyword trigger: those words are the
//!   triggers.
//! - **Links**: share of posts with a link, shortener share of links (links through a
//!   platform's own wrapper, Twitter's `t.co`, are left out of the domain statistics: the
//!   platform wraps every link, so they say nothing about the author), top domain share and
//!   Herfindahl index `H = Σ (c_d / links)²` over the domains a Misra–Gries sketch keeps
//!   (exact when the author uses fewer domains than the sketch holds, a lower bound
//!   otherwise).
//! - **Text**: `vocabulary_diversity` = mean type/token ratio over consecutive 100-word
//!   segments (MSTTR; segments make it independent of how much the author wrote);
//!   `reference_share` = share of posts that link to something or mention someone.
//!
//! **Automation** is a noisy-OR of evidence, `1 − Π (1 − wᵢ·sᵢ)`, each `sᵢ ∈ [0, 1]`:
//!
//! | evidence | sᵢ | wᵢ |
//! |---|---|---|
//! | near-duplicates | `(near_dup_share − 0.1) / 0.4` (≥ 5 posts) | 0.9 |
//! | template reuse | `(template_share − 0.05) / 0.3` (≥ 5 posts) | 0.8 |
//! | keyword triggers | `parents / 10` | 0.95 |
//! | regular cadence | `(0.5 − cv) / 0.4` (≥ 10 intervals) | 0.7 |
//! | bursts | `posts_in_bursts / posts / 0.3` | 0.6 |
//! | around the clock | `(hour_entropy − 0.9) / 0.08` (≥ 48 timed posts) | 0.4 |
//! | one-domain links | `link_share · top_domain_share` when both ≥ 0.5 (≥ 5 posts) | 0.5 |
//! | shorteners | `shortener_share` when ≥ 0.5 (≥ 5 links) | 0.3 |
//! | monologue | `(0.15 − reference_share) / 0.15` (≥ 10 posts) | 0.35 |
//! | flat vocabulary | `(0.7 − vocabulary_diversity) / 0.2` (≥ 3 segments) | 0.3 |
//!
//! (each `sᵢ` clamped to [0, 1]). Every term above 0.1 adds a sentence to `reasons`.
//! "Monologue" and "flat vocabulary" are the text-only signals for accounts without
//! timestamps: generated text streams rarely link to anything or address anyone, and
//! reuse a narrower vocabulary.

use std::collections::{HashMap, VecDeque};

use chrono::Timelike;
use discern_posts::{Post, PostKind};
use discern_text::{Analysis, Token, TokenKind, is_shortener, url_domain};
use serde::Serialize;
use xxhash_rust::xxh3::xxh3_64;

use crate::hashing::{PrehashedMap, key_hash};
use crate::terms::{PostTerms, TermExtractor, TermKind, TextList, is_generic_term};

/// Bounds and thresholds of the tracker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountConfig {
    /// Fingerprints (and text/template hashes) remembered per author.
    pub recent_fingerprints: usize,
    /// Hamming distance at or below which two SimHashes are near-duplicates.
    pub near_duplicate_bits: u32,
    /// Posts within `burst_window_secs` that make a burst.
    pub burst_posts: usize,
    pub burst_window_secs: i64,
    /// Recent posts remembered (over all authors) to compare replies with their parents.
    pub parent_cache: usize,
    /// Pitch clusters kept per author.
    pub pitch_clusters: usize,
    /// Heavy-hitter counters per pitch cluster (trigger words) and per author (domains).
    pub sketch_counters: usize,
}

impl Default for AccountConfig {
    fn default() -> Self {
        AccountConfig {
            recent_fingerprints: 256,
            near_duplicate_bits: 3,
            burst_posts: 5,
            burst_window_secs: 60,
            parent_cache: 50_000,
            pitch_clusters: 16,
            sketch_counters: 24,
        }
    }
}

/// Shares of the labels the caller passed in.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ContentMix {
    pub labelled: u64,
    pub social: f32,
    pub marketing: f32,
    pub spam: f32,
    /// `marketing + spam`.
    pub promotional_share: f32,
    /// `promotional_share > 0.2`.
    pub over_80_20: bool,
}

/// When the author posts.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Cadence {
    pub timed_posts: u64,
    pub intervals: u64,
    pub mean_interval_secs: Option<f64>,
    pub interval_cv: Option<f64>,
    /// Normalised entropy of log₂-binned intervals (0 = one gap, 1 = all gaps alike likely).
    pub interval_entropy: f32,
    pub bursts: u32,
    pub posts_in_bursts: u64,
    /// Posts per UTC hour of day.
    pub hour_histogram: [u32; 24],
    /// Normalised entropy of the hour histogram.
    pub hour_entropy: f32,
}

/// Reuse of the author's own texts.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Duplication {
    pub exact_duplicate_share: f32,
    pub near_duplicate_share: f32,
    pub template_reuse_share: f32,
}

/// The same pitch replied under many posts that share trigger words.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct KeywordTriggers {
    pub replies: u32,
    pub parents: u32,
    pub trigger_words: Vec<String>,
    pub pitch_domain: Option<String>,
}

/// Where the author's links go.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LinkProfile {
    pub links: u64,
    pub posts_with_links: f32,
    pub top_domain: Option<String>,
    pub top_domain_share: f32,
    pub herfindahl: f32,
    pub shortener_share: f32,
}

/// Text-only signals.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct TextProfile {
    /// MSTTR over 100-word segments; `None` before the first full segment.
    pub vocabulary_diversity: Option<f32>,
    /// Share of posts with a link or a mention.
    pub reference_share: f32,
}

/// Everything the tracker learnt about one author.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountProfile {
    pub author: String,
    pub posts: u64,
    pub replies: u64,
    pub content_mix: ContentMix,
    pub cadence: Cadence,
    pub duplicates: Duplication,
    pub keyword_triggers: Option<KeywordTriggers>,
    pub links: LinkProfile,
    pub text: TextProfile,
    /// 0–1, noisy-OR of the evidence (module docs).
    pub automation: f32,
    /// One sentence per piece of evidence that counted.
    pub reasons: Vec<String>,
}

/// Misra–Gries heavy hitters: at most `k` counters; any item more frequent than n/(k+1)
/// is guaranteed to be kept. Counts are lower bounds.
#[derive(Debug, Clone, Default)]
struct HeavyHitters {
    items: Vec<(u64, Label, u32)>,
}

/// The text of a sketch item: inline when short (every word, most domains), so the
/// sketches' churn does not allocate.
#[derive(Debug, Clone)]
enum Label {
    Inline { len: u8, bytes: [u8; 22] },
    Heap(Box<str>),
}

impl Label {
    fn new(text: &str) -> Self {
        let mut bytes = [0u8; 22];
        match bytes.get_mut(..text.len()) {
            Some(prefix) => {
                prefix.copy_from_slice(text.as_bytes());
                Label::Inline {
                    len: text.len() as u8,
                    bytes,
                }
            }
            None => Label::Heap(text.into()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Built from a whole `&str`, so the prefix is valid UTF-8.
            Label::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Label::Heap(text) => text,
        }
    }
}

impl HeavyHitters {
    fn add(&mut self, key: u64, text: &str, k: usize) {
        if let Some(item) = self.items.iter_mut().find(|i| i.0 == key) {
            item.2 += 1;
        } else if self.items.len() < k.max(1) {
            self.items.push((key, Label::new(text), 1));
        } else {
            for item in &mut self.items {
                item.2 -= 1;
            }
            self.items.retain(|i| i.2 > 0);
        }
    }

    /// What adding each of `items` once gives an empty sketch when they are distinct and
    /// no more than `k`: every one kept with a count of 1, without the searches.
    fn fill_distinct(&mut self, items: &TextList, k: usize) {
        debug_assert!(self.items.is_empty());
        if items.len() <= k.max(1) {
            self.items
                .extend(items.iter().map(|(key, text)| (key, Label::new(text), 1)));
        } else {
            for (key, text) in items.iter() {
                self.add(key, text, k);
            }
        }
    }

    /// The largest counter (the last of equals).
    fn top(&self) -> Option<&(u64, Label, u32)> {
        self.items.iter().max_by_key(|i| i.2)
    }
}

/// What a reply's text looks like, for matching it to a pitch cluster.
#[derive(Debug, Clone, Copy)]
struct PitchText {
    fingerprint: u64,
    template: u64,
    words: usize,
}

/// What a reply is matched to a pitch cluster on, apart from the cluster: every reply to
/// a stranger scans all of them, so they sit together.
#[derive(Debug, Clone, Copy)]
struct PitchKey {
    fingerprint: u64,
    template: u64,
    domain: Option<u64>,
    replies: u32,
}

#[derive(Debug, Clone, Default)]
struct PitchCluster {
    domain_text: Option<Label>,
    parents: u32,
    /// Low halves of the parents' key hashes: 64 of them, so a false match is ~2^-26.
    recent_parents: VecDeque<u32>,
    parent_words: HeavyHitters,
}

#[derive(Debug, Clone, Default)]
struct Welford {
    n: u64,
    mean: f64,
    m2: f64,
}

impl Welford {
    fn add(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    fn cv(&self) -> Option<f64> {
        (self.n >= 2 && self.mean > 0.0).then(|| (self.m2 / self.n as f64).sqrt() / self.mean)
    }
}

const INTERVAL_BINS: usize = 24;
/// Distinct parents a pitch cluster remembers, to count each parent once.
const RECENT_PARENTS: usize = 64;
const SEGMENT_WORDS: usize = 100;

#[derive(Debug, Clone, Default)]
struct AccountState {
    author: Box<str>,
    posts: u64,
    replies: u64,
    labels: [u64; 3],
    last_time: Option<i64>,
    intervals: Welford,
    interval_bins: [u32; INTERVAL_BINS],
    hours: [u32; 24],
    timed: u64,
    recent_times: VecDeque<i64>,
    in_burst: bool,
    bursts: u32,
    posts_in_bursts: u64,
    /// Rings (grown by push up to the cap, then overwritten at `*_next`), scanned
    /// whole for every post: plain slices vectorise where a deque's halves would not.
    fingerprints: Vec<u64>,
    fingerprints_next: usize,
    /// Low halves of the text and template hashes: a false match among 256 is ~2^-24,
    /// and the scans read half the memory.
    exact_hashes: Vec<u32>,
    template_hashes: Vec<u32>,
    text_next: usize,
    exact_dups: u64,
    near_dups: u64,
    template_reuses: u64,
    /// Pitch clusters: `pitch_keys[i]` matches `pitches[i]`.
    pitch_keys: Vec<PitchKey>,
    pitches: Vec<PitchCluster>,
    domains: HeavyHitters,
    links: u64,
    shortener_links: u64,
    posts_with_links: u64,
    posts_with_refs: u64,
    /// Low halves of the word hashes of the current segment.
    segment: Vec<u32>,
    segments: u64,
    segment_ttr_sum: f64,
}

/// A recent post remembered to describe a later reply's parent.
#[derive(Debug, Default)]
struct CachedPost {
    id: u64,
    author: u64,
    /// Distinct non-generic word terms (capped) and their texts.
    words: TextList,
}

/// The last `capacity` posts, by id: a ring of slots reused in place, so a full cache
/// costs no allocation per post.
#[derive(Debug, Default)]
struct ParentCache {
    capacity: usize,
    slots: Vec<CachedPost>,
    next: usize,
    by_id: PrehashedMap<u32>,
}

impl ParentCache {
    fn new(capacity: usize) -> Self {
        ParentCache {
            capacity,
            ..ParentCache::default()
        }
    }

    fn len(&self) -> usize {
        self.by_id.len()
    }

    fn get(&self, id: u64) -> Option<&CachedPost> {
        self.by_id
            .get(&id)
            .and_then(|&slot| self.slots.get(slot as usize))
    }

    /// Stores a post; the same id again replaces its entry in place.
    fn insert(&mut self, id: u64, author: u64, words: &TextList) {
        if self.capacity == 0 {
            return;
        }
        let slot = match self.by_id.get(&id) {
            Some(&slot) => slot as usize,
            None if self.slots.len() < self.capacity => {
                self.slots.push(CachedPost::default());
                self.slots.len() - 1
            }
            None => {
                let slot = self.next;
                self.next = (self.next + 1) % self.capacity;
                if let Some(old) = self.slots.get(slot) {
                    self.by_id.remove(&old.id);
                }
                slot
            }
        };
        let Some(entry) = self.slots.get_mut(slot) else {
            return;
        };
        entry.id = id;
        entry.author = author;
        entry.words.copy_from(words);
        self.by_id
            .insert(id, u32::try_from(slot).unwrap_or(u32::MAX));
    }
}

const CACHED_WORDS: usize = 24;

/// Streaming per-author behaviour (module docs).
#[derive(Debug)]
pub struct AccountTracker {
    config: AccountConfig,
    accounts: PrehashedMap<AccountState>,
    order: Vec<u64>,
    parents: ParentCache,
    scratch: Scratch,
}

/// Per-post buffers, reused from post to post so observing allocates nothing once they
/// have grown.
#[derive(Debug, Default)]
struct Scratch {
    extractor: TermExtractor,
    /// The post's terms, when the caller did not bring them.
    terms: PostTerms,
    /// The post's text analysed, when the caller did not bring an analysis.
    analysis: Analysis,
    tokens: Vec<Token<'static>>,
    template: Vec<u8>,
    /// xxh3 of each squashed word, in order: SimHash shingles, the word count and the
    /// vocabulary segments all read these, so each word is hashed once.
    word_hashes: Vec<u64>,
    /// The post's own distinct non-generic words (for the parent cache).
    words: TextList,
    /// The words of the post's parent (from the cache or the caller).
    parent_words: TextList,
    /// Distinct link domains, lowercased.
    domains: TextList,
    lower: String,
}

impl Default for AccountTracker {
    fn default() -> Self {
        Self::new(AccountConfig::default())
    }
}

impl AccountTracker {
    pub fn new(config: AccountConfig) -> Self {
        AccountTracker {
            config,
            accounts: PrehashedMap::default(),
            order: Vec::new(),
            parents: ParentCache::new(config.parent_cache),
            scratch: Scratch::default(),
        }
    }

    /// Number of authors seen.
    pub fn authors(&self) -> usize {
        self.accounts.len()
    }

    /// Number of posts in the parent cache (bounded by `parent_cache`).
    pub fn cached_posts(&self) -> usize {
        self.parents.len()
    }

    /// Records one post with the caller's label (`social`, `marketing`, `spam`; others
    /// and `None` are not counted in the content mix). The parent of a reply is looked up
    /// in the cache of recent posts. Posts without an author are only cached as parents.
    pub fn observe(&mut self, post: &Post, label: Option<&str>) {
        self.observe_with_parent(post, None, label);
    }

    /// [`Self::observe`] when the caller has the parent at hand (it wins over the cache).
    pub fn observe_with_parent(&mut self, post: &Post, parent: Option<&Post>, label: Option<&str>) {
        let mut analysis = std::mem::take(&mut self.scratch.analysis);
        analysis.analyse(&post.text);
        self.observe_analysed(post, &analysis, parent, label);
        self.scratch.analysis = analysis;
    }

    /// [`Self::observe_with_parent`] for a post whose text the caller already analysed.
    pub fn observe_analysed(
        &mut self,
        post: &Post,
        analysis: &Analysis,
        parent: Option<&Post>,
        label: Option<&str>,
    ) {
        let mut terms = std::mem::take(&mut self.scratch.terms);
        terms.extract(&mut self.scratch.extractor, analysis);
        self.observe_terms(post, analysis, &terms, parent, label);
        self.scratch.terms = terms;
    }

    /// [`Self::observe_analysed`] with the post's terms already extracted from the same
    /// analysis, to share them with other analyses (the relevance index).
    pub fn observe_terms(
        &mut self,
        post: &Post,
        analysis: &Analysis,
        terms: &PostTerms,
        parent: Option<&Post>,
        label: Option<&str>,
    ) {
        let AccountTracker {
            config,
            accounts,
            order,
            parents,
            scratch,
        } = self;
        let config = *config;
        let normal = analysis.normal();
        let mut tokens: Vec<Token<'_>> = std::mem::take(&mut scratch.tokens)
            .into_iter()
            .map(|_| placeholder_token())
            .collect();
        analysis.tokens_into(&mut tokens);

        // Terms once: parent-cache words and link domains.
        scratch.words.clear();
        scratch.domains.clear();
        for (text, kind, id) in terms.iter() {
            match kind {
                TermKind::Word => {
                    if !is_generic_term(id)
                        && scratch.words.len() < CACHED_WORDS
                        && !scratch.words.contains(id)
                    {
                        scratch.words.push(id, text);
                    }
                }
                // Every link in the text counts, repeats included.
                TermKind::Domain => scratch.domains.push(key_hash(text), text),
            }
        }
        for link in &post.links {
            if let Some(d) = url_domain(link) {
                scratch.lower.clear();
                scratch.lower.push_str(d);
                scratch.lower.make_ascii_lowercase();
                let key = key_hash(&scratch.lower);
                if !scratch.domains.contains(key) {
                    scratch.domains.push(key, &scratch.lower);
                }
            }
        }
        let has_mention = tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Mention | TokenKind::Email));
        let template = template_hash(&tokens, &mut scratch.template);
        tokens.clear();
        scratch.tokens = tokens.into_iter().map(|_| placeholder_token()).collect();
        scratch.word_hashes.clear();
        scratch.word_hashes.extend(word_hashes(analysis.squashed()));

        let author_hash = post
            .author
            .as_deref()
            .filter(|a| !a.is_empty())
            .map(key_hash);
        // The parent's author and words: the caller's parent described, else the cache's
        // entry (read in place; the cache is only updated at the end).
        let parent: Option<(u64, &TextList)> = match parent {
            Some(p) => {
                describe(&mut scratch.extractor, p, &mut scratch.parent_words);
                Some((
                    p.author.as_deref().map_or(0, key_hash),
                    &scratch.parent_words,
                ))
            }
            None => post
                .parent_id
                .as_deref()
                .and_then(|pid| parents.get(key_hash(pid)))
                .map(|c| (c.author, &c.words)),
        };

        if let (Some(author), Some(hash)) = (post.author.as_deref(), author_hash) {
            let fingerprint = simhash_words(&scratch.word_hashes);
            let word_count = scratch.word_hashes.len();
            let exact = xxh3_64(normal.as_bytes());
            let state = accounts.entry(hash).or_insert_with(|| AccountState {
                author: author.into(),
                ..AccountState::default()
            });
            if state.posts == 0 {
                order.push(hash);
            }
            state.posts += 1;
            if post.is_reply() || post.kind == PostKind::Reply {
                state.replies += 1;
            }
            if let Some(label) = label {
                for (i, name) in ["social", "marketing", "spam"].iter().enumerate() {
                    if label.eq_ignore_ascii_case(name) {
                        state.labels[i] += 1;
                    }
                }
            }
            if let Some(time) = post.created_at {
                state.observe_time(time.timestamp(), time.hour() as usize, &config);
            }
            state.observe_text(fingerprint, word_count, exact, template, &config);
            state.observe_links(&scratch.domains, &config);
            if !scratch.domains.is_empty() || has_mention {
                state.posts_with_refs += 1;
            }
            state.observe_vocabulary(&scratch.word_hashes);
            if let Some((parent_author, parent_words)) = parent
                && parent_author != hash
                && post.is_reply()
            {
                let parent_key = post.parent_id.as_deref().map_or(0, key_hash);
                state.observe_pitch(
                    PitchText {
                        fingerprint,
                        template,
                        words: word_count,
                    },
                    &scratch.domains,
                    parent_key,
                    parent_words,
                    &config,
                );
            }
        }

        parents.insert(key_hash(&post.id), author_hash.unwrap_or(0), &scratch.words);
    }

    /// The profiles of every author, in order of first appearance.
    pub fn finish(self) -> Vec<AccountProfile> {
        let AccountTracker {
            config,
            mut accounts,
            order,
            ..
        } = self;
        order
            .into_iter()
            .filter_map(|h| accounts.remove(&h))
            .map(|s| s.profile(&config))
            .collect()
    }

    /// The profile of one author so far (without consuming the tracker).
    pub fn profile(&self, author: &str) -> Option<AccountProfile> {
        self.accounts
            .get(&key_hash(author))
            .map(|s| s.profile(&self.config))
    }
}

/// The distinct non-generic words of a post (capped), as the parent cache keeps them.
fn describe(extractor: &mut TermExtractor, post: &Post, words: &mut TextList) {
    words.clear();
    extractor.for_each_term(&post.text, |text, kind, id| {
        if kind == TermKind::Word
            && !is_generic_term(id)
            && words.len() < CACHED_WORDS
            && !words.contains(id)
        {
            words.push(id, text);
        }
    });
}

/// Link wrappers a platform applies to every link (Twitter's t.co): they say nothing about
/// the author's choice of destination or of a shortener, so domain statistics skip them.
const PLATFORM_WRAPPERS: &[&str] = &["t.co"];

fn is_platform_wrapper(domain: &str) -> bool {
    PLATFORM_WRAPPERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(domain))
}

fn placeholder_token() -> Token<'static> {
    // Only ever mapped over empty vectors (cleared before storing), to keep the allocation.
    Token {
        kind: TokenKind::Punct,
        text: "",
        start: 0,
    }
}

/// 64-bit SimHash over word 3-shingles (single words for texts under three words) of a
/// squashed text.
pub fn simhash(squashed: &str) -> u64 {
    let hashes: Vec<u64> = word_hashes(squashed).collect();
    simhash_words(&hashes)
}

/// The xxh3 of each word of a squashed text, in order. Split as bytes: `str::split`
/// cost ~2,000 instructions a post on the tracker's hot path.
fn word_hashes(squashed: &str) -> impl Iterator<Item = u64> + '_ {
    squashed
        .as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .map(xxh3_64)
}

/// SimHash from the words' xxh3 hashes. A shingle's hash combines its three word hashes
/// (rotated so word order matters, then multiplied to spread the bits) instead of
/// hashing the shingle's text again.
fn simhash_words(words: &[u64]) -> u64 {
    let mut acc = BitCounter::default();
    if words.len() < 3 {
        for &h in words {
            acc.add(h);
        }
    } else {
        for w in words.windows(3) {
            let h = (w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42))
                .wrapping_mul(0x9e37_79b9_7f4a_7c15);
            acc.add(h ^ (h >> 29));
        }
    }
    acc.majority()
}

/// 64 counters of set bits, bit-sliced: `planes[k]` holds bit k of every counter, so one
/// addition is a ripple carry over a few words instead of 64 separate increments.
#[derive(Debug, Default)]
struct BitCounter {
    planes: [u64; 32],
    added: u64,
}

impl BitCounter {
    fn add(&mut self, mut carry: u64) {
        for plane in &mut self.planes {
            if carry == 0 {
                break;
            }
            let sum = *plane ^ carry;
            carry &= *plane;
            *plane = sum;
        }
        self.added += 1;
    }

    /// Bits set in more than half of the added words (the SimHash rule: ones outvote
    /// zeros), by a bit-sliced comparison of every counter with ⌊added/2⌋.
    fn majority(&self) -> u64 {
        let half = self.added / 2;
        let (mut greater, mut equal) = (0u64, u64::MAX);
        for k in (0..self.planes.len()).rev() {
            let plane = self.planes[k];
            let bit = if k < 64 && (half >> k) & 1 == 1 {
                u64::MAX
            } else {
                0
            };
            greater |= equal & plane & !bit;
            equal &= !(plane ^ bit);
        }
        greater
    }
}

/// Hash of the text's words, lowercased, with links, mentions and emails left out and
/// every number, price, percentage or phone masked: the same message with different
/// @names, links or numbers hashes the same.
fn template_hash(tokens: &[Token<'_>], buffer: &mut Vec<u8>) -> u64 {
    // Built in a buffer and hashed once: streaming xxh3 per character costs more than
    // the copy. The buffer holds UTF-8 bytes, written a byte at a time where ASCII
    // (pushing chars one by one cost ~800 instructions a post).
    buffer.clear();
    for token in tokens {
        match token.kind {
            TokenKind::Url | TokenKind::Mention | TokenKind::Email | TokenKind::PromoCode => {}
            TokenKind::Number | TokenKind::Price | TokenKind::Percent | TokenKind::Phone => {
                buffer.extend_from_slice(b"#\0");
            }
            _ if token.text.is_ascii() => {
                // One mapped extend: no copy call per token, a loop the compiler unrolls.
                buffer.extend(token.text.bytes().map(template_byte));
                buffer.push(0);
            }
            _ => {
                for c in token.text.chars() {
                    if c.is_ascii() {
                        buffer.push(template_byte(c as u8));
                    } else {
                        for lower in c.to_lowercase() {
                            buffer.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                    }
                }
                buffer.push(0);
            }
        }
    }
    xxh3_64(buffer)
}

/// An ASCII byte of a template: lowercased, and digits inside words ("3x", "x12") masked
/// as numbers are.
fn template_byte(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b'#'
    } else {
        b.to_ascii_lowercase()
    }
}

/// Whether a fingerprint in `ring` is within `bits` Hamming distance of `fingerprint`.
/// For up to 3 bits, two such fingerprints agree exactly on one of their four 16-bit
/// quarters (pigeonhole); a branch-free zero-quarter test over the ring rules most posts
/// out before any bit counting (`count_ones` is slow without a popcount instruction,
/// which the baseline x86-64 target lacks).
fn near_duplicate(ring: &[u64], fingerprint: u64, bits: u32) -> bool {
    const LOW: u64 = 0x0001_0001_0001_0001;
    const HIGH: u64 = 0x8000_8000_8000_8000;
    if bits <= 3 {
        let candidates = ring.iter().fold(0u64, |acc, &f| {
            let x = f ^ fingerprint;
            acc | (x.wrapping_sub(LOW) & !x & HIGH)
        });
        if candidates == 0 {
            return false;
        }
    }
    ring.iter().any(|&f| (f ^ fingerprint).count_ones() <= bits)
}

fn normalized_entropy(counts: &[u32]) -> f32 {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 || counts.len() < 2 {
        return 0.0;
    }
    let total = total as f64;
    let h: f64 = counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / total;
            -p * p.ln()
        })
        .sum();
    (h / (counts.len() as f64).ln()) as f32
}

fn clamp01(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl AccountState {
    fn observe_time(&mut self, secs: i64, hour: usize, config: &AccountConfig) {
        self.timed += 1;
        if let Some(h) = self.hours.get_mut(hour) {
            *h += 1;
        }
        if let Some(last) = self.last_time {
            let gap = secs.abs_diff(last);
            self.intervals.add(gap as f64);
            let bin = (64 - gap.leading_zeros() as usize).min(INTERVAL_BINS - 1);
            self.interval_bins[bin] += 1;
        }
        self.last_time = Some(secs);
        let cap = config.burst_posts.max(2);
        self.recent_times.push_back(secs);
        while self.recent_times.len() > cap {
            self.recent_times.pop_front();
        }
        let full = self.recent_times.len() == cap;
        let span = match (self.recent_times.front(), self.recent_times.back()) {
            (Some(a), Some(b)) => b.abs_diff(*a),
            _ => u64::MAX,
        };
        let bursting = full && span <= config.burst_window_secs.max(0) as u64;
        if bursting {
            self.posts_in_bursts += if self.in_burst { 1 } else { cap as u64 };
            if !self.in_burst {
                self.bursts += 1;
            }
        }
        self.in_burst = bursting;
    }

    fn observe_text(
        &mut self,
        fingerprint: u64,
        words: usize,
        exact: u64,
        template: u64,
        config: &AccountConfig,
    ) {
        let cap = config.recent_fingerprints.max(1);
        let (exact, template) = (exact as u32, template as u32);
        if words >= 3 {
            // Branch-free folds over plain slices: these scans run for every post over
            // up to `cap` entries, and vectorise this way.
            let same_text = self
                .exact_hashes
                .iter()
                .fold(false, |a, &e| a | (e == exact));
            let same_template = self
                .template_hashes
                .iter()
                .fold(false, |a, &t| a | (t == template));
            if same_text {
                self.exact_dups += 1;
            } else if same_template {
                self.template_reuses += 1;
            }
            if self.exact_hashes.len() < cap {
                self.exact_hashes.push(exact);
                self.template_hashes.push(template);
            } else if let (Some(e), Some(t)) = (
                self.exact_hashes.get_mut(self.text_next),
                self.template_hashes.get_mut(self.text_next),
            ) {
                *e = exact;
                *t = template;
                self.text_next = (self.text_next + 1) % cap;
            }
        }
        if words >= 5 {
            if near_duplicate(&self.fingerprints, fingerprint, config.near_duplicate_bits) {
                self.near_dups += 1;
            }
            if self.fingerprints.len() < cap {
                self.fingerprints.push(fingerprint);
            } else if let Some(f) = self.fingerprints.get_mut(self.fingerprints_next) {
                *f = fingerprint;
                self.fingerprints_next = (self.fingerprints_next + 1) % cap;
            }
        }
    }

    fn observe_links(&mut self, domains: &TextList, config: &AccountConfig) {
        if domains.is_empty() {
            return;
        }
        self.posts_with_links += 1;
        for (key, d) in domains.iter() {
            if is_platform_wrapper(d) {
                continue;
            }
            self.links += 1;
            if is_shortener(d) {
                self.shortener_links += 1;
            }
            self.domains.add(key, d, config.sketch_counters);
        }
    }

    fn observe_vocabulary(&mut self, word_hashes: &[u64]) {
        if self.segment.capacity() == 0 && !word_hashes.is_empty() {
            self.segment.reserve_exact(SEGMENT_WORDS);
        }
        for &word in word_hashes {
            self.segment.push(word as u32);
            if self.segment.len() == SEGMENT_WORDS {
                self.segment.sort_unstable();
                self.segment.dedup();
                self.segment_ttr_sum += self.segment.len() as f64 / SEGMENT_WORDS as f64;
                self.segments += 1;
                self.segment.clear();
            }
        }
    }

    fn observe_pitch(
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
        let domain = domains
            .iter()
            .find(|(_, d)| !is_shortener(d) && !is_platform_wrapper(d));
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
                    .fill_distinct(parent_words, config.sketch_counters);
            } else {
                for (id, text) in parent_words.iter() {
                    cluster.parent_words.add(id, text, config.sketch_counters);
                }
            }
        }
    }

    fn keyword_triggers(&self) -> Option<KeywordTriggers> {
        self.pitches
            .iter()
            .zip(&self.pitch_keys)
            .filter(|(c, _)| c.parents >= 3)
            .filter_map(|(c, key)| {
                let floor = (c.parents / 2).max(3);
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
                Some(KeywordTriggers {
                    replies: key.replies,
                    parents: c.parents,
                    trigger_words: words.into_iter().map(|w| w.0.to_string()).collect(),
                    pitch_domain: c.domain_text.as_ref().map(|d| d.as_str().to_string()),
                })
            })
            .max_by_key(|k| k.parents)
    }

    fn profile(&self, config: &AccountConfig) -> AccountProfile {
        let _ = config;
        let posts = self.posts.max(1) as f64;
        let labelled: u64 = self.labels.iter().sum();
        let share = |n: u64| {
            if labelled == 0 {
                0.0
            } else {
                (n as f64 / labelled as f64) as f32
            }
        };
        let promotional = share(self.labels[1] + self.labels[2]);
        let content_mix = ContentMix {
            labelled,
            social: share(self.labels[0]),
            marketing: share(self.labels[1]),
            spam: share(self.labels[2]),
            promotional_share: promotional,
            over_80_20: promotional > 0.2,
        };
        let cadence = Cadence {
            timed_posts: self.timed,
            intervals: self.intervals.n,
            mean_interval_secs: (self.intervals.n > 0).then_some(self.intervals.mean),
            interval_cv: self.intervals.cv(),
            interval_entropy: normalized_entropy(&self.interval_bins),
            bursts: self.bursts,
            posts_in_bursts: self.posts_in_bursts,
            hour_histogram: self.hours,
            hour_entropy: normalized_entropy(&self.hours),
        };
        let duplicates = Duplication {
            exact_duplicate_share: (self.exact_dups as f64 / posts) as f32,
            near_duplicate_share: (self.near_dups as f64 / posts) as f32,
            template_reuse_share: (self.template_reuses as f64 / posts) as f32,
        };
        let tracked: u64 = self.domains.items.iter().map(|i| u64::from(i.2)).sum();
        let links_f = self.links.max(1) as f64;
        let herfindahl = if self.links == 0 {
            0.0
        } else {
            self.domains
                .items
                .iter()
                .map(|i| (f64::from(i.2) / links_f).powi(2))
                .sum::<f64>()
        };
        let top = self.domains.top();
        let links = LinkProfile {
            links: self.links,
            posts_with_links: (self.posts_with_links as f64 / posts) as f32,
            top_domain: top.map(|t| t.1.as_str().to_string()),
            top_domain_share: top.map_or(0.0, |t| (f64::from(t.2) / links_f) as f32),
            herfindahl: herfindahl.min(1.0) as f32,
            shortener_share: (self.shortener_links as f64 / links_f) as f32,
        };
        let _ = tracked;
        let text = TextProfile {
            vocabulary_diversity: (self.segments > 0)
                .then(|| (self.segment_ttr_sum / self.segments as f64) as f32),
            reference_share: (self.posts_with_refs as f64 / posts) as f32,
        };
        let keyword_triggers = self.keyword_triggers();
        let mut profile = AccountProfile {
            author: self.author.to_string(),
            posts: self.posts,
            replies: self.replies,
            content_mix,
            cadence,
            duplicates,
            keyword_triggers,
            links,
            text,
            automation: 0.0,
            reasons: Vec::new(),
        };
        let (automation, reasons) = automation(&profile, self.segments);
        profile.automation = automation;
        profile.reasons = reasons;
        profile
    }
}

/// The noisy-OR automation score and its reasons (module docs, table).
fn automation(p: &AccountProfile, segments: u64) -> (f32, Vec<String>) {
    let mut evidence: Vec<(f64, String)> = Vec::new();
    let posts = p.posts;
    let d = &p.duplicates;
    if posts >= 5 {
        let s = clamp01((f64::from(d.near_duplicate_share) - 0.1) / 0.4);
        evidence.push((
            0.9 * s,
            format!(
                "{:.0}% of {posts} posts are near-duplicates of the author's earlier posts",
                d.near_duplicate_share * 100.0
            ),
        ));
        let s = clamp01((f64::from(d.template_reuse_share) - 0.05) / 0.3);
        evidence.push((
            0.8 * s,
            format!(
                "{:.0}% of posts reuse a template (same text, different mentions, links or numbers)",
                d.template_reuse_share * 100.0
            ),
        ));
    }
    if let Some(k) = &p.keyword_triggers {
        let s = clamp01(f64::from(k.parents) / 10.0);
        evidence.push((
            0.95 * s,
            format!(
                "the same pitch{} was replied under {} posts by others that share the words: {}",
                k.pitch_domain
                    .as_deref()
                    .map(|d| format!(" (linking {d})"))
                    .unwrap_or_default(),
                k.parents,
                k.trigger_words.join(", ")
            ),
        ));
    }
    let c = &p.cadence;
    if c.intervals >= 10
        && let (Some(cv), Some(mean)) = (c.interval_cv, c.mean_interval_secs)
    {
        let s = clamp01((0.5 - cv) / 0.4);
        evidence.push((
            0.7 * s,
            format!("posts every {mean:.0} s with little variation (cv {cv:.2})"),
        ));
    }
    if posts > 0 && c.bursts > 0 {
        let s = clamp01(c.posts_in_bursts as f64 / posts as f64 / 0.3);
        evidence.push((
            0.6 * s,
            format!(
                "{} bursts of rapid posting covering {} posts",
                c.bursts, c.posts_in_bursts
            ),
        ));
    }
    if c.timed_posts >= 48 {
        let s = clamp01((f64::from(c.hour_entropy) - 0.9) / 0.08);
        evidence.push((
            0.4 * s,
            format!(
                "posts around the clock (hour-of-day entropy {:.2})",
                c.hour_entropy
            ),
        ));
    }
    let l = &p.links;
    if posts >= 5 && l.posts_with_links >= 0.5 && l.top_domain_share >= 0.5 {
        let s = clamp01(f64::from(l.posts_with_links * l.top_domain_share));
        evidence.push((
            0.5 * s,
            format!(
                "{:.0}% of posts carry links, {:.0}% of them to {}",
                l.posts_with_links * 100.0,
                l.top_domain_share * 100.0,
                l.top_domain.as_deref().unwrap_or("one domain")
            ),
        ));
    }
    if l.links >= 5 && l.shortener_share >= 0.5 {
        evidence.push((
            0.3 * clamp01(f64::from(l.shortener_share)),
            format!(
                "{:.0}% of links go through shorteners",
                l.shortener_share * 100.0
            ),
        ));
    }
    if posts >= 10 {
        let s = clamp01((0.15 - f64::from(p.text.reference_share)) / 0.15);
        evidence.push((
            0.35 * s,
            format!(
                "only {:.0}% of {posts} posts link to anything or mention anyone (a monologue, as text generators write)",
                p.text.reference_share * 100.0
            ),
        ));
    }
    if segments >= 3
        && let Some(v) = p.text.vocabulary_diversity
    {
        let s = clamp01((0.7 - f64::from(v)) / 0.2);
        evidence.push((
            0.3 * s,
            format!("narrow vocabulary (type/token ratio {v:.2} per 100 words)"),
        ));
    }
    let mut keep = 1.0f64;
    let mut reasons: Vec<(f64, String)> = Vec::new();
    for (strength, reason) in evidence {
        let strength = clamp01(strength);
        keep *= 1.0 - strength;
        if strength > 0.1 {
            reasons.push((strength, reason));
        }
    }
    reasons.sort_by(|a, b| b.0.total_cmp(&a.0));
    (
        clamp01(1.0 - keep) as f32,
        reasons.into_iter().map(|r| r.1).collect(),
    )
}

/// Convenience: profiles of a batch of posts, with labels looked up by post id.
pub fn profile_accounts(posts: &[Post], labels: &HashMap<String, String>) -> Vec<AccountProfile> {
    let mut tracker = AccountTracker::default();
    for post in posts {
        tracker.observe(post, labels.get(&post.id).map(String::as_str));
    }
    tracker.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn at(secs: i64) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp(secs, 0)
    }

    fn by(author: &str, id: &str, text: &str) -> Post {
        Post {
            author: Some(author.into()),
            ..Post::new(id, text)
        }
    }

    #[test]
    fn simhash_is_close_for_close_texts() {
        let a = simhash("check out my new channel for the best music covers every week");
        let b = simhash("check out my new channel for the best music covers every day");
        let c = simhash("the kettle needs descaling again after a month of hard water");
        assert!((a ^ b).count_ones() < (a ^ c).count_ones());
    }

    #[test]
    fn bit_sliced_majority_matches_counting() {
        let mut state = 0x1234_5678_9abc_def1u64;
        for n in 0..40 {
            let mut acc = BitCounter::default();
            let mut counts = [0i32; 64];
            for _ in 0..n {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                acc.add(state);
                for (bit, c) in counts.iter_mut().enumerate() {
                    *c += if (state >> bit) & 1 == 1 { 1 } else { -1 };
                }
            }
            let naive = counts
                .iter()
                .enumerate()
                .fold(0u64, |a, (bit, &c)| if c > 0 { a | (1 << bit) } else { a });
            assert_eq!(acc.majority(), naive, "{n} words");
        }
    }

    #[test]
    fn near_duplicate_prefilter_is_exact() {
        let base = 0xdead_beef_0bad_f00du64;
        let ring = [base ^ 0b1011, base ^ (1 << 63) ^ (1 << 40) ^ (1 << 20) ^ 1];
        for bits in 0..6 {
            for probe in [base, base ^ (1 << 17), !base] {
                let naive = ring.iter().any(|&f| (f ^ probe).count_ones() <= bits);
                assert_eq!(
                    near_duplicate(&ring, probe, bits),
                    naive,
                    "{bits} {probe:x}"
                );
            }
        }
    }

    #[test]
    fn content_mix_flags_80_20() {
        let mut t = AccountTracker::default();
        for i in 0..10 {
            let label = if i < 7 { "social" } else { "marketing" };
            t.observe(&by("brand", &i.to_string(), "hello"), Some(label));
        }
        let p = t.profile("brand").unwrap();
        assert!((p.content_mix.promotional_share - 0.3).abs() < 1e-6);
        assert!(p.content_mix.over_80_20);
    }

    #[test]
    fn templates_and_regular_cadence_look_automated() {
        let mut t = AccountTracker::default();
        for i in 0..30 {
            let mut post = by(
                "bot",
                &format!("p{i}"),
                &format!("@user{i} win a free phone today, only {i} left at bit.ly/x{i}"),
            );
            post.created_at = at(1_700_000_000 + i * 600);
            t.observe(&post, Some("spam"));
        }
        let p = t.finish().remove(0);
        assert!(
            p.duplicates.template_reuse_share > 0.9,
            "{:?}",
            p.duplicates
        );
        assert_eq!(p.cadence.interval_cv, Some(0.0));
        assert!(p.automation > 0.9, "{p:#?}");
        assert!(p.reasons.iter().any(|r| r.contains("template")));
        assert!(p.reasons.iter().any(|r| r.contains("every 600 s")));
    }

    #[test]
    fn bursts_are_counted_once_per_run() {
        let mut t = AccountTracker::default();
        for i in 0..12 {
            let mut post = by("fast", &format!("p{i}"), "x");
            let base = if i < 6 { 0 } else { 10_000 };
            post.created_at = at(1_700_000_000 + base + i);
            t.observe(&post, None);
        }
        let p = t.finish().remove(0);
        assert_eq!(p.cadence.bursts, 2);
        assert_eq!(p.cadence.posts_in_bursts, 12);
    }

    #[test]
    fn parent_cache_is_bounded() {
        let mut t = AccountTracker::new(AccountConfig {
            parent_cache: 100,
            ..AccountConfig::default()
        });
        for i in 0..1000 {
            t.observe(&by("a", &i.to_string(), "some words here"), None);
        }
        assert_eq!(t.cached_posts(), 100);
    }

    fn sketch_state(h: &HeavyHitters) -> Vec<(u64, String, u32)> {
        h.items
            .iter()
            .map(|(key, label, count)| (*key, label.as_str().to_string(), *count))
            .collect()
    }

    proptest::proptest! {
        /// Filling an empty sketch with distinct words is adding them one by one, and a
        /// template hash does not depend on the ASCII path it took.
        #[test]
        fn filling_a_sketch_is_adding_each_word(
            words in proptest::collection::btree_set("[a-zé]{1,30}", 0..40),
            k in 1usize..32,
        ) {
            let mut list = TextList::default();
            for w in &words {
                list.push(key_hash(w), w);
            }
            let (mut filled, mut added) = (HeavyHitters::default(), HeavyHitters::default());
            filled.fill_distinct(&list, k);
            for (key, text) in list.iter() {
                added.add(key, text, k);
            }
            proptest::prop_assert_eq!(sketch_state(&filled), sketch_state(&added));
        }
    }

    #[test]
    fn templates_ignore_case_numbers_and_links() {
        let hash = |text: &str| {
            let analysis = Analysis::new(text);
            template_hash(&analysis.tokens(), &mut Vec::new())
        };
        assert_eq!(
            hash("Great READ, visit example.com for 3x more"),
            hash("great read, visit other.org for 5x more")
        );
        assert_eq!(hash("ÉTÉ Café 2024"), hash("été café 1999"));
        assert_ne!(hash("great read"), hash("great post"));
    }
}
