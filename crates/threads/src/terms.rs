//! Content terms of a post, as relevance and account analysis see them.
//!
//! Built on `discern_text` (normalise, tokenise): this module only decides which tokens
//! carry meaning and how they are folded.
//!
//! - words are lowercased and lightly stemmed ([`light_stem`]); stopwords and one-letter
//!   words are dropped;
//! - hashtags count as words, and camel-case tags are also split (`#SocialMedia` gives
//!   `socialmedia`, `social` and `media`) so they meet the words of the thread;
//! - a URL becomes its lowercased domain (`example.com`), in a namespace of its own;
//! - cashtags and promo codes are words; mentions, emails, numbers, prices, phones,
//!   emoji and punctuation are dropped (they name people or amounts, not topics).
//!
//! A term is identified by a 64-bit xxh3 hash whose lowest bit says whether the term is
//! *generic* (praise, thanks, filler: "great", "read", "thank"): generic words are what
//! link droppers and bots write under any post, so relevance gives them little weight.

use discern_text::{Analysis, Token, TokenKind, normalize, tokenize_into, url_domain};
use std::sync::OnceLock;

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// A hashed content term; the lowest bit is the generic flag.
pub type TermId = u64;

const WORD_SEED: u64 = 0x5eed_0001;
const DOMAIN_SEED: u64 = 0x5eed_0002;

/// Whether a term is a generic word (see the module docs).
pub fn is_generic_term(term: TermId) -> bool {
    term & 1 == 1
}

/// The id of a (lowercased, stemmed) word.
pub fn word_term(stemmed: &str) -> TermId {
    term_from_hash(word_hash(stemmed))
}

/// The seeded xxh3 of a lowercased word: stopword lookups, generic lookups and term ids
/// all use this one hash, so a word that stemming leaves alone is hashed once.
fn word_hash(word: &str) -> u64 {
    xxh3_64_with_seed(word.as_bytes(), WORD_SEED)
}

fn term_from_hash(hash: u64) -> TermId {
    (hash & !1) | u64::from(generic_words().contains(hash))
}

/// The id of a (lowercased) link domain.
pub fn domain_term(domain: &str) -> TermId {
    xxh3_64_with_seed(domain.as_bytes(), DOMAIN_SEED) & !1
}

/// What a term is, for callers that need its text (trigger words, reasons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Word,
    Domain,
}

/// Short texts with 64-bit ids in two flat buffers: a list of words or domains costs no
/// allocation per entry, and none at all once the buffers have grown.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextList {
    ids: Vec<u64>,
    ends: Vec<usize>,
    text: String,
}

impl TextList {
    pub(crate) fn clear(&mut self) {
        self.ids.clear();
        self.ends.clear();
        self.text.clear();
    }

    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub(crate) fn ids(&self) -> &[u64] {
        &self.ids
    }

    pub(crate) fn contains(&self, id: u64) -> bool {
        self.ids.contains(&id)
    }

    pub(crate) fn push(&mut self, id: u64, text: &str) {
        self.ids.push(id);
        self.text.push_str(text);
        self.ends.push(self.text.len());
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, &str)> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        self.ids
            .iter()
            .zip(starts.zip(self.ends.iter().copied()))
            .map(|(&id, (start, end))| (id, self.text.get(start..end).unwrap_or_default()))
    }

    pub(crate) fn copy_from(&mut self, other: &TextList) {
        self.ids.clone_from(&other.ids);
        self.ends.clone_from(&other.ends);
        self.text.clone_from(&other.text);
    }
}

/// The content terms of one text in order, repeats kept, with their texts: extracted
/// once per post and read by every analysis of it (the relevance index and the account
/// tracker), as `Analysis` is for tokens. Reuse one: buffers are kept between posts.
#[derive(Debug, Default, Clone)]
pub struct PostTerms {
    terms: TextList,
    kinds: Vec<TermKind>,
}

impl PostTerms {
    /// Replaces the terms with those of an analysed text.
    pub fn extract(&mut self, extractor: &mut TermExtractor, analysis: &Analysis) {
        self.terms.clear();
        self.kinds.clear();
        extractor.for_each_analysed_term(analysis, |text, kind, id| {
            self.terms.push(id, text);
            self.kinds.push(kind);
        });
    }

    /// The term ids, in text order.
    pub fn ids(&self) -> &[TermId] {
        self.terms.ids()
    }

    /// `(text, kind, id)` of every term, in text order: what
    /// [`TermExtractor::for_each_term`] calls back with.
    pub fn iter(&self) -> impl Iterator<Item = (&str, TermKind, TermId)> {
        self.terms
            .iter()
            .zip(&self.kinds)
            .map(|((id, text), &kind)| (text, kind, id))
    }
}

