//! The post data model and the readers that turn outside files into [`Post`]s.
//!
//! Every importer streams: it holds one record (or one XML element / JSON array item)
//! at a time, and reports a bad record as a [`RecordError`] with its position instead
//! of stopping, so one broken line never loses the rest of a file.

mod post;

pub use post::{Metrics, Post, PostKind};
