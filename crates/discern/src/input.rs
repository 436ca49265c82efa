//! Reading input files into posts, reporting every bad record on stderr.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use discern_posts::{Format, ImportError, Post, ReadOptions, read_path, read_reader};
use indicatif::ProgressBar;
use serde_json::value::RawValue;

use crate::cli::{DataArgs, InputArgs, LearnerArgs};

/// Counts what happened to the input, for the summary line and the exit status.
#[derive(Debug, Default)]
pub struct Tally {
    pub posts: u64,
    pub skipped: u64,
    /// Valid records that are not posts (likes, deletions, attachments…): not errors,
    /// but said, so nothing leaves the input unaccounted for.
    pub not_posts: u64,
    /// Inputs that could not be opened at all (missing, unreadable, not an archive we
    /// know): discern could not do what it was asked, exit status 2.
    pub unreadable: u64,
}

/// The progress bar while one is shown: messages go above it, not through it.
static PROGRESS: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Shows `bar` until [`hide_progress`]; messages printed meanwhile go above it.
pub fn show_progress(bar: ProgressBar) {
    *PROGRESS.lock().unwrap_or_else(|poison| poison.into_inner()) = Some(bar);
}

pub fn hide_progress() {
    if let Some(bar) = PROGRESS
        .lock()
        .unwrap_or_else(|poison| poison.into_inner())
        .take()
    {
        bar.finish_and_clear();
    }
}

/// Prints a line on stderr, above the progress bar when one is shown.
pub fn say(line: &str) {
    match &*PROGRESS.lock().unwrap_or_else(|poison| poison.into_inner()) {
        Some(bar) => bar.println(line),
        None => eprintln!("{line}"),
    }
}

impl Tally {
    /// Prints a bad record's file, position and reason; reading goes on.
    pub fn skip(&mut self, error: &ImportError) {
        self.skipped += 1;
        let what = if error.is_fatal() {
            "stopped reading"
        } else {
            "skipped"
        };
        say(&format!("discern: {what}: {error}"));
    }

    /// An input that could not be opened; the others are still read.
    pub fn unreadable(&mut self, error: &ImportError) {
        self.unreadable += 1;
        say(&format!("discern: cannot read: {error}"));
    }

    /// Prints the summary and returns the exit status.
    pub fn finish(&self, verb: &str) -> std::process::ExitCode {
        if self.not_posts > 0 {
            let (records, are) = if self.not_posts == 1 {
                ("record", "is not a post")
            } else {
                ("records", "are not posts")
            };
            eprintln!(
                "discern: passed over {} {records} that {are} (likes, deletions, attachments, \
                 settings…)",
                self.not_posts
            );
        }
        if self.unreadable > 0 {
            let inputs = if self.unreadable == 1 {
                "input"
            } else {
                "inputs"
            };
            eprintln!(
                "discern: {verb} {} records; {} {inputs} could not be read (see above)",
                self.posts, self.unreadable
            );
            std::process::ExitCode::from(crate::EXIT_ERROR)
        } else if self.skipped > 0 {
            eprintln!(
                "discern: {verb} {} records; skipped {} (see above)",
                self.posts, self.skipped
            );
            std::process::ExitCode::from(crate::EXIT_SKIPPED)
        } else {
            std::process::ExitCode::SUCCESS
        }
    }
}

pub fn read_options(args: &InputArgs) -> ReadOptions {
    ReadOptions {
        text_column: args.text_column.clone(),
        id_column: args.id_column.clone(),
        max_record_bytes: args.max_record_bytes,
        delimiter: args.delimiter,
        ..ReadOptions::default()
    }
}

/// The files to read: `-` (standard input) when none are given.
pub fn files_or_stdin(files: &[PathBuf]) -> Vec<PathBuf> {
    if files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        files.to_vec()
    }
}

/// How the reading is watched. Both hooks run on the reading thread.
#[derive(Default, Clone)]
pub struct Watch {
    /// Called just before reading more of a stream (a pipe, a terminal), a read that
    /// may block: whatever was read so far should go out now, not wait for more input.
    pub before_wait: Option<Rc<dyn Fn()>>,
    /// Counts the bytes read from regular files (compressed bytes for `.gz`/`.zst`),
    /// for a progress bar against their total size.
    pub bytes: Arc<AtomicU64>,
}

