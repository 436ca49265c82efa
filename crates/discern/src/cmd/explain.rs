use std::io::Read;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use discern_model::Scratch;

use crate::cli::ExplainArgs;
use crate::input::load_model;

pub fn run(args: ExplainArgs) -> Result<ExitCode> {
    let model = load_model(args.model.model.as_deref())?;
    let text = if args.text == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    } else {
        args.text
    };
    let prediction = model.explain(&text, &mut Scratch::default());
    let label = &model.labels()[prediction.label];
    if args.json {
        let scores: serde_json::Map<String, serde_json::Value> = model
            .labels()
            .iter()
            .zip(&prediction.probabilities)
            .map(|(l, p)| (l.clone(), serde_json::json!(p)))
            .collect();
        let signals: Vec<serde_json::Value> = prediction
            .signals
            .iter()
            .map(|s| serde_json::json!({"feature": s.feature, "weight": s.weight}))
            .collect();
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::json!({"label": label, "scores": scores, "signals": signals})
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(std::io::stdout(), "label: {label}")?;
    for (l, p) in model.labels().iter().zip(&prediction.probabilities) {
        writeln!(std::io::stdout(), "  {l:<10} {p:.4}")?;
    }
    writeln!(
        std::io::stdout(),
        "\nsignals (weight toward {label}; negative pulls away):"
    )?;
    for signal in &prediction.signals {
        writeln!(
            std::io::stdout(),
            "  {:+8.3}  {}",
            signal.weight,
            signal.feature
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