/// Reusable term extractor: keeps its buffers between posts so the hot loop does not
/// allocate per post.
#[derive(Debug, Default)]
pub struct TermExtractor {
    // Tokens borrow the text, so the buffer is stored empty with a `'static` lifetime and
    // re-typed per call; an empty Vec re-collected in place keeps its allocation.
    tokens: Vec<Token<'static>>,
    word: String,
    split: String,
}

impl TermExtractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Calls `each(term_text, kind, id)` for every content term of `text`, in order.
    pub fn for_each_term(&mut self, text: &str, mut each: impl FnMut(&str, TermKind, TermId)) {
        let normal = normalize(text);
        let mut tokens: Vec<Token<'_>> = std::mem::take(&mut self.tokens)
            .into_iter()
            .map(|_| unreachable_token())
            .collect();
        tokenize_into(&normal, &mut tokens);
        self.for_each_token_term(&tokens, &mut each);
        tokens.clear();
        self.tokens = tokens.into_iter().map(|_| unreachable_token()).collect();
    }

    /// Like [`Self::for_each_term`] over tokens the caller already has (from
    /// `discern_text::tokenize` of normalised text), so a text is tokenised once.
    pub fn for_each_token_term(
        &mut self,
        tokens: &[Token<'_>],
        mut each: impl FnMut(&str, TermKind, TermId),
    ) {
        for token in tokens {
            match token.kind {
                TokenKind::Word | TokenKind::PromoCode => {
                    self.emit_word(token.text, &mut each);
                }
                TokenKind::Cashtag => self.emit_word(&token.text[1..], &mut each),
                TokenKind::Hashtag => {
                    let tag = &token.text[1..];
                    self.emit_word(tag, &mut each);
                    self.emit_camel_parts(tag, &mut each);
                }
                TokenKind::Url => {
                    if let Some(domain) = url_domain(token.text) {
                        self.word.clear();
                        self.word.push_str(domain);
                        self.word.make_ascii_lowercase();
                        each(&self.word, TermKind::Domain, domain_term(&self.word));
                    }
                }
                _ => {}
            }
        }
    }

    /// Like [`Self::for_each_term`] over a text already analysed. ASCII words are read
    /// from the analysis's lowercase text in place, not copied and lowercased again.
    pub fn for_each_analysed_term(
        &mut self,
        analysis: &Analysis,
        mut each: impl FnMut(&str, TermKind, TermId),
    ) {
        for (token, lower) in analysis.token_iter_lower() {
            match (token.kind, lower) {
                (TokenKind::Word | TokenKind::PromoCode, Some(lower)) => {
                    emit_lowercase(lower, &mut each);
                }
                (TokenKind::Cashtag, Some(lower)) => emit_lowercase(&lower[1..], &mut each),
                (TokenKind::Hashtag, Some(lower)) => {
                    emit_lowercase(&lower[1..], &mut each);
                    self.emit_camel_parts(&token.text[1..], &mut each);
                }
                _ => self.for_each_token_term(std::slice::from_ref(&token), &mut each),
            }
        }
    }

    /// The term ids of `text` into `out` (cleared first), in text order, repeats kept.
    pub fn terms_into(&mut self, text: &str, out: &mut Vec<TermId>) {
        out.clear();
        self.for_each_term(text, |_, _, id| out.push(id));
    }

    fn emit_word(&mut self, raw: &str, each: &mut impl FnMut(&str, TermKind, TermId)) {
        self.word.clear();
        if raw.is_ascii() {
            // The common case: one copy and an in-place lowercase.
            self.word.push_str(raw);
            self.word.make_ascii_lowercase();
        } else {
            for c in raw.chars() {
                if c.is_ascii() {
                    self.word.push(c.to_ascii_lowercase());
                } else if c == '’' {
                    self.word.push('\'');
                } else {
                    self.word.extend(c.to_lowercase());
                }
            }
        }
        emit_lowercase(&self.word, each);
    }

    /// `SocialMedia` → `social`, `media` (only when the tag has inner capitals).
    fn emit_camel_parts(&mut self, tag: &str, each: &mut impl FnMut(&str, TermKind, TermId)) {
        let mut boundaries = 0;
        let mut previous_lower = false;
        for c in tag.chars() {
            if c.is_uppercase() && previous_lower {
                boundaries += 1;
            }
            previous_lower = c.is_lowercase();
        }
        if boundaries == 0 {
            return;
        }
        let mut split = std::mem::take(&mut self.split);
        split.clear();
        let mut previous_lower = false;
        for c in tag.chars() {
            if c.is_uppercase() && previous_lower {
                split.push(' ');
            }
            previous_lower = c.is_lowercase();
            split.push(if c == '_' { ' ' } else { c });
        }
        for part in split.split(' ') {
            if !part.is_empty() {
                self.emit_word(part, each);
            }
        }
        self.split = split;
    }
}

