//! Multinomial logistic regression on hashed sparse features, trained by SGD.
//!
//! Chosen by measurement (see BENCHMARKS.md): on the corpus it beats a TF-IDF + linear
//! SVM on the same n-grams, trains in a second or two, and its softmax gives
//! probabilities that temperature scaling then calibrates.
//!
//! Training is deterministic for a seed: examples are visited in an order drawn from
//! a seeded generator and the updates are sequential. Parallelism comes from feature
//! extraction (rayon, order-preserving) and from training the calibration model and
//! the final model on separate threads (see `crate::train`).

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::features::{Extraction, FeatureConfig, Idf, NAMESPACES, Namespace};

/// A text as the learner sees it: sorted, merged (bucket, value) pairs.
pub type SparseRow = Vec<(u32, f32)>;

/// A text's feature occurrences before weighting, in extraction order.
pub type RawRow = Vec<(u32, Namespace)>;

/// Extracts every text's features in parallel; row `i` belongs to text `i`.
pub fn featurize<S: AsRef<str> + Sync>(config: &FeatureConfig, texts: &[S]) -> Vec<RawRow> {
    texts
        .par_iter()
        .map_init(Extraction::default, |extraction, text| {
            config.extract(text.as_ref(), extraction);
            extraction
                .features
                .iter()
                .map(|f| (f.bucket, f.namespace))
                .collect()
        })
        .collect()
}

/// Weighs raw rows with an IDF into sorted, merged sparse rows (in parallel).
pub fn weigh_rows(raw: &[RawRow], idf: &Idf) -> Vec<SparseRow> {
    raw.par_iter().map(|r| weigh_row(r, idf)).collect()
}

/// The same arithmetic as [`Extraction::weigh`], so training sees what prediction sees.
pub fn weigh_row(raw: &[(u32, Namespace)], idf: &Idf) -> SparseRow {
    let mut norms = [0.0f32; NAMESPACES];
    for &(b, ns) in raw {
        let v = idf.get(b);
        norms[ns as usize] += v * v;
    }
    let inverse = norms.map(|n| if n > 0.0 { 1.0 / n.sqrt() } else { 0.0 });
    let mut row: SparseRow = raw
        .iter()
        .map(|&(b, ns)| (b, idf.get(b) * inverse[ns as usize]))
        .collect();
    row.sort_unstable_by_key(|&(bucket, _)| bucket);
    row.dedup_by(|later, kept| {
        if later.0 == kept.0 {
            kept.1 += later.1;
            true
        } else {
            false
        }
    });
    row
}

/// How much each class's examples count in the loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ClassWeight {
    /// Every example counts once.
    None,
    /// Each class counts as much in total: weight n / (k · n_class).
    Balanced,
    /// Halfway, on a log scale: √(n / (k · n_class)). Lifts rare classes without
    /// trading away the precision of the common one.
    #[default]
    Sqrt,
}

impl std::str::FromStr for ClassWeight {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(ClassWeight::None),
            "balanced" => Ok(ClassWeight::Balanced),
            "sqrt" => Ok(ClassWeight::Sqrt),
            other => Err(format!(
                "unknown class weighting {other:?} (expected none, balanced or sqrt)"
            )),
        }
    }
}

/// Learner settings, saved in the model file for the record.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    pub epochs: u32,
    pub learning_rate: f32,
    /// L2 penalty per update, applied to the weights an example touches.
    pub l2: f32,
    pub class_weight: ClassWeight,
    pub seed: u64,
    /// Weight of a multinomial naive Bayes model added to the learned weights
    /// (0 turns it off). Both are linear in the same features, so the sum is one
    /// weight table: no cost at prediction time.
    #[serde(default)]
    pub nb_weight: f32,
    /// Additive smoothing of the naive Bayes feature counts.
    #[serde(default = "default_nb_smoothing")]
    pub nb_smoothing: f32,
}

fn default_nb_smoothing() -> f32 {
    1e-3
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 8,
            learning_rate: 0.5,
            l2: 1e-6,
            class_weight: ClassWeight::default(),
            seed: 42,
            nb_weight: 0.0,
            nb_smoothing: default_nb_smoothing(),
        }
    }
}

/// Weights laid out bucket-major (`weights[bucket * classes + class]`) so one
/// feature's weights for every class share a cache line.
#[derive(Debug, Clone, PartialEq)]
pub struct Linear {
    pub classes: usize,
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
}

