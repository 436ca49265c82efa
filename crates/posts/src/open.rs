//! Opening an input: a plain file or standard input, a gzip or zstd stream (known by its
//! magic bytes, decompressed as it is read), or a zip archive whose platform file is read
//! in place (`data/tweets.js` of an X archive, `outbox.json` of a Mastodon one).
//!
//! A zip entry is decompressed on a thread of its own and handed over in chunks through
//! a small bounded channel: the zip reader borrows its archive, and a channel gives the
//! posts iterator an owned, streaming `Read` without holding the entry in memory.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, sync_channel};

use crate::error::{ImportError, Position, Source};
use crate::format::{Format, detect};
use crate::options::ReadOptions;
use crate::{Posts, read_posts};

const BUFFER: usize = 256 * 1024;

/// A compression recognised by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Packing {
    Gzip,
    Zstd,
    Zip,
}

pub(crate) fn packing(head: &[u8]) -> Option<Packing> {
    if head.starts_with(&[0x1f, 0x8b]) {
        Some(Packing::Gzip)
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Some(Packing::Zstd)
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Some(Packing::Zip)
    } else {
        None
    }
}

/// The name without a compression extension, for detecting the format inside.
fn inner_name(name: &str) -> &str {
    for extension in [".gz", ".gzip", ".zst", ".zstd"] {
        if name.len() > extension.len()
            && name.is_char_boundary(name.len() - extension.len())
            && name[name.len() - extension.len()..].eq_ignore_ascii_case(extension)
        {
            return &name[..name.len() - extension.len()];
        }
    }
    name
}

/// Opens `path` (`-` is standard input) and reads it; see [`crate::read_path`].
pub(crate) fn open_path(
    path: &Path,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    let name = path.to_string_lossy().into_owned();
    let source = Source::new(&name);
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::with_capacity(BUFFER, io::stdin().lock()))
    } else {
        let file = File::open(path)
            .map_err(|error| source.fatal(Position::File, format!("cannot open: {error}")))?;
        Box::new(BufReader::with_capacity(BUFFER, file))
    };
    let file_name = path.file_name().and_then(|name| name.to_str());
    let zip_path = (name != "-").then_some(path);
    open_stream(reader, &name, file_name, zip_path, format, options)
}

/// Reads an already open input (see [`crate::read_reader`]); `zip_path` is the file
/// to reopen when the stream turns out to be a zip archive.
pub(crate) fn open_stream(
    mut reader: Box<dyn BufRead>,
    name: &str,
    file_name: Option<&str>,
    zip_path: Option<&Path>,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    let source = Source::new(name);
    let head = reader.fill_buf().map_err(|error| source.io(1, &error))?;
    match packing(head) {
        Some(Packing::Zip) => match zip_path {
            Some(path) => open_zip(path, format, options),
            None => Err(source.fatal(
                Position::File,
                "a zip archive cannot be read as a stream (its index is at the end); give its file name",
            )),
        },
        Some(Packing::Gzip) => {
            let decoder = flate2::bufread::MultiGzDecoder::new(reader);
            let reader = BufReader::with_capacity(BUFFER, decoder);
            finish(reader, format, options, name, file_name.map(inner_name))
        }
        Some(Packing::Zstd) => {
            let decoder = zstd::Decoder::with_buffer(reader).map_err(|error| {
                source.fatal(Position::File, format!("cannot start zstd: {error}"))
            })?;
            let reader = BufReader::with_capacity(BUFFER, decoder);
            finish(reader, format, options, name, file_name.map(inner_name))
        }
        None => finish(reader, format, options, name, file_name),
    }
}

/// Detects the format of a (decompressed) stream unless one is given, and reads it.
fn finish<R: BufRead + 'static>(
    mut reader: R,
    format: Option<Format>,
    options: &ReadOptions,
    name: &str,
    file_name: Option<&str>,
) -> Result<(Format, Posts), ImportError> {
    let format = match format {
        Some(format) => format,
        None => {
            let head = reader
                .fill_buf()
                .map_err(|error| Source::new(name).io(1, &error))?;
            detect(head, file_name)
        }
    };
    Ok((format, read_posts(reader, format, options, name)))
}

/// Which entries of an archive hold the posts, in reading order.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ZipPlan {
    pub(crate) format: Option<Format>,
    pub(crate) entries: Vec<String>,
}

/// The final path component of an entry name.
fn base_name(entry: &str) -> &str {
    entry.rsplit('/').next().unwrap_or(entry)
}

