//! PostgreSQL backend (tokio-postgres): the same tables and semantics as SQLite, for
//! operators who already run PostgreSQL or want several server processes on one database.
//!
//! A connection pool (deadpool-postgres): concurrent requests use several connections,
//! and a connection the database dropped (a restart, a failover, an idle timeout) is
//! noticed when it is checked out (a test query) and replaced, so the store reconnects by
//! itself instead of failing every request after the first outage.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use rand::Rng;
use tokio_postgres::config::SslMode;
use tokio_postgres::{NoTls, Row};

use crate::types::*;
use crate::{Result, StoreError};

mod erase;
mod moderation;
mod schema;
mod tls;

use schema::MIGRATIONS;
use tls::{split_root_cert, tls};

pub(crate) struct PgStore {
    pool: Pool,
}

/// Connections per process: the check writer, feedback commits and reads overlap.
const POOL_SIZE: usize = 8;
/// How long a request waits for a connection (or to open one) before it answers 503.
const POOL_WAIT: Duration = Duration::from_secs(5);

type Candidate = (KeyRecord, Vec<u8>, Vec<u8>);

impl PgStore {
    pub(crate) async fn connect(url: &str) -> Result<Self> {
        let (url, root_cert) = split_root_cert(url);
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::InvalidUrl(format!("{e}")))?;
        // A test query on every checkout: a connection the server closed (restart,
        // failover) is replaced before a request uses it.
        let checked = || ManagerConfig {
            recycling_method: RecyclingMethod::Verified,
        };
        let manager = if config.get_ssl_mode() == SslMode::Require {
            Manager::from_config(config, tls(root_cert.as_deref())?, checked())
        } else {
            Manager::from_config(config, NoTls, checked())
        };
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(POOL_WAIT))
            .recycle_timeout(Some(POOL_WAIT))
            .build()
            .map_err(|e| StoreError::Backend(format!("PostgreSQL pool: {e}")))?;
        let store = PgStore { pool };
        let mut client = store.conn().await?;
        client
            .batch_execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            .await?;
        let current: i64 = client
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                &[],
            )
            .await?
            .get(0);
        for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            let tx = client.transaction().await?;
            tx.batch_execute(sql).await?;
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                &[version, &crate::now()],
            )
            .await?;
            tx.commit().await?;
            tracing::info!(version, "applied store migration");
        }
        let salt: [u8; 32] = rand::rng().random();
        client
            .execute("INSERT INTO meta (name, value) VALUES ('pii_salt', $1) ON CONFLICT (name) DO NOTHING", &[&salt.to_vec()])
            .await?;
        drop(client);
        Ok(store)
    }

    /// A pooled connection, checked alive; `Unavailable` (503) when none can be had.
    async fn conn(&self) -> Result<Object> {
        self.pool
            .get()
            .await
            .map_err(|e| StoreError::Unavailable(format!("no PostgreSQL connection: {e}")))
    }

    pub(crate) async fn ping(&self) -> Result<()> {
        self.conn().await?.query_one("SELECT 1", &[]).await?;
        Ok(())
    }

    pub(crate) async fn check_writable(&self, now: i64) -> Result<()> {
        self.conn()
            .await?
            .execute(
                "INSERT INTO meta (name, value) VALUES ('ready_probe', $1)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                &[&now.to_le_bytes().to_vec()],
            )
            .await?;
        Ok(())
    }

    pub(crate) async fn salt(&self) -> Result<Vec<u8>> {
        Ok(self
            .conn()
            .await?
            .query_one("SELECT value FROM meta WHERE name = 'pii_salt'", &[])
            .await?
            .get(0))
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
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let rl = rate_limit.map(i64::from);
        let id: i64 = tx
            .query_one(
                "INSERT INTO keys (prefix, salt, hash, rate_limit, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                &[&prefix, &salt, &hash, &rl, &now],
            )
            .await?
            .get(0);
        let site = match site {
            Some(url) => Some(site_in(&tx, id, url, now).await?),
            None => None,
        };
        tx.commit().await?;
        Ok((
            KeyRecord {
                id,
                prefix: prefix.into(),
                rate_limit,
                created_at: now,
                revoked_at: None,
            },
            site,
        ))
    }

    pub(crate) async fn list_keys(&self) -> Result<Vec<KeyRecord>> {
        let rows = self
            .conn()
            .await?
            .query(
                "SELECT id, prefix, rate_limit, created_at, revoked_at FROM keys ORDER BY id",
                &[],
            )
            .await?;
        Ok(rows.iter().map(key_row).collect())
    }

    pub(crate) async fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<Candidate>> {
        let rows = self.conn().await?
            .query("SELECT id, prefix, rate_limit, created_at, revoked_at, salt, hash FROM keys WHERE prefix = $1", &[&prefix])
            .await?;
        Ok(rows
            .iter()
            .map(|r| (key_row(r), r.get(5), r.get(6)))
            .collect())
    }

    pub(crate) async fn revoke_key_id(&self, id: i64, now: i64) -> Result<()> {
        self.conn()
            .await?
            .execute(
                "UPDATE keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
                &[&id, &now],
            )
            .await?;
        Ok(())
    }

    pub(crate) async fn site(&self, key_id: i64, url: &str, now: i64) -> Result<SiteRecord> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let site = site_in(&tx, key_id, url, now).await?;
        tx.commit().await?;
        Ok(site)
    }

    pub(crate) async fn sites_for_key(&self, key_id: i64) -> Result<Vec<SiteRecord>> {
        let rows = self.conn().await?
            .query("SELECT id, key_id, url, share_feedback, created_at, unsure_low, unsure_high, shadow_since FROM sites WHERE key_id = $1 ORDER BY id", &[&key_id])
            .await?;
        Ok(rows.iter().map(site_row).collect())
    }

    pub(crate) async fn set_share_feedback(&self, site_id: i64, share: bool) -> Result<()> {
        let n = self
            .conn()
            .await?
            .execute(
                "UPDATE sites SET share_feedback = $2 WHERE id = $1",
                &[&site_id, &share],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound(format!("site {site_id}")));
        }
        Ok(())
    }

    pub(crate) async fn insert_checks(&self, checks: Vec<NewCheck>) -> Result<()> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let st = tx
            .prepare(
                "INSERT INTO checks (site_id, post_id, author, author_email, author_ip, author_url, content, kind,
                    parent_id, thread_id, label, scores, signals, model_version, adapter_version, is_test, source, created_at,
                    review, factors)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
            )
            .await?;
        for ch in &checks {
            let source = ch.source.unwrap_or(CheckSource::Api).as_str();
            let review = ch.review.map(ReviewFlag::as_str);
            tx.execute(
                &st,
                &[
                    &ch.site_id,
                    &ch.post_id,
                    &ch.author,
                    &ch.author_email,
                    &ch.author_ip,
                    &ch.author_url,
                    &ch.content,
                    &ch.kind,
                    &ch.parent_id,
                    &ch.thread_id,
                    &ch.label,
                    &ch.scores,
                    &ch.signals,
                    &ch.model_version,
                    &ch.adapter_version,
                    &ch.is_test,
                    &source,
                    &ch.created_at,
                    &review,
                    &ch.factors,
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn insert_feedback(&self, f: NewFeedback) -> Result<i64> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let id = insert_feedback_row(&tx, &f).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub(crate) async fn commit_feedback(
        &self,
        batch: FeedbackBatch,
        keep: Option<usize>,
        now: i64,
    ) -> Result<CommittedFeedback> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let mut ids = Vec::with_capacity(batch.items.len());
        for f in &batch.items {
            ids.push(insert_feedback_row(&tx, f).await?);
        }
        let adapter_version = match batch.adapter {
            Some(mut a) => {
                a.feedback_ids.clone_from(&ids);
                Some(save_adapter_in(&tx, &a, keep, now).await?)
            }
            None => None,
        };
        tx.commit().await?;
        Ok(CommittedFeedback {
            feedback_ids: ids,
            adapter_version,
        })
    }

    pub(crate) async fn existing_feedback(
        &self,
        site_id: i64,
        keys: Vec<String>,
    ) -> Result<Vec<(String, i64)>> {
        let rows = self
            .conn()
            .await?
            .query(
                "SELECT dedupe_key, id FROM feedback WHERE site_id = $1 AND dedupe_key = ANY($2)",
                &[&site_id, &keys],
            )
            .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    pub(crate) async fn adapter_head(&self, scope: AdapterScope) -> Result<i64> {
        Ok(self
            .conn()
            .await?
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM adapters WHERE scope = $1",
                &[&scope.to_db()],
            )
            .await?
            .get(0))
    }

    pub(crate) async fn feedback_for_site(&self, site_id: i64) -> Result<Vec<FeedbackRecord>> {
        let rows = self.conn().await?
            .query(
                "SELECT id, site_id, post_id, author, content, label, source, is_test, created_at FROM feedback WHERE site_id = $1 ORDER BY id",
                &[&site_id],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| FeedbackRecord {
                id: r.get(0),
                site_id: r.get(1),
                post_id: r.get(2),
                author: r.get(3),
                content: r.get(4),
                label: r.get(5),
                source: r.get(6),
                is_test: r.get(7),
                created_at: r.get(8),
            })
            .collect())
    }

    pub(crate) async fn save_adapter(
        &self,
        a: NewAdapter,
        keep: Option<usize>,
        now: i64,
    ) -> Result<i64> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let version = save_adapter_in(&tx, &a, keep, now).await?;
        tx.commit().await?;
        Ok(version)
    }

    pub(crate) async fn latest_adapter(
        &self,
        scope: AdapterScope,
        model_version: &str,
    ) -> Result<Option<AdapterRecord>> {
        let row = self.conn().await?
            .query_opt(
                "SELECT scope, version, model_version, bytes, updates, reason, created_at FROM adapters WHERE scope = $1 ORDER BY version DESC LIMIT 1",
                &[&scope.to_db()],
            )
            .await?;
        Ok(row
            .map(|r| adapter_row(&r))
            .filter(|a| a.model_version == model_version))
    }

    pub(crate) async fn list_adapters(&self, scope: AdapterScope) -> Result<Vec<AdapterRecord>> {
        let rows = self.conn().await?
            .query(
                "SELECT scope, version, model_version, ''::bytea, updates, reason, created_at FROM adapters WHERE scope = $1 ORDER BY version DESC",
                &[&scope.to_db()],
            )
            .await?;
        Ok(rows.iter().map(adapter_row).collect())
    }

    pub(crate) async fn rollback_adapter(
        &self,
        scope: AdapterScope,
        version: i64,
        site_id: Option<i64>,
        keep: Option<usize>,
        now: i64,
    ) -> Result<AdapterRecord> {
        let mut c = self.conn().await?;
        let tx = c.transaction().await?;
        let old = tx
            .query_opt(
                "SELECT scope, version, model_version, bytes, updates, reason, created_at FROM adapters WHERE scope = $1 AND version = $2",
                &[&scope.to_db(), &version],
            )
            .await?
            .map(|r| adapter_row(&r))
            .ok_or_else(|| StoreError::NotFound(format!("adapter version {version}")))?;
        let reason = format!("rollback to {version}");
        let new_version = insert_adapter(
            &tx,
            scope,
            &old.model_version,
            &old.bytes,
            old.updates,
            &reason,
            keep,
            now,
        )
        .await?;
        tx.execute(
            "INSERT INTO audit (site_id, scope, adapter_version, feedback_id, action, created_at) VALUES ($1, $2, $3, NULL, $4, $5)",
            &[&site_id, &scope.to_db(), &new_version, &reason, &now],
        )
        .await?;
        tx.commit().await?;
        Ok(AdapterRecord {
            version: new_version,
            reason,
            created_at: now,
            ..old
        })
    }

    pub(crate) async fn audit(&self, scope: AdapterScope) -> Result<Vec<AuditRecord>> {
        let rows = self.conn().await?
            .query(
                "SELECT id, site_id, scope, adapter_version, feedback_id, action, created_at FROM audit WHERE scope = $1 ORDER BY id",
                &[&scope.to_db()],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| AuditRecord {
                id: r.get(0),
                site_id: r.get(1),
                scope: AdapterScope::from_db(r.get(2)),
                adapter_version: r.get(3),
                feedback_id: r.get(4),
                action: r.get(5),
                created_at: r.get(6),
            })
            .collect())
    }

    pub(crate) async fn account_profile(
        &self,
        key_id: i64,
        author: &str,
    ) -> Result<AccountProfile> {
        let rows = self.conn().await?
            .query(
                "SELECT c.label, COUNT(*), MIN(c.created_at), MAX(c.created_at) FROM checks c JOIN sites s ON s.id = c.site_id
                 WHERE s.key_id = $1 AND c.author = $2 AND NOT c.is_test GROUP BY c.label ORDER BY c.label",
                &[&key_id, &author],
            )
            .await?;
        let mut profile = AccountProfile {
            author: author.into(),
            ..Default::default()
        };
        for r in rows {
            let (label, n, first, last): (String, i64, i64, i64) =
                (r.get(0), r.get(1), r.get(2), r.get(3));
            profile.checks += n as u64;
            profile.labels.push((label, n as u64));
            profile.first_seen = Some(profile.first_seen.map_or(first, |f| f.min(first)));
            profile.last_seen = Some(profile.last_seen.map_or(last, |l| l.max(last)));
        }
        Ok(profile)
    }

    pub(crate) async fn usage(&self, key_id: i64, since: i64) -> Result<u64> {
        let n: i64 = self.conn().await?
            .query_one(
                "SELECT COUNT(*) FROM checks c JOIN sites s ON s.id = c.site_id WHERE s.key_id = $1 AND c.created_at >= $2 AND NOT c.is_test",
                &[&key_id, &since],
            )
            .await?
            .get(0);
        Ok(n as u64)
    }

    pub(crate) async fn site_stats(
        &self,
        key_id: i64,
        from: i64,
        to: i64,
    ) -> Result<Vec<SiteStats>> {
        let rows = self.conn().await?
            .query(
                "SELECT s.url,
                    (SELECT COUNT(*) FROM checks c WHERE c.site_id = s.id AND c.created_at >= $2 AND c.created_at < $3 AND NOT c.is_test),
                    (SELECT COUNT(*) FROM checks c WHERE c.site_id = s.id AND c.created_at >= $2 AND c.created_at < $3 AND NOT c.is_test AND c.label = 'spam'),
                    (SELECT COUNT(*) FROM feedback f WHERE f.site_id = s.id AND f.created_at >= $2 AND f.created_at < $3 AND NOT f.is_test AND f.source = 'submit-spam'),
                    (SELECT COUNT(*) FROM feedback f WHERE f.site_id = s.id AND f.created_at >= $2 AND f.created_at < $3 AND NOT f.is_test AND f.source = 'submit-ham'),
                    k.revoked_at IS NOT NULL
                 FROM sites s JOIN keys k ON k.id = s.key_id WHERE s.key_id = $1 ORDER BY s.id",
                &[&key_id, &from, &to],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let calls: i64 = r.get(1);
                let spam: i64 = r.get(2);
                SiteStats {
                    site: r.get(0),
                    api_calls: calls as u64,
                    spam: spam as u64,
                    ham: (calls - spam) as u64,
                    missed_spam: r.get::<_, i64>(3) as u64,
                    false_positives: r.get::<_, i64>(4) as u64,
                    is_revoked: r.get(5),
                }
            })
            .collect())
    }

    pub(crate) async fn purge_checks_before(&self, cutoff: i64) -> Result<u64> {
        // PostgreSQL's autovacuum reclaims the dead tuples; the rows are gone at commit.
        Ok(self
            .conn()
            .await?
            .execute("DELETE FROM checks WHERE created_at < $1", &[&cutoff])
            .await?)
    }

    pub(crate) async fn count_checks(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .await?
            .query_one("SELECT COUNT(*) FROM checks", &[])
            .await?
            .get(0);
        Ok(n as u64)
    }

    pub(crate) async fn close(&self) -> Result<()> {
        Ok(())
    }
}

