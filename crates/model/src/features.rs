//! Text → hashed sparse features.
//!
//! Four namespaces, each scaled by 1/√(count) so a long text's many character n-grams
//! do not drown its few words: word unigrams (with token kinds: `<url>`, `<phone>`,
//! link domains…), word bigrams, character n-grams over the squashed text (so "fr33"
//! and "che.ck" match "free" and "check"), and shape features (shouting, length, links).
//! Every feature is hashed with xxh3 (stable across machines and versions) into
//! `2^bits` buckets, so memory is fixed whatever the vocabulary.

use discern_text::{Analysis, Token, TokenKind, is_shortener, is_shouting, url_domain};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Feature settings; saved in the model file because a model only works with the
/// settings it was trained with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeatureConfig {
    /// log2 of the number of hash buckets.
    pub bits: u8,
    /// Longest word n-gram (1 = unigrams only).
    pub word_ngrams: u8,
    /// Character n-gram lengths, inclusive; `char_max = 0` turns them off.
    pub char_min: u8,
    pub char_max: u8,
    /// Weigh features by inverse document frequency (else every bucket weighs 1).
    pub idf: bool,
    /// A shape term for the text's length class (`len:N`). In the corpus length also
    /// tells which dataset a text came from (tweets are short, ads long), so it pushes
    /// well-written 150-character replies toward marketing; without it, held-out ad
    /// sources fare worse (BENCHMARKS.md, "Long-form text"). On by default, and in model
    /// files saved before the setting existed.
    #[serde(default = "on_before_the_setting")]
    pub length_terms: bool,
    /// Shape terms for the number of links (`urls:N`) and the share of capital letters
    /// (`caps:N`). Like length they mostly tell which dataset a text came from ("no links"
    /// and "0–20% capital letters" were the top reasons for calling essays marketing), so
    /// new models leave them out unless leave-one-source-out shows they help
    /// (BENCHMARKS.md); model files saved before the setting keep them.
    #[serde(default = "on_before_the_setting")]
    pub shape_terms: bool,
}

/// Settings added after model files existed are on for those files: they were trained
/// with the feature.
fn on_before_the_setting() -> bool {
    true
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            bits: 20,
            word_ngrams: 2,
            char_min: 3,
            char_max: 6,
            idf: false,
            length_terms: false,
            shape_terms: false,
        }
    }
}

/// Longest padded ASCII word [`FeatureConfig::char_ngrams`] handles on its fast path.
const ASCII_WORD_MAX: usize = 64;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const CHARS_SEED: u64 = 0x5851_f42d_4c95_7f2d;
const BIGRAM_SEED: u64 = 0x1405_7b7e_f767_814f;

/// A strong 64-bit finaliser (from MurmurHash3's fmix64): spreads every input bit over
/// the low bits the bucket mask keeps.
#[inline]
fn mix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The feature families; each is scaled separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Namespace {
    Word = 0,
    Bigram = 1,
    Chars = 2,
    Shape = 3,
}

pub const NAMESPACES: usize = 4;

/// One hashed feature occurrence. `origin` locates what produced it so an explanation
/// can name it without a second pass: for words and bigrams indices into
/// [`Extraction::terms`], for character n-grams the byte span of their word in
/// [`Extraction::squashed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature {
    pub bucket: u32,
    pub namespace: Namespace,
    pub origin: (u32, u32),
}

/// Reusable buffers for feature extraction: one per thread, no allocation per text
/// once warm.
#[derive(Debug, Default)]
pub struct Extraction {
    pub features: Vec<Feature>,
    /// Normalised word terms in order (`<url>`, `free`, `#deal`…).
    pub terms: Vec<String>,
    /// Shape and side terms (`domain:bit.ly`, `<shout>`…), indexed after `terms`.
    pub extras: Vec<String>,
    pub squashed: String,
    /// xxh3 of each term, in `terms` order (bigrams combine them).
    pub(crate) term_hashes: Vec<u64>,
    /// Each feature's value after [`Extraction::weigh`].
    pub values: Vec<f32>,
    term_pool: Vec<String>,
    /// Occurrences per namespace, counted by [`FeatureConfig::extract`].
    counts: [u32; NAMESPACES],
    /// The last text analysed from its string (see [`FeatureConfig::analyse`]).
    pub(crate) analysis: Analysis,
}

