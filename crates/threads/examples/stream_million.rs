//! Streams synthetic posts through the relevance index and the account tracker, closing
//! each thread with its last post, and prints throughput and peak memory.
//!
//! ```text
//! cargo run --release -p discern-threads --example stream_million [-- MODE [POSTS]]
//! ```
//!
//! MODE is `generate` (only building the posts), `relevance`, `accounts` or `both`
//! (default). Peak memory is the process's VmHWM from /proc/self/status (Linux), so run
//! one mode per process. Posts come from `benches/support/synthetic.rs`: ~90 characters,
//! 64 threads open at once, 20,000 skewed authors.

use std::hint::black_box;
use std::time::Instant;

use discern_text::Analysis;
use discern_threads::{AccountTracker, ThreadIndex};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "both".into());
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let (relevance, accounts) = match mode.as_str() {
        "generate" => (false, false),
        "relevance" => (true, false),
        "accounts" => (false, true),
        _ => (true, true),
    };
    let mut stream = synthetic::Synthetic::new(64, 20_000);
    let mut index = ThreadIndex::default();
    let mut tracker = AccountTracker::default();
    let mut analysis = Analysis::default();
    let (mut scored, mut chars, mut peak_open) = (0usize, 0usize, 0usize);
    let start = Instant::now();
    for _ in 0..n {
        let (post, closes) = stream.next_post();
        chars += post.text.len();
        // One analysis per post, read by both, as the engine does.
        analysis.analyse(&post.text);
        if relevance {
            let _ = index.add_analysed(&post, &analysis);
        }
        if accounts {
            tracker.observe_analysed(&post, &analysis, None, None);
        }
        if relevance && let Some(key) = closes {
            peak_open = peak_open.max(index.open_posts());
            scored += index
                .close_thread_with(&key, |_, _, r| {
                    black_box(r);
                })
                .unwrap_or(0);
        }
    }
    scored += index.close_all().len();
    let authors = tracker.authors();
    let profiles = tracker.finish().len();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "mode {mode}: {n} posts ({:.0} chars on average) in {secs:.2} s = {:.0} posts/s",
        chars as f64 / n.max(1) as f64,
        n as f64 / secs
    );
    // CPU time is what one core spent, whatever else the machine was running.
    if let Some(cpu) = cpu_seconds() {
        println!(
            "  CPU time {cpu:.2} s = {:.0} posts per CPU-second",
            n as f64 / cpu.max(1e-9)
        );
    }
    if relevance {
        println!("  relevance: {scored} posts scored, at most {peak_open} posts open at once");
    }
    if accounts {
        println!("  accounts: {authors} authors profiled ({profiles} profiles)");
    }
    match peak_memory() {
        Some(kib) => println!("  peak memory (VmHWM): {:.1} MiB", kib as f64 / 1024.0),
        None => println!("  peak memory: unavailable (no /proc/self/status)"),
    }
}

/// User + system CPU time of this process, from /proc/self/stat (Linux; clock ticks
/// assumed 100 per second, the kernel's fixed USER_HZ).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// VmHWM (peak resident set) in KiB, where Linux reports it.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
