use std::fmt;
use std::path::Path;

use discern_text::Analysis;

use crate::adapter::Adapter;
use crate::error::{ModelError, Result};
use crate::features::{Extraction, FeatureConfig, Idf, NAMESPACES, NameKey, Namespace};
use crate::file::{self, Header, Stored};
use crate::linear::softmax_in_place;
use crate::score::{self, GroupKey, Groups};

/// A trained classifier, ready to predict. Immutable: share it between threads.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) header: Header,
    pub(crate) bias: Vec<f32>,
    /// i8 weights, bucket-major; weight = q × scales[class].
    pub(crate) weights: Vec<i8>,
    pub(crate) idf: Idf,
    /// `idf.is_uniform()`, computed once at load.
    uniform_idf: bool,
    /// Checksum of the encoded file: the model's identity (adapters bind to it).
    pub(crate) fingerprint: u64,
}

/// Per-thread buffers for prediction; reuse one across calls.
#[derive(Debug, Default)]
pub struct Scratch {
    pub(crate) extraction: Extraction,
    pub(crate) contributions: Vec<(GroupKey, f32)>,
    /// The groups chosen to be named ([`strongest`]).
    candidates: Vec<(GroupKey, f32)>,
    pub(crate) groups: Groups,
}

impl Scratch {
    /// The analysis of the last text predicted from its string: what the model read,
    /// for callers that analyse the same post further (relevance, accounts).
    pub fn analysis(&self) -> &Analysis {
        &self.extraction.analysis
    }

    /// How many squashed words the per-thread word memo answered, and how many it had
    /// to compute (for measuring the memo on real data).
    pub fn memo_stats(&self) -> (u64, u64) {
        (self.groups.memo.hits, self.groups.memo.misses)
    }
}

/// What the model says about one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Index into [`Model::labels`] of the most probable label.
    pub label: usize,
    /// Calibrated probability of each label, in [`Model::labels`] order; sums to 1.
    pub probabilities: Vec<f32>,
    /// The features that pushed hardest toward the chosen label, strongest first.
    pub signals: Vec<Signal>,
}

/// One feature's push toward a label: its readable name and its weight in logits
/// (how much it raised the label's score over the average of the others).
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub feature: String,
    pub weight: f32,
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(self.feature.len() + 8);
        self.render_into(&mut text);
        f.write_str(&text)
    }
}

impl Signal {
    /// Writes `feature (+1.23)`. Hand-formatted: float formatting was a tenth of the
    /// time of classifying a post, and two decimals of a clamped weight need no more.
    pub fn render_into(&self, out: &mut String) {
        out.push_str(&self.feature);
        push_weight(out, self.weight);
    }

    /// The rendered signal, reusing the feature name's buffer.
    pub fn into_rendered(self) -> String {
        let mut text = self.feature;
        push_weight(&mut text, self.weight);
        text
    }
}

fn push_weight(out: &mut String, weight: f32) {
    let hundredths = (f64::from(weight) * 100.0)
        .round()
        .clamp(-9_999_999.0, 9_999_999.0) as i64;
    out.push_str(if hundredths < 0 { " (-" } else { " (+" });
    let magnitude = hundredths.unsigned_abs();
    push_decimal(out, magnitude / 100);
    out.push('.');
    out.push(char::from(b'0' + (magnitude / 10 % 10) as u8));
    out.push(char::from(b'0' + (magnitude % 10) as u8));
    out.push(')');
}