impl Extraction {
    /// The value of each feature occurrence (aligned with `features`): its bucket's
    /// IDF, divided by the L2 norm of its namespace's IDF vector, so each namespace
    /// has unit length whatever the text's length.
    pub fn weigh(&mut self, idf: &Idf, uniform: bool) {
        self.values.clear();
        if uniform {
            // Every value in a namespace is the same: 1/√(occurrences), counted while
            // extracting (a float sum here was a serial dependency chain per feature).
            debug_assert_eq!(
                self.counts.iter().sum::<u32>() as usize,
                self.features.len()
            );
            let inverse = self
                .counts
                .map(|n| if n > 0 { 1.0 / (n as f32).sqrt() } else { 0.0 });
            self.values
                .extend(self.features.iter().map(|f| inverse[f.namespace as usize]));
            return;
        }
        let mut norms = [0.0f32; NAMESPACES];
        for f in &self.features {
            let v = idf.get(f.bucket);
            norms[f.namespace as usize] += v * v;
            self.values.push(v);
        }
        let inverse = norms.map(|n| if n > 0.0 { 1.0 / n.sqrt() } else { 0.0 });
        for (v, f) in self.values.iter_mut().zip(&self.features) {
            *v *= inverse[f.namespace as usize];
        }
    }

    /// A readable name for a feature this extraction produced.
    pub fn describe(&self, feature: &Feature) -> String {
        self.describe_origin(feature.namespace, feature.origin)
    }

    /// A readable name for what produced features of `namespace` at `origin`.
    pub fn describe_origin(&self, namespace: Namespace, origin: (u32, u32)) -> String {
        let (a, b) = (origin.0 as usize, origin.1 as usize);
        match namespace {
            Namespace::Word => describe_term(self.term(a)),
            Namespace::Bigram => concat(&["phrase \"", self.term(a), " ", self.term(b), "\""]),
            Namespace::Chars => concat(&["text ~\"", self.squashed.get(a..b).unwrap_or("?"), "\""]),
            Namespace::Shape => describe_term(self.term(a)),
        }
    }

    /// What [`Extraction::describe_origin`] names, without formatting it: two origins
    /// get the same name exactly when their keys are equal (every term has a name of
    /// its own), so signals merge by key and only the ones shown are formatted.
    pub(crate) fn name_key(&self, namespace: Namespace, origin: (u32, u32)) -> NameKey<'_> {
        let (a, b) = (origin.0 as usize, origin.1 as usize);
        match namespace {
            Namespace::Word | Namespace::Shape => NameKey::Term(self.term(a)),
            Namespace::Bigram => NameKey::Phrase(self.term(a), self.term(b)),
            Namespace::Chars => NameKey::Text(self.squashed.get(a..b).unwrap_or("?")),
        }
    }

    fn term(&self, index: usize) -> &str {
        if index < self.terms.len() {
            &self.terms[index]
        } else {
            self.extras
                .get(index - self.terms.len())
                .map_or("?", String::as_str)
        }
    }
}

/// The pieces joined into one string: names are made for every verdict, and
/// `format!` cost more than the rest of naming.
fn concat(pieces: &[&str]) -> String {
    // Room for the " (+1.23)" a signal's weight adds when it is rendered.
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum::<usize>() + 12);
    for piece in pieces {
        out.push_str(piece);
    }
    out
}

