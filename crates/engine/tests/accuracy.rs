//! The shipped model on posts it never saw: fold 0 of data/corpus.jsonl and of
//! data/spamassassin.jsonl is held back from its training
//! (scripts/train-default-model.sh), so a regression in features, learner or data fails
//! here. Floors sit a little under the measured values (BENCHMARKS.md) so noise does not
//! fail CI but a real loss does.

use discern_engine::default_model;
use discern_model::eval::evaluate;
use discern_model::metrics::Report;

/// The default model's report on fold 0 of a shipped data file.
fn report_on_fold_zero(file: &str, at_least: usize) -> Report {
    let path = format!("{}/../../data/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("shipped data");
    let (mut texts, mut labels) = (Vec::new(), Vec::new());
    for line in data.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("data line is JSON");
        if row["fold"] == 0 {
            texts.push(row["text"].as_str().expect("text").to_string());
            labels.push(row["label"].as_str().expect("label").to_string());
        }
    }
    assert!(
        texts.len() > at_least,
        "fold 0 of {file} has {} posts",
        texts.len()
    );
    let report = evaluate(default_model(), &texts, &labels).expect("labels known to the model");
    eprintln!("{file}, fold 0:\n{}", report.to_table());
    report
}

fn f1_of(report: &Report, label: &str) -> f64 {
    report
        .per_label
        .iter()
        .find(|l| l.label == label)
        .map(|l| l.f1)
        .expect("label in report")
}

#[test]
fn default_model_holds_its_accuracy_on_the_held_back_fold() {
    let report = report_on_fold_zero("corpus.jsonl", 7_000);
    // Measured 0.9718 / 0.9267 / ECE 0.011, spam F1 0.876 (BENCHMARKS.md, ninth
    // session). Before the model dropped its length and shape terms and learned from
    // sources beyond the corpus it scored 0.9485 macro-F1 here, and 7% of Facebook ads
    // held out as a source. The ninth session's paid X ads moved the text model's
    // spam/marketing line on the corpus's comment and SMS spam (spam F1 0.895 -> 0.878,
    // the judged verdicts unchanged) and Facebook ads held out from 0.37 to 0.69: the
    // per-label floor is 0.87.
    assert!(report.accuracy >= 0.965, "accuracy {:.4}", report.accuracy);
    assert!(report.macro_f1 >= 0.92, "macro-F1 {:.4}", report.macro_f1);
    assert!(report.ece <= 0.02, "calibration error {:.4}", report.ece);
    for label in &report.per_label {
        assert!(label.f1 >= 0.87, "{} F1 {:.4}", label.label, label.f1);
    }
}

/// Long, well-written text: before the mails were in its training the model called
/// 70% of these mails marketing (accuracy 0.25; measured 0.90 now).
#[test]
fn default_model_reads_long_mail_it_never_saw() {
    let report = report_on_fold_zero("spamassassin.jsonl", 500);
    assert!(report.accuracy >= 0.87, "accuracy {:.4}", report.accuracy);
    assert!(f1_of(&report, "social") >= 0.92, "social F1");
    assert!(f1_of(&report, "spam") >= 0.90, "spam F1");
}

#[test]
fn the_embedded_model_parses_and_knows_the_three_labels() {
    assert_eq!(default_model().labels(), ["marketing", "social", "spam"]);
}
