//! Conversation and account analysis for discern.
//!
//! - [`tree`]: who replies to whom — threads from a flat list of posts, depth-first order,
//!   a text rendering with the caller's verdicts.
//! - [`relevance`]: does a reply belong where it was posted — BM25-style fit to its parent
//!   and its thread, streaming over many threads.
//! - [`accounts`]: how an author behaves over time — content mix against the 80/20
//!   guidance, cadence, duplicate and template reuse, keyword-triggered replies, link
//!   concentration, and an automation score with reasons.
//!
//! A pure library: no I/O, no model. Verdicts come from the caller, so this crate does not
//! depend on the classifier.

pub mod accounts;
pub mod hashing;
pub mod relevance;
pub mod terms;
pub mod tree;

pub use accounts::{AccountConfig, AccountProfile, AccountTracker, profile_accounts};
pub use relevance::{IndexError, Relevance, RelevanceConfig, ScoredPost, ThreadIndex, score_posts};
pub use tree::{Forest, PostAnnotations, Thread, TreeIssue, build_forest, render_thread};
