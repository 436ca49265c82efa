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
    if let Ok(nb) = std::env::var("NB") {
        options.learner.nb_weight = nb.parse().expect("NB weight");
    }
    if let Ok(seed) = std::env::var("SEED") {
        options.learner.seed = seed.parse().expect("seed");
    }
    let text = std::fs::read_to_string(path).expect("read corpus");
    let (mut train_texts, mut train_labels, mut test_texts, mut test_labels) =
        (vec![], vec![], vec![], vec![]);
    let mut test_sources: Vec<String> = vec![];
    let weak_weight: Option<f32> = std::env::var("WEAK").ok().map(|w| w.parse().expect("WEAK"));
    let mut train_weights = vec![];
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let t = v["text"].as_str().unwrap_or_default().to_string();
        let l = v["label"].as_str().unwrap_or_default().to_string();
        if v["fold"].as_u64().unwrap_or(0) < 2 {
            test_texts.push(t);
            test_sources.push(v["source"].as_str().unwrap_or_default().to_string());
            test_labels.push(l);
        } else {
            train_texts.push(t);
            train_labels.push(l);
            let weak = v["weak"].as_bool().unwrap_or(false);
            train_weights.push(if weak {
                weak_weight.unwrap_or(1.0)
            } else {
                1.0
            });
        }
    }
    let start = Instant::now();
    let model = train(
        &train_texts,
        &train_labels,
        weak_weight.map(|_| train_weights.as_slice()),
        &options,
    )
    .expect("train");
    eprintln!(
        "trained {} examples in {:.2?}; temperature {}",
        train_texts.len(),
        start.elapsed(),
        model.header().temperature
    );
    let report = eval::evaluate(&model, &test_texts, &test_labels).expect("eval");
    if std::env::var_os("ORACLE").is_some() {
        let mut scratch = discern_model::Scratch::default();
        let idx: Vec<usize> = test_labels
            .iter()
            .map(|l| model.labels().iter().position(|x| x == l).unwrap())
            .collect();
        let logp: Vec<Vec<f32>> = test_texts
            .iter()
            .map(|t| {
                model
                    .predict_top(t, &mut scratch, 0)
                    .probabilities
                    .iter()
                    .map(|p| p.max(1e-9).ln())
                    .collect()
            })
            .collect();
        let f1 = |off: &[f32]| {
            let mut m = [[0usize; 3]; 3];
            for (l, &y) in logp.iter().zip(&idx) {
                let mut best = 0;
                for c in 1..3 {
                    if l[c] + off[c] > l[best] + off[best] {
                        best = c;
                    }
                }
                m[y][best] += 1;
            }
            (0..3)
                .map(|c| {
                    let tp = m[c][c] as f64;
                    let p = (0..3).map(|r| m[r][c]).sum::<usize>() as f64;
                    let a = m[c].iter().sum::<usize>() as f64;
                    2.0 * tp / (p + a)
                })
                .sum::<f64>()
                / 3.0
        };
        let mut best = (f1(&[0.0; 3]), [0.0f32; 3]);
        for a in -20..=20 {
            for b in -20..=20 {
                let off = [a as f32 * 0.1, 0.0, b as f32 * 0.1];
                let v = f1(&off);
                if v > best.0 {
                    best = (v, off);
                }
            }
        }
        println!(
            "oracle offsets {:?} macro-F1 {:.4} (at zero {:.4})",
            best.1,
            best.0,
            f1(&[0.0; 3])
        );
    }
    if std::env::var_os("SOURCES").is_some() {
        let mut scratch = discern_model::Scratch::default();
        let mut errors = std::collections::BTreeMap::<(String, String, String), usize>::new();
        for ((t, l), s) in test_texts.iter().zip(&test_labels).zip(&test_sources) {
            let p = model.predict(t, &mut scratch);
            let predicted = &model.labels()[p.label];
            if predicted != l {
                *errors
                    .entry((s.clone(), l.clone(), predicted.clone()))
                    .or_default() += 1;
            }
        }
        for ((s, l, p), n) in errors {
            println!("{s:24} {l:>10} -> {p:10} {n}");
        }
    }
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