fn push_decimal(out: &mut String, value: u64) {
    let mut digits = [0u8; 20];
    let mut n = value;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

/// Signals reported by [`Model::predict`].
pub(crate) const TOP_SIGNALS: usize = 3;

impl Model {
    pub(crate) fn from_stored(stored: Stored, fingerprint: u64) -> Model {
        let idf = Idf {
            table: stored.idf,
            scale: stored.header.idf_scale,
        };
        let uniform_idf = idf.is_uniform();
        Model {
            header: stored.header,
            bias: stored.bias,
            weights: stored.weights,
            idf,
            uniform_idf,
            fingerprint,
        }
    }

    /// Parses a model file's bytes, checking magic, version, sizes and checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let (stored, fingerprint) = file::decode(bytes)?;
        Ok(Model::from_stored(stored, fingerprint))
    }

    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.into(),
            source,
        })?;
        Model::from_bytes(&bytes)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        file::encode(&Stored {
            header: self.header.clone(),
            bias: self.bias.clone(),
            weights: self.weights.clone(),
            idf: self.idf.table.clone(),
        })
    }

    /// Writes the model atomically (temporary file, then rename).
    pub fn save(&self, path: &Path) -> Result<()> {
        let io = |source| ModelError::Io {
            path: path.into(),
            source,
        };
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, self.to_bytes()).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }

    pub fn labels(&self) -> &[String] {
        &self.header.labels
    }

    pub fn label_index(&self, label: &str) -> Result<usize> {
        self.header
            .labels
            .iter()
            .position(|l| l == label)
            .ok_or_else(|| ModelError::UnknownLabel {
                label: label.into(),
                known: self.header.labels.join(", "),
            })
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn features(&self) -> &FeatureConfig {
        &self.header.features
    }

    /// The model's identity: the checksum of its file.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    fn classes(&self) -> usize {
        self.header.labels.len()
    }

    /// Extracts and weighs the features of `text` into `extraction`.
    pub(crate) fn extract(&self, text: &str, extraction: &mut Extraction) {
        self.header.features.extract(text, extraction);
        extraction.weigh(&self.idf, self.uniform_idf);
    }

    /// Logits of the weighed features in `extraction`, plus an optional per-bucket
    /// adjustment (a site's adapter).
    pub(crate) fn logits(&self, extraction: &Extraction, adapter: Option<&Adapter>) -> Vec<f32> {
        let k = self.classes();
        let mut logits = vec![0.0f32; k];
        if k == 3 {
            // The common case, unrolled: one 3-byte load per feature.
            let mut sums = [0.0f32; 3];
            for (f, &v) in extraction.features.iter().zip(&extraction.values) {
                let at = f.bucket as usize * 3;
                let w = &self.weights[at..at + 3];
                sums[0] += f32::from(w[0]) * v;
                sums[1] += f32::from(w[1]) * v;
                sums[2] += f32::from(w[2]) * v;
            }
            logits.copy_from_slice(&sums);
        } else {
            for (f, &v) in extraction.features.iter().zip(&extraction.values) {
                let at = f.bucket as usize * k;
                for (l, &q) in logits.iter_mut().zip(&self.weights[at..at + k]) {
                    *l += f32::from(q) * v;
                }
            }
        }
        for ((l, s), b) in logits.iter_mut().zip(&self.header.scales).zip(&self.bias) {
            *l = *l * s + b;
        }
        if let Some(adapter) = adapter {
            for (f, &v) in extraction.features.iter().zip(&extraction.values) {
                if adapter.applies_to(f.namespace) {
                    adapter.add_delta(f.bucket, v, &mut logits);
                }
            }
            for (l, b) in logits.iter_mut().zip(adapter.bias()) {
                *l += b;
            }
        }
        logits
    }

    /// Calibrated probabilities from logits.
    pub(crate) fn calibrate(&self, mut logits: Vec<f32>) -> Vec<f32> {
        for l in &mut logits {
            *l /= self.header.temperature;
        }
        softmax_in_place(&mut logits);
        logits
    }

    /// Classifies one text, with its top signals.
    pub fn predict(&self, text: &str, scratch: &mut Scratch) -> Prediction {
        self.predict_adjusted(text, scratch, None, TOP_SIGNALS)
    }

    /// Classifies one text, with at most `signals` signals.
    pub fn predict_top(&self, text: &str, scratch: &mut Scratch, signals: usize) -> Prediction {
        self.predict_adjusted(text, scratch, None, signals)
    }

    /// Classifies one text and lists every signal, strongest push first (both ways).
    pub fn explain(&self, text: &str, scratch: &mut Scratch) -> Prediction {
        self.predict_adjusted(text, scratch, None, usize::MAX)
    }

    /// Classifies a text someone already analysed (the conversation analysis shares
    /// one analysis per post), with at most `signals` signals.
    pub fn predict_analysed(
        &self,
        analysis: &Analysis,
        scratch: &mut Scratch,
        signals: usize,
    ) -> Prediction {
        self.predict_analysed_adjusted(analysis, scratch, None, signals)
    }

    pub(crate) fn predict_adjusted(
        &self,
        text: &str,
        scratch: &mut Scratch,
        adapter: Option<&Adapter>,
        top: usize,
    ) -> Prediction {
        // Kept in the scratch afterwards: callers read it through `Scratch::analysis`.
        let mut analysis = std::mem::take(&mut scratch.extraction.analysis);
        analysis.analyse(text);
        let prediction = self.predict_analysed_adjusted(&analysis, scratch, adapter, top);
        scratch.extraction.analysis = analysis;
        prediction
    }

    fn predict_analysed_adjusted(
        &self,
        analysis: &Analysis,
        scratch: &mut Scratch,
        adapter: Option<&Adapter>,
        top: usize,
    ) -> Prediction {
        if adapter.is_none_or(Adapter::word_level)
            && self.uniform_idf
            && self.classes() <= MAX_GROUPED_CLASSES
        {
            return self.predict_grouped(analysis, scratch, adapter, top);
        }
        self.predict_by_features(analysis, scratch, adapter, top)
    }

    /// The reference path: one weighed feature per occurrence, then logits and
    /// signals over them. Handles IDF and adapters.
    pub(crate) fn predict_by_features(
        &self,
        analysis: &Analysis,
        scratch: &mut Scratch,
        adapter: Option<&Adapter>,
        top: usize,
    ) -> Prediction {
        self.header
            .features
            .extract_analysed(analysis, &mut scratch.extraction);
        scratch.extraction.weigh(&self.idf, self.uniform_idf);
        let logits = self.logits(&scratch.extraction, adapter);
        let probabilities = self.calibrate(logits);
        let label = argmax(&probabilities);
        let signals = self.signals(scratch, label, top, adapter);
        Prediction {
            label,
            probabilities,
            signals,
        }
    }

    /// The features that pushed `label` up most, grouped by what a person would
    /// recognise (a word with its character n-grams, a phrase, a link domain).
    fn signals(
        &self,
        scratch: &mut Scratch,
        label: usize,
        top: usize,
        adapter: Option<&Adapter>,
    ) -> Vec<Signal> {
        if top == 0 {
            return Vec::new();
        }
        let k = self.classes();
        let extraction = &scratch.extraction;
        let groups = &mut scratch.contributions;
        // Features of one word or phrase are adjacent and share an origin: merging
        // neighbours groups them without sorting (this runs for every prediction).
        // The running group's sum stays in a register until its key changes.
        let scales = &self.header.scales;
        let others_share = 1.0 / (k - 1) as f32;
        let features = &extraction.features;
        let values = &extraction.values;
        // Groups are written by index into a buffer sized up front: no call in the
        // loops (a call would force the running sum out of its register).
        groups.clear();
        groups.resize(features.len(), ((Namespace::Word, (0, 0)), 0.0));
        let mut count = 0usize;
        let mut previous: Option<(Namespace, (u32, u32))> = None;
        let mut sum = 0.0f32;
        macro_rules! merge {
            ($key:expr, $push:expr) => {{
                let key = Some($key);
                if previous == key {
                    sum += $push;
                } else {
                    if let Some(key) = previous {
                        groups[count] = (key, sum);
                        count += 1;
                    }
                    sum = $push;
                    previous = key;
                }
            }};
        }
        if k == 3 && adapter.is_none() {
            // The common case, unrolled; the same arithmetic as the general loop.
            let (s0, s1, s2) = (scales[0], scales[1], scales[2]);
            for (f, &value) in features.iter().zip(values) {
                let at = f.bucket as usize * 3;
                let q = &self.weights[at..at + 3];
                let w = [
                    f32::from(q[0]) * s0,
                    f32::from(q[1]) * s1,
                    f32::from(q[2]) * s2,
                ];
                let all = 0.0 + w[0] + w[1] + w[2];
                let own = w[label];
                let push = (own - (all - own) * others_share) * value;
                merge!((f.namespace, f.origin), push);
            }
        } else {
            for (f, &value) in features.iter().zip(values) {
                let at = f.bucket as usize * k;
                let (mut own, mut all) = (0.0f32, 0.0f32);
                for (c, (&q, &scale)) in self.weights[at..at + k].iter().zip(scales).enumerate() {
                    let mut w = f32::from(q) * scale;
                    if let Some(adapter) = adapter
                        && adapter.applies_to(f.namespace)
                    {
                        w += adapter.delta(f.bucket, c);
                    }
                    all += w;
                    if c == label {
                        own = w;
                    }
                }
                let push = (own - (all - own) * others_share) * value;
                merge!((f.namespace, f.origin), push);
            }
        }
        if let Some(key) = previous {
            groups[count] = (key, sum);
            count += 1;
        }
        groups.truncate(count);
        let candidates = &mut scratch.candidates;
        strongest(groups.iter().copied(), top, candidates);
        name_signals(extraction, candidates, top)
    }

    /// [`Model::predict_adjusted`] for a model without IDF, with no adapter or a
    /// word-level one: features summed per group in integers, character n-grams
    /// memoised per word (see `score`); an adapter's deltas added per word-level group
    /// (its bucket is known there). The same logits and signals as the
    /// feature-by-feature path.
    fn predict_grouped(
        &self,
        analysis: &Analysis,
        scratch: &mut Scratch,
        adapter: Option<&Adapter>,
        top: usize,
    ) -> Prediction {
        let k = self.classes();
        score::score(
            &self.header.features,
            &self.weights,
            k,
            self.fingerprint,
            analysis,
            &mut scratch.extraction,
            &mut scratch.groups,
        );
        let groups = &scratch.groups;
        let values = groups.values();
        // Integer sums per family first: exact, so the order of groups does not matter.
        let mut family = [[0i64; NAMESPACES]; MAX_GROUPED_CLASSES];
        // Three classes and no adapter (the default model), unrolled: the loops over a
        // row of `k` sums cost ~20 instructions a group more than the work, and a post
        // has ~50 groups. The same sums and the same arithmetic as the general loops.
        let three = (k == 3 && adapter.is_none()).then(|| groups.sums.as_chunks::<3>().0);
        if let Some(rows) = three {
            for (key, sums) in groups.keys.iter().zip(rows) {
                let ns = key.0 as usize;
                family[0][ns] += i64::from(sums[0]);
                family[1][ns] += i64::from(sums[1]);
                family[2][ns] += i64::from(sums[2]);
            }
        } else {
            for (key, sums) in groups.keys.iter().zip(groups.sums.chunks_exact(k)) {
                for (c, &s) in sums.iter().enumerate() {
                    family[c][key.0 as usize] += i64::from(s);
                }
            }
        }
        // The adapter's deltas per family, for the word-level groups it moved (the
        // first `buckets.len()` groups; character groups come last and are never moved).
        let delta_of = |group: usize| {
            adapter.and_then(|a| groups.buckets.get(group).and_then(|&b| a.deltas_of(b)))
        };
        let mut adjusted = [[0f32; NAMESPACES]; MAX_GROUPED_CLASSES];
        if adapter.is_some() {
            for (group, key) in groups.keys.iter().enumerate().take(groups.buckets.len()) {
                if let Some(delta) = delta_of(group) {
                    for (c, d) in delta.iter().enumerate() {
                        adjusted[c][key.0 as usize] += d;
                    }
                }
            }
        }
        let adapter_bias = |c: usize| adapter.map_or(0.0, |a| a.bias()[c]);
        let mut logits: Vec<f32> = (0..k)
            .map(|c| {
                let sum: f32 = (0..NAMESPACES)
                    .map(|ns| family[c][ns] as f32 * values[ns])
                    .sum();
                let adjustment: f32 = (0..NAMESPACES).map(|ns| adjusted[c][ns] * values[ns]).sum();
                sum * self.header.scales[c] + self.bias[c] + adjustment + adapter_bias(c)
            })
            .collect();
        logits = self.calibrate(logits);
        let label = argmax(&logits);
        let signals = if top == 0 {
            Vec::new()
        } else {
            let scales = &self.header.scales;
            let others_share = 1.0 / (k - 1) as f32;
            let push_of = |group: usize, key: &GroupKey, sums: &[i32]| {
                let mut all: f32 = sums.iter().zip(scales).map(|(&s, &w)| s as f32 * w).sum();
                let mut own = sums[label] as f32 * scales[label];
                if let Some(delta) = delta_of(group) {
                    all += delta.iter().sum::<f32>();
                    own += delta[label];
                }
                (own - (all - own) * others_share) * values[key.0 as usize]
            };
            let candidates = &mut scratch.candidates;
            if let Some(rows) = three {
                // `push_of` for three classes without deltas: a float sum starts from
                // −0.0, which added to any x gives x, so the three products summed in
                // order are the same number.
                let (s0, s1, s2) = (scales[0], scales[1], scales[2]);
                let own_scale = scales[label];
                let pushes = groups.keys.iter().zip(rows).map(|(key, sums)| {
                    let all = sums[0] as f32 * s0 + sums[1] as f32 * s1 + sums[2] as f32 * s2;
                    let own = sums[label] as f32 * own_scale;
                    (
                        *key,
                        (own - (all - own) * others_share) * values[key.0 as usize],
                    )
                });
                strongest(pushes, top, candidates);
            } else {
                let rows = groups.keys.iter().zip(groups.sums.chunks_exact(k));
                strongest(
                    rows.enumerate()
                        .map(|(group, (key, sums))| (*key, push_of(group, key, sums))),
                    top,
                    candidates,
                );
            }
            name_signals(&scratch.extraction, candidates, top)
        };
        Prediction {
            label,
            probabilities: logits,
            signals,
        }
    }
}

