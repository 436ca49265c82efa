use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::cli::TrainArgs;
use crate::input::{Tally, read_examples};

pub fn run(args: TrainArgs) -> Result<ExitCode> {
    let options = super::train_options(&args.learner)?;
    let mut tally = Tally::default();
    let examples = read_examples(
        &args.data,
        args.learner.weight_field.as_deref(),
        args.learner.weak_weight,
        &mut tally,
    )?;
    if examples.is_empty() {
        bail!("no labelled examples to train on");
    }
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let labels: Vec<&str> = examples.iter().map(|e| e.label.as_str()).collect();
    let weights: Vec<f32> = examples.iter().map(|e| e.weight).collect();
    let uniform = weights.iter().all(|&w| w == 1.0);
    let start = Instant::now();
    let model = discern_model::train(
        &texts,
        &labels,
        (!uniform).then_some(&weights[..]),
        &options,
    )?;
    let elapsed = start.elapsed();
    model
        .save(&args.out)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    let header = model.header();
    let counts: Vec<String> = header
        .labels
        .iter()
        .zip(&header.label_counts)
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    eprintln!(
        "discern: trained on {} examples ({}) in {:.2?}; calibration temperature {:.3}; wrote {}",
        examples.len(),
        counts.join(", "),
        elapsed,
        header.temperature,
        args.out.display()
    );
    Ok(tally.finish("read"))
}