/// See [`Extraction::name_key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKey<'a> {
    Term(&'a str),
    Phrase(&'a str, &'a str),
    Text(&'a str),
}

fn describe_term(term: &str) -> String {
    match term {
        "<url>" => "contains a link".into(),
        "<shortener>" => "link through a URL shortener".into(),
        "<phone>" => "phone number".into(),
        "<price>" => "price or money amount".into(),
        "<percent>" => "percentage".into(),
        "<promo>" => "promo code".into(),
        "<email>" => "e-mail address".into(),
        "<mention>" => "@mention".into(),
        "<cashtag>" => "$cashtag".into(),
        "<shout>" => "SHOUTING word".into(),
        "<starts_mention>" => "starts by addressing someone".into(),
        t if t.starts_with("<rep") => {
            format!("repeated punctuation \"{}\"", &t[4..t.len() - 1].repeat(3))
        }
        "<num4>" => "4-digit number".into(),
        t if t.starts_with("<num") => "number".into(),
        t if t.starts_with("domain:") => format!("link to {}", &t[7..]),
        t if t.starts_with("len:") => {
            let class: u32 = t[4..].parse().unwrap_or(0);
            let low = if class == 0 { 0 } else { 1u64 << (class - 1) };
            format!("length {}–{} characters", low, (1u64 << class) - 1)
        }
        "urls:0" => "no links".into(),
        "urls:1" => "one link".into(),
        t if t.starts_with("urls:") => format!(
            "{}{} links",
            &t[5..],
            if t.ends_with('3') { "+" } else { "" }
        ),
        t if t.starts_with("caps:") => {
            let fifth: u32 = t[5..].parse().unwrap_or(0);
            format!("{}–{}% capital letters", fifth * 20, fifth * 20 + 20)
        }
        t if t.starts_with('#') => concat(&["hashtag ", t]),
        t if t.chars().all(|c| c.is_ascii_punctuation()) => format!("punctuation \"{t}\""),
        t if t.chars().all(|c| !c.is_alphanumeric()) => format!("symbol {t}"),
        t => concat(&["word \"", t, "\""]),
    }
}

/// Inverse document frequency of each bucket, learned from the training texts and
/// stored in the model, quantised to one byte (idf = q × scale).
///
/// idf = ln((1 + n) / (1 + df)) + 1, as scikit-learn's smoothed IDF: words every text
/// has count little, rare ones a lot. Buckets never seen get the largest value.
#[derive(Debug, Clone, PartialEq)]
pub struct Idf {
    pub table: Vec<u8>,
    pub scale: f32,
}

impl Idf {
    /// Whether every bucket weighs the same (IDF off): weighing then needs no lookups.
    pub fn is_uniform(&self) -> bool {
        self.table
            .first()
            .is_none_or(|&first| self.table.iter().all(|&q| q == first))
    }
}

impl Idf {
    /// Every bucket weighs the same: plain per-namespace L2 normalisation.
    pub fn uniform(buckets: usize) -> Idf {
        Idf {
            table: vec![1; buckets],
            scale: 1.0,
        }
    }

    /// Fits the IDF on the documents listed in `indices`; each document is its list of
    /// (bucket, namespace) occurrences.
    pub fn fit(documents: &[Vec<(u32, Namespace)>], indices: &[usize], buckets: usize) -> Idf {
        let mut df = vec![0u32; buckets];
        let mut seen: Vec<u32> = Vec::new();
        for &i in indices {
            seen.clear();
            seen.extend(documents[i].iter().map(|&(b, _)| b));
            seen.sort_unstable();
            seen.dedup();
            for &b in &seen {
                df[b as usize] += 1;
            }
        }
        let n = indices.len() as f32;
        let max = ((1.0 + n) / 1.0).ln() + 1.0;
        let scale = max / 255.0;
        let table = df
            .iter()
            .map(|&d| {
                ((((1.0 + n) / (1.0 + d as f32)).ln() + 1.0) / scale)
                    .round()
                    .clamp(1.0, 255.0) as u8
            })
            .collect();
        Idf { table, scale }
    }

    #[inline]
    pub fn get(&self, bucket: u32) -> f32 {
        f32::from(self.table[bucket as usize]) * self.scale
    }
}

impl FeatureConfig {
    /// Number of hash buckets.
    pub fn buckets(&self) -> usize {
        1 << self.bits
    }

    fn mask(&self) -> u64 {
        (1u64 << self.bits) - 1
    }

    fn bucket(&self, namespace: Namespace, bytes: &[u8]) -> u32 {
        (xxh3_64_with_seed(bytes, namespace as u64 + 1) & self.mask()) as u32
    }

    /// Extracts the features of `text` into `out` (cleared first).
    pub fn extract(&self, text: &str, out: &mut Extraction) {
        self.analyse(text, out);
        self.emit_features(out);
    }

    /// [`FeatureConfig::extract`] from a text already analysed.
    pub fn extract_analysed(&self, analysis: &Analysis, out: &mut Extraction) {
        self.analyse_from(analysis, out);
        self.emit_features(out);
    }

    fn emit_features(&self, out: &mut Extraction) {
        out.features.clear();
        out.values.clear();
        out.counts = [0; NAMESPACES];
        out.counts[Namespace::Word as usize] = out.terms.len() as u32;
        for (i, &hash) in out.term_hashes.iter().enumerate() {
            out.features.push(Feature {
                bucket: (hash & self.mask()) as u32,
                namespace: Namespace::Word,
                origin: (i as u32, 0),
            });
        }
        let first_extra = out.terms.len();
        for (i, term) in out.extras.iter().enumerate() {
            let ns = extra_namespace(term);
            out.counts[ns as usize] += 1;
            out.features.push(Feature {
                bucket: self.bucket(ns, term.as_bytes()),
                namespace: ns,
                origin: ((first_extra + i) as u32, 0),
            });
        }
        if self.word_ngrams >= 2 {
            out.counts[Namespace::Bigram as usize] = out.terms.len().saturating_sub(1) as u32;
            for i in 1..out.terms.len() {
                out.features.push(Feature {
                    bucket: self.bigram_bucket(out.term_hashes[i - 1], out.term_hashes[i]),
                    namespace: Namespace::Bigram,
                    origin: ((i - 1) as u32, i as u32),
                });
            }
        }
        let before_chars = out.features.len();
        let Extraction {
            squashed, features, ..
        } = out;
        for (start, word) in squashed_words(squashed) {
            let origin = (start as u32, (start + word.len()) as u32);
            self.char_ngrams_of(word, |bucket| {
                features.push(Feature {
                    bucket,
                    namespace: Namespace::Chars,
                    origin,
                })
            });
        }
        out.counts[Namespace::Chars as usize] = (out.features.len() - before_chars) as u32;
    }

    /// The text analysis features are made from, into `out`: normalised and tokenised
    /// once, then its word terms (with their hashes), shape terms and squashed form.
    /// Leaves `out.features` untouched.
    pub(crate) fn analyse(&self, text: &str, out: &mut Extraction) {
        let mut analysis = std::mem::take(&mut out.analysis);
        analysis.analyse(text);
        self.analyse_from(&analysis, out);
        out.analysis = analysis;
    }

    /// [`FeatureConfig::analyse`] from a text already analysed.
    pub(crate) fn analyse_from(&self, analysis: &Analysis, out: &mut Extraction) {
        out.term_pool.append(&mut out.terms);
        out.term_pool.append(&mut out.extras);
        self.word_terms(analysis, out);
        self.shape_terms(analysis.normal(), analysis.token_iter(), out);
        out.term_hashes.clear();
        out.term_hashes.extend(
            out.terms
                .iter()
                .map(|term| xxh3_64_with_seed(term.as_bytes(), Namespace::Word as u64 + 1)),
        );
        out.squashed.clear();
        if self.char_max > 0 {
            out.squashed.push_str(analysis.squashed());
        }
    }

    /// The bucket of a word term from its hash.
    #[inline]
    pub(crate) fn term_bucket(&self, hash: u64) -> u32 {
        (hash & self.mask()) as u32
    }

    /// The bucket of an extra (shape or side) term.
    #[inline]
    pub(crate) fn extra_bucket(&self, term: &str) -> (Namespace, u32) {
        let ns = extra_namespace(term);
        (ns, self.bucket(ns, term.as_bytes()))
    }

    /// The bucket of the ordered pair of terms with these hashes.
    #[inline]
    pub(crate) fn bigram_bucket(&self, first: u64, second: u64) -> u32 {
        // Ordered pair of term hashes, mixed: no string concatenation per bigram.
        let pair = first.rotate_left(23) ^ second.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mix64(pair ^ BIGRAM_SEED) & self.mask()) as u32
    }

    fn take_string(pool: &mut Vec<String>) -> String {
        let mut s = pool.pop().unwrap_or_default();
        s.clear();
        s
    }

    /// The word terms: ASCII words and hashtags copied from the analysis's lowercase
    /// text, already lowercased there once for every reader.
    fn word_terms(&self, analysis: &Analysis, out: &mut Extraction) {
        for (token, lower) in analysis.token_iter_lower() {
            let mut term = Self::take_string(&mut out.term_pool);
            match token.kind {
                TokenKind::Word | TokenKind::Hashtag if let Some(lower) = lower => {
                    term.push_str(lower);
                }
                TokenKind::Word => {
                    for c in token.text.chars() {
                        if c.is_ascii() {
                            term.push(c.to_ascii_lowercase());
                        } else {
                            term.extend(c.to_lowercase());
                        }
                    }
                }
                TokenKind::Hashtag => term.push_str(&token.text.to_lowercase()),
                TokenKind::Emoji => term.push_str(token.text),
                TokenKind::Punct => term.push_str(token.text),
                TokenKind::RepeatedPunct => {
                    term.push_str("<rep");
                    term.extend(token.text.chars().next());
                    term.push('>');
                }
                TokenKind::Number => {
                    term.push_str(if token.text.len() == 4 {
                        "<num4>"
                    } else {
                        "<num>"
                    });
                }
                TokenKind::Url => term.push_str("<url>"),
                TokenKind::Email => term.push_str("<email>"),
                TokenKind::Mention => term.push_str("<mention>"),
                TokenKind::Cashtag => term.push_str("<cashtag>"),
                TokenKind::Phone => term.push_str("<phone>"),
                TokenKind::Price => term.push_str("<price>"),
                TokenKind::Percent => term.push_str("<percent>"),
                TokenKind::PromoCode => term.push_str("<promo>"),
            }
            out.terms.push(term);
        }
    }

    fn shape_terms<'a>(
        &self,
        normal: &str,
        tokens: impl Iterator<Item = Token<'a>>,
        out: &mut Extraction,
    ) {
        let push = |out: &mut Extraction, text: std::fmt::Arguments<'_>| {
            use std::fmt::Write;
            let mut term = Self::take_string(&mut out.term_pool);
            let _ = term.write_fmt(text);
            out.extras.push(term);
        };
        let mut urls = 0;
        let mut letters = 0usize;
        let mut capitals = 0usize;
        let mut starts_mention = None;
        for token in tokens {
            starts_mention.get_or_insert(token.kind == TokenKind::Mention);
            match token.kind {
                TokenKind::Url => {
                    urls += 1;
                    if let Some(domain) = url_domain(token.text) {
                        push(out, format_args!("domain:{}", domain.to_ascii_lowercase()));
                        if is_shortener(domain) {
                            push(out, format_args!("<shortener>"));
                        }
                    }
                }
                TokenKind::Word if token.text.is_ascii() => {
                    let word = token.text.as_bytes();
                    let upper = word.iter().filter(|b| b.is_ascii_uppercase()).count();
                    let alphabetic = word.iter().filter(|b| b.is_ascii_alphabetic()).count();
                    // is_shouting for ASCII: three or more letters, none lowercase.
                    if upper >= 3 && upper == alphabetic {
                        push(out, format_args!("<shout>"));
                    }
                    letters += alphabetic;
                    capitals += upper;
                }
                TokenKind::Word => {
                    if is_shouting(token.text) {
                        push(out, format_args!("<shout>"));
                    }
                    for c in token.text.chars() {
                        letters += usize::from(c.is_alphabetic());
                        capitals += usize::from(c.is_uppercase());
                    }
                }
                _ => {}
            }
        }
        if starts_mention == Some(true) {
            push(out, format_args!("<starts_mention>"));
        }
        if self.length_terms {
            let length_class = usize::BITS - normal.len().leading_zeros();
            push(out, format_args!("len:{length_class}"));
        }
        if self.shape_terms {
            push(out, format_args!("urls:{}", urls.min(3)));
            if letters >= 8 {
                push(out, format_args!("caps:{}", capitals * 5 / letters));
            }
        }
    }

    /// Calls `each` with the bucket of every character n-gram of one squashed word,
    /// padded with a space on each side so prefixes and suffixes are features of their
    /// own (" fre", "ee ").
    ///
    /// The n-grams starting at one position share their prefix, so they are hashed
    /// incrementally (FNV-1a, one multiply a byte, then a final mix): about 4× fewer
    /// instructions than one xxh3 call per n-gram, measured with the `predict` bench.
    #[inline]
    pub(crate) fn char_ngrams_of(&self, word: &[u8], mut each: impl FnMut(u32)) {
        let (min, max) = (self.char_min as usize, self.char_max as usize);
        if max == 0 {
            return;
        }
        let mask = self.mask();
        if word.is_ascii() && word.len() + 2 <= ASCII_WORD_MAX {
            // The common case: every byte starts a character, and the padded word is
            // copied once so the inner loop has no edge tests. Same hashes.
            let padded_len = word.len() + 2;
            let mut padded = [b' '; ASCII_WORD_MAX];
            padded[1..=word.len()].copy_from_slice(word);
            let padded = &padded[..padded_len];
            for start in 0..padded_len {
                let mut hash = FNV_OFFSET;
                for (n, &b) in padded[start..(start + max).min(padded_len)]
                    .iter()
                    .enumerate()
                {
                    hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                    if n + 1 >= min {
                        each((mix64(hash ^ CHARS_SEED) & mask) as u32);
                    }
                }
            }
            return;
        }
        // The padded word " word " without copying it: position 0 and len+1 are spaces.
        let padded_len = word.len() + 2;
        let byte_at = |i: usize| {
            if i == 0 || i == padded_len - 1 {
                b' '
            } else {
                word[i - 1]
            }
        };
        for start in 0..padded_len {
            // Only start n-grams on character boundaries (UTF-8 continuation bytes are 10xxxxxx).
            if byte_at(start) & 0xC0 == 0x80 {
                continue;
            }
            let mut hash = FNV_OFFSET;
            for end in start + 1..=(start + max).min(padded_len) {
                hash = (hash ^ u64::from(byte_at(end - 1))).wrapping_mul(FNV_PRIME);
                let n = end - start;
                if n < min || (end < padded_len && byte_at(end) & 0xC0 == 0x80) {
                    continue;
                }
                each((mix64(hash ^ CHARS_SEED) & mask) as u32);
            }
        }
    }
}