/// Label sets up to this size take the grouped path (the default model has three).
const MAX_GROUPED_CLASSES: usize = 16;

/// Candidates up to this many are kept in a sorted array while scanning ([`strongest`]).
const CANDIDATES: usize = 8;

/// The groups worth naming as the `top` signals, into `out` (cleared first): every
/// group for `usize::MAX`; else the `top + 2` strongest positive pushes (a few spare in
/// case two groups share a name and merge), strongest first, earlier first among
/// equals. The few needed for a verdict are kept in a small sorted array while the
/// groups stream past, with no buffer of every group and no partial sort.
fn strongest(
    rows: impl Iterator<Item = (GroupKey, f32)>,
    top: usize,
    out: &mut Vec<(GroupKey, f32)>,
) {
    out.clear();
    if top == usize::MAX {
        out.extend(rows);
        return;
    }
    let keep = top.saturating_add(2);
    if keep > CANDIDATES {
        out.extend(rows.filter(|g| g.1 > 0.0));
        if keep < out.len() {
            out.select_nth_unstable_by(keep, |a, b| b.1.total_cmp(&a.1));
            out.truncate(keep);
        }
        return;
    }
    let mut best = [((Namespace::Word, (0, 0)), 0.0f32); CANDIDATES];
    let mut held = 0;
    for (key, push) in rows {
        if push <= 0.0 || (held == keep && push <= best[held - 1].1) {
            continue;
        }
        let mut at = held.min(keep - 1);
        while at > 0 && best[at - 1].1 < push {
            best[at] = best[at - 1];
            at -= 1;
        }
        best[at] = (key, push);
        held = (held + 1).min(keep);
    }
    out.extend_from_slice(&best[..held]);
}

