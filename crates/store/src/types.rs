use serde::Serialize;

/// An API key as stored: never the key itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyRecord {
    pub id: i64,
    /// The first characters of the key, for display (`abcd********`).
    pub prefix: String,
    /// Requests per second allowed (token bucket); `None` uses the server default.
    pub rate_limit: Option<u32>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// A freshly created key: the plaintext is here and nowhere else.
#[derive(Debug, Clone)]
pub struct NewKey {
    pub key: String,
    pub record: KeyRecord,
    pub site: Option<SiteRecord>,
}

/// A site (Akismet's "blog") that uses a key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteRecord {
    pub id: i64,
    pub key_id: i64,
    pub url: String,
    /// Whether this site's feedback goes into (and its verdicts use) the global adapter.
    pub share_feedback: bool,
    pub created_at: i64,
    /// How Akismet answers are softened for review; off by default.
    pub moderation: Moderation,
}

/// A site's moderation settings. The default (both off) answers Akismet exactly as the
/// verdict says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Moderation {
    /// Spam probabilities in the band are answered "not spam" and flagged for review.
    pub unsure: Option<UnsureBand>,
    /// When shadow mode was turned on: every answer is "not spam" and what would have
    /// been caught is flagged, so a site can compare before enforcing. `None`: enforcing.
    pub shadow_since: Option<i64>,
}

/// The spam probabilities a person should look at rather than the filter decide: from
/// `low` up to but not including `high`, or up to and including 1 when `high` is 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct UnsureBand {
    pub low: f64,
    pub high: f64,
}

impl UnsureBand {
    /// A band with `0 <= low < high <= 1`, or why not.
    pub fn new(low: f64, high: f64) -> std::result::Result<UnsureBand, String> {
        if !(0.0..=1.0).contains(&low) || !(0.0..=1.0).contains(&high) || low >= high {
            return Err(format!(
                "the unsure band needs 0 <= low < high <= 1, not [{low}, {high})"
            ));
        }
        Ok(UnsureBand { low, high })
    }

    pub fn contains(self, p: f64) -> bool {
        // A band that reaches 1 takes in certainty too, or "everything above 0.6" could
        // not be said.
        p >= self.low && (p < self.high || self.high >= 1.0)
    }
}

/// Why a check waits in the moderation queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewFlag {
    /// Its spam probability fell in the site's unsure band: answered "not spam".
    Unsure,
    /// Shadow mode answered "not spam" where enforcing would have answered "spam".
    Shadow,
}

impl ReviewFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewFlag::Unsure => "unsure",
            ReviewFlag::Shadow => "shadow",
        }
    }
}

/// Where a check came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckSource {
    Akismet,
    Api,
}

impl CheckSource {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckSource::Akismet => "akismet",
            CheckSource::Api => "api",
        }
    }
}

/// One classified request, ready to store. `author_email` and `author_ip` hold salted
/// hashes unless the operator opted in to keeping them in clear; the store does not care.
#[derive(Debug, Clone, Default)]
pub struct NewCheck {
    pub site_id: i64,
    pub post_id: Option<String>,
    pub author: Option<String>,
    pub author_email: Option<String>,
    pub author_ip: Option<String>,
    pub author_url: Option<String>,
    pub content: String,
    pub kind: String,
    pub parent_id: Option<String>,
    pub thread_id: Option<String>,
    pub label: String,
    /// Scores as a JSON object `{"label": probability}`.
    pub scores: String,
    /// Signals as a JSON array of strings.
    pub signals: String,
    pub model_version: String,
    pub adapter_version: Option<i64>,
    pub is_test: bool,
    pub source: Option<CheckSource>,
    pub created_at: i64,
    /// Why it waits for a person, if it does (unsure band, shadow mode).
    pub review: Option<ReviewFlag>,
    /// The verdict's `factors` as JSON, when it was judged by them: what a moderator
    /// reads to see why.
    pub factors: Option<String>,
}

/// A stored check as the moderation queue shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckRecord {
    pub id: i64,
    pub site_id: i64,
    pub post_id: Option<String>,
    pub author: Option<String>,
    pub author_url: Option<String>,
    pub content: String,
    pub kind: String,
    pub label: String,
    /// `{"label": probability}` as stored (JSON text).
    pub scores: String,
    /// The signals as stored (a JSON array of strings).
    pub signals: String,
    pub factors: Option<String>,
    /// `unsure` or `shadow` when it was flagged for review.
    pub review: Option<String>,
    /// The label a person gave it last (through the queue), if anyone did.
    pub reviewed: Option<String>,
    pub is_test: bool,
    pub source: String,
    pub created_at: i64,
}

/// Verdicts of one label on one day (UTC, Unix seconds of its midnight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelDay {
    pub day: i64,
    pub label: String,
    pub count: u64,
}

/// What shadow mode would have caught since it was turned on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ShadowSummary {
    /// Checks answered since (test calls left out).
    pub checks: u64,
    /// Answered "not spam" that enforcing would have answered "spam".
    pub would_catch: u64,
    /// Of those, how many a person confirmed as spam, and how many they said were not.
    pub confirmed_spam: u64,
    pub said_not_spam: u64,
}

