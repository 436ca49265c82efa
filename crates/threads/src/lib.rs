//! Conversation and account analysis for discern.
//!
//! - [`tree`]: who replies to whom — threads from a flat list of posts, depth-first order,
//!   a text rendering with the caller's verdicts.
//! - [`relevance`]: does a reply belong where it was posted — BM25-style fit to its parent
//!   and its thread, streaming over many threads.
//! - [`accounts`]: how an author behaves over time — content mix against the 80/20
//!   guidance, cadence and quiet hours, duplicate and template reuse, how it addresses
//!   others (reply latency, replies to strangers, templates, links), keyword-triggered
//!   replies (Snowball-stemmed triggers), link concentration, and an automation score
//!   (a text model fitted on TweepFake plus reply and feed evidence) with reasons.
//! - [`semantic`]: the optional relevance by sentence embeddings (the [`semantic::Embedder`]
//!   seam; with the `semantic` feature, all-MiniLM-L6-v2 from `discern-embed` behind it).
//!
//! A pure library: no I/O, no model (an embedder, like the verdicts, comes from the
//! caller), so this crate does not depend on the classifier.

pub mod accounts;
pub mod hashing;
pub mod relevance;
pub mod semantic;
pub mod terms;
pub mod tree;

pub use accounts::{AccountConfig, AccountProfile, AccountTracker, profile_accounts};
pub use relevance::{IndexError, Relevance, RelevanceConfig, ScoredPost, ThreadIndex, score_posts};
pub use tree::{Forest, PostAnnotations, Thread, TreeIssue, build_forest, render_thread};
