//! How often the per-thread word memo answers, on real text read once in order.
//!
//! cargo run --release -p discern-model --example memo_stats -- models/default.dscm data/corpus.jsonl
//!
//! Prints the share of squashed words whose character n-gram sums came from the memo.
//! Run it on data read once (the corpus itself), not on a file that repeats posts.

use std::time::Instant;

use discern_model::{Model, Scratch};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model = Model::load(args.get(1).expect("model path").as_ref()).expect("model");
    let text = std::fs::read_to_string(args.get(2).expect("JSONL path")).expect("read");
    let texts: Vec<String> = text
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let mut scratch = Scratch::default();
    let start = Instant::now();
    for t in &texts {
        std::hint::black_box(model.predict(t, &mut scratch));
    }
    let elapsed = start.elapsed();
    let (hits, misses) = scratch.memo_stats();
    println!(
        "{} posts in {:.2?} ({:.0} posts/s); squashed words: {} from the memo, {} computed ({:.1}% hits)",
        texts.len(),
        elapsed,
        texts.len() as f64 / elapsed.as_secs_f64(),
        hits,
        misses,
        100.0 * hits as f64 / (hits + misses).max(1) as f64
    );
}
