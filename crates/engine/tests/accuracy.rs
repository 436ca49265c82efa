//! The shipped model on posts it never saw: fold 0 of data/corpus.jsonl is held back
//! from its training (scripts/train-default-model.sh), so a regression in features,
//! learner or data fails here. Floors sit a little under the measured values
//! (BENCHMARKS.md) so noise does not fail CI but a real loss does.

use discern_engine::default_model;
use discern_model::eval::evaluate;

#[test]
fn default_model_holds_its_accuracy_on_the_held_back_fold() {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/corpus.jsonl"
    ))
    .expect("shipped corpus");
    let (mut texts, mut labels) = (Vec::new(), Vec::new());
    for line in corpus.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
        if row["fold"] == 0 {
            texts.push(row["text"].as_str().expect("text").to_string());
            labels.push(row["label"].as_str().expect("label").to_string());
        }
    }
    assert!(texts.len() > 7_000, "fold 0 has {} posts", texts.len());
    let report = evaluate(default_model(), &texts, &labels).expect("labels known to the model");
    eprintln!("{}", report.to_table());
    assert!(report.accuracy >= 0.97, "accuracy {:.4}", report.accuracy);
    assert!(report.macro_f1 >= 0.935, "macro-F1 {:.4}", report.macro_f1);
    assert!(report.ece <= 0.02, "calibration error {:.4}", report.ece);
    for label in &report.per_label {
        assert!(label.f1 >= 0.90, "{} F1 {:.4}", label.label, label.f1);
    }
}

#[test]
fn the_embedded_model_parses_and_knows_the_three_labels() {
    assert_eq!(default_model().labels(), ["marketing", "social", "spam"]);
}
