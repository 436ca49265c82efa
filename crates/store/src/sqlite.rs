//! SQLite backend: one writer connection and one reader connection, both used from
//! tokio's blocking pool so no async task ever waits on disk.
//!
//! WAL lets the reader run while the writer commits; `synchronous=FULL` makes each commit
//! fsync the WAL, so a committed row survives `kill -9` and power loss.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rand::Rng;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::types::*;
use crate::{Result, StoreError};

mod erase;
mod moderation;
mod schema;

use schema::{MIGRATIONS, migrate};

pub(crate) struct SqliteStore {
    writer: Arc<Mutex<Connection>>,
    reader: Arc<Mutex<Connection>>,
    pub(crate) path: PathBuf,
    pub(crate) read_only: bool,
}

type Candidate = (KeyRecord, Vec<u8>, Vec<u8>);

fn lock(conn: &Mutex<Connection>) -> std::sync::MutexGuard<'_, Connection> {
    // A panic while holding the lock leaves the connection usable (SQLite rolls back the
    // open transaction when the statement is dropped), so a poisoned lock is not fatal.
    conn.lock().unwrap_or_else(|p| p.into_inner())
}

async fn blocking<T: Send + 'static>(
    conn: &Arc<Mutex<Connection>>,
    f: impl FnOnce(&mut Connection) -> Result<T> + Send + 'static,
) -> Result<T> {
    let conn = conn.clone();
    tokio::task::spawn_blocking(move || f(&mut lock(&conn)))
        .await
        .map_err(|e| StoreError::Backend(format!("store task failed: {e}")))?
}

impl SqliteStore {
    pub(crate) async fn open(
        path: PathBuf,
        read_only: bool,
        max_pages: Option<u64>,
    ) -> Result<Self> {
        tokio::task::spawn_blocking(move || Self::open_blocking(path, read_only, max_pages))
            .await
            .map_err(|e| StoreError::Backend(format!("store task failed: {e}")))?
    }

    fn open_blocking(path: PathBuf, read_only: bool, max_pages: Option<u64>) -> Result<Self> {
        let writer = if read_only {
            let c = Connection::open_with_flags(
                &path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            c.busy_timeout(std::time::Duration::from_secs(5))?;
            c
        } else {
            let mut c = Connection::open(&path)?;
            c.busy_timeout(std::time::Duration::from_secs(5))?;
            // Write transactions take the write lock when they begin, so they wait out
            // another writer (the measuring service shares this file) instead of failing
            // at once when a deferred read-then-write transaction cannot upgrade.
            c.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
            // auto_vacuum must be chosen before the first table exists; INCREMENTAL lets
            // retention give space back without a full VACUUM.
            c.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
            c.pragma_update(None, "journal_mode", "WAL")?;
            c.pragma_update(None, "synchronous", "FULL")?;
            c.pragma_update(None, "foreign_keys", "ON")?;
            migrate(&mut c)?;
            if let Some(pages) = max_pages {
                c.pragma_update(
                    None,
                    "max_page_count",
                    i64::try_from(pages).unwrap_or(i64::MAX),
                )?;
            }
            let has_salt: bool = c.query_row(
                "SELECT EXISTS(SELECT 1 FROM meta WHERE name = 'pii_salt')",
                [],
                |r| r.get(0),
            )?;
            if !has_salt {
                let salt: [u8; 32] = rand::rng().random();
                c.execute(
                    "INSERT INTO meta (name, value) VALUES ('pii_salt', ?1)",
                    params![salt.to_vec()],
                )?;
            }
            c
        };
        let reader = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        reader.busy_timeout(std::time::Duration::from_secs(5))?;
        // Fail now, not on the first request, when the file is not a discern database.
        let version: i64 = reader
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                [],
                |r| r.get(0),
            )
            .map_err(|e| {
                StoreError::Corrupt(format!("{}: not a discern database ({e})", path.display()))
            })?;
        let newest = MIGRATIONS.last().map(|m| m.0).unwrap_or(0);
        if version > newest {
            return Err(StoreError::Corrupt(format!(
                "schema version {version} is newer than this build knows ({newest})"
            )));
        }
        Ok(SqliteStore {
            writer: Arc::new(Mutex::new(writer)),
            reader: Arc::new(Mutex::new(reader)),
            path,
            read_only,
        })
    }

