//! Deterministic synthetic conversations for the benchmarks and the streaming example
//! (included by `#[path]`, so both measure the same data).
//!
//! Posts are ~90 characters (10–19 words: topic words, filler, sometimes a link), by a
//! skewed population of authors (a few post a lot, as bots and brands do); threads of
//! 1–40 posts are open `concurrency` at a time with their posts interleaved, and each
//! thread is reported closed with its last post, so a consumer can free it.

#![allow(dead_code)]

use discern_posts::Post;

pub const TOPICS: &[&[&str]] = &[
    &[
        "sourdough",
        "starter",
        "hydration",
        "flour",
        "crumb",
        "oven",
        "proof",
        "levain",
    ],
    &[
        "chain",
        "cassette",
        "derailleur",
        "gear",
        "wheel",
        "brake",
        "saddle",
        "tyre",
    ],
    &[
        "simhash",
        "shingle",
        "fingerprint",
        "hamming",
        "duplicate",
        "hash",
        "bits",
        "spam",
    ],
    &[
        "kettle",
        "descale",
        "citric",
        "limescale",
        "water",
        "boil",
        "element",
        "filter",
    ],
    &[
        "battery",
        "charger",
        "phone",
        "update",
        "drain",
        "screen",
        "percent",
        "overnight",
    ],
    &[
        "ballot",
        "council",
        "candidate",
        "turnout",
        "polling",
        "vote",
        "ward",
        "election",
    ],
];
pub const FILLER: &[&str] = &[
    "I", "think", "the", "really", "works", "when", "you", "try", "it", "with", "more", "care",
    "and", "a", "bit", "of", "patience", "than", "last", "time",
];

/// xorshift64: fast, deterministic, good enough for test data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

struct OpenThread {
    root: usize,
    topic: usize,
    remaining: u32,
}

/// An endless stream of posts; `next_post` returns the post and, when it is the last
/// post of its thread, that thread's key (its root's id).
pub struct Synthetic {
    rng: Rng,
    next_id: usize,
    open: Vec<OpenThread>,
    concurrency: usize,
    authors: u64,
}

impl Synthetic {
    pub fn new(concurrency: usize, authors: u64) -> Self {
        Synthetic {
            rng: Rng(0x2545_f491_4f6c_dd1d),
            next_id: 0,
            open: Vec::new(),
            concurrency: concurrency.max(1),
            authors: authors.max(1),
        }
    }

    pub fn next_post(&mut self) -> (Post, Option<String>) {
        while self.open.len() < self.concurrency {
            let topic = (self.rng.next() % TOPICS.len() as u64) as usize;
            let size = 1 + (self.rng.next() % 40) as u32;
            self.open.push(OpenThread {
                root: usize::MAX,
                topic,
                remaining: size,
            });
        }
        let slot = (self.rng.next() % self.open.len() as u64) as usize;
        let id = self.next_id;
        self.next_id += 1;
        let r = self.rng.next();
        let thread = &mut self.open[slot];
        let is_root = thread.root == usize::MAX;
        if is_root {
            thread.root = id;
        }
        let root = thread.root;
        let topic = TOPICS[thread.topic];
        thread.remaining -= 1;
        let closes = thread.remaining == 0;
        if closes {
            self.open.swap_remove(slot);
        }

        let words = 10 + (r % 10) as usize;
        let mut text = String::with_capacity(100);
        for w in 0..words {
            if w > 0 {
                text.push(' ');
            }
            let r = self.rng.next();
            if matches!(r % 3, 0) {
                text.push_str(topic[(r as usize / 3) % topic.len()]);
            } else {
                text.push_str(FILLER[(r as usize / 3) % FILLER.len()]);
            }
        }
        if matches!(id % 7, 0) {
            text.push_str(" https://example.com/page");
        }
        // Skewed authors: the square of a uniform draw favours low numbers.
        let u = self.rng.next() % self.authors;
        let author = u * u / self.authors;
        let post = Post {
            author: Some(format!("user{author}")),
            parent_id: (!is_root).then(|| format!("p{root}")),
            created_at: chrono::DateTime::from_timestamp(1_700_000_000 + id as i64 * 3, 0),
            ..Post::new(format!("p{id}"), text)
        };
        (post, closes.then(|| format!("p{root}")))
    }
}

/// The first `n` posts of the stream, with their closing keys.
pub fn posts(n: usize, concurrency: usize, authors: u64) -> Vec<(Post, Option<String>)> {
    let mut stream = Synthetic::new(concurrency, authors);
    (0..n).map(|_| stream.next_post()).collect()
}
