use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use discern_engine::{Classifier, Conversation, flags_of};

use crate::cli::{AccountsArgs, ViewFormat};
use crate::input::{Tally, files_or_stdin, for_each_post, format_of, load_model, read_options};

pub fn run(args: AccountsArgs) -> Result<ExitCode> {
    let model = load_model(args.model.model.as_deref())?;
    let mut classifier = Classifier::new(&model).with_signals(0);
    let mut conversation = Conversation::default();
    let mut tally = Tally::default();
    let files = files_or_stdin(&args.files);
    for_each_post(
        &files,
        format_of(args.input.format),
        &read_options(&args.input),
        &mut tally,
        |post| {
            let mut verdict = classifier.classify(&post);
            conversation.judge(&post, &mut verdict);
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
    match args.view {
        ViewFormat::Json => {
            for profile in &profiles {
                let value = account_json(profile);
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

/// One author's profile as JSON.
fn account_json(p: &discern_threads::accounts::AccountProfile) -> serde_json::Value {
    let mix = &p.content_mix;
    let cadence = &p.cadence;
    serde_json::json!({
        "author": p.author,
        "posts": p.posts,
        "replies": p.replies,
        "automation": p.automation,
        "flags": flags_of(p),
        "reasons": p.reasons,
        "content_mix": {
            "labelled": mix.labelled, "social": mix.social, "marketing": mix.marketing, "spam": mix.spam,
            "promotional_share": mix.promotional_share, "over_80_20": mix.over_80_20,
        },
        "cadence": {
            "timed_posts": cadence.timed_posts, "mean_interval_secs": cadence.mean_interval_secs,
            "interval_cv": cadence.interval_cv, "interval_entropy": cadence.interval_entropy,
            "bursts": cadence.bursts, "posts_in_bursts": cadence.posts_in_bursts,
            "hour_histogram": cadence.hour_histogram, "hour_entropy": cadence.hour_entropy,
        },
        "duplicates": {
            "exact_duplicate_share": p.duplicates.exact_duplicate_share,
            "near_duplicate_share": p.duplicates.near_duplicate_share,
            "template_reuse_share": p.duplicates.template_reuse_share,
        },
        "keyword_triggers": p.keyword_triggers.as_ref().map(|k| serde_json::json!({
            "replies": k.replies, "parents": k.parents, "trigger_words": k.trigger_words, "pitch_domain": k.pitch_domain,
        })),
        "links": {
            "links": p.links.links, "posts_with_links": p.links.posts_with_links, "top_domain": p.links.top_domain,
            "top_domain_share": p.links.top_domain_share, "herfindahl": p.links.herfindahl, "shortener_share": p.links.shortener_share,
        },
        "text": { "vocabulary_diversity": p.text.vocabulary_diversity, "reference_share": p.text.reference_share },
    })
}