/// An input that may block (not a regular file): stdin from a pipe or terminal, a FIFO,
/// a character device.
pub fn is_stream(path: &Path) -> bool {
    if path == Path::new("-") {
        if std::io::stdin().is_terminal() {
            return true;
        }
        // `/dev/stdin` is whatever descriptor 0 is; if it cannot be looked at, assume
        // a stream (answering late costs more than answering in small batches).
        return std::fs::metadata("/dev/stdin").map_or(true, |metadata| !metadata.is_file());
    }
    std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file())
}

/// The total size of the inputs, if every one is a regular file.
pub fn total_size(files: &[PathBuf]) -> Option<u64> {
    files.iter().try_fold(0u64, |total, path| {
        let path = if path == Path::new("-") {
            Path::new("/dev/stdin")
        } else {
            path.as_path()
        };
        let metadata = std::fs::metadata(path).ok()?;
        metadata.is_file().then(|| total + metadata.len())
    })
}

/// A reader that reports what it reads (see [`Watch`]).
struct Watched<R> {
    inner: R,
    before_read: Option<Rc<dyn Fn()>>,
    bytes: Option<Arc<AtomicU64>>,
}

impl<R: Read> Read for Watched<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if let Some(before) = &self.before_read {
            before();
        }
        let read = self.inner.read(out)?;
        if let Some(bytes) = &self.bytes {
            bytes.fetch_add(read as u64, Ordering::Relaxed);
        }
        Ok(read)
    }
}

/// Opens one input the way the CLI watches it: streams with the before-wait hook,
/// regular files counting their bytes, zip archives by path.
fn open_input(
    path: &Path,
    format: Option<Format>,
    options: &ReadOptions,
    watch: &Watch,
) -> Result<discern_posts::Posts, ImportError> {
    let name = path.to_string_lossy().into_owned();
    let stdin = path == Path::new("-");
    let stream = is_stream(path);
    let before_read = if stream {
        watch.before_wait.clone()
    } else {
        None
    };
    let bytes = (!stream).then(|| watch.bytes.clone());
    if stdin && !stream && starts_like_zip(Path::new("/dev/stdin")) {
        // `discern classify < archive.zip`: a file after all, so it can be read by path.
        return read_path(Path::new("/dev/stdin"), format, options).map(|(_, posts)| posts);
    }
    if stdin {
        let reader = Watched {
            inner: std::io::stdin().lock(),
            before_read,
            bytes,
        };
        return read_reader(reader, &name, format, options).map(|(_, posts)| posts);
    }
    let opened = File::open(path);
    let is_zip = !stream && starts_like_zip(path);
    match opened {
        Ok(file) if !is_zip => {
            let reader = Watched {
                inner: file,
                before_read,
                bytes,
            };
            read_reader(reader, &name, format, options).map(|(_, posts)| posts)
        }
        // Zip archives (reopened by path), and the errors of files that do not open.
        _ => read_path(path, format, options).map(|(_, posts)| posts),
    }
}

/// Whether a regular file starts with a zip archive's signature.
fn starts_like_zip(path: &Path) -> bool {
    let mut magic = [0u8; 4];
    File::open(path).is_ok_and(|mut file| file.read_exact(&mut magic).is_ok())
        && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06")
}

/// Calls `each` with every post of every file, in order; bad records go to `tally`.
pub fn for_each_post(
    files: &[PathBuf],
    format: Option<Format>,
    options: &ReadOptions,
    tally: &mut Tally,
    watch: &Watch,
    mut each: impl FnMut(Post) -> Result<()>,
) -> Result<()> {
    for path in files {
        let posts = match open_input(path, format, options, watch) {
            Ok(posts) => posts,
            Err(error) => {
                tally.unreadable(&error);
                continue;
            }
        };
        for item in posts {
            match item {
                Ok(post) => {
                    tally.posts += 1;
                    each(post)?;
                }
                Err(error) => tally.skip(&error),
            }
        }
    }
    tally.not_posts = options.skipped.get();
    Ok(())
}

/// A labelled example read from JSONL, with the optional fields evaluation uses.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub label: String,
    pub weight: f32,
    pub fold: Option<u64>,
    /// Where the text landed, as its row's `kind` says (a post when it says nothing).
    pub kind: discern_posts::PostKind,
    pub extra: Vec<(String, Box<RawValue>)>,
}

impl Example {
    pub fn field_str(&self, name: &str) -> Option<String> {
        let raw = self.extra.iter().find(|(k, _)| k == name)?.1.get();
        match serde_json::from_str::<serde_json::Value>(raw).ok()? {
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Null => None,
            other => Some(other.to_string()),
        }
    }

    fn field_f64(&self, name: &str) -> Option<f64> {
        let raw = self.extra.iter().find(|(k, _)| k == name)?.1.get();
        serde_json::from_str::<f64>(raw).ok()
    }