    pub(crate) async fn ping(&self) -> Result<()> {
        blocking(&self.reader, |c| {
            Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))
                .map(|_| ())?)
        })
        .await
    }

    pub(crate) async fn check_writable(&self, now: i64) -> Result<()> {
        blocking(&self.writer, move |c| {
            c.prepare_cached(
                "INSERT INTO meta (name, value) VALUES ('ready_probe', ?1)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![now.to_le_bytes().to_vec()])?;
            Ok(())
        })
        .await
    }

    pub(crate) async fn salt(&self) -> Result<Vec<u8>> {
        blocking(&self.reader, |c| {
            c.query_row("SELECT value FROM meta WHERE name = 'pii_salt'", [], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| StoreError::Corrupt("no installation salt".into()))
        })
        .await
    }

    pub(crate) async fn insert_key(
        &self,
        prefix: &str,
        salt: &[u8],
        hash: &[u8],
        rate_limit: Option<u32>,
        site: Option<&str>,
        now: i64,
    ) -> Result<(KeyRecord, Option<SiteRecord>)> {
        let (prefix, salt, hash, site) = (
            prefix.to_string(),
            salt.to_vec(),
            hash.to_vec(),
            site.map(str::to_string),
        );
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO keys (prefix, salt, hash, rate_limit, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![prefix, salt, hash, rate_limit, now],
            )?;
            let id = tx.last_insert_rowid();
            let site = match site {
                Some(url) => Some(site_in(&tx, id, &url, now)?),
                None => None,
            };
            tx.commit()?;
            Ok((KeyRecord { id, prefix, rate_limit, created_at: now, revoked_at: None }, site))
        })
        .await
    }

    pub(crate) async fn list_keys(&self) -> Result<Vec<KeyRecord>> {
        blocking(&self.reader, |c| {
            let mut st = c.prepare(
                "SELECT id, prefix, rate_limit, created_at, revoked_at FROM keys ORDER BY id",
            )?;
            let rows = st
                .query_map([], key_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<Candidate>> {
        let prefix = prefix.to_string();
        blocking(&self.reader, move |c| {
            let mut st = c.prepare_cached(
                "SELECT id, prefix, rate_limit, created_at, revoked_at, salt, hash FROM keys WHERE prefix = ?1",
            )?;
            let rows = st
                .query_map([prefix], |r| Ok((key_row(r)?, r.get(5)?, r.get(6)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn revoke_key_id(&self, id: i64, now: i64) -> Result<()> {
        blocking(&self.writer, move |c| {
            c.execute(
                "UPDATE keys SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                params![id, now],
            )?;
            Ok(())
        })
        .await
    }

    pub(crate) async fn site(&self, key_id: i64, url: &str, now: i64) -> Result<SiteRecord> {
        let url = url.to_string();
        // Most calls find the site; only the first call of a new site pays for a write.
        let found = {
            let url = url.clone();
            blocking(&self.reader, move |c| {
                Ok(c.prepare_cached("SELECT id, key_id, url, share_feedback, created_at, unsure_low, unsure_high, shadow_since FROM sites WHERE key_id = ?1 AND url = ?2")?
                    .query_row(params![key_id, url], site_row)
                    .optional()?)
            })
            .await?
        };
        if let Some(site) = found {
            return Ok(site);
        }
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            let site = site_in(&tx, key_id, &url, now)?;
            tx.commit()?;
            Ok(site)
        })
        .await
    }

    pub(crate) async fn sites_for_key(&self, key_id: i64) -> Result<Vec<SiteRecord>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare_cached("SELECT id, key_id, url, share_feedback, created_at, unsure_low, unsure_high, shadow_since FROM sites WHERE key_id = ?1 ORDER BY id")?;
            Ok(st.query_map([key_id], site_row)?.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    pub(crate) async fn set_share_feedback(&self, site_id: i64, share: bool) -> Result<()> {
        blocking(&self.writer, move |c| {
            let n = c.execute(
                "UPDATE sites SET share_feedback = ?2 WHERE id = ?1",
                params![site_id, share],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound(format!("site {site_id}")));
            }
            Ok(())
        })
        .await
    }

    pub(crate) async fn insert_checks(&self, checks: Vec<NewCheck>) -> Result<()> {
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            {
                let mut st = tx.prepare_cached(
                    "INSERT INTO checks (site_id, post_id, author, author_email, author_ip, author_url, content, kind,
                        parent_id, thread_id, label, scores, signals, model_version, adapter_version, is_test, source, created_at,
                        review, factors)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
                )?;
                for ch in &checks {
                    st.execute(params![
                        ch.site_id,
                        ch.post_id,
                        ch.author,
                        ch.author_email,
                        ch.author_ip,
                        ch.author_url,
                        ch.content,
                        ch.kind,
                        ch.parent_id,
                        ch.thread_id,
                        ch.label,
                        ch.scores,
                        ch.signals,
                        ch.model_version,
                        ch.adapter_version,
                        ch.is_test,
                        ch.source.unwrap_or(CheckSource::Api).as_str(),
                        ch.created_at,
                        ch.review.map(ReviewFlag::as_str),
                        ch.factors
                    ])?;
                }
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(crate) async fn insert_feedback(&self, f: NewFeedback) -> Result<i64> {
        blocking(&self.writer, move |c| insert_feedback_row(c, &f)).await
    }

    pub(crate) async fn commit_feedback(
        &self,
        batch: FeedbackBatch,
        keep: Option<usize>,
        now: i64,
    ) -> Result<CommittedFeedback> {
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            let mut ids = Vec::with_capacity(batch.items.len());
            for f in &batch.items {
                ids.push(insert_feedback_row(&tx, f)?);
            }
            let adapter_version = match batch.adapter {
                Some(mut a) => {
                    a.feedback_ids.clone_from(&ids);
                    Some(save_adapter_in(&tx, &a, keep, now)?)
                }
                None => None,
            };
            tx.commit()?;
            Ok(CommittedFeedback {
                feedback_ids: ids,
                adapter_version,
            })
        })
        .await
    }

    pub(crate) async fn existing_feedback(
        &self,
        site_id: i64,
        keys: Vec<String>,
    ) -> Result<Vec<(String, i64)>> {
        blocking(&self.reader, move |c| {
            let mut st =
                c.prepare_cached("SELECT id FROM feedback WHERE site_id = ?1 AND dedupe_key = ?2")?;
            let mut found = Vec::new();
            for key in keys {
                if let Some(id) = st
                    .query_row(params![site_id, key], |r| r.get(0))
                    .optional()?
                {
                    found.push((key, id));
                }
            }
            Ok(found)
        })
        .await
    }

    pub(crate) async fn adapter_head(&self, scope: AdapterScope) -> Result<i64> {
        blocking(&self.reader, move |c| {
            Ok(c.query_row(
                "SELECT COALESCE(MAX(version), 0) FROM adapters WHERE scope = ?1",
                [scope.to_db()],
                |r| r.get(0),
            )?)
        })
        .await
    }

    pub(crate) async fn feedback_for_site(&self, site_id: i64) -> Result<Vec<FeedbackRecord>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare(
                "SELECT id, site_id, post_id, author, content, label, source, is_test, created_at
                 FROM feedback WHERE site_id = ?1 ORDER BY id",
            )?;
            let rows = st
                .query_map([site_id], |r| {
                    Ok(FeedbackRecord {
                        id: r.get(0)?,
                        site_id: r.get(1)?,
                        post_id: r.get(2)?,
                        author: r.get(3)?,
                        content: r.get(4)?,
                        label: r.get(5)?,
                        source: r.get(6)?,
                        is_test: r.get(7)?,
                        created_at: r.get(8)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn save_adapter(
        &self,
        a: NewAdapter,
        keep: Option<usize>,
        now: i64,
    ) -> Result<i64> {
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            let version = save_adapter_in(&tx, &a, keep, now)?;
            tx.commit()?;
            Ok(version)
        })
        .await
    }

    pub(crate) async fn latest_adapter(
        &self,
        scope: AdapterScope,
        model_version: &str,
    ) -> Result<Option<AdapterRecord>> {
        let mv = model_version.to_string();
        blocking(&self.reader, move |c| {
            Ok(c.query_row(
                "SELECT scope, version, model_version, bytes, updates, reason, created_at FROM adapters
                 WHERE scope = ?1 ORDER BY version DESC LIMIT 1",
                params![scope.to_db()],
                adapter_row,
            )
            .optional()?
            // An adapter learned on another model is meaningless on this one.
            .filter(|a| a.model_version == mv))
        })
        .await
    }

    pub(crate) async fn list_adapters(&self, scope: AdapterScope) -> Result<Vec<AdapterRecord>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare(
                "SELECT scope, version, model_version, X'', updates, reason, created_at FROM adapters
                 WHERE scope = ?1 ORDER BY version DESC",
            )?;
            Ok(st.query_map([scope.to_db()], adapter_row)?.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    pub(crate) async fn rollback_adapter(
        &self,
        scope: AdapterScope,
        version: i64,
        site_id: Option<i64>,
        keep: Option<usize>,
        now: i64,
    ) -> Result<AdapterRecord> {
        blocking(&self.writer, move |c| {
            let tx = c.transaction()?;
            let old = tx
                .query_row(
                    "SELECT scope, version, model_version, bytes, updates, reason, created_at FROM adapters
                     WHERE scope = ?1 AND version = ?2",
                    params![scope.to_db(), version],
                    adapter_row,
                )
                .optional()?
                .ok_or_else(|| StoreError::NotFound(format!("adapter version {version}")))?;
            let reason = format!("rollback to {version}");
            let new_version =
                insert_adapter(&tx, scope, &old.model_version, &old.bytes, old.updates, &reason, keep, now)?;
            tx.execute(
                "INSERT INTO audit (site_id, scope, adapter_version, feedback_id, action, created_at) VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
                params![site_id, scope.to_db(), new_version, reason, now],
            )?;
            tx.commit()?;
            Ok(AdapterRecord { version: new_version, reason, created_at: now, ..old })
        })
        .await
    }

    pub(crate) async fn audit(&self, scope: AdapterScope) -> Result<Vec<AuditRecord>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare(
                "SELECT id, site_id, scope, adapter_version, feedback_id, action, created_at FROM audit WHERE scope = ?1 ORDER BY id",
            )?;
            let rows = st
                .query_map([scope.to_db()], |r| {
                    Ok(AuditRecord {
                        id: r.get(0)?,
                        site_id: r.get(1)?,
                        scope: AdapterScope::from_db(r.get(2)?),
                        adapter_version: r.get(3)?,
                        feedback_id: r.get(4)?,
                        action: r.get(5)?,
                        created_at: r.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn account_profile(
        &self,
        key_id: i64,
        author: &str,
    ) -> Result<AccountProfile> {
        let author = author.to_string();
        blocking(&self.reader, move |c| {
            let mut st = c.prepare_cached(
                "SELECT c.label, COUNT(*), MIN(c.created_at), MAX(c.created_at) FROM checks c JOIN sites s ON s.id = c.site_id
                 WHERE s.key_id = ?1 AND c.author = ?2 AND c.is_test = 0 GROUP BY c.label ORDER BY c.label",
            )?;
            let mut profile = AccountProfile { author: author.clone(), ..Default::default() };
            let rows = st.query_map(params![key_id, author], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?))
            })?;
            for row in rows {
                let (label, n, first, last) = row?;
                profile.checks += n as u64;
                profile.labels.push((label, n as u64));
                profile.first_seen = Some(profile.first_seen.map_or(first, |f| f.min(first)));
                profile.last_seen = Some(profile.last_seen.map_or(last, |l| l.max(last)));
            }
            Ok(profile)
        })
        .await
    }

    pub(crate) async fn usage(&self, key_id: i64, since: i64) -> Result<u64> {
        blocking(&self.reader, move |c| {
            let n: i64 = c
                .prepare_cached(
                    "SELECT COUNT(*) FROM checks c JOIN sites s ON s.id = c.site_id
                 WHERE s.key_id = ?1 AND c.created_at >= ?2 AND c.is_test = 0",
                )?
                .query_row(params![key_id, since], |r| r.get(0))?;
            Ok(n as u64)
        })
        .await
    }

    pub(crate) async fn site_stats(
        &self,
        key_id: i64,
        from: i64,
        to: i64,
    ) -> Result<Vec<SiteStats>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare_cached(
                "SELECT s.url,
                    (SELECT COUNT(*) FROM checks c WHERE c.site_id = s.id AND c.created_at >= ?2 AND c.created_at < ?3 AND c.is_test = 0),
                    (SELECT COUNT(*) FROM checks c WHERE c.site_id = s.id AND c.created_at >= ?2 AND c.created_at < ?3 AND c.is_test = 0 AND c.label = 'spam'),
                    (SELECT COUNT(*) FROM feedback f WHERE f.site_id = s.id AND f.created_at >= ?2 AND f.created_at < ?3 AND f.is_test = 0 AND f.source = 'submit-spam'),
                    (SELECT COUNT(*) FROM feedback f WHERE f.site_id = s.id AND f.created_at >= ?2 AND f.created_at < ?3 AND f.is_test = 0 AND f.source = 'submit-ham'),
                    k.revoked_at IS NOT NULL
                 FROM sites s JOIN keys k ON k.id = s.key_id WHERE s.key_id = ?1 ORDER BY s.id",
            )?;
            let rows = st
                .query_map(params![key_id, from, to], |r| {
                    let calls: i64 = r.get(1)?;
                    let spam: i64 = r.get(2)?;
                    Ok(SiteStats {
                        site: r.get(0)?,
                        api_calls: calls as u64,
                        spam: spam as u64,
                        ham: (calls - spam) as u64,
                        missed_spam: r.get::<_, i64>(3)? as u64,
                        false_positives: r.get::<_, i64>(4)? as u64,
                        is_revoked: r.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn purge_checks_before(&self, cutoff: i64) -> Result<u64> {
        blocking(&self.writer, move |c| {
            let n = c.execute("DELETE FROM checks WHERE created_at < ?1", [cutoff])?;
            // Give the freed pages back to the file system: retention means the data is
            // gone from disk, not just unlinked inside the file.
            c.execute_batch("PRAGMA incremental_vacuum; PRAGMA wal_checkpoint(TRUNCATE);")?;
            Ok(n as u64)
        })
        .await
    }

    pub(crate) async fn count_checks(&self) -> Result<u64> {
        blocking(&self.reader, |c| {
            Ok(c.query_row("SELECT COUNT(*) FROM checks", [], |r| r.get::<_, i64>(0))? as u64)
        })
        .await
    }

    pub(crate) async fn close(&self) -> Result<()> {
        blocking(&self.writer, |c| {
            if !c.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
                c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            }
            Ok(())
        })
        .await
    }
}

fn site_in(tx: &rusqlite::Transaction<'_>, key_id: i64, url: &str, now: i64) -> Result<SiteRecord> {
    tx.execute(
        "INSERT INTO sites (key_id, url, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (key_id, url) DO NOTHING",
        params![key_id, url, now],
    )?;
    Ok(tx.query_row(
        "SELECT id, key_id, url, share_feedback, created_at, unsure_low, unsure_high, shadow_since FROM sites WHERE key_id = ?1 AND url = ?2",
        params![key_id, url],
        site_row,
    )?)
}

fn insert_feedback_row(c: &Connection, f: &NewFeedback) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO feedback (site_id, post_id, author, content, label, source, is_test, created_at, dedupe_key, check_id,
                               author_email, author_ip)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        f.site_id,
        f.post_id,
        f.author,
        f.content,
        f.label,
        f.source.as_str(),
        f.is_test,
        f.created_at,
        f.dedupe_key,
        f.check_id,
        f.author_email,
        f.author_ip
    ])
    .map_err(|e| {
        // The unique (site, dedupe_key) index: another request committed this id between
        // the caller's duplicate check and this insert.
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
            && e.to_string().contains("dedupe_key")
        {
            StoreError::Conflict(format!("feedback id {:?} is already stored", f.dedupe_key))
        } else {
            e.into()
        }
    })?;
    Ok(c.last_insert_rowid())
}

/// A new adapter version and its audit rows, inside the caller's transaction.
fn save_adapter_in(
    tx: &rusqlite::Transaction<'_>,
    a: &NewAdapter,
    keep: Option<usize>,
    now: i64,
) -> Result<i64> {
    if let Some(base) = a.base_version {
        let head: i64 = tx.query_row(
            "SELECT COALESCE(MAX(version), 0) FROM adapters WHERE scope = ?1",
            [a.scope.to_db()],
            |r| r.get(0),
        )?;
        if head != base {
            return Err(StoreError::Conflict(format!(
                "adapter learned on version {base}, but version {head} is the newest"
            )));
        }
    }
    let version = insert_adapter(
        tx,
        a.scope,
        &a.model_version,
        &a.bytes,
        a.updates,
        &a.reason,
        keep,
        now,
    )?;
    let mut st = tx.prepare_cached(
        "INSERT INTO audit (site_id, scope, adapter_version, feedback_id, action, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    if a.feedback_ids.is_empty() {
        st.execute(params![
            a.site_id,
            a.scope.to_db(),
            version,
            Option::<i64>::None,
            a.reason,
            now
        ])?;
    }
    for id in &a.feedback_ids {
        st.execute(params![
            a.site_id,
            a.scope.to_db(),
            version,
            id,
            a.reason,
            now
        ])?;
    }
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
fn insert_adapter(
    tx: &rusqlite::Transaction<'_>,
    scope: AdapterScope,
    model_version: &str,
    bytes: &[u8],
    updates: u64,
    reason: &str,
    keep: Option<usize>,
    now: i64,
) -> Result<i64> {
    let version: i64 = tx.query_row(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM adapters WHERE scope = ?1",
        [scope.to_db()],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO adapters (scope, version, model_version, bytes, updates, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![scope.to_db(), version, model_version, bytes, updates as i64, reason, now],
    )?;
    // Bounded history: each version is a whole adapter, so only the newest `keep` stay
    // (the audit rows keep naming the deleted versions).
    if let Some(keep) = keep {
        tx.execute(
            "DELETE FROM adapters WHERE scope = ?1 AND version <= ?2",
            params![scope.to_db(), version - keep as i64],
        )?;
    }
    Ok(version)
}

fn key_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KeyRecord> {
    Ok(KeyRecord {
        id: r.get(0)?,
        prefix: r.get(1)?,
        rate_limit: r.get(2)?,
        created_at: r.get(3)?,
        revoked_at: r.get(4)?,
    })
}

fn site_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SiteRecord> {
    Ok(SiteRecord {
        id: r.get(0)?,
        key_id: r.get(1)?,
        url: r.get(2)?,
        share_feedback: r.get(3)?,
        created_at: r.get(4)?,
        moderation: Moderation {
            unsure: match (r.get::<_, Option<f64>>(5)?, r.get::<_, Option<f64>>(6)?) {
                (Some(low), Some(high)) => Some(UnsureBand { low, high }),
                _ => None,
            },
            shadow_since: r.get(7)?,
        },
    })
}

fn adapter_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AdapterRecord> {
    Ok(AdapterRecord {
        scope: AdapterScope::from_db(r.get(0)?),
        version: r.get(1)?,
        model_version: r.get(2)?,
        bytes: r.get(3)?,
        updates: r.get::<_, i64>(4)? as u64,
        reason: r.get(5)?,
        created_at: r.get(6)?,
    })
}
