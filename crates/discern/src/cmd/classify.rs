use std::cell::RefCell;
use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result};
use discern_engine::{Classifier, ForContext, Verdict, classify_post_on_thread, write_json_line};
use discern_posts::Post;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::ClassifyArgs;
use crate::input::{
    Tally, Watch, files_or_stdin, for_each_post, hide_progress, is_stream, load_model,
    read_options, show_progress, total_size,
};

/// Posts classified together by the worker threads; output keeps input order. From a
/// stream (a pipe, a terminal) a batch also ends whenever reading would wait for more
/// input, so each verdict is out as soon as its line is in; output is flushed after
/// every batch.
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
    let files = files_or_stdin(&args.files);
    let streaming = files.iter().any(|path| is_stream(path));
    let bytes = Arc::new(AtomicU64::new(0));
    let progress = progress_bar(total_size(&files));
    let mut classified: u64 = 0;
    let mut tally = Tally::default();
    let mut batch: Vec<Post> = Vec::with_capacity(BATCH);
    let mut single = Classifier::new(model).with_signals(args.signals);
    let mut conversation = super::relevance::conversation(&args.relevance)?;
    let embeds = conversation.relevance_mode().needs_embeddings();
    let mut write_batch = |batch: &mut Vec<Post>, out: &mut BufWriter<_>| -> Result<()> {
        if embeds {
            // One batched encode for the posts the conversation will judge.
            let judged: Vec<&Post> = batch.iter().filter(|p| in_context(p)).collect();
            conversation.prepare(&judged);
        }
        // Posts listed newest first (a feed, an X archive) are judged oldest first,
        // and written in input order all the same.
        let order = discern_engine::order_of_events(batch);
        // An account's own posts judged before its feed showed a brand's are judged
        // again as the brand's while the batch is held.
        let first = conversation.judged();
        let mut judged = Vec::new();
        if threads == 1 && order.is_none() {
            let mut verdicts = Vec::with_capacity(batch.len());
            for (i, post) in batch.iter().enumerate() {
                if in_context(post) {
                    // The conversation judges the text as the classifier analysed it,
                    // with the evidence it found.
                    let (mut verdict, found) = single.classify_for_context(post);
                    conversation.judge_found(post, single.analysis(), &mut verdict, found);
                    judged.push(i);
                    verdicts.push(verdict);
                } else {
                    verdicts.push(single.classify(post));
                }
            }
            conversation.revise(first, &judged, batch, &mut verdicts);
            for (post, verdict) in batch.iter().zip(&verdicts) {
                write_json_line(out, verdict, post)?;
            }
        } else {
            // Each worker thread keeps its classifier buffers (and word memo) across
            // batches; posts in a conversation bring their analysis back for the judge.
            let (mut verdicts, contexts): (Vec<Verdict>, Vec<Option<ForContext>>) =
                pool.install(|| {
                    batch
                        .par_iter()
                        .map(|post| {
                            classify_post_on_thread(model, args.signals, post, in_context(post))
                        })
                        .unzip()
                });
            // Context is sequential: each post is judged by the conversation before it.
            let mut contexts = contexts;
            let order = order.unwrap_or_else(|| (0..batch.len()).collect());
            for i in order {
                if let Some(ForContext { analysis, found }) = contexts[i].take() {
                    conversation.judge_found(&batch[i], &analysis, &mut verdicts[i], found);
                    judged.push(i);
                }
            }
            conversation.revise(first, &judged, batch, &mut verdicts);
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
        classified += batch.len() as u64;
        if let Some(bar) = &progress {
            bar.set_position(bytes.load(Ordering::Relaxed));
            bar.set_message(format!("{classified} posts classified"));
        }
        batch.clear();
        out.flush()?;
        Ok(())
    };
    let options = read_options(&args.input);
    let result = if threads == 1 && !streaming {
        // One core: read, classify and write on this thread, nothing else running.
        let watch = Watch {
            before_wait: None,
            bytes: bytes.clone(),
        };
        for_each_post(
            &files,
            args.input.format,
            &options,
            &mut tally,
            &watch,
            |post| {
                batch.push(post);
                if batch.len() == BATCH {
                    write_batch(&mut batch, &mut out)?;
                }
                Ok(())
            },
        )
        .and_then(|()| write_batch(&mut batch, &mut out))
    } else {
        // Several: a reader thread parses the next batches while the workers classify
        // this one (parsing on this thread left the workers idle a third of the time).
        // From a stream, the batch so far is also sent whenever reading would wait.
        let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<Post>>(2);
        let format = args.input.format;
        let file_bytes = bytes.clone();
        let reader = std::thread::spawn(move || -> Result<Tally> {
            let mut tally = Tally::default();
            let pending = Rc::new(RefCell::new(Vec::with_capacity(BATCH)));
            let before_wait = streaming.then(|| {
                let pending = Rc::clone(&pending);
                let sender = sender.clone();
                Rc::new(move || {
                    let batch = std::mem::take(&mut *pending.borrow_mut());
                    if !batch.is_empty() {
                        // A closed receiver is reported by the next full batch's send.
                        let _ = sender.send(batch);
                    }
                }) as Rc<dyn Fn()>
            });
            let watch = Watch {
                before_wait,
                bytes: file_bytes,
            };
            for_each_post(&files, format, &options, &mut tally, &watch, |post| {
                let mut batch = pending.borrow_mut();
                batch.push(post);
                if batch.len() >= BATCH {
                    let full = std::mem::replace(&mut *batch, Vec::with_capacity(BATCH));
                    drop(batch);
                    // The receiver only goes away when writing failed; that error is reported.
                    sender
                        .send(full)
                        .map_err(|_| anyhow::anyhow!("output closed"))?;
                }
                Ok(())
            })?;
            let _ = sender.send(pending.take());
            Ok(tally)
        });
        let written = batches
            .iter()
            .try_for_each(|mut batch| write_batch(&mut batch, &mut out));
        drop(batches);
        // When the output failed (a closed pipe: `… | head`), do not wait for the reader:
        // it may be blocked on a stream that never ends (`tail -f`); exiting ends it.
        if written.is_err() {
            hide_progress();
            return written.map(|()| ExitCode::SUCCESS);
        }
        let read = reader
            .join()
            .map_err(|_| anyhow::anyhow!("the input reader thread panicked"))?;
        written.and_then(|()| {
            tally = read?;
            Ok(())
        })
    }
    .and_then(|()| out.flush().map_err(Into::into));
    hide_progress();
    result?;
    super::relevance::report_failures(&conversation);
    Ok(tally.finish("classified"))
}

/// Whether a post belongs to a conversation (a reply, a thread, an author), or landed in
/// someone else's space (a comment or a message, even without what it answers): such
/// posts are judged in it; standalone texts skip the bookkeeping.
fn in_context(post: &Post) -> bool {
    post.lands_elsewhere() || post.thread_id.is_some() || post.author.is_some()
}

/// A progress bar on stderr when it is a terminal and the verdicts go elsewhere: bytes
/// read, percent and time left when the inputs are regular files (their total size is
/// known), else a spinner. Messages are printed above it (`input::say`).
fn progress_bar(total: Option<u64>) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() || std::io::stdout().is_terminal() {
        return None;
    }
    let bar = match total {
        Some(total) => ProgressBar::new(total).with_style(
            ProgressStyle::with_template(
                "{bar:30.cyan/blue} {percent:>3}% {bytes}/{total_bytes} \
                 ({binary_bytes_per_sec}, {eta} left) {msg}",
            )
            .ok()?
            .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner()
            .with_style(ProgressStyle::with_template("{spinner} {msg} ({elapsed})").ok()?),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    show_progress(bar.clone());
    Some(bar)
}
