//! A site's own corrections, learned online on top of a shared model.
//!
//! The base model never changes; an adapter holds sparse weight deltas for the
//! buckets its feedback touched, plus bias deltas. Predicting with an adapter adds
//! them in. Each site has its own, so one site's feedback cannot move another's
//! verdicts, and rolling back is restoring an earlier adapter.

use std::collections::BTreeMap;

use xxhash_rust::xxh3::xxh3_64;

use crate::error::{ModelError, Result};
use crate::features::Namespace;
use crate::linear::softmax_in_place;
use crate::model::{Model, Prediction, Scratch};

const MAGIC: &[u8; 8] = b"DISCERNA";
/// Format 2: word-level deltas only. Format 1 (read, and written back as 1): deltas on
/// every namespace.
const VERSION: u32 = 2;
const VERSION_ALL_NAMESPACES: u32 = 1;
/// Learning rate of one online step; large, because one report should count.
const LEARNING_RATE: f32 = 1.0;
/// Steps at most per example: stop once the example is classified as reported.
const MAX_STEPS: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Adapter {
    model: u64,
    classes: usize,
    deltas: BTreeMap<u32, Vec<f32>>,
    bias: Vec<f32>,
    updates: u64,
    /// Whether deltas leave character n-grams alone (every adapter made now; format 1
    /// adapters read from a store did not).
    word_level: bool,
}

impl Adapter {
    pub fn new(model: &Model) -> Adapter {
        let k = model.labels().len();
        Adapter {
            model: model.fingerprint(),
            classes: k,
            deltas: BTreeMap::new(),
            bias: vec![0.0; k],
            updates: 0,
            word_level: true,
        }
    }

    /// How many feedback examples this adapter has learned.
    pub fn updates(&self) -> u64 {
        self.updates
    }

    /// Whether the deltas apply to features of `namespace`.
    #[inline]
    pub(crate) fn applies_to(&self, namespace: Namespace) -> bool {
        !self.word_level || namespace != Namespace::Chars
    }

    /// Whether this adapter leaves character n-grams alone, so predictions with it can
    /// take the grouped path.
    pub(crate) fn word_level(&self) -> bool {
        self.word_level
    }

    /// The per-class deltas of `bucket`, if feedback moved it.
    #[inline]
    pub(crate) fn deltas_of(&self, bucket: u32) -> Option<&[f32]> {
        self.deltas.get(&bucket).map(Vec::as_slice)
    }

    fn check(&self, model: &Model) -> Result<()> {
        if self.model != model.fingerprint() {
            return Err(ModelError::ForeignAdapter {
                adapter: self.model,
                model: model.fingerprint(),
            });
        }
        Ok(())
    }

    /// Learns that `text` is `label`, with SGD steps on the deltas until the model
    /// (with this adapter) agrees or the step budget runs out.
    pub fn learn(&mut self, model: &Model, text: &str, label: &str, weight: f32) -> Result<()> {
        self.check(model)?;
        let target = model.label_index(label)?;
        let mut scratch = Scratch::default();
        model.extract(text, &mut scratch.extraction);
        let features: Vec<(u32, f32)> = scratch
            .extraction
            .features
            .iter()
            .zip(&scratch.extraction.values)
            .filter(|(f, _)| self.applies_to(f.namespace))
            .map(|(f, &v)| (f.bucket, v))
            .collect();
        let k = self.classes;
        for _ in 0..MAX_STEPS {
            let mut probs = model.logits(&scratch.extraction, Some(self));
            softmax_in_place(&mut probs);
            if probs[target] >= 0.9 {
                break;
            }
            let step = LEARNING_RATE * weight.clamp(0.0, 10.0);
            let gradient: Vec<f32> = probs
                .iter()
                .enumerate()
                .map(|(c, p)| (p - f32::from(u8::from(c == target))) * step)
                .collect();
            for &(bucket, value) in &features {
                let delta = self.deltas.entry(bucket).or_insert_with(|| vec![0.0; k]);
                for (d, g) in delta.iter_mut().zip(&gradient) {
                    *d -= g * value;
                }
            }
            for (b, g) in self.bias.iter_mut().zip(&gradient) {
                // The bias moves every verdict of the site; keep its step small.
                *b -= g * 0.05;
            }
        }
        self.updates += 1;
        Ok(())
    }

    pub(crate) fn bias(&self) -> &[f32] {
        &self.bias
    }

    pub(crate) fn delta(&self, bucket: u32, class: usize) -> f32 {
        self.deltas_of(bucket).map_or(0.0, |d| d[class])
    }

    pub(crate) fn add_delta(&self, bucket: u32, value: f32, logits: &mut [f32]) {
        if let Some(delta) = self.deltas_of(bucket) {
            for (l, d) in logits.iter_mut().zip(delta) {
                *l += d * value;
            }
        }
    }

    /// Predicts with the model plus this adapter's corrections.
    pub fn predict(&self, model: &Model, text: &str, scratch: &mut Scratch) -> Result<Prediction> {
        self.predict_top(model, text, scratch, crate::model::TOP_SIGNALS)
    }

