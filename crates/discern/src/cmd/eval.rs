use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{Context, Result, bail};
use discern_engine::factors::{Context as Landing, Setting};
use discern_model::eval::{HeldOutReport, Parts, evaluate, held_out_judged};
use discern_model::metrics::Report;

use crate::cli::{DataArgs, EvalArgs};
use crate::input::{Columns, Example, Tally, columns, load_model, parse_folds, read_labelled};

/// Labelled files read with the `--data` options (`--test-only`, `--train-only`).
fn read_more(
    args: &EvalArgs,
    files: &[std::path::PathBuf],
    tally: &mut Tally,
) -> Result<Vec<Example>> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let more = DataArgs {
        data: files.to_vec(),
        ..args.data.clone()
    };
    read_labelled(&more, &args.learner, tally)
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let mut tally = Tally::default();
    let mut examples = read_labelled(&args.data, &args.learner, &mut tally)?;
    // Examples from `--test-only` follow the data's: they are tested in their part and
    // never trained on.
    let trained_and_tested = examples.len();
    let held_out = args.cv.is_some() || args.group_field.is_some();
    if !args.test_only.is_empty() && !held_out {
        bail!(
            "--test-only needs --cv or --group-field: its rows are tested where they are held out"
        );
    }
    examples.extend(read_more(&args, &args.test_only, &mut tally)?);
    // Examples from `--train-only` follow the tested ones: index >= tested are never tested.
    let tested = examples.len();
    if !args.train_only.is_empty() && !held_out && args.test_folds.is_none() {
        bail!("--train-only needs --cv, --group-field or --test-folds: it adds to training sets");
    }
    examples.extend(read_more(&args, &args.train_only, &mut tally)?);
    let Columns {
        texts,
        labels,
        weights,
    } = columns(&examples);
    let weights = weights.as_deref();
    // Cross-validation and leave-one-group-out differ only in how examples are parted.
    let held_out_parts: Option<(String, Vec<Option<String>>)> = match (args.cv, &args.group_field) {
        (Some(k), _) if k < 2 => bail!("--cv needs at least 2 folds"),
        (Some(k), _) => Some((
            format!("stratified {k}-fold cross-validation"),
            stratified_folds(&labels[..tested], k, args.learner.seed)
                .into_iter()
                .map(Some)
                .collect(),
        )),
        // Training-only rows carry their group too: they stay out of training when their
        // group is held out, and are never tested.
        (None, Some(field)) => Some((
            format!("leave-one-{field}-out"),
            examples
                .iter()
                .map(|e| Some(e.field_str(field).unwrap_or_else(|| "(none)".into())))
                .collect(),
        )),
        (None, None) => None,
    };
    if let Some((scheme, mut parts)) = held_out_parts {
        parts.resize(examples.len(), None);
        let options = super::train_options(&args.learner)?;
        // --judged: each held-out post goes through the engine as `discern classify`
        // judges a post alone (evidence and factors on top of the text model).
        // --predictions keeps each held-out example's judgement to write it afterwards.
        let kept: Option<Mutex<Vec<Option<discern_engine::Verdict>>>> = args
            .predictions
            .as_ref()
            .map(|_| Mutex::new(vec![None; tested]));
        let judge = |model: &discern_model::Model, i: usize| -> Vec<f32> {
            let mut post = discern_posts::Post::new(String::new(), texts[i]);
            // Where the text landed, when its row says (`kind`: a comment or a message is
            // judged as a lone reply in someone else's space, as `discern classify` does).
            post.kind = examples[i].kind;
            let mut verdict = discern_engine::classify_post(model, None, &post);
            if post.lands_elsewhere() {
                let context = Landing {
                    setting: Setting::Reply {
                        relevance: None,
                        solicited: false,
                    },
                    reply: true,
                    inbox: post.lands_in_inbox(),
                    ..Landing::alone()
                };
                discern_engine::judge_in_context(&mut verdict, &post, &context);
            }
            let scores = verdict.scores.iter().map(|(_, p)| *p).collect();
            if let Some(kept) = &kept {
                kept.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(verdict);
            }
            scores
        };
        let judged = args.judged || args.predictions.is_some();
        let judge: Option<discern_model::eval::Judge<'_>> = judged.then_some(&judge);
        let held_out = Parts {
            of: &parts,
            tested,
            untrained: trained_and_tested..tested,
        };
        let report = held_out_judged(&scheme, &texts, &labels, weights, held_out, &options, judge)?;
        if let (Some(path), Some(kept)) = (&args.predictions, kept) {
            let kept = kept.into_inner().unwrap_or_else(|e| e.into_inner());
            write_predictions(path, &kept, &parts, &labels, weights)?;
        }
        print_held_out(&report, args.json)?;
    } else if let Some(test) = &args.test_folds {
        let test = parse_folds(test)?;
        let train = parse_folds(args.train_folds.as_deref().unwrap_or_default())?;
        let pick = |folds: &[u64]| -> Vec<&Example> {
            examples[..tested]
                .iter()
                .filter(|e| e.fold.is_some_and(|f| folds.contains(&f)))
                .collect()
        };
        let (mut train_set, test_set) = (pick(&train), pick(&test));
        if train_set.is_empty() || test_set.is_empty() {
            bail!(
                "no examples in the train folds ({}) or the test folds ({})",
                train_set.len(),
                test_set.len()
            );
        }
        train_set.extend(&examples[tested..]);
        let options = super::train_options(&args.learner)?;
        let train = columns(train_set.iter().copied());
        let model = discern_model::train(
            &train.texts,
            &train.labels,
            train.weights.as_deref(),
            &options,
        )?;
        let test = columns(test_set.iter().copied());
        print_report(&evaluate(&model, &test.texts, &test.labels)?, args.json)?;
    } else {
        let model = load_model(args.model.model.as_deref())?;
        print_report(&evaluate(&model, &texts, &labels)?, args.json)?;
    }
    Ok(tally.finish("evaluated"))
}

