mod accounts;
mod classify;
mod eval;
mod explain;
mod measure;
mod relevance;
mod serve;
mod thread;
mod train;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command, LearnerArgs};

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Classify(args) => classify::run(args),
        Command::Train(args) => train::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Thread(args) => thread::run(args),
        Command::Accounts(args) => accounts::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Keys(args) => serve::keys(args),
        Command::Erase(args) => serve::erase(args),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "discern", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(command.clone()).render(&mut out)?;
            // Each subcommand's options and examples follow, as sections of the one page.
            for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
                let name = format!("discern-{}", sub.get_name());
                let usage = format!("discern {}", sub.get_name());
                let sub = sub
                    .clone()
                    .display_name(name)
                    .bin_name(usage)
                    .version(env!("CARGO_PKG_VERSION"));
                clap_mangen::Man::new(sub).render(&mut out)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Campaigns(args) => measure::campaigns(args),
        Command::Links(args) => measure::links(args),
        Command::Report(args) => measure::report(args),
    }
}

/// Training options from the learner flags.
fn train_options(args: &LearnerArgs) -> Result<discern_model::TrainOptions> {
    let (min, max) = args
        .char_ngrams
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse::<u8>().ok()?, b.parse::<u8>().ok()?)))
        .filter(|(a, b)| a <= b && *b <= 8)
        .ok_or_else(|| {
            anyhow::anyhow!(
                "--char-ngrams must be MIN-MAX with MIN <= MAX <= 8, got {:?}",
                args.char_ngrams
            )
        })?;
    if !(0.0..=1.0).contains(&args.weak_weight) {
        anyhow::bail!(
            "--weak-weight must be between 0 and 1, got {}",
            args.weak_weight
        );
    }
    Ok(discern_model::TrainOptions {
        features: discern_model::FeatureConfig {
            bits: args.bits,
            word_ngrams: args.word_ngrams,
            char_min: min,
            char_max: max,
            idf: args.idf,
            length_terms: args.length_terms,
            shape_terms: args.shape_terms,
        },
        learner: discern_model::TrainConfig {
            epochs: args.epochs,
            learning_rate: args.learning_rate,
            class_weight: args.class_weight.parse().map_err(anyhow::Error::msg)?,
            seed: args.seed,
            ..discern_model::TrainConfig::default()
        },
    })
}
