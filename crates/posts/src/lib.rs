//! The post data model and the readers that turn outside files into [`Post`]s.
//!
//! Every importer streams: it holds one record (or one XML element / JSON array item)
//! at a time, and reports a bad record as an [`ImportError::Record`] with its position
//! instead of stopping, so one broken line never loses the rest of a file. Only an
//! input that cannot be read at all ends with an [`ImportError::Fatal`].

mod archive;
mod bluesky;
mod csv_table;
mod disqus;
mod error;
mod feed;
mod format;
mod html;
mod json_array;
mod jsonl;
mod line_reader;
mod mastodon;
mod open;
mod options;
mod post;
mod reddit;
mod reddit_listing;
mod time;
mod twitter;
mod wxr;
mod xml;
mod youtube;

use std::io::BufRead;
use std::path::Path;

pub use error::{ImportError, Position, RecordError};
pub use format::{Format, UnknownFormat, detect};
pub use html::{HtmlText, decode_entities, html_to_text};
pub use options::{DEFAULT_MAX_RECORD_BYTES, ReadOptions, SkipCounter};
pub use post::{EXCERPT_MARKS, Metrics, Post, PostKind};

use archive::ArchiveRecords;
use error::Source;
use line_reader::LineRecords;

/// What every importer yields: posts, and errors that say where and why.
pub type Posts = Box<dyn Iterator<Item = Result<Post, ImportError>>>;

/// Reads posts from `reader` in `format`, one record at a time. `source_name` is the
/// file name used in error messages (`-` for standard input).
pub fn read_posts<R: BufRead + 'static>(
    reader: R,
    format: Format,
    options: &ReadOptions,
    source_name: &str,
) -> Posts {
    let source = Source::new(source_name);
    let max = options.max_record_bytes;
    match format {
        Format::Jsonl => {
            let mut reader = reader;
            if jsonl::starts_with_array(&mut reader) {
                Box::new(jsonl::ArrayRecords::new(reader, source, max))
            } else {
                Box::new(LineRecords::new(reader, jsonl::NativeJson, source, max))
            }
        }
        Format::Lines => Box::new(LineRecords::new(
            reader,
            line_reader::PlainLines,
            source,
            max,
        )),
        Format::Csv => Box::new(csv_table::CsvRecords::new(reader, options, source)),
        Format::Twitter => {
            let parser = twitter::Tweets {
                author: options.default_author.clone(),
            };
            Box::new(ArchiveRecords::new(
                reader,
                archive::open_twitter,
                parser,
                source,
                max,
            ))
        }
        Format::Mastodon => {
            let parser = mastodon::Outbox {
                skipped: options.skipped.clone(),
            };
            Box::new(ArchiveRecords::new(
                reader,
                archive::open_outbox,
                parser,
                source,
                max,
            ))
        }
        Format::Bluesky => {
            let parser = bluesky::Jetstream {
                skipped: options.skipped.clone(),
            };
            Box::new(LineRecords::new(reader, parser, source, max))
        }
        Format::Reddit => {
            let mut reader = reader;
            let parser = reddit::Pushshift {
                skipped: options.skipped.clone(),
            };
            if reddit_listing::starts_with_listing(&mut reader) {
                Box::new(reddit_listing::ListingRecords::new(
                    reader, parser, source, max,
                ))
            } else {
                Box::new(LineRecords::new(reader, parser, source, max))
            }
        }
        Format::Wxr => {
            let format = wxr::Wxr::counting(options.skipped.clone());
            Box::new(xml::XmlRecords::new(reader, format, source, max))
        }
        Format::Feed => Box::new(xml::XmlRecords::new(
            reader,
            feed::Feed::counting(options.skipped.clone()),
            source,
            max,
        )),
        Format::Disqus => {
            let format = disqus::Disqus {
                skipped: options.skipped.clone(),
            };
            Box::new(xml::XmlRecords::new(reader, format, source, max))
        }
        Format::Youtube => {
            let mapper = youtube::Mapper {
                skipped: options.skipped.clone(),
            };
            Box::new(youtube::YoutubeRecords::new(reader, mapper, source, max))
        }
    }
}

/// Opens `path` (`-` is standard input), detects its format unless one is given, and
/// reads it. A gzip or zstd stream is decompressed as it is read (known by its first
/// bytes, whatever its name); a zip archive is read in place: an X archive's
/// `data/tweets.js` (and its parts), a Mastodon archive's `outbox.json`, or a one-file
/// zip's file. Fails only if the input cannot be opened or its start cannot be read.
pub fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    open::open_path(path, format, options)
}

/// [`read_path`] for an input the caller opened: standard input, a pipe, or a file it
/// wants to watch (count the bytes read, act before a read would block). `name` is
/// used in error messages and its extension helps detection. Gzip and zstd are
/// decompressed; a zip archive is refused, since it can only be read from its file.
pub fn read_reader<R: std::io::Read + 'static>(
    reader: R,
    name: &str,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    let reader = std::io::BufReader::with_capacity(256 * 1024, reader);
    let file_name = Path::new(name).file_name().and_then(|name| name.to_str());
    open::open_stream(Box::new(reader), name, file_name, None, format, options)
}
