//! Throughput of relevance scoring and account tracking on synthetic threads.
//!
//! `cargo bench -p discern-threads --bench threads`; posts/s = elements/s in the output.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use discern_posts::Post;
use discern_threads::{AccountTracker, ThreadIndex};

#[path = "support/synthetic.rs"]
mod synthetic;

use synthetic::{FILLER, TOPICS};

/// Deterministic synthetic posts: threads of 20 (a root and 19 replies), 15–30 words each.
fn synthetic_posts(n: usize) -> Vec<Post> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|i| {
            let thread = i / 20;
            let topic = TOPICS[thread % TOPICS.len()];
            let words = 15 + (next() % 16) as usize;
            let mut text = String::new();
            for w in 0..words {
                if w > 0 {
                    text.push(' ');
                }
                let r = next();
                if r % 3 == 0 {
                    text.push_str(topic[(r as usize / 3) % topic.len()]);
                } else {
                    text.push_str(FILLER[(r as usize / 3) % FILLER.len()]);
                }
            }
            if i % 7 == 0 {
                text.push_str(" https://example.com/page");
            }
            Post {
                author: Some(format!("user{}", next() % 500)),
                parent_id: (i % 20 != 0).then(|| format!("p{}", thread * 20)),
                created_at: chrono::DateTime::from_timestamp(1_700_000_000 + i as i64 * 37, 0),
                ..Post::new(format!("p{i}"), text)
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    // The original case (threads of 20 in order, 15–30 words, ~140 characters): kept so
    // figures compare across commits.
    let posts = synthetic_posts(20_000);
    let mut group = c.benchmark_group("threads");
    group.throughput(Throughput::Elements(posts.len() as u64));
    group.sample_size(10);
    group.bench_function("relevance_add_and_close", |b| {
        b.iter(|| {
            let mut index = ThreadIndex::default();
            let mut scored = 0usize;
            for chunk in posts.chunks(20) {
                for post in chunk {
                    let _ = index.add(post);
                }
                scored += index.close_thread(&chunk[0].id).map_or(0, |s| s.len());
            }
            black_box(scored)
        })
    });
    group.bench_function("account_tracking", |b| {
        b.iter(|| {
            let mut tracker = AccountTracker::default();
            for post in &posts {
                tracker.observe(post, Some("social"));
            }
            black_box(tracker.finish().len())
        })
    });

    // ~90-character posts, 32 threads open at once with interleaved posts, skewed authors.
    let posts = synthetic::posts(20_000, 32, 2_000);
    group.bench_function("relevance_90chars", |b| {
        b.iter(|| {
            let mut index = ThreadIndex::default();
            let mut scored = 0usize;
            for (post, closes) in &posts {
                let _ = index.add(post);
                if let Some(key) = closes {
                    scored += index.close_thread(key).map_or(0, |s| s.len());
                }
            }
            black_box(scored + index.close_all().len())
        })
    });
    group.bench_function("accounts_90chars", |b| {
        b.iter(|| {
            let mut tracker = AccountTracker::default();
            for (post, _) in &posts {
                tracker.observe(post, Some("social"));
            }
            black_box(tracker.finish().len())
        })
    });
    group.finish();

    // A million posts generated on the fly (generation included: it builds the `Post`
    // strings as an importer would) through both analyses. The `stream_million` example
    // runs the same stream and prints peak memory.
    let mut group = c.benchmark_group("stream");
    group.throughput(Throughput::Elements(1_000_000));
    group.sample_size(10);
    group.bench_function("1m_posts_relevance_and_accounts", |b| {
        b.iter(|| {
            let mut stream = synthetic::Synthetic::new(64, 20_000);
            let mut index = ThreadIndex::default();
            let mut tracker = AccountTracker::default();
            let mut scored = 0usize;
            for _ in 0..1_000_000 {
                let (post, closes) = stream.next_post();
                let _ = index.add(&post);
                tracker.observe(&post, None);
                if let Some(key) = closes {
                    scored += index
                        .close_thread_with(&key, |_, _, r| {
                            black_box(r);
                        })
                        .unwrap_or(0);
                }
            }
            black_box((scored, tracker.finish().len()))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