    fn is_weak(&self) -> bool {
        self.extra
            .iter()
            .any(|(k, v)| k == "weak" && v.get() == "true")
    }
}

/// Labelled examples as the learner takes them: texts, labels, and weights when any
/// differs from 1.
pub struct Columns<'a> {
    pub texts: Vec<&'a str>,
    pub labels: Vec<&'a str>,
    pub weights: Option<Vec<f32>>,
}

pub fn columns<'a>(examples: impl IntoIterator<Item = &'a Example>) -> Columns<'a> {
    let (mut texts, mut labels, mut weights) = (Vec::new(), Vec::new(), Vec::new());
    for e in examples {
        texts.push(e.text.as_str());
        labels.push(e.label.as_str());
        weights.push(e.weight);
    }
    let weights = (!weights.iter().all(|&w| w == 1.0)).then_some(weights);
    Columns {
        texts,
        labels,
        weights,
    }
}

/// [`read_examples`] with the learner's weighting flags, refusing an empty result.
pub fn read_labelled(
    data: &DataArgs,
    learner: &LearnerArgs,
    tally: &mut Tally,
) -> Result<Vec<Example>> {
    let examples = read_examples(
        data,
        learner.weight_field.as_deref(),
        learner.weak_weight,
        tally,
    )?;
    if examples.is_empty() {
        anyhow::bail!(
            "no labelled examples in {}",
            data.data
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(examples)
}

/// Parses a fold list: `0`, `0-1`, `2,4,6-9`.
pub fn parse_folds(spec: &str) -> Result<Vec<u64>> {
    let mut folds = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b): (u64, u64) = (a.parse()?, b.parse()?);
                folds.extend(a..=b);
            }
            None => folds.push(part.parse().with_context(|| format!("bad fold {part:?}"))?),
        }
    }
    Ok(folds)
}

/// Reads labelled examples, applying the filters and weights of the flags. Records
/// without a label are reported and skipped like any bad record.
pub fn read_examples(
    args: &DataArgs,
    weight_field: Option<&str>,
    weak_weight: f32,
    tally: &mut Tally,
) -> Result<Vec<Example>> {
    let excluded_folds = args
        .exclude_fold
        .as_deref()
        .map(parse_folds)
        .transpose()?
        .unwrap_or_default();
    let sources: Option<Vec<&str>> = args
        .source
        .as_deref()
        .map(|s| s.split(',').map(str::trim).collect());
    let mut examples = Vec::new();
    let options = ReadOptions::default();
    for path in &args.data {
        let source_name = path.display().to_string();
        let posts = match read_path(path, Some(Format::Jsonl), &options) {
            Ok((_, posts)) => posts,
            Err(error) => {
                tally.unreadable(&error);
                continue;
            }
        };
        for (index, item) in posts.enumerate() {
            let post = match item {
                Ok(post) => post,
                Err(error) => {
                    tally.skip(&error);
                    continue;
                }
            };
            let mut example = Example {
                text: post.text,
                label: String::new(),
                weight: 1.0,
                fold: None,
                kind: post.kind,
                extra: post.extra,
            };
            let Some(label) = example
                .field_str(&args.label_field)
                .filter(|l| !l.is_empty())
            else {
                tally.skipped += 1;
                eprintln!(
                    "discern: skipped: {source_name}: record {}: missing field {:?}",
                    index + 1,
                    args.label_field
                );
                continue;
            };
            example.label = label;
            example.fold = example.field_f64("fold").map(|f| f as u64);
            if args.exclude_weak && example.is_weak() {
                continue;
            }
            if example.fold.is_some_and(|f| excluded_folds.contains(&f)) {
                continue;
            }
            if let Some(sources) = &sources
                && !example
                    .field_str("source")
                    .is_some_and(|s| sources.contains(&s.as_str()))
            {
                continue;
            }
            if let Some(field) = weight_field {
                example.weight = example.field_f64(field).unwrap_or(1.0) as f32;
            }
            if example.is_weak() {
                example.weight *= weak_weight;
            }
            tally.posts += 1;
            examples.push(example);
        }
    }
    Ok(examples)
}

pub fn load_model(path: Option<&Path>) -> Result<std::borrow::Cow<'static, discern_model::Model>> {
    match path {
        Some(path) => Ok(std::borrow::Cow::Owned(discern_model::Model::load(path)?)),
        None => Ok(std::borrow::Cow::Borrowed(discern_engine::default_model())),
    }
}