async fn site_in(
    tx: &tokio_postgres::Transaction<'_>,
    key_id: i64,
    url: &str,
    now: i64,
) -> Result<SiteRecord> {
    tx.execute(
        "INSERT INTO sites (key_id, url, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_id, url) DO NOTHING",
        &[&key_id, &url, &now],
    )
    .await?;
    let row = tx
        .query_one("SELECT id, key_id, url, share_feedback, created_at, unsure_low, unsure_high, shadow_since FROM sites WHERE key_id = $1 AND url = $2", &[&key_id, &url])
        .await?;
    Ok(site_row(&row))
}

async fn insert_feedback_row(tx: &tokio_postgres::Transaction<'_>, f: &NewFeedback) -> Result<i64> {
    let row = tx
        .query_one(
            "INSERT INTO feedback (site_id, post_id, author, content, label, source, is_test, created_at, dedupe_key, check_id,
                                   author_email, author_ip)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
            &[&f.site_id, &f.post_id, &f.author, &f.content, &f.label, &f.source.as_str(), &f.is_test, &f.created_at, &f.dedupe_key, &f.check_id,
              &f.author_email, &f.author_ip],
        )
        .await
        .map_err(|e| {
            // The unique (site, dedupe_key) index: committed by another request meanwhile.
            if e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION) {
                StoreError::Conflict(format!("feedback id {:?} is already stored", f.dedupe_key))
            } else {
                e.into()
            }
        })?;
    Ok(row.get(0))
}

