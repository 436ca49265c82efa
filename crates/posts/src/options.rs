//! Options the importers take.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// How to read an input. `Default` suits every format; the column names only matter
/// for CSV.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// CSV column holding the text (default: the first of text/content/body/message).
    pub text_column: Option<String>,
    /// CSV column holding the id (default `id`; else the line number).
    pub id_column: Option<String>,
    /// CSV column holding the author (default `author`).
    pub author_column: Option<String>,
    /// CSV column holding the replied-to post id (default `parent_id`).
    pub parent_column: Option<String>,
    /// CSV column holding the conversation root id (default `thread_id`).
    pub thread_column: Option<String>,
    /// CSV column holding the date (default `created_at`).
    pub created_at_column: Option<String>,
    /// CSV field delimiter (default: sniffed from the header line among `,`, `;`, tab
    /// and `|`).
    pub delimiter: Option<u8>,
    /// Author for formats whose records do not name one (a Twitter archive is one
    /// person's, and says so only in another file).
    pub default_author: Option<String>,
    /// A record longer than this is reported with its position and skipped.
    pub max_record_bytes: usize,
    /// Counts records that are valid but are not posts (Bluesky likes and identity
    /// events, Mastodon activities other than posts and boosts, WordPress attachments,
    /// deleted Disqus comments).
    /// Clone it before passing the options to read the count afterwards.
    pub skipped: SkipCounter,
}

/// The default for `ReadOptions::max_record_bytes`: 10 MiB.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 10 * 1024 * 1024;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            text_column: None,
            id_column: None,
            author_column: None,
            parent_column: None,
            thread_column: None,
            created_at_column: None,
            delimiter: None,
            default_author: None,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            skipped: SkipCounter::default(),
        }
    }
}

/// A shared count of skipped non-post records; clones count into the same total.
#[derive(Debug, Clone, Default)]
pub struct SkipCounter(Arc<AtomicU64>);

impl SkipCounter {
    /// Records skipped so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    pub(crate) fn add_one(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}
