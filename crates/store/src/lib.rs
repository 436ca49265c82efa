//! The durable store behind `discern serve`.
//!
//! One async API ([`Store`]) over two backends: SQLite (the default; a file path or a
//! `sqlite://` URL) and PostgreSQL (a `postgres://` URL, behind the `postgres` feature).
//! The store answers "what happened": which keys exist, which sites used them, what was
//! checked and answered, what feedback came back, which adapter versions were learned from
//! it, and why a verdict changed (audit).
//!
//! **Architecture invariant:** the store never classifies and never holds a model; it stores
//! adapter bytes as opaque blobs. It also never sees a plaintext API key after creation:
//! keys are kept as salted SHA-256 hashes plus a 4-character display prefix.
//!
//! Durability: every write method returns only after its transaction committed; SQLite runs
//! with `journal_mode=WAL` and `synchronous=FULL`, so an acknowledged write survives a
//! `kill -9` or a power cut. Checks are meant to be written in batches (see
//! [`Store::insert_checks`]) so the fsync is paid once per batch, not per request.

mod erase;
mod error;
#[cfg(feature = "postgres")]
mod postgres;
mod sqlite;
mod types;

use std::sync::Arc;

use rand::Rng;
use sha2::{Digest, Sha256};

pub use erase::{Erased, Person};
pub use error::{Result, StoreError};
pub use types::*;

/// Length of every API key. The WordPress plugin refuses keys of any other length.
pub const KEY_LEN: usize = 12;
/// How many leading characters of a key are stored in clear, for display and lookup.
pub const KEY_PREFIX_LEN: usize = 4;

/// A handle to the store; cheap to clone, safe to share between tasks.
#[derive(Clone)]
pub struct Store {
    backend: Arc<Backend>,
    /// Adapter versions kept per scope (older ones are deleted as new ones are stored);
    /// `None` keeps every version.
    keep_adapters: Option<usize>,
}

enum Backend {
    Sqlite(sqlite::SqliteStore),
    #[cfg(feature = "postgres")]
    Postgres(postgres::PgStore),
}

macro_rules! dispatch {
    ($self:ident . $method:ident ( $($arg:expr),* )) => {
        match &*$self.backend {
            Backend::Sqlite(s) => s.$method($($arg),*).await,
            #[cfg(feature = "postgres")]
            Backend::Postgres(s) => s.$method($($arg),*).await,
        }
    };
}