/// [`TermExtractor::emit_word`] for a word already lowercased (and with its curled
/// apostrophes straightened).
fn emit_lowercase(word: &str, each: &mut impl FnMut(&str, TermKind, TermId)) {
    // "don't" and "it's" are stopwords; "brand's" is "brand".
    let word = word.strip_suffix("'s").unwrap_or(word);
    let short = if word.is_ascii() {
        word.len() < 2
    } else {
        word.chars().count() < 2
    };
    if short {
        return;
    }
    let stop = stopwords();
    let whole = word_hash(word);
    if stop.contains(whole) {
        return;
    }
    let stem = light_stem(word);
    if stem.is_empty() {
        return;
    }
    let hash = if stem.len() == word.len() {
        whole
    } else {
        let hash = word_hash(stem);
        if stop.contains(hash) {
            return;
        }
        hash
    };
    each(stem, TermKind::Word, term_from_hash(hash));
}

fn unreachable_token() -> Token<'static> {
    // Only ever mapped over empty vectors: the buffer is cleared before it is stored.
    Token {
        kind: TokenKind::Punct,
        text: "",
        start: 0,
    }
}

/// A tiny suffix stripper, good enough to meet "replies"/"reply" and "marketing"/"market".
/// It only needs to be consistent, not linguistically right.
pub fn light_stem(word: &str) -> &str {
    let stem = strip_suffix(word);
    // "love"/"loved", "write"/"writes": a final e is dropped after the suffix.
    match stem.strip_suffix('e') {
        Some(shorter) if shorter.len() >= 3 && stem.is_ascii() => shorter,
        _ => stem,
    }
}

fn strip_suffix(word: &str) -> &str {
    let n = word.len();
    if !word.is_ascii() || n <= 3 {
        return word;
    }
    if n > 4 && word.ends_with("ies") {
        // "replies" → "repl" (and "reply" → "repl" below), so both meet.
        return &word[..n - 3];
    }
    if word.ends_with("sses") {
        return &word[..n - 2];
    }
    if n >= 6 && word.ends_with("ing") {
        return &word[..n - 3];
    }
    if n >= 5 && word.ends_with("ed") && !word.ends_with("eed") {
        return &word[..n - 2];
    }
    if n >= 6 && word.ends_with("ly") {
        return &word[..n - 2];
    }
    if word.ends_with('y') {
        return &word[..n - 1];
    }
    if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        return &word[..n - 1];
    }
    word
}

/// English function words: they say nothing about what a post is about.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "he'd",
    "he'll",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "it'll",
    "its",
    "itself",
    "just",
    "let",
    "let's",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "she'd",
    "she'll",
    "should",
    "shouldn't",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "they'd",
    "they'll",
    "they're",
    "they've",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "was",
    "wasn't",
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
    "were",
    "weren't",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "won't",
    "would",
    "wouldn't",
    "yet",
    "you",
    "you'd",
    "you'll",
    "you're",
    "you've",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "rt",
    "via",
    "amp",
    "http",
    "https",
    "www",
    "com",
];

/// A set of word hashes: open addressing over a power-of-two table, probed linearly.
/// Replaces binary searches over the word lists, whose string comparisons were the
/// largest cost of term extraction.
#[derive(Debug)]
struct HashSet64 {
    slots: Box<[u64]>,
    mask: usize,
}

impl HashSet64 {
    fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let hashes: Vec<u64> = words.into_iter().map(word_hash).collect();
        // At most a quarter full: probes stay short.
        let size = (hashes.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![0u64; size].into_boxed_slice();
        let mask = size - 1;
        for h in hashes {
            let h = h.max(1); // 0 marks an empty slot
            let mut i = Self::start(h, mask);
            while slots[i] != 0 && slots[i] != h {
                i = (i + 1) & mask;
            }
            slots[i] = h;
        }
        HashSet64 { slots, mask }
    }

    fn start(h: u64, mask: usize) -> usize {
        (h >> 40) as usize & mask
    }

