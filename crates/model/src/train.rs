use crate::error::{ModelError, Result};
use crate::features::FeatureConfig;
use crate::features::Idf;
use crate::file::{Header, Stored};
use crate::linear::{
    self, Linear, RawRow, SparseRow, SplitMix, TrainConfig, example_weights, fit_temperature,
};
use crate::model::Model;

/// Everything `train` needs besides the data.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TrainOptions {
    pub features: FeatureConfig,
    pub learner: TrainConfig,
}

/// Share of the training data held out to fit the calibration temperature.
const CALIBRATION_SHARE: u64 = 10;

/// Trains a model on labelled texts; `weights`, if given, weighs each example.
///
/// Labels may be any strings; the model's label set is their sorted distinct values.
/// Two learners run at once on two threads: one on 90% of the data, whose held-out
/// 10% fits the softmax temperature, and the final one on all of it. Both are
/// deterministic, so the same data, options and seed give the same model file.
pub fn train<S: AsRef<str> + Sync>(
    texts: &[S],
    labels: &[S],
    weights: Option<&[f32]>,
    options: &TrainOptions,
) -> Result<Model> {
    if texts.len() != labels.len() || weights.is_some_and(|w| w.len() != texts.len()) {
        return Err(ModelError::Training(
            "texts, labels and weights differ in length".into(),
        ));
    }
    let label_set = label_set_of(labels)?;
    if let Some(bad) = weights.and_then(|w| w.iter().find(|w| !(w.is_finite() && **w >= 0.0))) {
        return Err(ModelError::Training(format!(
            "example weight {bad} is not a non-negative number"
        )));
    }
    let targets = targets_of(&label_set, labels);
    let raw = linear::featurize(&options.features, texts);
    let all: Vec<usize> = (0..raw.len()).collect();
    train_rows(&raw, &targets, label_set, weights, &all, options)
}

/// The sorted distinct labels; a classifier needs at least two.
pub(crate) fn label_set_of<S: AsRef<str>>(labels: &[S]) -> Result<Vec<String>> {
    let mut label_set: Vec<String> = labels.iter().map(|l| l.as_ref().to_string()).collect();
    label_set.sort();
    label_set.dedup();
    if label_set.len() < 2 {
        return Err(ModelError::Training(format!(
            "need at least two labels, found {}",
            label_set.len()
        )));
    }
    Ok(label_set)
}

/// The index of each label in the sorted label set.
pub(crate) fn targets_of<S: AsRef<str>>(label_set: &[String], labels: &[S]) -> Vec<u16> {
    labels
        .iter()
        .map(|l| {
            label_set
                .binary_search_by(|x| x.as_str().cmp(l.as_ref()))
                .expect("label in set") as u16
        })
        .collect()
}

/// Trains on the featurised `rows` listed in `indices` (cross-validation featurises once).
pub(crate) fn train_rows(
    raw: &[RawRow],
    targets: &[u16],
    label_set: Vec<String>,
    weights: Option<&[f32]>,
    indices: &[usize],
    options: &TrainOptions,
) -> Result<Model> {
    let idf = if options.features.idf {
        Idf::fit(raw, indices, options.features.buckets())
    } else {
        Idf::uniform(options.features.buckets())
    };
    let rows = linear::weigh_rows(raw, &idf);
    let (linear, temperature) = fit(&rows, targets, weights, label_set.len(), indices, options);
    let mut label_counts = vec![0usize; label_set.len()];
    for &i in indices {
        label_counts[targets[i] as usize] += 1;
    }
    let (weights, scales) = quantize(&linear);
    let header = Header {
        labels: label_set,
        features: options.features,
        train: options.learner,
        temperature,
        scales,
        idf_scale: idf.scale,
        examples: indices.len(),
        label_counts,
        trained_by: concat!("discern ", env!("CARGO_PKG_VERSION")).into(),
    };
    let stored = Stored {
        header,
        bias: linear.bias,
        weights,
        idf: idf.table,
    };
    // Round-trip through the encoding so the in-memory model is exactly the saved one.
    Model::from_bytes(&crate::file::encode(&stored))
}

