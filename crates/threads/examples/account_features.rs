//! The automation text model's features per account window, as CSV, for fitting it.
//!
//! ```text
//! cargo run -p discern-threads --example account_features -- data/tweepfake/tweepfake.csv 50 \
//!     > /tmp/features.csv
//! python3 bench/automation/fit_text_model.py /tmp/features.csv
//! ```
//!
//! Reads a TweepFake-format CSV (`screen_name;text;account.type;class_type`), cuts each
//! account's tweets, in file order, into windows of N (default 50; a last window under
//! N/2 is dropped), profiles each window as one author and prints
//! `account,label,window,posts,<features…>,automation` (label 1 = bot).

use std::collections::HashMap;

use discern_posts::Post;
use discern_threads::AccountTracker;
use discern_threads::accounts::{TEXT_FEATURES, text_features};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: account_features FILE.csv [WINDOW]")?;
    let window: usize = args.get(1).map_or(Ok(50), |w| w.parse())?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_path(path)?;
    let mut accounts: Vec<(String, bool, Vec<String>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        let record = record?;
        let (Some(name), Some(text), Some(kind)) = (record.get(0), record.get(1), record.get(2))
        else {
            continue;
        };
        let i = *index.entry(name.to_string()).or_insert_with(|| {
            accounts.push((name.to_string(), kind == "bot", Vec::new()));
            accounts.len() - 1
        });
        if let Some(a) = accounts.get_mut(i) {
            a.2.push(text.to_string());
        }
    }
    println!(
        "account,label,window,posts,{},automation",
        TEXT_FEATURES.join(",")
    );
    for (name, bot, texts) in &accounts {
        for (w, chunk) in texts.chunks(window.max(1)).enumerate() {
            if chunk.len() * 2 < window {
                continue;
            }
            let mut tracker = AccountTracker::default();
            for (i, text) in chunk.iter().enumerate() {
                let post = Post {
                    author: Some(name.clone()),
                    ..Post::new(format!("{name}-{w}-{i}"), text.as_str())
                };
                tracker.observe(&post, None);
            }
            for p in tracker.finish() {
                let features: Vec<String> = text_features(&p)
                    .iter()
                    .map(|x| format!("{x:.6}"))
                    .collect();
                println!(
                    "{name},{},{w},{},{},{:.6}",
                    u8::from(*bot),
                    p.posts,
                    features.join(","),
                    p.automation
                );
            }
        }
    }
    Ok(())
}
