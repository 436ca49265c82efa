//! Classification metrics: per-label precision, recall and F1, macro-F1, accuracy,
//! Matthews correlation (multi-class, Gorodkin 2004), the confusion matrix, and the
//! expected calibration error of the probabilities.

use serde::Serialize;

/// Accumulates predictions against the truth.
#[derive(Debug, Clone)]
pub struct Confusion {
    labels: Vec<String>,
    /// `matrix[truth][predicted]`
    matrix: Vec<Vec<u64>>,
    bins: [CalibrationBin; 10],
    log_loss: f64,
}

#[derive(Debug, Clone, Copy, Default)]
struct CalibrationBin {
    count: u64,
    confidence: f64,
    correct: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelScores {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub examples: u64,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub mcc: f64,
    /// Expected calibration error: mean |confidence − accuracy| over 10 confidence bins,
    /// weighted by bin size. 0 is perfectly calibrated.
    pub ece: f64,
    pub log_loss: f64,
    pub per_label: Vec<LabelScores>,
    pub labels: Vec<String>,
    /// Rows are the true label, columns the predicted one.
    pub confusion: Vec<Vec<u64>>,
}

impl Confusion {
    pub fn new(labels: &[String]) -> Confusion {
        let k = labels.len();
        Confusion {
            labels: labels.to_vec(),
            matrix: vec![vec![0; k]; k],
            bins: Default::default(),
            log_loss: 0.0,
        }
    }

    /// Records one prediction with its probabilities (in label order).
    pub fn add(&mut self, truth: usize, probabilities: &[f32]) {
        let predicted = crate::model::argmax(probabilities);
        self.matrix[truth][predicted] += 1;
        let confidence = f64::from(probabilities[predicted]);
        let bin = &mut self.bins[((confidence * 10.0) as usize).min(9)];
        bin.count += 1;
        bin.confidence += confidence;
        bin.correct += u64::from(truth == predicted);
        self.log_loss -= f64::from(probabilities[truth]).max(1e-15).ln();
    }

    pub fn merge(&mut self, other: &Confusion) {
        for (row, other_row) in self.matrix.iter_mut().zip(&other.matrix) {
            for (a, b) in row.iter_mut().zip(other_row) {
                *a += b;
            }
        }
        for (a, b) in self.bins.iter_mut().zip(&other.bins) {
            a.count += b.count;
            a.confidence += b.confidence;
            a.correct += b.correct;
        }
        self.log_loss += other.log_loss;
    }

    pub fn report(&self) -> Report {
        let k = self.labels.len();
        let total: u64 = self.matrix.iter().flatten().sum();
        let correct: u64 = (0..k).map(|i| self.matrix[i][i]).sum();
        let row_sum = |i: usize| self.matrix[i].iter().sum::<u64>();
        let col_sum = |j: usize| (0..k).map(|i| self.matrix[i][j]).sum::<u64>();
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let per_label: Vec<LabelScores> = (0..k)
            .map(|i| {
                let precision = ratio(self.matrix[i][i], col_sum(i));
                let recall = ratio(self.matrix[i][i], row_sum(i));
                let f1 = if precision + recall == 0.0 {
                    0.0
                } else {
                    2.0 * precision * recall / (precision + recall)
                };
                LabelScores {
                    label: self.labels[i].clone(),
                    precision,
                    recall,
                    f1,
                    support: row_sum(i),
                }
            })
            .collect();
        // Macro-F1 over the labels present in the truth or the predictions.
        let present: Vec<&LabelScores> = per_label
            .iter()
            .enumerate()
            .filter(|(i, s)| s.support > 0 || col_sum(*i) > 0)
            .map(|(_, s)| s)
            .collect();
        let macro_f1 = if present.is_empty() {
            0.0
        } else {
            present.iter().map(|s| s.f1).sum::<f64>() / present.len() as f64
        };
        let (t, c) = (total as f64, correct as f64);
        let sum_pt: f64 = (0..k).map(|i| col_sum(i) as f64 * row_sum(i) as f64).sum();
        let sum_p2: f64 = (0..k).map(|i| (col_sum(i) as f64).powi(2)).sum();
        let sum_t2: f64 = (0..k).map(|i| (row_sum(i) as f64).powi(2)).sum();
        let denominator = ((t * t - sum_p2) * (t * t - sum_t2)).sqrt();
        let mcc = if denominator == 0.0 {
            0.0
        } else {
            (c * t - sum_pt) / denominator
        };
        let ece = self
            .bins
            .iter()
            .filter(|b| b.count > 0)
            .map(|b| {
                (b.count as f64 / t)
                    * (b.confidence / b.count as f64 - b.correct as f64 / b.count as f64).abs()
            })
            .sum();
        Report {
            examples: total,
            accuracy: ratio(correct, total),
            macro_f1,
            mcc,
            ece,
            log_loss: if total == 0 { 0.0 } else { self.log_loss / t },
            per_label,
            labels: self.labels.clone(),
            confusion: self.matrix.clone(),
        }
    }
}

impl Report {
    /// A plain-text table for terminals.
    pub fn to_table(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let width = self
            .labels
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(5)
            .max(9);
        let _ = writeln!(out, "{:width$}  precision  recall     f1  support", "label");
        for s in &self.per_label {
            let _ = writeln!(
                out,
                "{:width$}  {:>9.4}  {:>6.4}  {:>5.4}  {:>7}",
                s.label, s.precision, s.recall, s.f1, s.support
            );
        }
        let _ = writeln!(
            out,
            "\nexamples {}  accuracy {:.4}  macro-F1 {:.4}  MCC {:.4}  ECE {:.4}  log-loss {:.4}",
            self.examples, self.accuracy, self.macro_f1, self.mcc, self.ece, self.log_loss
        );
        let _ = writeln!(out, "\nconfusion (rows: truth, columns: predicted)");
        let _ = write!(out, "{:width$}", "");
        for l in &self.labels {
            let _ = write!(out, " {l:>10}");
        }
        out.push('\n');
        for (l, row) in self.labels.iter().zip(&self.confusion) {
            let _ = write!(out, "{l:width$}");
            for v in row {
                let _ = write!(out, " {v:>10}");
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        vec!["a".into(), "b".into()]
    }

    #[test]
    fn perfect_predictions() {
        let mut c = Confusion::new(&labels());
        c.add(0, &[1.0, 0.0]);
        c.add(1, &[0.0, 1.0]);
        let r = c.report();
        assert_eq!((r.accuracy, r.macro_f1, r.mcc), (1.0, 1.0, 1.0));
        assert!(r.ece < 1e-9);
    }

    #[test]
    fn known_values() {
        // truth a: 3 predicted a, 1 predicted b; truth b: 2 predicted b.
        let mut c = Confusion::new(&labels());
        for _ in 0..3 {
            c.add(0, &[0.8, 0.2]);
        }
        c.add(0, &[0.4, 0.6]);
        c.add(1, &[0.3, 0.7]);
        c.add(1, &[0.1, 0.9]);
        let r = c.report();
        assert!((r.per_label[0].precision - 1.0).abs() < 1e-12);
        assert!((r.per_label[0].recall - 0.75).abs() < 1e-12);
        assert!((r.per_label[1].precision - 2.0 / 3.0).abs() < 1e-12);
        // Binary MCC = (TP·TN − FP·FN)/√(…) = (2·3 − 1·0)/√(3·2·4·3) = 6/√72.
        assert!((r.mcc - 6.0 / 72f64.sqrt()).abs() < 1e-12);
        assert_eq!(r.confusion, vec![vec![3, 1], vec![0, 2]]);
    }
}
