use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use discern_engine::{
    Analysis, Classifier, Conversation, Verdict, classify_post_on_thread, write_json_line,
};
use discern_posts::Post;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::ClassifyArgs;
use crate::input::{Tally, files_or_stdin, for_each_post, load_model, read_options};

/// Posts classified together by the worker threads; output keeps input order.
const BATCH: usize = 8192;

pub fn run(args: ClassifyArgs) -> Result<ExitCode> {
    let model = load_model(args.model.model.as_deref())?;
    let model = model.as_ref();
    let threads = if args.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        args.threads
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let progress = progress_bar();
    let mut tally = Tally::default();
    let mut batch: Vec<Post> = Vec::with_capacity(BATCH);
    let mut single = Classifier::new(model).with_signals(args.signals);
    let mut conversation = Conversation::default();
    let mut write_batch = |batch: &mut Vec<Post>, out: &mut BufWriter<_>| -> Result<()> {
        if threads == 1 {
            for post in batch.iter() {
                let mut verdict = single.classify(post);
                // The conversation reads the text as the classifier analysed it.
                judge_in_context(
                    &mut conversation,
                    post,
                    Some(single.analysis()),
                    &mut verdict,
                );
                write_json_line(out, &verdict, post)?;
            }
        } else {
            // Each worker thread keeps its classifier buffers (and word memo) across
            // batches; posts in a conversation bring their analysis back for the judge.
            let (mut verdicts, analyses): (Vec<Verdict>, Vec<Option<Analysis>>) =
                pool.install(|| {
                    batch
                        .par_iter()
                        .map(|post| {
                            classify_post_on_thread(model, args.signals, post, in_context(post))
                        })
                        .unzip()
                });
            // Context is sequential: each post is judged by the conversation before it.
            for ((post, verdict), analysis) in batch.iter().zip(&mut verdicts).zip(&analyses) {
                judge_in_context(&mut conversation, post, analysis.as_ref(), verdict);
            }
            let lines: Vec<Vec<u8>> = pool.install(|| {
                batch
                    .par_iter()
                    .zip(&verdicts)
                    .map(|(post, verdict)| {
                        let mut line = Vec::with_capacity(256);
                        write_json_line(&mut line, verdict, post).expect("writing to memory");
                        line
                    })
                    .collect()
            });
            for line in lines {
                out.write_all(&line)?;
            }
        }
        if let Some(bar) = &progress {
            bar.inc(batch.len() as u64);
        }
        batch.clear();
        Ok(())
    };
    let files = files_or_stdin(&args.files);
    let options = read_options(&args.input);
    let result = if threads == 1 {
        // One core: read, classify and write on this thread, nothing else running.
        for_each_post(&files, args.input.format, &options, &mut tally, |post| {
            batch.push(post);
            if batch.len() == BATCH {
                write_batch(&mut batch, &mut out)?;
            }
            Ok(())
        })
        .and_then(|()| write_batch(&mut batch, &mut out))
    } else {
        // Several: a reader thread parses the next batches while the workers classify
        // this one (parsing on this thread left the workers idle a third of the time).
        let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<Post>>(2);
        let format = args.input.format;
        let reader = std::thread::spawn(move || -> Result<Tally> {
            let mut tally = Tally::default();
            let mut batch = Vec::with_capacity(BATCH);
            for_each_post(&files, format, &options, &mut tally, |post| {
                batch.push(post);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    // The receiver only goes away when writing failed; that error is reported.
                    sender
                        .send(full)
                        .map_err(|_| anyhow::anyhow!("output closed"))?;
                }
                Ok(())
            })?;
            let _ = sender.send(batch);
            Ok(tally)
        });
        let written = batches
            .iter()
            .try_for_each(|mut batch| write_batch(&mut batch, &mut out));
        drop(batches);
        let read = reader
            .join()
            .map_err(|_| anyhow::anyhow!("the input reader thread panicked"))?;
        written.and_then(|()| {
            tally = read?;
            Ok(())
        })
    }
    .and_then(|()| out.flush().map_err(Into::into));
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    result?;
    Ok(tally.finish("classified"))
}

/// Whether a post belongs to a conversation (a reply, a thread, an author).
fn in_context(post: &Post) -> bool {
    post.parent_id.is_some() || post.thread_id.is_some() || post.author.is_some()
}

/// Posts that belong to a conversation (a reply, a thread, an author) are judged in
/// it; standalone texts skip the bookkeeping.
pub(crate) fn judge_in_context(
    conversation: &mut Conversation,
    post: &Post,
    analysis: Option<&Analysis>,
    verdict: &mut Verdict,
) {
    if in_context(post) {
        match analysis {
            Some(analysis) => conversation.judge_analysed(post, analysis, verdict),
            None => conversation.judge(post, verdict),
        }
    }
}

fn progress_bar() -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {human_pos} posts classified ({per_sec}) {elapsed}",
        )
        .ok()?,
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}