/// `tweets.js`, `tweet.js`, `tweets-part2.js`… (the order: the plain file, then parts
/// by number).
fn tweet_file_rank(entry: &str) -> Option<u32> {
    let base = base_name(entry);
    let stem = base.strip_suffix(".js")?;
    let rest = stem
        .strip_prefix("tweets")
        .or_else(|| stem.strip_prefix("tweet"))?;
    if rest.is_empty() {
        return Some(0);
    }
    rest.strip_prefix("-part")?.parse::<u32>().ok()
}

/// Chooses the entries to read: an X archive's tweet files, a Mastodon archive's
/// `outbox.json`, or the only file of a one-file zip (its format then detected).
pub(crate) fn plan_zip(names: &[String], format: Option<Format>) -> Result<ZipPlan, String> {
    let files: Vec<&String> = names.iter().filter(|name| !name.ends_with('/')).collect();
    let mut tweets: Vec<(u32, &String)> = files
        .iter()
        .filter_map(|name| tweet_file_rank(name).map(|rank| (rank, *name)))
        .collect();
    tweets.sort();
    let outbox = files
        .iter()
        .filter(|name| base_name(name) == "outbox.json")
        .min_by_key(|name| name.len());
    let plan = |format, entries: Vec<&String>| ZipPlan {
        format: Some(format),
        entries: entries.into_iter().cloned().collect(),
    };
    match format {
        None | Some(Format::Twitter) if !tweets.is_empty() => Ok(plan(
            Format::Twitter,
            tweets.into_iter().map(|(_, name)| name).collect(),
        )),
        None | Some(Format::Mastodon) if outbox.is_some() => Ok(plan(
            Format::Mastodon,
            outbox.into_iter().copied().collect(),
        )),
        _ if files.len() == 1 => Ok(ZipPlan {
            format,
            entries: vec![files[0].clone()],
        }),
        Some(Format::Twitter) => Err("no data/tweets.js in this zip archive".to_owned()),
        Some(Format::Mastodon) => Err("no outbox.json in this zip archive".to_owned()),
        _ => Err(format!(
            "this zip archive holds {} files and neither an X archive's data/tweets.js nor a \
             Mastodon archive's outbox.json; unzip it and name the file to read",
            files.len()
        )),
    }
}

fn open_zip(
    path: &Path,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    let name = path.to_string_lossy().into_owned();
    let source = Source::new(&name);
    let zip_error = |error: zip::result::ZipError| {
        source.fatal(
            Position::File,
            format!("cannot read the zip archive: {error}"),
        )
    };
    let file = File::open(path)
        .map_err(|error| source.fatal(Position::File, format!("cannot open: {error}")))?;
    let mut archive = zip::ZipArchive::new(file).map_err(zip_error)?;
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(std::borrow::Cow::into_owned))
        .collect::<Result<_, _>>()
        .map_err(zip_error)?;
    let plan = plan_zip(&names, format).map_err(|message| source.fatal(Position::File, message))?;
    let mut options = options.clone();
    if plan.format == Some(Format::Twitter) && options.default_author.is_none() {
        options.default_author = names
            .iter()
            .find(|entry| base_name(entry) == "account.js")
            .and_then(|entry| archive_username(&mut archive, entry));
    }
    drop(archive);
    let mut entries: VecDeque<String> = plan.entries.into();
    let first = entries
        .pop_front()
        .expect("a plan names at least one entry");
    let first_name = format!("{name}:{first}");
    let reader = BufReader::with_capacity(BUFFER, stream_entry(path.to_owned(), first.clone()));
    let (format, first_posts) = finish(
        reader,
        plan.format,
        &options,
        &first_name,
        Some(base_name(&first)),
    )?;
    Ok((
        format,
        Box::new(ZipPosts {
            path: path.to_owned(),
            name,
            entries,
            current: Some(first_posts),
            format,
            options,
        }),
    ))
}

/// The account's `username` from an X archive's `data/account.js`
/// (`window.YTD.account.part0 = [{"account": {"username": …}}]`), to name the author of
/// its tweets, which do not name it themselves.
fn archive_username(archive: &mut zip::ZipArchive<File>, entry: &str) -> Option<String> {
    let file = archive.by_name(entry).ok()?;
    let mut text = String::new();
    file.take(1 << 20).read_to_string(&mut text).ok()?;
    let json = &text[text.find('=')? + 1..];
    let value: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
    let username = value.get(0)?.get("account")?.get("username")?.as_str()?;
    (!username.is_empty()).then(|| username.to_owned())
}

