//! Held-out evaluation: a model on labelled texts, k-fold cross-validation and
//! leave-one-group-out (train on every group but one, test on that one).

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{ModelError, Result};
use crate::linear::{self, RawRow};
use crate::metrics::{Confusion, Report};
use crate::model::{Model, Scratch};
use crate::train::{TrainOptions, label_set_of, targets_of, train_rows};

/// Scores `model` on labelled texts. Labels the model does not know count as errors
/// against an extra "(unknown)" column, so they are visible rather than dropped.
pub fn evaluate<S: AsRef<str> + Sync>(model: &Model, texts: &[S], labels: &[S]) -> Result<Report> {
    if let Some(unknown) = labels
        .iter()
        .find(|l| model.label_index(l.as_ref()).is_err())
    {
        return Err(ModelError::UnknownLabel {
            label: unknown.as_ref().into(),
            known: model.labels().join(", "),
        });
    }
    let confusion = texts
        .par_iter()
        .zip(labels)
        .fold(
            || (Confusion::new(model.labels()), Scratch::default()),
            |(mut confusion, mut scratch), (text, label)| {
                let prediction = model.predict(text.as_ref(), &mut scratch);
                let truth = model.label_index(label.as_ref()).expect("checked above");
                confusion.add(truth, &prediction.probabilities);
                (confusion, scratch)
            },
        )
        .map(|(c, _)| c)
        .reduce_with(|mut a, b| {
            a.merge(&b);
            a
        })
        .unwrap_or_else(|| Confusion::new(model.labels()));
    Ok(confusion.report())
}

/// One held-out part's result.
#[derive(Debug, Clone, Serialize)]
pub struct PartReport {
    /// The fold number or the group name.
    pub part: String,
    pub train_examples: usize,
    pub report: Report,
}

/// All parts plus the pooled result (every example predicted once, by the model that
/// did not see it).
#[derive(Debug, Clone, Serialize)]
pub struct HeldOutReport {
    pub scheme: String,
    pub parts: Vec<PartReport>,
    pub pooled: Report,
}

/// Trains one model per distinct value of `part_of` (a fold number or a group) on the
/// other examples and tests it on that part's examples. Examples whose part is `None`
/// are in every training set and never tested; examples at index `tested` and beyond
/// (training-only rows) are never tested, and are left out of training with their part
/// (a stripped copy of a held-out source's text stays out of that source's model).
pub fn held_out<S: AsRef<str> + Sync>(
    scheme: &str,
    texts: &[S],
    labels: &[S],
    weights: Option<&[f32]>,
    part_of: &[Option<String>],
    options: &TrainOptions,
) -> Result<HeldOutReport> {
    let parts = Parts {
        of: part_of,
        tested: texts.len(),
        untrained: 0..0,
    };
    held_out_judged(scheme, texts, labels, weights, parts, options, None)
}

/// Which part each example is in, how many of them (the first `tested`) may be tested,
/// and which are never trained on (evaluation-only sources): see [`held_out`].
#[derive(Debug, Clone)]
pub struct Parts<'a> {
    pub of: &'a [Option<String>],
    pub tested: usize,
    pub untrained: std::ops::Range<usize>,
}

/// How a held-out example is judged: the probabilities, in the model's label order, of
/// the example at this index by this model. `None` is the model alone; a front end may
/// judge with more than the text (the engine's evidence and factors).
pub type Judge<'a> = &'a (dyn Fn(&Model, usize) -> Vec<f32> + Sync);

/// [`held_out`], with each test example judged by `judge` instead of the model alone.
pub fn held_out_judged<S: AsRef<str> + Sync>(
    scheme: &str,
    texts: &[S],
    labels: &[S],
    weights: Option<&[f32]>,
    parts: Parts<'_>,
    options: &TrainOptions,
    judge: Option<Judge<'_>>,
) -> Result<HeldOutReport> {
    let Parts {
        of: part_of,
        tested,
        untrained,
    } = parts;
    let label_set = label_set_of(labels)?;
    let mut parts: Vec<&String> = part_of[..tested.min(part_of.len())]
        .iter()
        .flatten()
        .collect();
    parts.sort();
    parts.dedup();
    if parts.len() < 2 {
        return Err(ModelError::Training(format!(
            "{scheme} needs at least two parts, found {}",
            parts.len()
        )));
    }
    let targets = targets_of(&label_set, labels);
    let rows: Vec<RawRow> = linear::featurize(&options.features, texts);
    let mut pooled = Confusion::new(&label_set);
    let mut reports = Vec::with_capacity(parts.len());
    for part in parts {
        let in_part = |i: usize| part_of[i].as_ref() == Some(part);
        let train: Vec<usize> = (0..rows.len())
            .filter(|&i| !in_part(i) && !untrained.contains(&i))
            .collect();
        let test: Vec<usize> = (0..tested.min(rows.len()))
            .filter(|&i| in_part(i))
            .collect();
        let model = train_rows(&rows, &targets, label_set.clone(), weights, &train, options)?;
        let confusion = test
            .par_iter()
            .fold(
                || (Confusion::new(&label_set), Scratch::default()),
                |(mut confusion, mut scratch), &i| {
                    let probabilities = match judge {
                        Some(judge) => judge(&model, i),
                        None => model.predict(texts[i].as_ref(), &mut scratch).probabilities,
                    };
                    confusion.add(targets[i] as usize, &probabilities);
                    (confusion, scratch)
                },
            )
            .map(|(c, _)| c)
            .reduce_with(|mut a, b| {
                a.merge(&b);
                a
            })
            .unwrap_or_else(|| Confusion::new(&label_set));
        pooled.merge(&confusion);
        reports.push(PartReport {
            part: part.clone(),
            train_examples: train.len(),
            report: confusion.report(),
        });
    }
    Ok(HeldOutReport {
        scheme: scheme.into(),
        parts: reports,
        pooled: pooled.report(),
    })
}
