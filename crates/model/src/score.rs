//! The prediction hot path for models without IDF, with no adapter or a word-level one.
//!
//! [`Model::logits`](crate::Model) walks one `Feature` per hashed occurrence (~400 for a
//! tweet, most of them character n-grams). Here the same logits are summed per *group*
//! instead — a word term, a shape term, a bigram, the character n-grams of one squashed
//! word — in integers, because with uniform weighting every occurrence of a family has
//! the same value (1/√count), which factors out of the sum:
//!
//! logit[c] = scale[c] · Σ_family value_family · Σ_{occurrences} q[bucket][c] + bias[c]
//!
//! A word's character n-grams depend on nothing but the word and the model, so their
//! integer sums are memoised per thread ([`WordMemo`]): a word already seen costs one
//! hash and one comparison instead of ~20 n-gram hashes and weight lookups. The groups
//! are also what signals are made of, so the signals need no second pass over features.
//! The slow path stays the reference: a test checks both agree on real posts.

use discern_text::Analysis;
use xxhash_rust::xxh3::xxh3_64;

use crate::features::{Extraction, FeatureConfig, NAMESPACES, Namespace, squashed_words};

/// Squashed words up to this many bytes are memoised; longer ones (rare) are summed
/// each time.
const MEMO_KEY: usize = 23;
/// log2 of the memo's slots. On the corpus read once, 2^14 / 2^15 / 2^16 / 2^17 slots
/// answer 82.6 / 86.1 / 88.4 / 90.0% of squashed words (`memo_stats` example); 2^16
/// takes ~2.5 MiB per thread.
const MEMO_BITS: u32 = 16;

#[derive(Clone, Copy)]
struct Slot {
    /// 0 for an empty slot (an empty word is never memoised).
    len: u8,
    key: [u8; MEMO_KEY],
    /// How many character n-grams the word has.
    count: u32,
}

const EMPTY: Slot = Slot {
    len: 0,
    key: [0; MEMO_KEY],
    count: 0,
};

/// Per-thread memo of each squashed word's character n-gram weight sums under one
/// model: direct-mapped, keyed by the word's bytes (compared in full, so a hash
/// collision only evicts, never answers wrong).
#[derive(Default)]
pub(crate) struct WordMemo {
    /// Fingerprint of the model the sums belong to; another model empties the memo.
    owner: Option<u64>,
    classes: usize,
    slots: Vec<Slot>,
    sums: Vec<i32>,
    /// Sums of a word too long to memoise.
    spill: Vec<i32>,
    pub(crate) hits: u64,
    pub(crate) misses: u64,
}

impl std::fmt::Debug for WordMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordMemo")
            .field("owner", &self.owner)
            .field("hits", &self.hits)
            .field("misses", &self.misses)
            .finish_non_exhaustive()
    }
}

impl WordMemo {
    fn bind(&mut self, fingerprint: u64, classes: usize) {
        if self.owner == Some(fingerprint) {
            return;
        }
        self.owner = Some(fingerprint);
        self.classes = classes;
        self.slots.clear();
        self.slots.resize(1 << MEMO_BITS, EMPTY);
        self.sums.clear();
        self.sums.resize((1 << MEMO_BITS) * classes, 0);
        self.spill.resize(classes, 0);
    }

    /// The n-gram count and per-class integer weight sums of one squashed word.
    #[inline]
    fn word(&mut self, config: &FeatureConfig, weights: &[i8], word: &[u8]) -> (u32, &[i32]) {
        let k = self.classes;
        if word.is_empty() || word.len() > MEMO_KEY {
            let count = sum_char_ngrams(config, weights, k, word, &mut self.spill);
            return (count, &self.spill);
        }
        let index = (xxh3_64(word) >> (64 - MEMO_BITS)) as usize;
        let slot = &mut self.slots[index];
        let sums = &mut self.sums[index * k..(index + 1) * k];
        if usize::from(slot.len) == word.len() && slot.key[..word.len()] == *word {
            self.hits += 1;
            return (slot.count, sums);
        }
        self.misses += 1;
        let count = sum_char_ngrams(config, weights, k, word, sums);
        slot.len = word.len() as u8;
        slot.key[..word.len()].copy_from_slice(word);
        slot.count = count;
        (count, sums)
    }
}

/// Sums the quantised weights of one word's character n-grams into `sums` (overwritten).
fn sum_char_ngrams(
    config: &FeatureConfig,
    weights: &[i8],
    k: usize,
    word: &[u8],
    sums: &mut [i32],
) -> u32 {
    sums.fill(0);
    let mut count = 0u32;
    config.char_ngrams_of(word, |bucket| {
        count += 1;
        let at = bucket as usize * k;
        for (s, &q) in sums.iter_mut().zip(&weights[at..at + k]) {
            *s += i32::from(q);
        }
    });
    count
}

