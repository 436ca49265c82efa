use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use discern_engine::{Classifier, Verdict};
use discern_posts::Post;
use discern_threads::tree::{PostAnnotations, TreeIssue, build_forest, render_thread};
use serde_json::json;

use crate::cli::{ThreadArgs, ViewFormat};
use crate::input::{Tally, for_each_post, load_model, read_options};

pub fn run(args: ThreadArgs) -> Result<ExitCode> {
    let model = load_model(args.model.model.as_deref())?;
    let mut classifier = Classifier::new(&model);
    let mut conversation = super::relevance::conversation(&args.relevance)?;
    let mut tally = Tally::default();
    let mut posts: Vec<Post> = Vec::new();
    for_each_post(
        std::slice::from_ref(&args.file),
        args.input.format,
        &read_options(&args.input),
        &mut tally,
        &crate::input::Watch::default(),
        |post| {
            posts.push(post);
            Ok(())
        },
    )?;
    // Judged in the order it happened (a feed lists the newest first); an account's
    // first posts, judged before its feed showed a brand's, are the brand's too.
    let order =
        discern_engine::order_of_events(&posts).unwrap_or_else(|| (0..posts.len()).collect());
    let mut judged: Vec<Option<Verdict>> = vec![None; posts.len()];
    for &i in &order {
        let (mut verdict, found) = classifier.classify_for_context(&posts[i]);
        conversation.judge_found(&posts[i], classifier.analysis(), &mut verdict, found);
        judged[i] = Some(verdict);
    }
    let mut judged: Vec<Verdict> = judged.into_iter().flatten().collect();
    conversation.revise(0, &order, &posts, &mut judged);
    let verdicts: HashMap<String, Verdict> = posts
        .iter()
        .zip(judged)
        .map(|(post, verdict)| (post.id.clone(), verdict))
        .collect();
    super::relevance::report_failures(&conversation);
    let forest = build_forest(&posts);
    for issue in &forest.issues {
        eprintln!("discern: note: {}", describe_issue(issue, &posts));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let view = if args.json {
        ViewFormat::Json
    } else {
        args.view
    };
    match view {
        ViewFormat::Text => {
            let annotations: HashMap<String, PostAnnotations> = verdicts
                .iter()
                .map(|(id, v)| {
                    (
                        id.clone(),
                        PostAnnotations {
                            label: Some(annotation_label(v)),
                            relevance: v.relevance,
                        },
                    )
                })
                .collect();
            let width = if std::io::stdout().is_terminal() {
                terminal_width()
            } else {
                args.width
            };
            for thread in &forest.threads {
                writeln!(
                    out,
                    "{}",
                    render_thread(&forest, thread, &posts, &annotations, width)
                )?;
            }
        }
        ViewFormat::Json => {
            for thread in &forest.threads {
                let nodes: Vec<serde_json::Value> = forest
                    .depth_first(thread)
                    .map(|(i, depth)| {
                        let post = &posts[i];
                        let verdict = &verdicts[&post.id];
                        json!({
                            "id": post.id,
                            "depth": depth,
                            "parent_id": post.parent_id,
                            "author": post.author,
                            "kind": post.kind,
                            "text": post.text,
                            "verdict": verdict,
                        })
                    })
                    .collect();
                serde_json::to_writer(&mut out, &json!({"thread": thread.key, "posts": nodes}))?;
                writeln!(out)?;
            }
        }
    }
    Ok(tally.finish("read"))
}

/// The label with the reason that matters most when context changed it.
fn annotation_label(verdict: &Verdict) -> String {
    let mut label = verdict.label.clone();
    if let Some(flag) = verdict.author_flags.first() {
        label.push_str(&format!(" [{}]", flag.split(':').next().unwrap_or(flag)));
    }
    label
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

fn describe_issue(issue: &TreeIssue, posts: &[Post]) -> String {
    match issue {
        TreeIssue::MissingParent { post, parent_id } => {
            format!(
                "post {} replies to {parent_id}, which is not in the input; it is shown as a root",
                posts[*post].id
            )
        }
        TreeIssue::Cycle { post } => format!(
            "post {}'s parent link closes a cycle; the link was cut",
            posts[*post].id
        ),
        TreeIssue::DuplicateId { post, first } => {
            format!(
                "record {} repeats the id {} of record {}",
                post + 1,
                posts[*post].id,
                first + 1
            )
        }
    }
}