    fn contains(&self, h: u64) -> bool {
        let h = h.max(1);
        let mut i = Self::start(h, self.mask);
        loop {
            match self.slots.get(i) {
                Some(&slot) if slot == h => return true,
                Some(&0) | None => return false,
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

fn stopwords() -> &'static HashSet64 {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| HashSet64::new(STOPWORDS.iter().copied()))
}

/// Stems of the generic words, by hash.
fn generic_words() -> &'static HashSet64 {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| HashSet64::new(GENERIC_WORDS.iter().map(|w| light_stem(w))))
}

#[cfg(test)]
fn is_stopword(word: &str) -> bool {
    stopwords().contains(word_hash(word))
}

/// Words anyone can write under any post: praise, thanks, greetings, filler and the
/// vocabulary of self-promotion ("check my channel"). Compared after stemming, so the
/// stems are computed once from these surface forms.
const GENERIC_WORDS: &[&str] = &[
    "admin",
    "agree",
    "amazing",
    "appreciate",
    "article",
    "awesome",
    "beautiful",
    "best",
    "blog",
    "bro",
    "channel",
    "check",
    "content",
    "cool",
    "dear",
    "effort",
    "excellent",
    "fantastic",
    "follow",
    "forward",
    "glad",
    "good",
    "great",
    "guys",
    "happy",
    "hello",
    "help",
    "helpful",
    "hey",
    "hi",
    "info",
    "information",
    "informative",
    "insight",
    "insightful",
    "interesting",
    "job",
    "keep",
    "know",
    "learned",
    "like",
    "link",
    "lol",
    "looking",
    "lot",
    "love",
    "man",
    "much",
    "nice",
    "ok",
    "okay",
    "page",
    "perfect",
    "piece",
    "please",
    "point",
    "post",
    "posts",
    "read",
    "reader",
    "readers",
    "really",
    "share",
    "sharing",
    "sir",
    "site",
    "stuff",
    "subscribe",
    "super",
    "thank",
    "thanks",
    "thx",
    "tips",
    "topic",
    "totally",
    "tx",
    "ty",
    "useful",
    "very",
    "video",
    "view",
    "visit",
    "watch",
    "website",
    "well",
    "wonderful",
    "work",
    "wow",
    "write",
    "writing",
    "written",
    "yeah",
    "yes",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_terms_are_what_the_extractor_calls_back_with() {
        let mut extractor = TermExtractor::new();
        let mut terms = PostTerms::default();
        for text in [
            "Loving the #SocialMedia tips, see https://Example.com/x and $TSLA",
            "Ünïcode café, great read",
            "",
        ] {
            let analysis = Analysis::new(text);
            let mut expected = Vec::new();
            extractor.for_each_term(text, |t, kind, id| expected.push((t.to_string(), kind, id)));
            terms.extract(&mut extractor, &analysis);
            let got: Vec<_> = terms
                .iter()
                .map(|(t, k, id)| (t.to_string(), k, id))
                .collect();
            assert_eq!(got, expected, "{text}");
            let ids: Vec<TermId> = expected.iter().map(|e| e.2).collect();
            assert_eq!(terms.ids(), ids.as_slice());
        }
    }

    fn terms(text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        TermExtractor::new().for_each_term(text, |t, _, id| {
            out.push((t.to_string(), is_generic_term(id)))
        });
        out
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(is_stopword("the") && is_stopword("yourselves") && !is_stopword("kettle"));
    }

    #[test]
    fn generic_words_are_flagged_after_stemming() {
        for word in [
            "great",
            "thanks",
            "thank",
            "posts",
            "reading",
            "loved",
            "amazing",
            "subscribe",
            "videos",
            "articles",
            "helpful",
            "really",
            "very",
        ] {
            let t = terms(word);
            assert_eq!(t.len(), 1, "{word}: {t:?}");
            assert!(t[0].1, "{word} should be generic: {t:?}");
        }
        assert!(!terms("simhash")[0].1);
    }

    #[test]
    fn content_terms() {
        let t: Vec<String> =
            terms("Great read, tx! Replies to #SocialMedia at https://www.Shop.com/x @bob 2011")
                .into_iter()
                .map(|(t, _)| t)
                .collect();
        assert_eq!(
            t,
            [
                "great",
                "read",
                "tx",
                "repl",
                "socialmedia",
                "social",
                "media",
                "shop.com"
            ]
        );
    }

    #[test]
    fn stems_meet() {
        assert_eq!(light_stem("replies"), light_stem("reply"));
        assert_eq!(light_stem("markets"), light_stem("market"));
        assert_eq!(light_stem("posted"), light_stem("posts"));
        assert_eq!(light_stem("é"), "é");
    }

    #[test]
    fn buffers_are_reused_without_leaking_state() {
        let mut ex = TermExtractor::new();
        let mut a = Vec::new();
        ex.terms_into("first text about shingles", &mut a);
        let mut b = Vec::new();
        ex.terms_into("shingles", &mut b);
        assert_eq!(b.len(), 1);
        assert_eq!(a.last(), b.last());
    }
}
