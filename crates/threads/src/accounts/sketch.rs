//! Fixed-size summaries the tracker keeps per author: heavy hitters and small sets.

use crate::terms::TextList;

/// Misra–Gries heavy hitters: at most `k` counters; any item more frequent than n/(k+1)
/// is guaranteed to be kept. Counts are lower bounds.
#[derive(Debug, Clone, Default)]
pub(super) struct HeavyHitters {
    pub(super) items: Vec<(u64, Label, u32)>,
}

/// The text of a sketch item: inline when short (every word, most domains), so the
/// sketches' churn does not allocate.
#[derive(Debug, Clone)]
pub(super) enum Label {
    Inline { len: u8, bytes: [u8; 22] },
    Heap(Box<str>),
}

impl Label {
    pub(super) fn new(text: &str) -> Self {
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

    pub(super) fn as_str(&self) -> &str {
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
    pub(super) fn add(&mut self, key: u64, text: &str, k: usize) {
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
    pub(super) fn fill_distinct(&mut self, items: &TextList, k: usize) {
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
    pub(super) fn top(&self) -> Option<&(u64, Label, u32)> {
        self.items.iter().max_by_key(|i| i.2)
    }

    pub(super) fn len(&self) -> usize {
        self.items.len()
    }
}

/// A set of 32-bit keys that remembers at most `cap` of them, the oldest forgotten first:
/// who addressed an author, bounded whatever the stream. A forgotten key only makes an
/// old acquaintance look like a stranger again.
#[derive(Debug, Clone, Default)]
pub(super) struct RecentSet {
    keys: Vec<u32>,
    next: usize,
}

impl RecentSet {
    pub(super) fn contains(&self, key: u32) -> bool {
        // Branch-free over a plain slice, as the fingerprint rings are scanned.
        self.keys.iter().fold(false, |a, &k| a | (k == key))
    }

    pub(super) fn insert(&mut self, key: u32, cap: usize) {
        if cap == 0 || self.contains(key) {
            return;
        }
        if self.keys.len() < cap {
            self.keys.push(key);
        } else if let Some(slot) = self.keys.get_mut(self.next % cap) {
            *slot = key;
            self.next = (self.next + 1) % cap;
        }
    }

    pub(super) fn len(&self) -> usize {
        self.keys.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hashing::key_hash;

    fn sketch_state(h: &HeavyHitters) -> Vec<(u64, String, u32)> {
        h.items
            .iter()
            .map(|(key, label, count)| (*key, label.as_str().to_string(), *count))
            .collect()
    }

    proptest::proptest! {
        /// Filling an empty sketch with distinct words is adding them one by one.
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

        /// The set never holds more than its cap, and always holds the latest key.
        #[test]
        fn recent_set_is_capped(keys in proptest::collection::vec(0u32..50, 0..300), cap in 1usize..20) {
            let mut set = RecentSet::default();
            for &k in &keys {
                set.insert(k, cap);
                proptest::prop_assert!(set.len() <= cap);
                proptest::prop_assert!(set.contains(k));
            }
        }
    }
}
