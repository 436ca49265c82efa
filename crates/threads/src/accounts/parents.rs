//! The last posts seen, by id: what a reply is compared with (its parent's author, words
//! and time).

use discern_posts::Post;

use crate::hashing::PrehashedMap;
use crate::terms::{TermExtractor, TermKind, TextList, is_generic_term};

/// Distinct non-generic words kept per cached post.
pub(super) const CACHED_WORDS: usize = 24;

/// A recent post remembered to describe a later reply's parent.
#[derive(Debug, Default)]
pub(super) struct CachedPost {
    id: u64,
    pub(super) author: u64,
    /// Seconds since the epoch; `i64::MIN` when the post had no time.
    pub(super) created_at: i64,
    /// Distinct non-generic word terms (capped) and their texts.
    pub(super) words: TextList,
}

impl CachedPost {
    pub(super) fn time(&self) -> Option<i64> {
        (self.created_at != i64::MIN).then_some(self.created_at)
    }
}

/// The last `capacity` posts, by id: a ring of slots reused in place, so a full cache
/// costs no allocation per post.
#[derive(Debug, Default)]
pub(super) struct ParentCache {
    capacity: usize,
    slots: Vec<CachedPost>,
    next: usize,
    by_id: PrehashedMap<u32>,
}

impl ParentCache {
    pub(super) fn new(capacity: usize) -> Self {
        ParentCache {
            capacity,
            ..ParentCache::default()
        }
    }

    pub(super) fn len(&self) -> usize {
        self.by_id.len()
    }

    pub(super) fn get(&self, id: u64) -> Option<&CachedPost> {
        self.by_id
            .get(&id)
            .and_then(|&slot| self.slots.get(slot as usize))
    }

    /// Stores a post; the same id again replaces its entry in place.
    pub(super) fn insert(
        &mut self,
        id: u64,
        author: u64,
        created_at: Option<i64>,
        words: &TextList,
    ) {
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
        entry.created_at = created_at.unwrap_or(i64::MIN);
        entry.words.copy_from(words);
        self.by_id
            .insert(id, u32::try_from(slot).unwrap_or(u32::MAX));
    }
}

/// The distinct non-generic words of a post (capped), as the parent cache keeps them.
pub(super) fn describe(extractor: &mut TermExtractor, post: &Post, words: &mut TextList) {
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
