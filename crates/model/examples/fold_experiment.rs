//! Trains on folds 2–9 of a labelled JSONL corpus and tests on folds 0–1, printing
//! the report and the training time: the protocol of the accuracy target.
//!
//! cargo run --release -p discern-model --example fold_experiment -- data/corpus.jsonl [bits] [epochs] [lr] [class_weight]

use std::time::Instant;

use discern_model::{FeatureConfig, TrainConfig, TrainOptions, eval, train};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("corpus path");
    let mut options = TrainOptions::default();
    if let Some(b) = args.get(2) {
        options.features = FeatureConfig {
            bits: b.parse().expect("bits"),
            ..options.features
        };
    }
    if let Some(e) = args.get(3) {
        options.learner = TrainConfig {
            epochs: e.parse().expect("epochs"),
            ..options.learner
        };
    }
    if let Some(lr) = args.get(4) {
        options.learner.learning_rate = lr.parse().expect("lr");
    }
    if let Some(cw) = args.get(5) {
        options.learner.class_weight = cw.parse().expect("class weight");
    }
    if let Some(c) = args.get(6) {
        let (a, b) = c.split_once('-').expect("char range a-b");
        options.features.char_min = a.parse().expect("n");
        options.features.char_max = b.parse().expect("n");
    }
    let text = std::fs::read_to_string(path).expect("read corpus");
    let (mut train_texts, mut train_labels, mut test_texts, mut test_labels) =
        (vec![], vec![], vec![], vec![]);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let t = v["text"].as_str().unwrap_or_default().to_string();
        let l = v["label"].as_str().unwrap_or_default().to_string();
        if v["fold"].as_u64().unwrap_or(0) < 2 {
            test_texts.push(t);
            test_labels.push(l);
        } else {
            train_texts.push(t);
            train_labels.push(l);
        }
    }
    let start = Instant::now();
    let model = train(&train_texts, &train_labels, None, &options).expect("train");
    eprintln!(
        "trained {} examples in {:.2?}; temperature {}",
        train_texts.len(),
        start.elapsed(),
        model.header().temperature
    );
    let report = eval::evaluate(&model, &test_texts, &test_labels).expect("eval");
    if std::env::var_os("DUMP").is_some() {
        let mut scratch = discern_model::Scratch::default();
        for (t, l) in test_texts.iter().zip(&test_labels) {
            let p = model.predict(t, &mut scratch);
            let predicted = &model.labels()[p.label];
            if predicted != l {
                println!(
                    "{l} -> {predicted} {:.2} | {}",
                    p.probabilities[p.label],
                    t.chars().take(150).collect::<String>()
                );
            }
        }
    }
    println!("{}", report.to_table());
}