impl Store {
    /// Opens (and on first use creates and migrates) the store named by `url`:
    /// `postgres://…` / `postgresql://…` for PostgreSQL, `sqlite://PATH`, `sqlite:PATH` or a
    /// bare path for SQLite. `sqlite://PATH?mode=ro` opens SQLite read-only.
    pub async fn open(url: &str) -> Result<Store> {
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            #[cfg(feature = "postgres")]
            {
                Backend::Postgres(postgres::PgStore::connect(url).await?)
            }
            #[cfg(not(feature = "postgres"))]
            {
                return Err(StoreError::InvalidUrl(
                    "this build has no PostgreSQL support (feature `postgres`)".into(),
                ));
            }
        } else {
            let rest = url
                .strip_prefix("sqlite://")
                .or_else(|| url.strip_prefix("sqlite:"))
                .unwrap_or(url);
            let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
            let read_only = query.split('&').any(|p| p == "mode=ro");
            // `max_pages=N` caps the database at N pages (4 KiB each): a size quota for the
            // operator, and how tests reach the "database or disk is full" path.
            let max_pages = match query.split('&').find_map(|p| p.strip_prefix("max_pages=")) {
                Some(n) => Some(n.parse::<u64>().map_err(|_| {
                    StoreError::InvalidUrl(format!("max_pages must be a number in {url:?}"))
                })?),
                None => None,
            };
            if path.is_empty() {
                return Err(StoreError::InvalidUrl(format!(
                    "no database path in {url:?}"
                )));
            }
            Backend::Sqlite(sqlite::SqliteStore::open(path.into(), read_only, max_pages).await?)
        };
        Ok(Store {
            backend: Arc::new(backend),
            keep_adapters: None,
        })
    }

    /// Keeps only the newest `versions` adapter versions of each scope (at least 1):
    /// every save deletes the older ones in the same transaction, so adapter history is
    /// bounded on disk. `None` keeps all versions (the default).
    pub fn keep_adapter_versions(mut self, versions: Option<usize>) -> Store {
        self.keep_adapters = versions.map(|n| n.max(1));
        self
    }

    /// Which backend this is: `"sqlite"` or `"postgres"`.
    pub fn backend_name(&self) -> &'static str {
        match &*self.backend {
            Backend::Sqlite(_) => "sqlite",
            #[cfg(feature = "postgres")]
            Backend::Postgres(_) => "postgres",
        }
    }

    /// The database file of a writable SQLite store (`None` for PostgreSQL or a read-only
    /// file): `discern-measure` keeps its tables in the same file.
    pub fn sqlite_path(&self) -> Option<&std::path::Path> {
        match &*self.backend {
            Backend::Sqlite(s) if !s.read_only => Some(&s.path),
            _ => None,
        }
    }

    /// Answers whether the database is reachable (a trivial query); used by `/readyz`.
    pub async fn ping(&self) -> Result<()> {
        dispatch!(self.ping())
    }

    /// Answers whether the database accepts a write right now: a committed write of a
    /// probe row (so a read-only file or mount, a read-only replica or a lost connection
    /// fails here). Used by `/readyz`.
    pub async fn check_writable(&self) -> Result<()> {
        dispatch!(self.check_writable(now()))
    }

    /// The per-installation salt for hashing IPs and e-mails, created on first run.
    pub async fn salt(&self) -> Result<Vec<u8>> {
        dispatch!(self.salt())
    }

    /// Creates a key (and, if given, its first site) and returns the plaintext key, which
    /// is never stored and cannot be shown again.
    pub async fn create_key(&self, rate_limit: Option<u32>, site: Option<&str>) -> Result<NewKey> {
        let key = generate_key();
        let salt: [u8; 16] = rand::rng().random();
        let hash = hash_key(&salt, &key);
        let prefix = key[..KEY_PREFIX_LEN].to_string();
        let (record, site) =
            dispatch!(self.insert_key(&prefix, &salt, &hash, rate_limit, site, now()))?;
        Ok(NewKey { key, record, site })
    }

    /// Every key, newest last, revoked ones included.
    pub async fn list_keys(&self) -> Result<Vec<KeyRecord>> {
        dispatch!(self.list_keys())
    }

    /// Revokes the key given in full, or by its display prefix when that names exactly one
    /// live key. Returns the revoked key, or `NotFound`.
    pub async fn revoke_key(&self, key_or_prefix: &str) -> Result<KeyRecord> {
        let key_or_prefix = &key_or_prefix.to_ascii_lowercase();
        let candidates = self.keys_with_prefix(key_or_prefix).await?;
        let live: Vec<_> = candidates
            .into_iter()
            .filter(|(k, _, _)| k.revoked_at.is_none())
            .collect();
        let chosen = if key_or_prefix.len() == KEY_LEN {
            live.into_iter()
                .find(|(_, salt, hash)| hash_key(salt, key_or_prefix) == *hash)
        } else if key_or_prefix.len() == KEY_PREFIX_LEN && live.len() == 1 {
            live.into_iter().next()
        } else if key_or_prefix.len() == KEY_PREFIX_LEN && live.len() > 1 {
            return Err(StoreError::NotFound(format!(
                "prefix {key_or_prefix} names {} keys; give the whole key",
                live.len()
            )));
        } else {
            None
        };
        let Some((record, _, _)) = chosen else {
            return Err(StoreError::NotFound(format!("no live key {key_or_prefix}")));
        };
        dispatch!(self.revoke_key_id(record.id, now()))?;
        Ok(KeyRecord {
            revoked_at: Some(now()),
            ..record
        })
    }

    /// Looks a plaintext key up; `None` when it is unknown, malformed or revoked.
    pub async fn verify_key(&self, key: &str) -> Result<Option<KeyRecord>> {
        if !is_well_formed_key(key) {
            return Ok(None);
        }
        // Keys are generated in lower case; accept them however a client cased them.
        let key = &key.to_ascii_lowercase();
        let candidates = self.keys_with_prefix(key).await?;
        Ok(candidates
            .into_iter()
            .find(|(k, salt, hash)| k.revoked_at.is_none() && hash_key(salt, key) == *hash)
            .map(|(k, _, _)| k))
    }

    async fn keys_with_prefix(&self, key: &str) -> Result<Vec<(KeyRecord, Vec<u8>, Vec<u8>)>> {
        let Some(prefix) = key.get(..KEY_PREFIX_LEN) else {
            return Ok(Vec::new());
        };
        dispatch!(self.keys_with_prefix(prefix))
    }

    /// The site `url` of key `key_id`, created on first use (Akismet registers a blog the
    /// first time it calls with a key).
    pub async fn site(&self, key_id: i64, url: &str) -> Result<SiteRecord> {
        dispatch!(self.site(key_id, url, now()))
    }

    /// The sites of one key.
    pub async fn sites_for_key(&self, key_id: i64) -> Result<Vec<SiteRecord>> {
        dispatch!(self.sites_for_key(key_id))
    }

    /// Turns sharing of a site's feedback into the global adapter on or off.
    pub async fn set_share_feedback(&self, site_id: i64, share: bool) -> Result<()> {
        dispatch!(self.set_share_feedback(site_id, share))
    }

    /// Sets a site's moderation settings (unsure band, shadow mode); a running server
    /// picks them up within its site cache's few seconds.
    pub async fn set_moderation(&self, site_id: i64, moderation: Moderation) -> Result<()> {
        dispatch!(self.set_moderation(site_id, moderation))
    }

    /// The site's newest checks, newest first: all of them, or (`to_review`) only those
    /// flagged for review that no one has reviewed yet.
    pub async fn recent_checks(
        &self,
        site_id: i64,
        to_review: bool,
        limit: u32,
    ) -> Result<Vec<CheckRecord>> {
        dispatch!(self.recent_checks(site_id, to_review, limit))
    }

    /// One check of the site; `None` when it does not exist or is another site's.
    pub async fn check(&self, site_id: i64, check_id: i64) -> Result<Option<CheckRecord>> {
        dispatch!(self.check(site_id, check_id))
    }

    /// The site's verdicts per UTC day and label since `since` (test calls left out).
    pub async fn label_mix(&self, site_id: i64, since: i64) -> Result<Vec<LabelDay>> {
        dispatch!(self.label_mix(site_id, since))
    }

    /// What shadow mode flagged since `since`, and what people said of it.
    pub async fn shadow_summary(&self, site_id: i64, since: i64) -> Result<ShadowSummary> {
        dispatch!(self.shadow_summary(site_id, since))
    }

    /// Writes a batch of checks in one transaction.
    pub async fn insert_checks(&self, checks: Vec<NewCheck>) -> Result<()> {
        if checks.is_empty() {
            return Ok(());
        }
        dispatch!(self.insert_checks(checks))
    }

    /// Writes one feedback row and returns its id once it is committed.
    pub async fn insert_feedback(&self, feedback: NewFeedback) -> Result<i64> {
        dispatch!(self.insert_feedback(feedback))
    }

    /// Commits a feedback batch and the adapter learned from it in one transaction: all
    /// rows and the adapter version are stored, or nothing is. Fails with
    /// [`StoreError::Conflict`] (nothing written) when a row's `dedupe_key` already exists
    /// for the site or the adapter's `base_version` is no longer the newest.
    pub async fn commit_feedback(&self, batch: FeedbackBatch) -> Result<CommittedFeedback> {
        dispatch!(self.commit_feedback(batch, self.keep_adapters, now()))
    }

    /// Which of `keys` (feedback idempotency keys) the site already has, with the ids of
    /// their rows.
    pub async fn existing_feedback(
        &self,
        site_id: i64,
        keys: Vec<String>,
    ) -> Result<Vec<(String, i64)>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        dispatch!(self.existing_feedback(site_id, keys))
    }

    /// The newest adapter version of `scope` whatever model it was learned on (0: none).
    pub async fn adapter_head(&self, scope: AdapterScope) -> Result<i64> {
        dispatch!(self.adapter_head(scope))
    }

    /// Feedback rows of a site, oldest first (the kill -9 test and audits read these).
    pub async fn feedback_for_site(&self, site_id: i64) -> Result<Vec<FeedbackRecord>> {
        dispatch!(self.feedback_for_site(site_id))
    }

    /// Stores a new adapter version for `scope` with one audit row per feedback id, in one
    /// transaction. Returns the new version number (1 for the first).
    pub async fn save_adapter(&self, adapter: NewAdapter) -> Result<i64> {
        dispatch!(self.save_adapter(adapter, self.keep_adapters, now()))
    }

    /// The newest adapter of `scope` for `model_version`.
    pub async fn latest_adapter(
        &self,
        scope: AdapterScope,
        model_version: &str,
    ) -> Result<Option<AdapterRecord>> {
        dispatch!(self.latest_adapter(scope, model_version))
    }

    /// Adapter versions of `scope`, newest first, without their bytes.
    pub async fn list_adapters(&self, scope: AdapterScope) -> Result<Vec<AdapterRecord>> {
        dispatch!(self.list_adapters(scope))
    }

    /// Goes back to adapter `version` of `scope` by storing a copy of it as a new version
    /// (history stays append-only) with an audit row. Returns the new version record.
    pub async fn rollback_adapter(
        &self,
        scope: AdapterScope,
        version: i64,
        site_id: Option<i64>,
    ) -> Result<AdapterRecord> {
        dispatch!(self.rollback_adapter(scope, version, site_id, self.keep_adapters, now()))
    }

    /// Audit rows of `scope`, oldest first.
    pub async fn audit(&self, scope: AdapterScope) -> Result<Vec<AuditRecord>> {
        dispatch!(self.audit(scope))
    }

    /// Counts by label of the checks of `author` over the sites of `key_id`.
    pub async fn account_profile(&self, key_id: i64, author: &str) -> Result<AccountProfile> {
        dispatch!(self.account_profile(key_id, author))
    }

    /// Non-test checks made with `key_id` since `since` (Unix seconds).
    pub async fn usage(&self, key_id: i64, since: i64) -> Result<u64> {
        dispatch!(self.usage(key_id, since))
    }

    /// Per-site activity of `key_id` between `from` and `to` (Unix seconds, `to` exclusive).
    pub async fn site_stats(&self, key_id: i64, from: i64, to: i64) -> Result<Vec<SiteStats>> {
        dispatch!(self.site_stats(key_id, from, to))
    }

    /// Really deletes checks older than `days` days (and reclaims the space), returning how
    /// many rows went.
    pub async fn purge_checks_older_than(&self, days: u32) -> Result<u64> {
        let cutoff = now() - i64::from(days) * 86_400;
        dispatch!(self.purge_checks_before(cutoff))
    }

    /// Deletes every check and feedback row of one person, named by e-mail or IP address
    /// (see the `erase` module for what that covers), in one transaction, and returns how
    /// many rows went. Erasing someone already erased deletes nothing.
    pub async fn erase(&self, person: &Person) -> Result<Erased> {
        let salt = self.salt().await?;
        let forms = person.stored_forms(&salt);
        dispatch!(self.erase(person.column(), forms))
    }

    /// Number of stored checks (tests and metrics).
    pub async fn count_checks(&self) -> Result<u64> {
        dispatch!(self.count_checks())
    }

    /// Flushes what can be flushed (a WAL checkpoint on SQLite); called on shutdown.
    pub async fn close(&self) -> Result<()> {
        dispatch!(self.close())
    }
}

/// Unix seconds now.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Whether `key` has the shape of an API key: exactly 12 ASCII letters or digits.
pub fn is_well_formed_key(key: &str) -> bool {
    key.len() == KEY_LEN && key.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A fresh random key from the OS generator.
fn generate_key() -> String {
    // Lower case only: a key also travels as a host name label (`KEY.host`), and URL
    // parsers lower-case host names. 36^12 ≈ 2^62 keys is plenty against guessing behind
    // a rate limit.
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..KEY_LEN)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

fn hash_key(salt: &[u8], key: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(key.as_bytes());
    h.finalize().to_vec()
}

/// Salted SHA-256 of a personal datum (an IP or an e-mail), hex-encoded and shortened to
/// 32 characters: enough to group one person's comments, useless for recovering the value.
/// E-mails are lower-cased and trimmed first so the same address always hashes the same.
pub fn hash_pii(salt: &[u8], value: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(value.trim().to_lowercase().as_bytes());
    let digest = h.finalize();
    hex::encode(&digest[..16])
}
