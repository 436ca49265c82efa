//! Reuse of the author's own texts: exact duplicates, near-duplicates (SimHash) and
//! templates (the same words with other names, links or numbers), in the author's feed and
//! across the messages it addresses to others.

use discern_text::{Token, TokenKind};
use xxhash_rust::xxh3::xxh3_64;

use super::{AccountConfig, AccountState};

/// 64-bit SimHash over word 3-shingles (single words for texts under three words) of a
/// squashed text.
pub fn simhash(squashed: &str) -> u64 {
    let hashes: Vec<u64> = word_hashes(squashed).collect();
    simhash_words(&hashes)
}

/// The xxh3 of each word of a squashed text, in order. Split as bytes: `str::split`
/// cost ~2,000 instructions a post on the tracker's hot path.
pub(super) fn word_hashes(squashed: &str) -> impl Iterator<Item = u64> + '_ {
    squashed
        .as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .map(xxh3_64)
}

/// SimHash from the words' xxh3 hashes. A shingle's hash combines its three word hashes
/// (rotated so word order matters, then multiplied to spread the bits) instead of
/// hashing the shingle's text again.
pub(super) fn simhash_words(words: &[u64]) -> u64 {
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
pub(super) fn template_hash<'a>(
    tokens: impl IntoIterator<Item = Token<'a>>,
    buffer: &mut Vec<u8>,
) -> u64 {
    // Built in a buffer and hashed once: streaming xxh3 per character costs more than
    // the copy. ASCII tokens are copied as they are and the whole buffer is mapped by
    // `template_byte` at the end, one loop the compiler vectorises (a mapped extend per
    // token went byte by byte, ~7 instructions a byte). The map changes nothing else
    // the buffer holds: the markers, bytes of non-ASCII characters, and lowercase
    // letters (all a non-ASCII character lowercases to that is ASCII) stay as they are.
    buffer.clear();
    for token in tokens {
        match token.kind {
            TokenKind::Url | TokenKind::Mention | TokenKind::Email | TokenKind::PromoCode => {}
            TokenKind::Number | TokenKind::Price | TokenKind::Percent | TokenKind::Phone => {
                buffer.extend_from_slice(b"#\0");
            }
            _ if token.text.is_ascii() => {
                buffer.extend_from_slice(token.text.as_bytes());
                buffer.push(0);
            }
            _ => {
                for c in token.text.chars() {
                    if c.is_ascii() {
                        buffer.push(c as u8);
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
    for b in buffer.iter_mut() {
        *b = template_byte(*b);
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
pub(super) fn near_duplicate(ring: &[u64], fingerprint: u64, bits: u32) -> bool {
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

/// The templates of the messages an author addresses to others (replies to other authors,
/// posts that mention someone), with how often each came back: a space-saving sketch of at
/// most `reply_templates` entries. Five templates in rotation stay five entries, each
/// matched again and again; a person's replies mostly start entries of their own and
/// evict each other. Matching is loose (same template hash, or SimHash within twice the
/// near-duplicate distance) so a template with a name or an emoji swapped still matches.
#[derive(Debug, Clone, Default)]
pub(super) struct TemplateSketch {
    entries: Vec<TemplateEntry>,
}

#[derive(Debug, Clone, Copy)]
struct TemplateEntry {
    fingerprint: u64,
    template: u32,
    count: u32,
}

impl TemplateSketch {
    /// Records one addressed message; true when it reuses a template seen before.
    pub(super) fn observe(
        &mut self,
        fingerprint: u64,
        template: u64,
        words: usize,
        config: &AccountConfig,
    ) -> bool {
        // Under three words ("thanks!", "lol") every reply looks alike: not a template.
        if words < 3 {
            return false;
        }
        let template = template as u32;
        let loose = config.near_duplicate_bits.saturating_mul(2);
        // Long texts only match on SimHash: short ones collide too easily.
        let near = |e: &TemplateEntry| {
            e.template == template
                || (words >= 5 && (e.fingerprint ^ fingerprint).count_ones() <= loose)
        };
        if let Some(entry) = self.entries.iter_mut().find(|e| near(e)) {
            entry.count += 1;
            return true;
        }
        let fresh = TemplateEntry {
            fingerprint,
            template,
            count: 1,
        };
        if self.entries.len() < config.reply_templates.max(1) {
            self.entries.push(fresh);
        } else if let Some(weakest) = self.entries.iter_mut().min_by_key(|e| e.count) {
            // Space-saving: the newcomer inherits the evicted count, so a template that
            // keeps coming back climbs over one-off replies.
            *weakest = TemplateEntry {
                count: weakest.count + 1,
                ..fresh
            };
        }
        false
    }

    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Distinct templates seen at least `min` times (a lower bound after evictions).
    pub(super) fn recurring(&self, min: u32) -> usize {
        self.entries.iter().filter(|e| e.count >= min).count()
    }
}

impl AccountState {
    pub(super) fn observe_text(
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use discern_text::Analysis;

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

    fn hash(text: &str) -> u64 {
        let analysis = Analysis::new(text);
        template_hash(analysis.token_iter(), &mut Vec::new())
    }

    /// The template hash as it was built before the buffer was mapped at the end: each
    /// ASCII byte mapped as it was copied.
    fn hash_byte_by_byte(text: &str) -> u64 {
        let analysis = Analysis::new(text);
        let mut buffer = Vec::new();
        for token in analysis.tokens() {
            match token.kind {
                TokenKind::Url | TokenKind::Mention | TokenKind::Email | TokenKind::PromoCode => {}
                TokenKind::Number | TokenKind::Price | TokenKind::Percent | TokenKind::Phone => {
                    buffer.extend_from_slice(b"#\0");
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
        xxh3_64(&buffer)
    }

    #[test]
    fn mapping_the_buffer_at_the_end_is_mapping_each_byte() {
        for text in [
            "Great READ, visit example.com for 3x more @Bob #Tag2024",
            "ÉTÉ Café 2024 x12 ABCdef",
            // Non-ASCII capitals whose lowercase is ASCII (Kelvin sign) or starts so
            // (dotted capital I), beside ASCII capitals and digits in one word.
            "\u{212A}ELVIN İSTANBUL Ω9 mixedÜBER7Word",
            "CODE SAVE20 $5 30% +1 (800) 555-1234 😀 !!! ...",
            "",
        ] {
            assert_eq!(hash(text), hash_byte_by_byte(text), "{text}");
        }
    }

    #[test]
    fn templates_ignore_case_numbers_and_links() {
        assert_eq!(
            hash("Great READ, visit example.com for 3x more"),
            hash("great read, visit other.org for 5x more")
        );
        assert_eq!(hash("ÉTÉ Café 2024"), hash("été café 1999"));
        assert_ne!(hash("great read"), hash("great post"));
    }

    /// Five templates in rotation are caught from their second round on, while twenty
    /// different sentences are never taken for templates.
    #[test]
    fn rotating_templates_are_caught_and_varied_replies_are_not() {
        let config = AccountConfig::default();
        let templates = [
            "@{} sounds like you need our cordless model, see shop.example/v",
            "Hey @{} we fixed that exact problem for thousands, shop.example/v",
            "@{} have you tried a bagless one? 20% off today at shop.example/v",
            "Sorry to hear @{}! Our support team recommends shop.example/v",
            "@{} our best seller never loses suction, shop.example/v",
        ];
        let mut sketch = TemplateSketch::default();
        let mut reused = 0;
        for i in 0..50 {
            let text = templates[i % 5].replace("{}", &format!("person{i}"));
            let analysis = Analysis::new(&text);
            let words: Vec<u64> = word_hashes(analysis.squashed()).collect();
            let t = template_hash(analysis.token_iter(), &mut Vec::new());
            reused += usize::from(sketch.observe(simhash_words(&words), t, words.len(), &config));
        }
        assert_eq!(reused, 45);
        assert_eq!(sketch.recurring(2), 5);

        let mut sketch = TemplateSketch::default();
        let topics = ["kettle", "garden", "train", "match", "recipe"];
        let verbs = ["loved", "missed", "fixed", "read about"];
        let mut reused = 0;
        for (i, (t, v)) in topics
            .iter()
            .flat_map(|t| verbs.iter().map(move |v| (t, v)))
            .enumerate()
        {
            let text = format!("I {v} the {t} thing {i} days ago, my sister {t}s too");
            let analysis = Analysis::new(&text);
            let words: Vec<u64> = word_hashes(analysis.squashed()).collect();
            let th = template_hash(analysis.token_iter(), &mut Vec::new());
            reused += usize::from(sketch.observe(simhash_words(&words), th, words.len(), &config));
            assert!(sketch.len() <= config.reply_templates);
        }
        assert!(reused <= 2, "{reused}");
    }
}
