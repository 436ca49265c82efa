use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use discern_engine::{Classifier, Conversation, flags_of};

use crate::cli::{AccountsArgs, ViewFormat};
use crate::input::{Tally, files_or_stdin, for_each_post, load_model, read_options};

pub fn run(args: AccountsArgs) -> Result<ExitCode> {
    let model = load_model(args.model.model.as_deref())?;
    let mut classifier = Classifier::new(&model).with_signals(0);
    let mut conversation = Conversation::default();
    let mut tally = Tally::default();
    let files = files_or_stdin(&args.files);
    for_each_post(
        &files,
        args.input.format,
        &read_options(&args.input),
        &mut tally,
        &crate::input::Watch::default(),
        |post| {
            let (mut verdict, found) = classifier.classify_for_context(&post);
            conversation.judge_found(&post, classifier.analysis(), &mut verdict, found);
            Ok(())
        },
    )?;
    let mut profiles = conversation.finish();
    profiles.sort_by(|a, b| {
        b.automation
            .total_cmp(&a.automation)
            .then(b.posts.cmp(&a.posts))
            .then(a.author.cmp(&b.author))
    });
    profiles.retain(|p| p.posts >= args.min_posts);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let view = if args.json {
        ViewFormat::Json
    } else {
        args.view
    };
    match view {
        ViewFormat::Json => {
            for profile in &profiles {
                let value = account_json(profile)?;
                serde_json::to_writer(&mut out, &value)?;
                writeln!(out)?;
            }
        }
        ViewFormat::Text => {
            writeln!(
                out,
                "{:<24} {:>6} {:>7} {:>7} {:>7} {:>6}  flags / reasons",
                "author", "posts", "social", "market", "spam", "auto"
            )?;
            for p in &profiles {
                let mix = &p.content_mix;
                let author: String = p.author.chars().take(24).collect();
                let mut notes = flags_of(p);
                if notes.is_empty() {
                    notes = p.reasons.clone();
                }
                writeln!(
                    out,
                    "{:<24} {:>6} {:>6.0}% {:>6.0}% {:>6.0}% {:>6.2}  {}",
                    author,
                    p.posts,
                    mix.social * 100.0,
                    mix.marketing * 100.0,
                    mix.spam * 100.0,
                    p.automation,
                    notes.join("; ")
                )?;
            }
        }
    }
    Ok(tally.finish("read"))
}

/// One author's profile as JSON, with the flags the engine derives from it.
fn account_json(profile: &discern_threads::accounts::AccountProfile) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(profile)?;
    value["flags"] = serde_json::json!(flags_of(profile));
    Ok(value)
}
