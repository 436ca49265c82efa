//! ROC-AUC of the account automation score on TweepFake (human vs generated tweets).
//!
//! ```text
//! cargo run --release -p discern-threads --example tweepfake_auc [-- DIR_OR_CSV...]
//! ```
//!
//! With no argument it reads `/work/shared/data/raw/tweepfake/{train,validation,test}.csv`
//! when present, else the committed sample `tests/fixtures/tweepfake-sample.csv`. Each
//! `screen_name` is an account; `account.type` (`bot`/`human`) is the truth. The tweets
//! carry no timestamps, so only the text-side evidence can score.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use discern_posts::Post;
use discern_threads::AccountTracker;

fn files(args: &[String]) -> Vec<PathBuf> {
    let shared = Path::new("/work/shared/data/raw/tweepfake");
    let roots: Vec<PathBuf> = if args.is_empty() {
        if shared.is_dir() {
            vec![shared.to_path_buf()]
        } else {
            vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tweepfake-sample.csv")]
        }
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    roots
        .into_iter()
        .flat_map(|p| {
            if p.is_dir() {
                ["train.csv", "validation.csv", "test.csv"]
                    .iter()
                    .map(|f| p.join(f))
                    .collect()
            } else {
                vec![p]
            }
        })
        .collect()
}

/// Mann–Whitney AUC: probability a bot outscores a human (ties count half).
fn auc(bots: &[f32], humans: &[f32]) -> f64 {
    let mut wins = 0.0;
    for b in bots {
        for h in humans {
            wins += if b > h {
                1.0
            } else if b == h {
                0.5
            } else {
                0.0
            };
        }
    }
    wins / (bots.len() * humans.len()).max(1) as f64
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut tracker = AccountTracker::default();
    let mut truth: HashMap<String, bool> = HashMap::new();
    let mut rows = 0usize;
    for path in files(&args) {
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_path(&path)?;
        for record in reader.records() {
            let record = record?;
            let (Some(name), Some(text), Some(kind)) =
                (record.get(0), record.get(1), record.get(2))
            else {
                continue;
            };
            rows += 1;
            truth.insert(name.to_string(), kind == "bot");
            let post = Post {
                author: Some(name.to_string()),
                ..Post::new(format!("tweet{rows}"), text)
            };
            tracker.observe(&post, None);
        }
    }
    let profiles = tracker.finish();
    let (mut bots, mut humans) = (Vec::new(), Vec::new());
    for p in &profiles {
        let is_bot = truth.get(&p.author).copied().unwrap_or(false);
        println!(
            "{:<18} {:<5} posts {:>5}  automation {:.3}  refs {:.2}  msttr {:.3}  near-dup {:.3}  {}",
            p.author,
            if is_bot { "bot" } else { "human" },
            p.posts,
            p.automation,
            p.text.reference_share,
            p.text.vocabulary_diversity.unwrap_or(f32::NAN),
            p.duplicates.near_duplicate_share,
            p.reasons.first().map(String::as_str).unwrap_or("")
        );
        if is_bot {
            bots.push(p.automation);
        } else {
            humans.push(p.automation);
        }
    }
    println!(
        "rows {rows}, accounts {} ({} bot, {} human)",
        profiles.len(),
        bots.len(),
        humans.len()
    );
    println!(
        "ROC-AUC of automation per account: {:.3}",
        auc(&bots, &humans)
    );
    Ok(())
}