/// Trains the final weights and fits the temperature, in parallel.
fn fit(
    rows: &[SparseRow],
    targets: &[u16],
    weights: Option<&[f32]>,
    classes: usize,
    indices: &[usize],
    options: &TrainOptions,
) -> (Linear, f32) {
    let buckets = 1usize << options.features.bits;
    let subset_targets: Vec<u16> = indices.iter().map(|&i| targets[i]).collect();
    let subset_weights: Option<Vec<f32>> = weights.map(|w| indices.iter().map(|&i| w[i]).collect());
    let mut example_weights = vec![0.0; rows.len()];
    for (&i, w) in indices.iter().zip(example_weights_of(
        &subset_targets,
        classes,
        options,
        subset_weights.as_deref(),
    )) {
        example_weights[i] = w;
    }
    let mut rng = SplitMix::new(options.learner.seed ^ 0xCA11_B8A7E);
    let held_out: Vec<bool> = indices
        .iter()
        .map(|_| rng.next_u64().is_multiple_of(CALIBRATION_SHARE))
        .collect();
    let fit_part: Vec<usize> = indices
        .iter()
        .zip(&held_out)
        .filter(|(_, h)| !**h)
        .map(|(&i, _)| i)
        .collect();
    let calibration_part: Vec<usize> = indices
        .iter()
        .zip(&held_out)
        .filter(|(_, h)| **h)
        .map(|(&i, _)| i)
        .collect();
    let (final_model, temperature) = rayon::join(
        || {
            let mut model = linear::train(
                rows,
                targets,
                &example_weights,
                indices,
                classes,
                buckets,
                &options.learner,
            );
            linear::add_naive_bayes(&mut model, rows, targets, indices, &options.learner);
            model
        },
        || {
            if calibration_part.len() < 20 {
                return 1.0;
            }
            let mut partial = linear::train(
                rows,
                targets,
                &example_weights,
                &fit_part,
                classes,
                buckets,
                &options.learner,
            );
            linear::add_naive_bayes(&mut partial, rows, targets, &fit_part, &options.learner);
            // Calibrate the quantised weights: they are what predictions use.
            let (q, scales) = quantize(&partial);
            let dequantized = dequantize(&q, &scales, partial.bias.clone());
            let mut logits = Vec::with_capacity(calibration_part.len());
            let mut labels = Vec::with_capacity(calibration_part.len());
            for &i in &calibration_part {
                let mut out = vec![0.0; classes];
                dequantized.logits_into(&rows[i], &mut out);
                logits.push(out);
                labels.push(targets[i]);
            }
            fit_temperature(&logits, &labels)
        },
    );
    (final_model, temperature)
}

fn example_weights_of(
    targets: &[u16],
    classes: usize,
    options: &TrainOptions,
    given: Option<&[f32]>,
) -> Vec<f32> {
    example_weights(targets, classes, options.learner.class_weight, given)
}

/// Per-class symmetric int8 quantisation: a quarter of the memory of f32, and the
/// whole table of a 2^20-bucket, 3-class model (3 MiB) stays in cache.
pub(crate) fn quantize(linear: &Linear) -> (Vec<i8>, Vec<f32>) {
    let k = linear.classes;
    let mut max = vec![0.0f32; k];
    for chunk in linear.weights.chunks_exact(k) {
        for (m, w) in max.iter_mut().zip(chunk) {
            *m = m.max(w.abs());
        }
    }
    let scales: Vec<f32> = max
        .iter()
        .map(|m| if *m > 0.0 { m / 127.0 } else { 1.0 })
        .collect();
    let q = linear
        .weights
        .chunks_exact(k)
        .flat_map(|chunk| {
            chunk
                .iter()
                .zip(&scales)
                .map(|(w, s)| (w / s).round().clamp(-127.0, 127.0) as i8)
                .collect::<Vec<_>>()
        })
        .collect();
    (q, scales)
}

fn dequantize(q: &[i8], scales: &[f32], bias: Vec<f32>) -> Linear {
    let k = scales.len();
    let weights = q
        .chunks_exact(k)
        .flat_map(|c| c.iter().zip(scales).map(|(&q, s)| f32::from(q) * s))
        .collect();
    Linear {
        classes: k,
        weights,
        bias,
    }
}
