//! The automation score separates generated-text accounts from human ones on a TweepFake
//! sample (tests/fixtures/SOURCE.txt), from text alone: the tweets carry no timestamps.

use std::collections::HashMap;
use std::path::Path;

use discern_posts::Post;
use discern_threads::AccountTracker;

#[test]
fn automation_auc_on_tweepfake_sample_has_a_floor() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tweepfake-sample.csv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&path)
        .expect("fixture is committed");
    let mut tracker = AccountTracker::default();
    let mut is_bot: HashMap<String, bool> = HashMap::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.expect("fixture parses");
        let post = Post {
            author: Some(record[0].to_string()),
            ..Post::new(i.to_string(), &record[1])
        };
        is_bot.insert(record[0].to_string(), &record[2] == "bot");
        tracker.observe(&post, None);
    }
    let profiles = tracker.finish();
    assert_eq!(profiles.len(), 40);
    let (bots, humans): (Vec<_>, Vec<_>) = profiles.iter().partition(|p| is_bot[&p.author]);
    let mut wins = 0.0;
    for b in &bots {
        for h in &humans {
            wins += match b.automation.partial_cmp(&h.automation) {
                Some(std::cmp::Ordering::Greater) => 1.0,
                Some(std::cmp::Ordering::Equal) => 0.5,
                _ => 0.0,
            };
        }
    }
    let auc = wins / (bots.len() * humans.len()) as f64;
    // 0.848 with the hand-set score, 0.931 with the text model fitted on data/tweepfake
    // (whose rows include this sample's, so not a held-out figure: BENCHMARKS.md has those).
    // The floor leaves room for tuning without hiding a regression.
    assert!(auc >= 0.85, "tweepfake sample AUC {auc:.3}");
    for p in &profiles {
        assert!((0.0..=1.0).contains(&p.automation));
        // Any evidence strong enough to move the score comes with a sentence.
        if p.automation > 0.1 {
            assert!(!p.reasons.is_empty(), "{p:?}");
        }
    }
}