impl Linear {
    pub fn zeros(buckets: usize, classes: usize) -> Linear {
        Linear {
            classes,
            weights: vec![0.0; buckets * classes],
            bias: vec![0.0; classes],
        }
    }

    /// Raw scores (logits) of a row, into `out`.
    pub fn logits_into(&self, row: &[(u32, f32)], out: &mut [f32]) {
        out.copy_from_slice(&self.bias);
        let k = self.classes;
        for &(bucket, value) in row {
            let w = &self.weights[bucket as usize * k..bucket as usize * k + k];
            for (o, w) in out.iter_mut().zip(w) {
                *o += value * w;
            }
        }
    }
}

/// Example weights from the class weighting, times any per-example weight given.
pub fn example_weights(
    labels: &[u16],
    classes: usize,
    class_weight: ClassWeight,
    given: Option<&[f32]>,
) -> Vec<f32> {
    let mut counts = vec![0usize; classes];
    for &l in labels {
        counts[l as usize] += 1;
    }
    let n = labels.len() as f64;
    let per_class: Vec<f32> = counts
        .iter()
        .map(|&c| {
            if c == 0 {
                return 0.0;
            }
            let balanced = n / (classes as f64 * c as f64);
            match class_weight {
                ClassWeight::None => 1.0,
                ClassWeight::Balanced => balanced as f32,
                ClassWeight::Sqrt => balanced.sqrt() as f32,
            }
        })
        .collect();
    labels
        .iter()
        .enumerate()
        .map(|(i, &l)| per_class[l as usize] * given.map_or(1.0, |g| g[i]))
        .collect()
}

/// SplitMix64: a tiny, well-mixed generator; we only need a reproducible shuffle.
pub(crate) struct SplitMix(u64);

impl SplitMix {
    pub(crate) fn new(seed: u64) -> Self {
        SplitMix(seed)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Trains softmax regression with SGD and a linearly decaying learning rate.
/// `rows[i]` has label `labels[i]` and weight `weights[i]`; only `indices` are used.
pub fn train(
    rows: &[SparseRow],
    labels: &[u16],
    weights: &[f32],
    indices: &[usize],
    classes: usize,
    buckets: usize,
    config: &TrainConfig,
) -> Linear {
    let mut model = Linear::zeros(buckets, classes);
    let mut order = indices.to_vec();
    let mut rng = SplitMix::new(config.seed);
    let total_steps = (order.len() * config.epochs as usize).max(1) as f32;
    let mut step = 0usize;
    let mut probs = vec![0.0f32; classes];
    let k = classes;
    // Normalise example weights to mean 1 so the learning rate means the same thing
    // whatever the weighting.
    let mean_weight =
        indices.iter().map(|&i| weights[i] as f64).sum::<f64>() / indices.len().max(1) as f64;
    let weight_scale = if mean_weight > 0.0 {
        (1.0 / mean_weight) as f32
    } else {
        1.0
    };
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let lr = config.learning_rate * (1.0 - step as f32 / total_steps).max(0.0001);
            step += 1;
            let row = &rows[i];
            model.logits_into(row, &mut probs);
            softmax_in_place(&mut probs);
            let w = weights[i] * weight_scale;
            let target = labels[i] as usize;
            for (c, p) in probs.iter_mut().enumerate() {
                let y = if c == target { 1.0 } else { 0.0 };
                *p = (*p - y) * w * lr;
            }
            let decay = 1.0 - lr * config.l2;
            for &(bucket, value) in row {
                let ws = &mut model.weights[bucket as usize * k..bucket as usize * k + k];
                for (wc, g) in ws.iter_mut().zip(&probs) {
                    *wc = *wc * decay - g * value;
                }
            }
            for (b, g) in model.bias.iter_mut().zip(&probs) {
                *b -= g;
            }
        }
    }
    model
}