/// One explainable group of features: a word term, an extra term, a bigram or one
/// squashed word's character n-grams, keyed as [`Extraction::describe`] names them.
pub(crate) type GroupKey = (Namespace, (u32, u32));

/// Buffers for [`score`]; one per thread, inside `Scratch`.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    pub(crate) keys: Vec<GroupKey>,
    /// Per-class integer weight sums of each group, `classes` apiece.
    pub(crate) sums: Vec<i32>,
    /// The bucket of each word-level group (words, extras, bigrams), in order: they
    /// come before the character groups, so group `i < buckets.len()` has bucket
    /// `buckets[i]`. An adapter's deltas are looked up by it.
    pub(crate) buckets: Vec<u32>,
    /// Occurrences per family.
    pub(crate) counts: [u32; NAMESPACES],
    pub(crate) memo: WordMemo,
}

impl Groups {
    /// The value each occurrence of a family weighs: 1/√(occurrences), as
    /// `Extraction::weigh` gives with uniform IDF.
    pub(crate) fn values(&self) -> [f32; NAMESPACES] {
        self.counts
            .map(|n| if n > 0 { 1.0 / (n as f32).sqrt() } else { 0.0 })
    }
}

/// Reads `analysis` into `extraction` (terms, squashed form) and sums its features
/// per group into `groups`.
pub(crate) fn score(
    config: &FeatureConfig,
    weights: &[i8],
    classes: usize,
    fingerprint: u64,
    analysis: &Analysis,
    extraction: &mut Extraction,
    groups: &mut Groups,
) {
    let k = classes;
    config.analyse_from(analysis, extraction);
    groups.memo.bind(fingerprint, k);
    groups.keys.clear();
    groups.sums.clear();
    groups.buckets.clear();
    groups.counts = [0; NAMESPACES];
    // The word-level groups' keys and buckets first, their rows of sums after in one
    // pass: pushing a key, a bucket and a row of `k` sums a group took ~40 instructions
    // of capacity checks and loop set-up a group, ~30 groups a post.
    let terms = extraction.term_hashes.as_slice();
    groups
        .keys
        .extend((0..terms.len()).map(|i| (Namespace::Word, (i as u32, 0))));
    groups
        .buckets
        .extend(terms.iter().map(|&hash| config.term_bucket(hash)));
    groups.counts[Namespace::Word as usize] = terms.len() as u32;
    let first_extra = terms.len();
    for (i, term) in extraction.extras.iter().enumerate() {
        let (ns, bucket) = config.extra_bucket(term);
        groups.counts[ns as usize] += 1;
        groups.keys.push((ns, ((first_extra + i) as u32, 0)));
        groups.buckets.push(bucket);
    }
    if config.word_ngrams >= 2 {
        groups
            .keys
            .extend((1..terms.len()).map(|i| (Namespace::Bigram, ((i - 1) as u32, i as u32))));
        groups.buckets.extend(
            terms
                .windows(2)
                .map(|pair| config.bigram_bucket(pair[0], pair[1])),
        );
        groups.counts[Namespace::Bigram as usize] = terms.len().saturating_sub(1) as u32;
    }
    groups.sums.resize(groups.buckets.len() * k, 0);
    if k == 3 {
        // The default model's three classes: a row is one fixed-size copy.
        for (row, &bucket) in groups
            .sums
            .as_chunks_mut::<3>()
            .0
            .iter_mut()
            .zip(&groups.buckets)
        {
            let at = bucket as usize * 3;
            let q = &weights[at..at + 3];
            *row = [i32::from(q[0]), i32::from(q[1]), i32::from(q[2])];
        }
    } else {
        for (row, &bucket) in groups.sums.chunks_exact_mut(k).zip(&groups.buckets) {
            let at = bucket as usize * k;
            for (s, &q) in row.iter_mut().zip(&weights[at..at + k]) {
                *s = i32::from(q);
            }
        }
    }
    let mut chars = 0u32;
    for (start, word) in squashed_words(&extraction.squashed) {
        let (count, sums) = groups.memo.word(config, weights, word);
        if count == 0 {
            continue;
        }
        chars += count;
        groups.keys.push((
            Namespace::Chars,
            (start as u32, (start + word.len()) as u32),
        ));
        groups.sums.extend_from_slice(sums);
    }
    groups.counts[Namespace::Chars as usize] = chars;
}
