use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::cli::TrainArgs;
use crate::input::{Columns, Tally, columns, read_labelled};

pub fn run(args: TrainArgs) -> Result<ExitCode> {
    let options = super::train_options(&args.learner)?;
    let mut tally = Tally::default();
    let examples = read_labelled(&args.data, &args.learner, &mut tally)?;
    let Columns {
        texts,
        labels,
        weights,
    } = columns(&examples);
    let start = Instant::now();
    let model = discern_model::train(&texts, &labels, weights.as_deref(), &options)?;
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