/// The namespace of an extra term: link domains count as words, the rest as shape.
fn extra_namespace(term: &str) -> Namespace {
    if term.starts_with("domain:") || term == "<shortener>" {
        Namespace::Word
    } else {
        Namespace::Shape
    }
}

/// The words of a squashed text with their byte offsets.
pub(crate) fn squashed_words(squashed: &str) -> impl Iterator<Item = (usize, &[u8])> {
    let bytes = squashed.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |p| start + p);
        let word = (start, &bytes[start..end]);
        start = end + 1;
        Some(word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(text: &str) -> Extraction {
        let mut out = Extraction::default();
        FeatureConfig::default().extract(text, &mut out);
        out
    }

    #[test]
    fn terms_know_social_tokens() {
        let out = extract("FREE iPhone!!! call 09061701461 or bit.ly/x");
        assert_eq!(
            out.terms,
            ["free", "iphone", "<rep!>", "call", "<phone>", "or", "<url>"]
        );
        assert!(out.extras.contains(&"domain:bit.ly".to_string()));
        assert!(out.extras.contains(&"<shortener>".to_string()));
        assert!(out.extras.contains(&"<shout>".to_string()));
    }

    #[test]
    fn obfuscated_words_share_char_ngrams() {
        let a = extract("fr33 m0ney");
        let b = extract("free money");
        let chars = |e: &Extraction| {
            let mut v: Vec<u32> = e
                .features
                .iter()
                .filter(|f| f.namespace == Namespace::Chars)
                .map(|f| f.bucket)
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(chars(&a), chars(&b));
    }

    #[test]
    fn every_feature_can_be_described() {
        let out = extract("Check out my chann3l https://youtu.be/x ### ÉTÉ 😀 $5 30% SAVE20");
        for f in &out.features {
            assert!(!out.describe(f).is_empty());
        }
        assert!(out.features.iter().all(|f| f.bucket < 1 << 20));
    }

    #[test]
    fn extraction_is_deterministic_and_reusable() {
        let mut reused = Extraction::default();
        let config = FeatureConfig::default();
        config.extract("some long text about whatever it is", &mut reused);
        config.extract("hello there", &mut reused);
        assert_eq!(reused.features, extract("hello there").features);
    }

    #[test]
    fn length_and_shape_terms_are_off_by_default_and_can_be_turned_on() {
        let text = "a reply of some length, with no LINKS at all";
        let shape =
            |t: &String| t.starts_with("len:") || t.starts_with("urls:") || t.starts_with("caps:");
        assert!(!extract(text).extras.iter().any(shape));
        let mut out = Extraction::default();
        let config = FeatureConfig {
            length_terms: true,
            shape_terms: true,
            ..FeatureConfig::default()
        };
        config.extract(text, &mut out);
        assert!(
            out.extras.contains(&"len:6".to_string()),
            "{:?}",
            out.extras
        );
        assert!(out.extras.contains(&"urls:0".to_string()));
        assert!(out.extras.iter().any(|t| t.starts_with("caps:")));
    }

    #[test]
    fn settings_saved_before_length_terms_existed_keep_them() {
        let old = r#"{"bits":20,"word_ngrams":2,"char_min":3,"char_max":6,"idf":false}"#;
        let config: FeatureConfig = serde_json::from_str(old).expect("old header");
        assert!(config.length_terms);
        assert!(config.shape_terms);
    }
}