/// Where feedback came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackSource {
    SubmitSpam,
    SubmitHam,
    Correction,
}

impl FeedbackSource {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackSource::SubmitSpam => "submit-spam",
            FeedbackSource::SubmitHam => "submit-ham",
            FeedbackSource::Correction => "correction",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "submit-spam" => Some(FeedbackSource::SubmitSpam),
            "submit-ham" => Some(FeedbackSource::SubmitHam),
            "correction" => Some(FeedbackSource::Correction),
            _ => None,
        }
    }
}

/// A label someone says a text should have had.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub site_id: i64,
    pub post_id: Option<String>,
    pub author: Option<String>,
    pub content: String,
    pub label: String,
    pub source: FeedbackSource,
    pub is_test: bool,
    pub created_at: i64,
    /// The client's idempotency key for this report (unique per site): a retry that sends
    /// the same key is recognised as a duplicate instead of being stored twice. `None` for
    /// clients that give no id (Akismet's submit calls).
    pub dedupe_key: Option<String>,
    /// The stored check a person reviewed in the moderation queue, when that is where
    /// the feedback came from.
    pub check_id: Option<i64>,
    /// The reporter's copy of the commenter's e-mail and IP (Akismet's submit calls send
    /// the whole comment again), hashed or in clear exactly like a check's, so that
    /// erasing a person finds their feedback rows even after retention deleted the check.
    pub author_email: Option<String>,
    pub author_ip: Option<String>,
}

/// Feedback rows and the adapter learned from exactly those rows, committed together in
/// one transaction by [`crate::Store::commit_feedback`]: both are stored, or neither.
#[derive(Debug, Clone)]
pub struct FeedbackBatch {
    pub site_id: i64,
    pub items: Vec<NewFeedback>,
    /// The adapter learned from `items`; its audit rows name the new feedback ids (its
    /// `feedback_ids` are filled in by the store). `None` stores the rows without learning
    /// (test submissions, empty texts).
    pub adapter: Option<NewAdapter>,
}

/// What [`crate::Store::commit_feedback`] committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommittedFeedback {
    /// The new rows' ids, in the order of the batch's items.
    pub feedback_ids: Vec<i64>,
    /// The adapter version saved with them, when the batch carried one.
    pub adapter_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackRecord {
    pub id: i64,
    pub site_id: i64,
    pub post_id: Option<String>,
    pub author: Option<String>,
    pub content: String,
    pub label: String,
    pub source: String,
    pub is_test: bool,
    pub created_at: i64,
}

/// Whose adapter: one site's, or the global one fed by sites that share their feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum AdapterScope {
    Global,
    Site(i64),
}

impl AdapterScope {
    /// The stored form: 0 for global, the site id otherwise (site ids start at 1).
    pub fn to_db(self) -> i64 {
        match self {
            AdapterScope::Global => 0,
            AdapterScope::Site(id) => id,
        }
    }

    pub fn from_db(v: i64) -> Self {
        if v == 0 {
            AdapterScope::Global
        } else {
            AdapterScope::Site(v)
        }
    }
}

/// A new adapter version to store.
#[derive(Debug, Clone)]
pub struct NewAdapter {
    pub scope: AdapterScope,
    pub model_version: String,
    pub bytes: Vec<u8>,
    pub updates: u64,
    /// Why this version exists (`"learn"`, `"rollback to 3"`…).
    pub reason: String,
    /// The site whose request caused it (for the audit rows).
    pub site_id: Option<i64>,
    /// The feedback rows it learned from; each gets an audit row.
    pub feedback_ids: Vec<i64>,
    /// The newest version of the scope this adapter was learned on top of (0: none yet).
    /// When set, the save fails with [`crate::StoreError::Conflict`] if another version
    /// was stored since (another process, a CLI rollback), so a learner never silently
    /// overwrites learning it did not see. `None` skips the check.
    pub base_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdapterRecord {
    pub scope: AdapterScope,
    pub version: i64,
    pub model_version: String,
    /// Empty in listings.
    #[serde(skip)]
    pub bytes: Vec<u8>,
    pub updates: u64,
    pub reason: String,
    pub created_at: i64,
}

/// What changed a verdict: one row per adapter version and feedback id it learned from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub site_id: Option<i64>,
    pub scope: AdapterScope,
    pub adapter_version: i64,
    pub feedback_id: Option<i64>,
    pub action: String,
    pub created_at: i64,
}

/// An author's history over one key's sites.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AccountProfile {
    pub author: String,
    pub checks: u64,
    /// Count of checks per label, sorted by label.
    pub labels: Vec<(String, u64)>,
    pub first_seen: Option<i64>,
    pub last_seen: Option<i64>,
}

/// One row of Akismet's key-sites report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteStats {
    pub site: String,
    pub api_calls: u64,
    pub spam: u64,
    pub ham: u64,
    pub missed_spam: u64,
    pub false_positives: u64,
    pub is_revoked: bool,
}