/// A new adapter version and its audit rows, inside the caller's transaction.
async fn save_adapter_in(
    tx: &tokio_postgres::Transaction<'_>,
    a: &NewAdapter,
    keep: Option<usize>,
    now: i64,
) -> Result<i64> {
    let scope = a.scope.to_db();
    if let Some(base) = a.base_version {
        // Serialises learners of one scope across processes until commit.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&scope])
            .await?;
        let head: i64 = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM adapters WHERE scope = $1",
                &[&scope],
            )
            .await?
            .get(0);
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
    )
    .await?;
    let ids: Vec<Option<i64>> = if a.feedback_ids.is_empty() {
        vec![None]
    } else {
        a.feedback_ids.iter().map(|&i| Some(i)).collect()
    };
    for id in ids {
        tx.execute(
            "INSERT INTO audit (site_id, scope, adapter_version, feedback_id, action, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            &[&a.site_id, &scope, &version, &id, &a.reason, &now],
        )
        .await?;
    }
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
async fn insert_adapter(
    tx: &tokio_postgres::Transaction<'_>,
    scope: AdapterScope,
    model_version: &str,
    bytes: &[u8],
    updates: u64,
    reason: &str,
    keep: Option<usize>,
    now: i64,
) -> Result<i64> {
    let scope = scope.to_db();
    let version: i64 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM adapters WHERE scope = $1",
            &[&scope],
        )
        .await?
        .get(0);
    tx.execute(
        "INSERT INTO adapters (scope, version, model_version, bytes, updates, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[&scope, &version, &model_version, &bytes, &(updates as i64), &reason, &now],
    )
    .await?;
    // Bounded history, as in SQLite.
    if let Some(keep) = keep {
        tx.execute(
            "DELETE FROM adapters WHERE scope = $1 AND version <= $2",
            &[&scope, &(version - keep as i64)],
        )
        .await?;
    }
    Ok(version)
}

fn key_row(r: &Row) -> KeyRecord {
    KeyRecord {
        id: r.get(0),
        prefix: r.get(1),
        rate_limit: r.get::<_, Option<i64>>(2).map(|v| v as u32),
        created_at: r.get(3),
        revoked_at: r.get(4),
    }
}

fn site_row(r: &Row) -> SiteRecord {
    SiteRecord {
        id: r.get(0),
        key_id: r.get(1),
        url: r.get(2),
        share_feedback: r.get(3),
        created_at: r.get(4),
        moderation: Moderation {
            unsure: match (r.get::<_, Option<f64>>(5), r.get::<_, Option<f64>>(6)) {
                (Some(low), Some(high)) => Some(UnsureBand { low, high }),
                _ => None,
            },
            shadow_since: r.get(7),
        },
    }
}

fn adapter_row(r: &Row) -> AdapterRecord {
    AdapterRecord {
        scope: AdapterScope::from_db(r.get(0)),
        version: r.get(1),
        model_version: r.get(2),
        bytes: r.get(3),
        updates: r.get::<_, i64>(4) as u64,
        reason: r.get(5),
        created_at: r.get(6),
    }
}