/// Names the strongest `top` of the candidates [`strongest`] chose (every group, by
/// absolute push, for `usize::MAX`), merging groups that share a name.
fn name_signals(extraction: &Extraction, groups: &[(GroupKey, f32)], top: usize) -> Vec<Signal> {
    // Merge groups that share a name (a word said twice) by their unformatted key;
    // only the signals shown are formatted.
    let mut merged: Vec<(GroupKey, NameKey<'_>, f32)> = Vec::with_capacity(groups.len());
    for &((namespace, origin), push) in groups.iter() {
        let key = extraction.name_key(namespace, origin);
        match merged.iter_mut().find(|m| m.1 == key) {
            Some(m) => m.2 += push,
            None => merged.push(((namespace, origin), key, push)),
        }
    }
    if top == usize::MAX {
        merged.sort_by(|a, b| b.2.abs().total_cmp(&a.2.abs()));
    } else {
        merged.sort_by(|a, b| b.2.total_cmp(&a.2));
        merged.truncate(top);
    }
    merged
        .into_iter()
        .map(|((namespace, origin), _, weight)| Signal {
            feature: extraction.describe_origin(namespace, origin),
            weight,
        })
        .collect()
}

pub(crate) fn argmax(values: &[f32]) -> usize {
    let mut best = 0;
    for (i, v) in values.iter().enumerate() {
        if *v > values[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::{Scratch, Signal};
    use crate::{TrainOptions, train};
    use proptest::prelude::*;

    fn small_model() -> &'static super::Model {
        static MODEL: std::sync::OnceLock<super::Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(train_small_model)
    }

    fn train_small_model() -> super::Model {
        let texts = [
            "Huh, anyway check out this you[tube] channel: kobyoshi02",
            "Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121",
            "Time for some BBQ and whiskey libations. Chomp, belch, chomp!",
            "30% OFF everything this weekend only! Shop now at example.com with code SAVE30",
            "@user sorry to hear that, please DM us your order number and we'll sort it out",
            "Honestly I don't think the subject would seem nearly as complicated if explained well",
            "Ünïcode café naïve 😀 #Été antidisestablishmentarianismextraordinaire fr33 m0ney",
        ];
        let labels = [
            "spam",
            "spam",
            "social",
            "marketing",
            "marketing",
            "social",
            "social",
        ];
        train(&texts, &labels, None, &TrainOptions::default()).expect("trains")
    }

    /// The grouped, memoised path gives what the feature-by-feature reference gives.
    fn assert_paths_agree(model: &super::Model, scratch: &mut Scratch, text: &str) {
        assert_paths_agree_with(model, scratch, None, text);
        assert_paths_agree_with(model, scratch, Some(small_adapter()), text);
    }

    /// A word-level adapter that learned a few corrections, some on words of the texts
    /// the tests predict.
    fn small_adapter() -> &'static crate::Adapter {
        static ADAPTER: std::sync::OnceLock<crate::Adapter> = std::sync::OnceLock::new();
        ADAPTER.get_or_init(|| {
            let model = small_model();
            let mut adapter = crate::Adapter::new(model);
            for (text, label) in [
                ("free money for everyone call now", "social"),
                ("my channel has the best covers", "marketing"),
                ("Time for some BBQ and whiskey", "spam"),
            ] {
                adapter.learn(model, text, label, 1.0).expect("learns");
            }
            assert!(adapter.word_level());
            adapter
        })
    }

    fn assert_paths_agree_with(
        model: &super::Model,
        scratch: &mut Scratch,
        adapter: Option<&crate::Adapter>,
        text: &str,
    ) {
        for top in [0, 3, usize::MAX] {
            let analysis = discern_text::Analysis::new(text);
            let fast = model.predict_grouped(&analysis, scratch, adapter, top);
            let mut reference_scratch = Scratch::default();
            let reference =
                model.predict_by_features(&analysis, &mut reference_scratch, adapter, top);
            for (a, b) in fast.probabilities.iter().zip(&reference.probabilities) {
                assert!((a - b).abs() < 1e-4, "{text:?}: {fast:?} vs {reference:?}");
            }
            assert_eq!(fast.signals.len(), reference.signals.len(), "{text:?}");
            for (a, b) in fast.signals.iter().zip(&reference.signals) {
                assert!(
                    (a.weight - b.weight).abs() < 1e-3,
                    "{text:?}: {a:?} vs {b:?}"
                );
            }
        }
    }

    #[test]
    fn grouped_path_matches_the_reference() {
        let model = small_model();
        let mut scratch = Scratch::default();
        for text in [
            "FREE iPhone!!! call 09061701461 or bit.ly/x",
            "free free free money money, free",
            "antidisestablishmentarianismextraordinaire is a very long word indeed",
            "Ünïcode café naïve 😀 #Été",
            "",
            "   ",
            "che.ck my chann3l http://youtu.be/abc @someone $TSLA 20% SAVE20",
        ] {
            // Twice: the second time answers from the word memo.
            assert_paths_agree(model, &mut scratch, text);
            assert_paths_agree(model, &mut scratch, text);
            // A caller's own analysis gives what the text gives, and the text's
            // analysis is left in the scratch for the caller to reuse.
            let from_text = model.predict(text, &mut scratch);
            assert_eq!(scratch.analysis().normal(), discern_text::normalize(text));
            let analysis = discern_text::Analysis::new(text);
            let mut other = Scratch::default();
            assert_eq!(model.predict_analysed(&analysis, &mut other, 3), from_text);
        }
    }

    proptest! {
        /// The unrolled sum of three classes is the iterator's sum bit for bit (its
        /// −0.0 start changes no sum), for any sums and scales, zeros of both signs
        /// included.
        #[test]
        fn three_products_sum_as_the_iterator_does(
            sums in proptest::array::uniform3(proptest::prelude::any::<i32>()),
            scales in proptest::array::uniform3(proptest::prelude::any::<f32>()),
        ) {
            let iterated: f32 = sums.iter().zip(&scales).map(|(&s, &w)| s as f32 * w).sum();
            let unrolled =
                sums[0] as f32 * scales[0] + sums[1] as f32 * scales[1] + sums[2] as f32 * scales[2];
            proptest::prop_assert!(
                iterated.to_bits() == unrolled.to_bits() || (iterated.is_nan() && unrolled.is_nan())
            );
        }

        #[test]
        fn grouped_path_matches_the_reference_on_any_text(text in "\\PC{0,80}") {
            let mut scratch = Scratch::default();
            assert_paths_agree(small_model(), &mut scratch, &text);
            assert_paths_agree(small_model(), &mut scratch, &text);
        }
    }

    #[test]
    fn signal_weights_format_like_two_decimals() {
        for (weight, text) in [
            (1.234, "+1.23"),
            (-0.006, "-0.01"),
            (0.0, "+0.00"),
            (-12.5, "-12.50"),
            (0.999, "+1.00"),
        ] {
            let signal = Signal {
                feature: "word \"x\"".into(),
                weight,
            };
            assert_eq!(
                signal.to_string(),
                format!("word \"x\" ({text})"),
                "{weight}"
            );
        }
        // Far outside what a model produces, still no panic.
        let huge = Signal {
            feature: "f".into(),
            weight: f32::MAX,
        };
        assert!(huge.to_string().starts_with("f (+"));
    }
}
