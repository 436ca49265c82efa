//! The post data model and the readers that turn outside files into [`Post`]s.
//!
//! Every importer streams: it holds one record (or one XML element / JSON array item)
//! at a time, and reports a bad record as an [`ImportError::Record`] with its position
//! instead of stopping, so one broken line never loses the rest of a file. Only an
//! input that cannot be read at all ends with an [`ImportError::Fatal`].

mod archive;
mod bluesky;
mod csv_table;
mod error;
mod feed;
mod format;
mod html;
mod json_array;
mod jsonl;
mod line_reader;
mod mastodon;
mod options;
mod post;
mod reddit;
mod time;
mod twitter;
mod wxr;
mod xml;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

pub use error::{ImportError, Position, RecordError};
pub use format::{Format, UnknownFormat, detect};
pub use html::{HtmlText, decode_entities, html_to_text};
pub use options::{DEFAULT_MAX_RECORD_BYTES, ReadOptions, SkipCounter};
pub use post::{Metrics, Post, PostKind};

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
        Format::Jsonl => Box::new(LineRecords::new(reader, jsonl::NativeJson, source, max)),
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
        Format::Reddit => Box::new(LineRecords::new(
            reader,
            reddit::Pushshift {
                skipped: options.skipped.clone(),
            },
            source,
            max,
        )),
        Format::Wxr => {
            let format = wxr::Wxr {
                skipped: options.skipped.clone(),
            };
            Box::new(xml::XmlRecords::new(reader, format, source, max))
        }
        Format::Feed => Box::new(xml::XmlRecords::new(
            reader,
            feed::Feed::counting(options.skipped.clone()),
            source,
            max,
        )),
    }
}

/// Opens `path` (`-` is standard input), detects its format unless one is given, and
/// reads it. Fails only if the file cannot be opened or its start cannot be read.
pub fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &ReadOptions,
) -> Result<(Format, Posts), ImportError> {
    let name = path.to_string_lossy().into_owned();
    let source = Source::new(&name);
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            std::io::stdin().lock(),
        ))
    } else {
        let file = File::open(path)
            .map_err(|error| source.fatal(Position::File, format!("cannot open: {error}")))?;
        Box::new(BufReader::with_capacity(256 * 1024, file))
    };
    let mut reader = reader;
    let format = match format {
        Some(format) => format,
        None => {
            let head = reader.fill_buf().map_err(|error| source.io(1, &error))?;
            detect(head, path.file_name().and_then(|name| name.to_str()))
        }
    };
    Ok((format, read_posts(reader, format, options, &name)))
}