/// One JSON line per held-out example: what `bench/fit_factors.py` fits the factors on.
fn write_predictions(
    path: &Path,
    kept: &[Option<discern_engine::Verdict>],
    parts: &[Option<String>],
    labels: &[&str],
    weights: Option<&[f32]>,
) -> Result<()> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("cannot write predictions to {}", path.display()))?;
    let mut out = BufWriter::new(file);
    for (i, verdict) in kept.iter().enumerate() {
        let Some(verdict) = verdict else { continue };
        let Some(factors) = &verdict.factors else {
            bail!("--predictions needs a model with the labels marketing, social and spam");
        };
        let text = factors.text;
        let line = serde_json::json!({
            "index": i,
            "part": parts[i],
            "label": labels[i],
            "weight": weights.map_or(1.0, |w| w[i]),
            "text": [text.marketing, text.social, text.spam],
            "evidence": factors.found.items.iter().map(|e| e.kind()).collect::<Vec<_>>(),
            "judged": verdict.scores.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
        });
        writeln!(out, "{line}")?;
    }
    out.flush()
        .with_context(|| format!("cannot write predictions to {}", path.display()))?;
    Ok(())
}

/// Assigns each example a fold so every fold has the same label mix: per label, a
/// seeded shuffle dealt round-robin.
fn stratified_folds(labels: &[&str], k: usize, seed: u64) -> Vec<String> {
    let mut by_label: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, l) in labels.iter().enumerate() {
        by_label.entry(l).or_default().push(i);
    }
    let mut folds = vec![String::new(); labels.len()];
    let mut state = seed;
    for indices in by_label.values_mut() {
        // Fisher–Yates with a SplitMix64 stream: reproducible for a seed.
        for i in (1..indices.len()).rev() {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            indices.swap(i, (z % (i as u64 + 1)) as usize);
        }
        for (n, &i) in indices.iter().enumerate() {
            folds[i] = format!("{:02}", n % k);
        }
    }
    folds
}

fn print_report(report: &Report, json: bool) -> Result<()> {
    if json {
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::to_string_pretty(report)?
        )?;
    } else {
        write!(std::io::stdout(), "{}", report.to_table())?;
    }
    Ok(())
}

fn print_held_out(report: &HeldOutReport, json: bool) -> Result<()> {
    if json {
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::to_string_pretty(report)?
        )?;
        return Ok(());
    }
    writeln!(std::io::stdout(), "{}\n", report.scheme)?;
    let width = report
        .parts
        .iter()
        .map(|p| p.part.len())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        std::io::stdout(),
        "{:width$}  {:>7}  {:>8}  {:>8}  {:>7}",
        "part",
        "tested",
        "accuracy",
        "macro-F1",
        "MCC"
    )?;
    for part in &report.parts {
        let r = &part.report;
        writeln!(
            std::io::stdout(),
            "{:width$}  {:>7}  {:>8.4}  {:>8.4}  {:>7.4}",
            part.part,
            r.examples,
            r.accuracy,
            r.macro_f1,
            r.mcc
        )?;
    }
    writeln!(
        std::io::stdout(),
        "\npooled over all parts:\n{}",
        report.pooled.to_table()
    )?;
    Ok(())
}