/// Adds `config.nb_weight` times the log-likelihoods of a multinomial naive Bayes
/// model (Rennie et al. 2003, on the same normalised features; as the NB part of
/// NBSVM, Wang & Manning 2012) to `model`'s weights. Each bucket's log-likelihoods are
/// centred across classes, which leaves the softmax unchanged and keeps the weights
/// small for quantisation.
pub fn add_naive_bayes(
    model: &mut Linear,
    rows: &[SparseRow],
    labels: &[u16],
    indices: &[usize],
    config: &TrainConfig,
) {
    if config.nb_weight == 0.0 {
        return;
    }
    let k = model.classes;
    let alpha = f64::from(config.nb_smoothing.max(1e-9));
    let mut counts = vec![0.0f64; model.weights.len()];
    let mut totals = vec![0.0f64; k];
    for &i in indices {
        let c = labels[i] as usize;
        for &(bucket, value) in &rows[i] {
            counts[bucket as usize * k + c] += f64::from(value);
            totals[c] += f64::from(value);
        }
    }
    let buckets = (counts.len() / k) as f64;
    let log_totals: Vec<f64> = totals.iter().map(|t| (t + alpha * buckets).ln()).collect();
    let mut log_likelihood = vec![0.0f64; k];
    for (ws, cs) in model
        .weights
        .chunks_exact_mut(k)
        .zip(counts.chunks_exact(k))
    {
        for ((l, c), lt) in log_likelihood.iter_mut().zip(cs).zip(&log_totals) {
            *l = (c + alpha).ln() - lt;
        }
        let mean = log_likelihood.iter().sum::<f64>() / k as f64;
        for (w, l) in ws.iter_mut().zip(&log_likelihood) {
            *w += config.nb_weight * (l - mean) as f32;
        }
    }
}

pub fn softmax_in_place(values: &mut [f32]) {
    let max = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in values.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in values.iter_mut() {
        *v /= sum;
    }
}

/// Fits a temperature T (probabilities = softmax(logits / T)) that minimises the
/// negative log-likelihood of held-out examples: the standard post-hoc calibration
/// (Guo et al., 2017). A golden-section search over log T is enough for one parameter.
pub fn fit_temperature(logits: &[Vec<f32>], labels: &[u16]) -> f32 {
    if logits.is_empty() {
        return 1.0;
    }
    let nll = |log_t: f64| -> f64 {
        let t = log_t.exp() as f32;
        let mut total = 0.0f64;
        let mut scratch = Vec::new();
        for (l, &y) in logits.iter().zip(labels) {
            scratch.clear();
            scratch.extend(l.iter().map(|v| v / t));
            softmax_in_place(&mut scratch);
            total -= (scratch[y as usize].max(1e-12) as f64).ln();
        }
        total
    };
    let (mut lo, mut hi) = ((0.05f64).ln(), (20.0f64).ln());
    let ratio = (5f64.sqrt() - 1.0) / 2.0;
    for _ in 0..60 {
        let a = hi - ratio * (hi - lo);
        let b = lo + ratio * (hi - lo);
        if nll(a) < nll(b) {
            hi = b;
        } else {
            lo = a;
        }
    }
    ((lo + hi) / 2.0).exp() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem() {
        let config = FeatureConfig {
            bits: 12,
            ..FeatureConfig::default()
        };
        let texts = [
            "win a free prize now",
            "call to claim your free prize",
            "see you at lunch",
            "lunch was lovely",
        ];
        let raw = featurize(&config, &texts);
        let rows = weigh_rows(&raw, &Idf::fit(&raw, &[0, 1, 2, 3], config.buckets()));
        let labels = [1u16, 1, 0, 0];
        let weights = example_weights(&labels, 2, ClassWeight::None, None);
        let model = train(
            &rows,
            &labels,
            &weights,
            &[0, 1, 2, 3],
            2,
            1 << 12,
            &TrainConfig::default(),
        );
        let mut out = [0.0; 2];
        for (row, &label) in rows.iter().zip(&labels) {
            model.logits_into(row, &mut out);
            assert_eq!(if out[1] > out[0] { 1 } else { 0 }, label);
        }
    }

    #[test]
    fn temperature_sharpens_underconfident_scores() {
        // Always right but only 60% sure: the fitted temperature must be below 1.
        let logits: Vec<Vec<f32>> = (0..100)
            .map(|i| {
                if i % 2 == 0 {
                    vec![0.4, 0.0]
                } else {
                    vec![0.0, 0.4]
                }
            })
            .collect();
        let labels: Vec<u16> = (0..100).map(|i| (i % 2) as u16).collect();
        assert!(fit_temperature(&logits, &labels) < 0.2);
    }

    #[test]
    fn shuffle_is_reproducible() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        SplitMix::new(7).shuffle(&mut a);
        SplitMix::new(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