    /// [`Adapter::predict`] with at most `signals` signals.
    pub fn predict_top(
        &self,
        model: &Model,
        text: &str,
        scratch: &mut Scratch,
        signals: usize,
    ) -> Result<Prediction> {
        self.check(model)?;
        Ok(model.predict_adjusted(text, scratch, Some(self), signals))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.deltas.len() * (4 + 4 * self.classes));
        out.extend_from_slice(MAGIC);
        let version = if self.word_level {
            VERSION
        } else {
            VERSION_ALL_NAMESPACES
        };
        out.extend_from_slice(&version.to_le_bytes());
        out.extend_from_slice(&self.model.to_le_bytes());
        out.extend_from_slice(&(self.classes as u32).to_le_bytes());
        out.extend_from_slice(&self.updates.to_le_bytes());
        out.extend_from_slice(&(self.deltas.len() as u32).to_le_bytes());
        for b in &self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        for (bucket, delta) in &self.deltas {
            out.extend_from_slice(&bucket.to_le_bytes());
            for d in delta {
                out.extend_from_slice(&d.to_le_bytes());
            }
        }
        let sum = xxh3_64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses an adapter saved by [`Adapter::to_bytes`] and checks it belongs to `model`.
    pub fn from_bytes(model: &Model, bytes: &[u8]) -> Result<Adapter> {
        let bad = |what: &str| ModelError::BadHeader(format!("adapter: {what}"));
        if bytes.len() < 44 || &bytes[..8] != MAGIC {
            return Err(bad("not an adapter (bad magic or too short)"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let stored = u64::from_le_bytes(sum.try_into().expect("8 bytes"));
        let computed = xxh3_64(body);
        if stored != computed {
            return Err(ModelError::Checksum { stored, computed });
        }
        let mut at = 8;
        let mut take = |n: usize| {
            let slice = body.get(at..at + n);
            at += n;
            slice.ok_or_else(|| bad("truncated"))
        };
        let u32_of = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
        let version = u32_of(take(4)?);
        if version != VERSION && version != VERSION_ALL_NAMESPACES {
            return Err(ModelError::UnsupportedVersion {
                found: version,
                supported: VERSION,
            });
        }
        let fingerprint = u64::from_le_bytes(take(8)?.try_into().expect("8 bytes"));
        let classes = u32_of(take(4)?) as usize;
        let updates = u64::from_le_bytes(take(8)?.try_into().expect("8 bytes"));
        let entries = u32_of(take(4)?) as usize;
        if classes != model.labels().len() {
            return Err(bad("class count differs from the model's"));
        }
        let adapter = Adapter {
            model: fingerprint,
            classes,
            deltas: BTreeMap::new(),
            bias: Vec::new(),
            updates,
            word_level: version == VERSION,
        };
        adapter.check(model)?;
        let floats = |b: &[u8]| {
            b.chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
                .collect::<Vec<_>>()
        };
        let bias = floats(take(4 * classes)?);
        let mut deltas = BTreeMap::new();
        for _ in 0..entries {
            let bucket = u32_of(take(4)?);
            deltas.insert(bucket, floats(take(4 * classes)?));
        }
        if at != body.len() {
            return Err(bad("trailing bytes"));
        }
        Ok(Adapter {
            bias,
            deltas,
            ..adapter
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Adapter;
    use crate::features::Namespace;
    use crate::model::Scratch;
    use crate::{TrainOptions, train};

    fn model() -> crate::Model {
        let texts = [
            "check out my channel for covers",
            "win a free prize, text WIN to 80086",
            "lovely photo of your dog",
            "30% off everything this weekend, shop now",
        ];
        let labels = ["spam", "spam", "social", "marketing"];
        train(&texts, &labels, None, &TrainOptions::default()).expect("trains")
    }

    #[test]
    fn learns_on_word_level_features_only() {
        let model = model();
        let mut adapter = Adapter::new(&model);
        adapter
            .learn(&model, "lovely covers of your dog", "spam", 1.0)
            .expect("learns");
        assert!(adapter.word_level() && !adapter.deltas.is_empty());
        let mut scratch = Scratch::default();
        model.extract("lovely covers of your dog", &mut scratch.extraction);
        for f in &scratch.extraction.features {
            let moved = adapter.deltas.contains_key(&f.bucket);
            if f.namespace != Namespace::Chars {
                assert!(moved, "{f:?} was not learned");
            }
        }
        let chars_only = scratch
            .extraction
            .features
            .iter()
            .filter(|f| f.namespace == Namespace::Chars)
            .all(|f| {
                !adapter.deltas.contains_key(&f.bucket)
                    || scratch
                        .extraction
                        .features
                        .iter()
                        .any(|g| g.namespace != Namespace::Chars && g.bucket == f.bucket)
            });
        assert!(chars_only, "a character n-gram bucket was moved");
        let after = adapter
            .predict(&model, "lovely covers of your dog", &mut scratch)
            .expect("predicts");
        assert_eq!(model.labels()[after.label], "spam");
    }

    #[test]
    fn format_1_adapters_still_read_and_apply_to_every_namespace() {
        let model = model();
        let mut old = Adapter {
            word_level: false,
            ..Adapter::new(&model)
        };
        old.learn(&model, "lovely covers of your dog", "spam", 1.0)
            .expect("learns");
        let bytes = old.to_bytes();
        assert_eq!(
            &bytes[8..12],
            &1u32.to_le_bytes(),
            "written back as format 1"
        );
        let read = Adapter::from_bytes(&model, &bytes).expect("reads");
        assert_eq!(read, old);
        assert!(!read.word_level() && read.applies_to(Namespace::Chars));
        let new = Adapter::new(&model);
        let round = Adapter::from_bytes(&model, &new.to_bytes()).expect("reads");
        assert!(round.word_level() && !round.applies_to(Namespace::Chars));
        // Both predict with what they learned.
        let mut scratch = Scratch::default();
        let p = read
            .predict(&model, "lovely covers of your dog", &mut scratch)
            .expect("predicts");
        assert_eq!(model.labels()[p.label], "spam");
    }
}