/// The posts of an archive's entries, one after the other.
struct ZipPosts {
    path: PathBuf,
    name: String,
    entries: VecDeque<String>,
    current: Option<Posts>,
    format: Format,
    options: ReadOptions,
}

impl Iterator for ZipPosts {
    type Item = Result<crate::Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(posts) = &mut self.current {
                match posts.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let entry = self.entries.pop_front()?;
            let reader =
                BufReader::with_capacity(BUFFER, stream_entry(self.path.clone(), entry.clone()));
            let source_name = format!("{}:{entry}", self.name);
            self.current = Some(read_posts(reader, self.format, &self.options, &source_name));
        }
    }
}

/// Decompresses one entry on its own thread; the returned reader yields its bytes.
fn stream_entry(path: PathBuf, entry: String) -> ChannelReader {
    let (sender, receiver) = sync_channel::<io::Result<Vec<u8>>>(4);
    std::thread::spawn(move || {
        let result = (|| -> io::Result<()> {
            let file = File::open(&path)?;
            let mut archive = zip::ZipArchive::new(file).map_err(io::Error::other)?;
            let mut file = archive.by_name(&entry).map_err(io::Error::other)?;
            loop {
                let mut chunk = vec![0; 64 * 1024];
                let read = match file.read(&mut chunk) {
                    Ok(read) => read,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => return Err(error),
                };
                if read == 0 {
                    return Ok(());
                }
                chunk.truncate(read);
                if sender.send(Ok(chunk)).is_err() {
                    // The reader is gone (the caller stopped reading): stop too.
                    return Ok(());
                }
            }
        })();
        if let Err(error) = result {
            let _ = sender.send(Err(error));
        }
    });
    ChannelReader {
        receiver,
        chunk: Vec::new(),
        at: 0,
    }
}

struct ChannelReader {
    receiver: Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    at: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() {
            match self.receiver.recv() {
                Ok(Ok(chunk)) => {
                    self.chunk = chunk;
                    self.at = 0;
                }
                Ok(Err(error)) => return Err(error),
                // The sender finished: the end of the entry.
                Err(_) => return Ok(0),
            }
        }
        let amount = (self.chunk.len() - self.at).min(out.len());
        out[..amount].copy_from_slice(&self.chunk[self.at..self.at + amount]);
        self.at += amount;
        Ok(amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn recognises_magic_bytes() {
        assert_eq!(packing(&[0x1f, 0x8b, 8, 0]), Some(Packing::Gzip));
        assert_eq!(packing(&[0x28, 0xb5, 0x2f, 0xfd, 0]), Some(Packing::Zstd));
        assert_eq!(packing(b"PK\x03\x04rest"), Some(Packing::Zip));
        assert_eq!(packing(b"{\"text\":\"PK\"}"), None);
        assert_eq!(packing(b""), None);
        assert_eq!(inner_name("posts.jsonl.gz"), "posts.jsonl");
        assert_eq!(inner_name("feed.XML.ZST"), "feed.XML");
        assert_eq!(inner_name(".gz"), ".gz");
    }

    #[test]
    fn plans_platform_archives() {
        let x = names(&[
            "data/",
            "data/account.js",
            "data/tweets-part1.js",
            "data/like.js",
            "data/tweets.js",
            "data/deleted-tweets.js",
            "data/note-tweet.js",
        ]);
        assert_eq!(
            plan_zip(&x, None),
            Ok(ZipPlan {
                format: Some(Format::Twitter),
                entries: names(&["data/tweets.js", "data/tweets-part1.js"]),
            })
        );
        let mastodon = names(&["actor.json", "likes.json", "outbox.json", "media/a/b.png"]);
        assert_eq!(
            plan_zip(&mastodon, None).map(|plan| plan.entries),
            Ok(names(&["outbox.json"]))
        );
        assert_eq!(
            plan_zip(&names(&["dir/", "dir/posts.jsonl"]), None),
            Ok(ZipPlan {
                format: None,
                entries: names(&["dir/posts.jsonl"]),
            })
        );
        assert!(
            plan_zip(&mastodon, Some(Format::Twitter))
                .unwrap_err()
                .contains("tweets.js")
        );
        assert!(
            plan_zip(&names(&["a.csv", "b.csv"]), None)
                .unwrap_err()
                .contains("holds 2 files")
        );
    }
}
