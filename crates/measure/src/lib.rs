//! The measuring half of discern: each kind of content judged by its own yardstick.
//!
//! * [`goal`] — campaigns have a business goal and the metric that measures it;
//!   "engagement" is refused with what to measure instead.
//! * [`link`] — tracked links: short codes, UTM parameters, the redirect location.
//! * [`bots`] — HEAD requests, crawlers and link-preview fetchers (shipped list), mail
//!   scanners, datacenter ranges: flagged with a reason, never deleted.
//! * [`visitor`] — a visitor hash with a random daily salt kept 48 hours; no cookie, no
//!   stored address.
//! * [`attribution`] — 30-minute repeat counting; last-click (default), first-click and
//!   linear credit within a lookback window.
//! * [`counts`] — what the report needs of the clicks (counts per link and day, each
//!   conversion's touches), from the raw clicks or from the store's rollup.
//! * [`report`] — the campaign report: clicks, conversions, and two scorecards never
//!   blended (social by conversation, marketing by outcome).
//! * [`timeline`] — the report's days: the conversation's content mix and the clicks;
//!   [`html`] — the report as one self-contained HTML page (inline CSS and SVG).
//! * [`db`] — SQLite tables beside the store's, same patterns; [`service`] — the running
//!   service (link cache, batched click writer) the server mounts.
//!
//! **Architecture invariant:** clicks are append-only (a bot click is flagged, never
//! removed); no raw client address is stored; the redirect answers before its click is
//! written; a report never adds a social number to a marketing number.

pub mod attribution;
pub mod bots;
pub mod counts;
pub mod db;
pub mod goal;
pub mod html;
pub mod link;
pub mod report;
pub mod service;
pub mod timeline;
pub mod types;
pub mod visitor;

pub use attribution::Model;
pub use bots::{BotFlag, BotReason, BotRules};
pub use db::{MeasureDb, sqlite_path};
pub use goal::{Goal, GoalKind, Metric};
pub use link::Utm;
pub use report::{Report, ReportOptions};
pub use service::{ClickRequest, Measure, MeasureConfig, Redirect};
pub use types::*;

/// What can go wrong while measuring, sorted by what the caller should answer.
#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    /// The request is wrong (400).
    #[error("{0}")]
    Invalid(String),
    /// An engagement goal or metric, refused with what to measure instead (422).
    #[error("{0}")]
    Engagement(String),
    /// No such campaign, link or click (404). Another site's records are reported the
    /// same way.
    #[error("not found: {0}")]
    NotFound(String),
    /// Already taken (a chosen short code, an idempotency key with another body) (409).
    #[error("conflict: {0}")]
    Conflict(String),
    /// This deployment cannot do it (PostgreSQL for now) (503).
    #[error("{0}")]
    Unsupported(String),
    /// The database is read-only, full or busy (503).
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Shipped or stored data cannot be read.
    #[error("unreadable data: {0}")]
    Data(String),
    /// Any other database error (500).
    #[error("database error: {0}")]
    Backend(String),
}

impl MeasureError {
    /// Whether the request may succeed later (answer 503).
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            MeasureError::Unavailable(_) | MeasureError::Unsupported(_)
        )
    }
}

impl From<rusqlite::Error> for MeasureError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(
                C::ReadOnly
                | C::DiskFull
                | C::DatabaseBusy
                | C::DatabaseLocked
                | C::CannotOpen
                | C::SystemIoFailure
                | C::PermissionDenied,
            ) => MeasureError::Unavailable(e.to_string()),
            Some(C::DatabaseCorrupt | C::NotADatabase) => MeasureError::Data(e.to_string()),
            _ => MeasureError::Backend(e.to_string()),
        }
    }
}

pub type Result<T, E = MeasureError> = std::result::Result<T, E>;

/// Unix seconds now.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}
