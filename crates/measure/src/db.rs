//! SQLite storage of the measuring half, in the same database file as `discern-store`.
//!
//! The same patterns as the store: WAL, `synchronous=FULL`, one writer and one reader
//! connection used from tokio's blocking pool, versioned migrations that are never edited
//! (tracked in their own `measure_migrations` table, so the two crates migrate
//! independently). Tables are prefixed `measure_`. Clicks are append-only: no statement
//! here updates or deletes one; the counts a report reads are kept beside them, in the
//! same transaction, by [`rollup`] and read back by [`summary`]. Salts are deleted with `secure_delete` on and the WAL
//! truncated, so a destroyed salt leaves the file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::bots::{BotFlag, BotReason};
use crate::goal::{Goal, GoalKind, Metric};
use crate::link::{Utm, generate_code, valid_code};
use crate::types::*;
use crate::visitor::Rotation;
use crate::{MeasureError, Result};

mod rollup;
mod summary;

/// A migration: its SQL, then what must be computed in Rust in the same transaction.
struct Migration {
    version: i64,
    sql: &'static str,
    fill: Option<fn(&rusqlite::Transaction<'_>) -> Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: V1,
        fill: None,
    },
    // The click rollup, filled from the clicks already stored so an upgraded store
    // reports the same numbers.
    Migration {
        version: 2,
        sql: rollup::MIGRATION,
        fill: Some(rollup::rebuild),
    },
];

const V1: &str = r#"
CREATE TABLE measure_campaigns (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    goal_kind  TEXT NOT NULL,
    goal_name  TEXT,
    metric     TEXT NOT NULL,
    target     REAL NOT NULL,
    currency   TEXT NOT NULL,
    budget     REAL,
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX measure_campaigns_site ON measure_campaigns(site_id);
CREATE TABLE measure_links (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    code         TEXT NOT NULL UNIQUE,
    campaign_id  INTEGER NOT NULL REFERENCES measure_campaigns(id),
    destination  TEXT NOT NULL,
    post_id      TEXT,
    channel      TEXT,
    utm_source   TEXT,
    utm_medium   TEXT,
    utm_campaign TEXT,
    utm_content  TEXT,
    utm_term     TEXT,
    paid         INTEGER NOT NULL DEFAULT 0,
    expires_at   INTEGER,
    disabled     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
CREATE INDEX measure_links_campaign ON measure_links(campaign_id);
CREATE TABLE measure_clicks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    click_id   TEXT NOT NULL UNIQUE,
    link_id    INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    referrer   TEXT,
    ua_class   TEXT NOT NULL,
    visitor    TEXT NOT NULL,
    bot_reason TEXT,
    bot_detail TEXT
);
CREATE INDEX measure_clicks_link_at ON measure_clicks(link_id, at);
CREATE INDEX measure_clicks_visitor ON measure_clicks(visitor);
CREATE TABLE measure_conversions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id         INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    click_id        TEXT,
    visitor_a       TEXT,
    visitor_b       TEXT,
    campaign_id     INTEGER,
    kind            TEXT NOT NULL,
    kind_name       TEXT,
    amount_cents    INTEGER NOT NULL DEFAULT 0,
    currency        TEXT,
    at              INTEGER NOT NULL,
    source          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    UNIQUE (site_id, idempotency_key)
);
CREATE INDEX measure_conversions_site_at ON measure_conversions(site_id, at);
CREATE TABLE measure_salts (
    day        INTEGER PRIMARY KEY,
    salt       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
"#;

/// The measuring tables of one SQLite database.
#[derive(Clone)]
pub struct MeasureDb {
    writer: Arc<Mutex<Connection>>,
    reader: Arc<Mutex<Connection>>,
    /// The click writer's memory for the rollup; locked only under `writer`'s lock.
    rollup: Arc<Mutex<rollup::RollupWriter>>,
    path: PathBuf,
}

fn lock<T>(conn: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    conn.lock().unwrap_or_else(|p| p.into_inner())
}

async fn blocking<T: Send + 'static>(
    conn: &Arc<Mutex<Connection>>,
    f: impl FnOnce(&mut Connection) -> Result<T> + Send + 'static,
) -> Result<T> {
    let conn = conn.clone();
    tokio::task::spawn_blocking(move || f(&mut lock(&conn)))
        .await
        .map_err(|e| MeasureError::Backend(format!("store task failed: {e}")))?
}

/// The SQLite path of a database URL as `discern-store` takes it (`PATH`, `sqlite://PATH`,
/// `sqlite:PATH`, with `?…` options). PostgreSQL is not supported by this crate yet.
pub fn sqlite_path(url: &str) -> Result<PathBuf> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Err(MeasureError::Unsupported(
            "measuring (campaigns, links, clicks, conversions) needs SQLite for now; \
             this server runs on PostgreSQL"
                .into(),
        ));
    }
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let path = rest.split_once('?').map_or(rest, |(p, _)| p);
    if path.is_empty() {
        return Err(MeasureError::Invalid(format!(
            "no database path in {url:?}"
        )));
    }
    Ok(PathBuf::from(path))
}

impl MeasureDb {
    /// Opens (creating and migrating the measuring tables of) the SQLite database at `path`.
    pub async fn open(path: impl AsRef<Path>) -> Result<MeasureDb> {
        let path = path.as_ref().to_path_buf();
        tokio::task::spawn_blocking(move || Self::open_blocking(path))
            .await
            .map_err(|e| MeasureError::Backend(format!("store task failed: {e}")))?
    }

    fn open_blocking(path: PathBuf) -> Result<MeasureDb> {
        let mut w = Connection::open(&path)?;
        w.busy_timeout(std::time::Duration::from_secs(5))?;
        // Write transactions take the write lock when they begin. A deferred one reads
        // first and fails at once with "database is locked" (the busy timeout does not
        // apply to that upgrade) when the store's writer committed to this file meanwhile:
        // a click batch was lost that way under load.
        w.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        w.pragma_update(None, "journal_mode", "WAL")?;
        w.pragma_update(None, "synchronous", "FULL")?;
        // Deleted salts are overwritten, not just unlinked.
        w.pragma_update(None, "secure_delete", "ON")?;
        migrate(&mut w)?;
        let r = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        r.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(MeasureDb {
            writer: Arc::new(Mutex::new(w)),
            reader: Arc::new(Mutex::new(r)),
            rollup: Arc::default(),
            path,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub async fn create_campaign(&self, c: NewCampaign, now: i64) -> Result<Campaign> {
        let name = c.name.trim().to_string();
        if name.is_empty() {
            return Err(MeasureError::Invalid("a campaign needs a name".into()));
        }
        let currency = currency_code(c.currency.as_deref().unwrap_or("USD"))?;
        if let Some(b) = c.budget
            && !(b.is_finite() && b >= 0.0)
        {
            return Err(MeasureError::Invalid(format!(
                "budget must be 0 or more, not {b}"
            )));
        }
        let starts_at = c.starts_at.unwrap_or(now);
        if let Some(end) = c.ends_at
            && end <= starts_at
        {
            return Err(MeasureError::Invalid(
                "the campaign must end after it starts".into(),
            ));
        }
        let mut campaign = Campaign {
            id: 0,
            site_id: c.site_id,
            name,
            goal: c.goal,
            currency,
            budget: c.budget,
            starts_at,
            ends_at: c.ends_at,
            created_at: now,
        };
        let cc = campaign.clone();
        campaign.id = blocking(&self.writer, move |db| {
            db.prepare_cached(
                "INSERT INTO measure_campaigns (site_id, name, goal_kind, goal_name, metric, target, currency, budget, starts_at, ends_at, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                cc.site_id,
                cc.name,
                cc.goal.kind.as_str(),
                cc.goal.kind.custom_name(),
                cc.goal.metric.as_str(),
                cc.goal.target,
                cc.currency,
                cc.budget,
                cc.starts_at,
                cc.ends_at,
                cc.created_at
            ])?;
            Ok(db.last_insert_rowid())
        })
        .await?;
        Ok(campaign)
    }

    /// A campaign by id; `NotFound` when it does not exist or belongs to another site.
    pub async fn campaign(&self, site_id: Option<i64>, id: i64) -> Result<Campaign> {
        blocking(&self.reader, move |db| {
            let c = db
                .prepare_cached(&format!("{CAMPAIGN_SELECT} WHERE id = ?1"))?
                .query_row([id], campaign_row)
                .optional()?
                .ok_or_else(|| MeasureError::NotFound(format!("campaign {id}")))??;
            // Another site's campaign is reported exactly like a missing one.
            if site_id.is_some_and(|s| s != c.site_id) {
                return Err(MeasureError::NotFound(format!("campaign {id}")));
            }
            Ok(c)
        })
        .await
    }

    /// The campaigns of a site (every site when `None`), oldest first.
    pub async fn campaigns(&self, site_id: Option<i64>) -> Result<Vec<Campaign>> {
        blocking(&self.reader, move |db| {
            let mut st = db.prepare_cached(&format!(
                "{CAMPAIGN_SELECT} WHERE ?1 IS NULL OR site_id = ?1 ORDER BY id"
            ))?;
            let rows = st.query_map([site_id], campaign_row)?;
            let mut out = Vec::new();
            for r in rows {
                out.push(r??);
            }
            Ok(out)
        })
        .await
    }

    /// Creates a link for a campaign of `site_id` (`None`: any site, for the operator's CLI).
    pub async fn create_link(&self, site_id: Option<i64>, l: NewLink, now: i64) -> Result<Link> {
        let campaign = self.campaign(site_id, l.campaign_id).await?;
        // Refuse a destination that cannot be redirected to, now rather than per click.
        crate::link::prepare(&l.destination, &l.utm, l.paid)?;
        if let Some(code) = &l.code
            && !valid_code(code)
        {
            return Err(MeasureError::Invalid(format!(
                "code {code:?} must be 1 to 64 of A-Z a-z 0-9 _ -"
            )));
        }
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let mut link = Link {
            id: 0,
            code: String::new(),
            campaign_id: campaign.id,
            site_id: campaign.site_id,
            destination: l.destination.trim().to_string(),
            post_id: clean(&l.post_id),
            channel: clean(&l.channel),
            utm: l.utm.clone(),
            paid: l.paid,
            expires_at: l.expires_at,
            disabled: false,
            created_at: now,
        };
        let lc = link.clone();
        let custom = l.code.clone();
        let (id, code) = blocking(&self.writer, move |db| {
            // A generated code that collides is simply drawn again; a chosen one is refused.
            for _ in 0..8 {
                let code = custom.clone().unwrap_or_else(generate_code);
                let n = db
                    .prepare_cached(
                        "INSERT INTO measure_links (code, campaign_id, destination, post_id, channel, utm_source, utm_medium,
                            utm_campaign, utm_content, utm_term, paid, expires_at, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (code) DO NOTHING",
                    )?
                    .execute(params![
                        code,
                        lc.campaign_id,
                        lc.destination,
                        lc.post_id,
                        lc.channel,
                        lc.utm.source,
                        lc.utm.medium,
                        lc.utm.campaign,
                        lc.utm.content,
                        lc.utm.term,
                        lc.paid,
                        lc.expires_at,
                        lc.created_at
                    ])?;
                if n == 1 {
                    return Ok((db.last_insert_rowid(), code));
                }
                if custom.is_some() {
                    return Err(MeasureError::Conflict(format!("code {code:?} is taken")));
                }
            }
            Err(MeasureError::Backend("could not draw a free short code".into()))
        })
        .await?;
        link.id = id;
        link.code = code;
        Ok(link)
    }

    /// A link by its code, with its campaign's site.
    pub async fn link_by_code(&self, code: &str) -> Result<Option<Link>> {
        let code = code.to_string();
        blocking(&self.reader, move |db| {
            Ok(db
                .prepare_cached(&format!("{LINK_SELECT} WHERE l.code = ?1"))?
                .query_row([code], link_row)
                .optional()?)
        })
        .await
    }

    /// The links of a campaign, oldest first.
    pub async fn links(&self, campaign_id: i64) -> Result<Vec<Link>> {
        blocking(&self.reader, move |db| {
            let mut st = db.prepare_cached(&format!(
                "{LINK_SELECT} WHERE l.campaign_id = ?1 ORDER BY l.id"
            ))?;
            Ok(st
                .query_map([campaign_id], link_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Disables (or re-enables) a link: it then answers 410.
    pub async fn set_link_disabled(&self, code: &str, disabled: bool) -> Result<()> {
        let code = code.to_string();
        blocking(&self.writer, move |db| {
            let n = db.execute(
                "UPDATE measure_links SET disabled = ?2 WHERE code = ?1",
                params![code, disabled],
            )?;
            if n == 0 {
                return Err(MeasureError::NotFound(format!("link {code}")));
            }
            Ok(())
        })
        .await
    }

    /// The clicks of a campaign's links between `from` and `to` (exclusive), oldest first.
    pub async fn clicks(&self, campaign_id: i64, from: i64, to: Option<i64>) -> Result<Vec<Click>> {
        blocking(&self.reader, move |db| {
            let mut st = db.prepare_cached(
                "SELECT c.click_id, c.link_id, c.at, c.referrer, c.ua_class, c.visitor, c.bot_reason, c.bot_detail
                 FROM measure_clicks c JOIN measure_links l ON l.id = c.link_id
                 WHERE l.campaign_id = ?1 AND c.at >= ?2 AND (?3 IS NULL OR c.at < ?3) ORDER BY c.at, c.id",
            )?;
            let rows = st.query_map(params![campaign_id, from, to], click_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Every stored click (tests, benchmarks).
    pub async fn count_clicks(&self) -> Result<u64> {
        blocking(&self.reader, |db| {
            Ok(
                db.query_row("SELECT COUNT(*) FROM measure_clicks", [], |r| {
                    r.get::<_, i64>(0)
                })? as u64,
            )
        })
        .await
    }

    /// The stored salts, `(day, salt)`.
    pub async fn salts(&self) -> Result<Vec<(i64, [u8; 32])>> {
        blocking(&self.writer, |db| {
            let mut st = db.prepare("SELECT day, salt FROM measure_salts ORDER BY day DESC")?;
            let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (day, salt) = row?;
                let salt: [u8; 32] = salt.try_into().map_err(|_| {
                    MeasureError::Data(format!("salt of day {day} is not 32 bytes"))
                })?;
                out.push((day, salt));
            }
            Ok(out)
        })
        .await
    }

    /// Persists a salt rotation: the new salt stored, the expired ones destroyed.
    pub async fn save_rotation(&self, rotation: Rotation, now: i64) -> Result<()> {
        if rotation == Rotation::default() {
            return Ok(());
        }
        blocking(&self.writer, move |db| {
            let tx = db.transaction()?;
            if let Some((day, salt)) = rotation.created {
                tx.execute(
                    "INSERT INTO measure_salts (day, salt, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (day) DO NOTHING",
                    params![day, salt.to_vec(), now],
                )?;
            }
            for day in &rotation.destroyed {
                tx.execute("DELETE FROM measure_salts WHERE day <= ?1", [day])?;
            }
            tx.commit()?;
            if !rotation.destroyed.is_empty() {
                // The deleted salt must not survive in the write-ahead log either.
                db.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            }
            Ok(())
        })
        .await
    }

    /// Records a conversion once per idempotency key. Returns the stored conversion and
    /// whether it was already there (`true`: a replay, nothing new written). The same key
    /// with a different conversion is a `Conflict`.
    pub async fn insert_conversion(
        &self,
        c: NewConversion,
        now: i64,
    ) -> Result<(Conversion, bool)> {
        let key = c.idempotency_key.trim().to_string();
        if key.is_empty() || key.len() > 200 {
            return Err(MeasureError::Invalid(
                "idempotency_key must be 1 to 200 characters".into(),
            ));
        }
        if c.click_id.is_none() && c.visitors.is_empty() && c.campaign_id.is_none() {
            return Err(MeasureError::Invalid(
                "a conversion needs a click_id, a visitor or a campaign".into(),
            ));
        }
        let c = NewConversion {
            idempotency_key: key,
            ..c
        };
        blocking(&self.writer, move |db| {
            let tx = db.transaction()?;
            let n = tx
                .prepare_cached(
                    "INSERT INTO measure_conversions (site_id, idempotency_key, click_id, visitor_a, visitor_b, campaign_id,
                        kind, kind_name, amount_cents, currency, at, source, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                     ON CONFLICT (site_id, idempotency_key) DO NOTHING",
                )?
                .execute(params![
                    c.site_id,
                    c.idempotency_key,
                    c.click_id,
                    c.visitors.first(),
                    c.visitors.get(1),
                    c.campaign_id,
                    c.kind.as_str(),
                    c.kind.name(),
                    c.amount_cents,
                    c.currency,
                    c.at,
                    c.source.as_str(),
                    now
                ])?;
            let stored = tx
                .prepare_cached(&format!("{CONVERSION_SELECT} WHERE site_id = ?1 AND idempotency_key = ?2"))?
                .query_row(params![c.site_id, c.idempotency_key], conversion_row)??;
            tx.commit()?;
            if n == 1 {
                return Ok((stored, false));
            }
            let same = stored.click_id == c.click_id
                && stored.kind == c.kind
                && stored.amount_cents == c.amount_cents
                && stored.currency == c.currency
                && stored.campaign_id == c.campaign_id;
            if !same {
                return Err(MeasureError::Conflict(format!(
                    "idempotency key {:?} was used for a different conversion",
                    c.idempotency_key
                )));
            }
            Ok((stored, true))
        })
        .await
    }

    /// Conversions of a site at or after `from`, oldest first.
    pub async fn conversions(&self, site_id: i64, from: i64) -> Result<Vec<Conversion>> {
        blocking(&self.reader, move |db| {
            let mut st = db.prepare_cached(&format!(
                "{CONVERSION_SELECT} WHERE site_id = ?1 AND at >= ?2 ORDER BY at, id"
            ))?;
            let rows = st.query_map(params![site_id, from], conversion_row)?;
            let mut out = Vec::new();
            for r in rows {
                out.push(r??);
            }
            Ok(out)
        })
        .await
    }

    /// The link a click id was made by (the pixel finds the site this way).
    pub async fn link_of_click(&self, click_id: &str) -> Result<Option<Link>> {
        let click_id = click_id.to_string();
        blocking(&self.reader, move |db| {
            Ok(db
                .prepare_cached(&format!(
                    "{LINK_SELECT} JOIN measure_clicks k ON k.link_id = l.id WHERE k.click_id = ?1"
                ))?
                .query_row([click_id], link_row)
                .optional()?)
        })
        .await
    }

    /// The conversation around `posts` from the store's `checks` table (the posts discern
    /// classified): the posts themselves and every reply below them. Empty when this
    /// database has no checks table (a measuring-only file).
    pub async fn conversation(&self, site_id: i64, posts: Vec<String>) -> Result<Vec<ThreadPost>> {
        if posts.is_empty() {
            return Ok(Vec::new());
        }
        blocking(&self.reader, move |db| {
            let has_checks: bool = db.query_row(
                "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checks')",
                [],
                |r| r.get(0),
            )?;
            if !has_checks {
                return Ok(Vec::new());
            }
            let mut found: std::collections::HashMap<String, ThreadPost> = Default::default();
            let mut frontier = posts.clone();
            // The posts by id, then replies level by level (by parent, or by thread for
            // importers that only know the thread). A bound on depth keeps cycles finite.
            let mut by_id = db.prepare_cached(
                "SELECT post_id, author, parent_id, label, created_at FROM checks WHERE site_id = ?1 AND post_id = ?2 ORDER BY id DESC LIMIT 1",
            )?;
            for p in &posts {
                if let Some(tp) = by_id
                    .query_row(params![site_id, p], thread_row)
                    .optional()?
                {
                    found.insert(p.clone(), ThreadPost { parent_id: None, ..tp });
                } else {
                    found.insert(
                        p.clone(),
                        ThreadPost { post_id: p.clone(), author: None, parent_id: None, label: String::new(), at: None },
                    );
                }
            }
            let mut children = db.prepare_cached(
                "SELECT post_id, author, parent_id, label, created_at FROM checks
                 WHERE site_id = ?1 AND post_id IS NOT NULL AND (parent_id = ?2 OR (thread_id = ?2 AND parent_id IS NULL)) ORDER BY id",
            )?;
            for _ in 0..64 {
                let mut next = Vec::new();
                for parent in &frontier {
                    let rows = children.query_map(params![site_id, parent], thread_row)?;
                    for row in rows {
                        let mut tp = row?;
                        if tp.parent_id.is_none() {
                            tp.parent_id = Some(parent.clone());
                        }
                        if !found.contains_key(&tp.post_id) {
                            next.push(tp.post_id.clone());
                            found.insert(tp.post_id.clone(), tp);
                        }
                    }
                }
                if next.is_empty() {
                    break;
                }
                frontier = next;
            }
            let mut out: Vec<ThreadPost> = found.into_values().collect();
            out.sort_by(|a, b| a.post_id.cmp(&b.post_id));
            Ok(out)
        })
        .await
    }
}

/// A post of a campaign's conversation, as the store's checks recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadPost {
    pub post_id: String,
    pub author: Option<String>,
    /// `None` for the campaign's own posts.
    pub parent_id: Option<String>,
    /// `social`, `marketing`, `spam`; empty when the post itself was never checked.
    pub label: String,
    /// When it was checked (Unix seconds); `None` when it never was.
    pub at: Option<i64>,
}

fn thread_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ThreadPost> {
    Ok(ThreadPost {
        post_id: r.get(0)?,
        author: r.get(1)?,
        parent_id: r.get(2)?,
        label: r.get(3)?,
        at: r.get(4)?,
    })
}

const CAMPAIGN_SELECT: &str = "SELECT id, site_id, name, goal_kind, goal_name, metric, target, currency, budget, starts_at, ends_at, created_at FROM measure_campaigns";
const LINK_SELECT: &str = "SELECT l.id, l.code, l.campaign_id, m.site_id, l.destination, l.post_id, l.channel, l.utm_source, l.utm_medium,
    l.utm_campaign, l.utm_content, l.utm_term, l.paid, l.expires_at, l.disabled, l.created_at
    FROM measure_links l JOIN measure_campaigns m ON m.id = l.campaign_id";
const CONVERSION_SELECT: &str = "SELECT id, site_id, idempotency_key, click_id, visitor_a, visitor_b, campaign_id, kind, kind_name, amount_cents, currency, at, source FROM measure_conversions";

fn campaign_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Campaign>> {
    let kind: String = r.get(3)?;
    let name: Option<String> = r.get(4)?;
    let metric: String = r.get(5)?;
    let target: f64 = r.get(6)?;
    let goal = GoalKind::parse(&kind, name.as_deref())
        .and_then(|k| Goal::new(k, Some(Metric::parse(&metric)?), target))
        .map_err(|e| {
            MeasureError::Data(format!("campaign {}: {e}", r.get::<_, i64>(0).unwrap_or(0)))
        });
    Ok(match goal {
        Ok(goal) => Ok(Campaign {
            id: r.get(0)?,
            site_id: r.get(1)?,
            name: r.get(2)?,
            goal,
            currency: r.get(7)?,
            budget: r.get(8)?,
            starts_at: r.get(9)?,
            ends_at: r.get(10)?,
            created_at: r.get(11)?,
        }),
        Err(e) => Err(e),
    })
}

fn link_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Link> {
    Ok(Link {
        id: r.get(0)?,
        code: r.get(1)?,
        campaign_id: r.get(2)?,
        site_id: r.get(3)?,
        destination: r.get(4)?,
        post_id: r.get(5)?,
        channel: r.get(6)?,
        utm: Utm {
            source: r.get(7)?,
            medium: r.get(8)?,
            campaign: r.get(9)?,
            content: r.get(10)?,
            term: r.get(11)?,
        },
        paid: r.get(12)?,
        expires_at: r.get(13)?,
        disabled: r.get(14)?,
        created_at: r.get(15)?,
    })
}

fn click_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Click> {
    let reason: Option<String> = r.get(6)?;
    let ua_class: String = r.get(4)?;
    Ok(Click {
        click_id: r.get(0)?,
        link_id: r.get(1)?,
        at: r.get(2)?,
        referrer: r.get(3)?,
        ua_class: ["desktop", "mobile", "tablet", "bot"]
            .into_iter()
            .find(|c| *c == ua_class)
            .unwrap_or("other"),
        visitor: r.get(5)?,
        bot: reason.map(|reason| BotFlag {
            // A reason this build does not know (a newer writer) still counts as a bot.
            reason: BotReason::parse(&reason).unwrap_or(BotReason::Crawler),
            detail: r
                .get::<_, Option<String>>(7)
                .ok()
                .flatten()
                .unwrap_or_default(),
        }),
    })
}

fn conversion_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Conversion>> {
    let kind: String = r.get(7)?;
    let kind_name: Option<String> = r.get(8)?;
    let source: String = r.get(12)?;
    let kind = match ConversionKind::parse(&kind, kind_name.as_deref()) {
        Ok(k) => k,
        Err(e) => return Ok(Err(MeasureError::Data(e.to_string()))),
    };
    Ok(Ok(Conversion {
        id: r.get(0)?,
        site_id: r.get(1)?,
        idempotency_key: r.get(2)?,
        click_id: r.get(3)?,
        visitors: [
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ]
        .into_iter()
        .flatten()
        .collect(),
        campaign_id: r.get(6)?,
        kind,
        amount_cents: r.get(9)?,
        currency: r.get(10)?,
        at: r.get(11)?,
        source: if source == "pixel" {
            ConversionSource::Pixel
        } else {
            ConversionSource::Api
        },
    }))
}

fn migrate(c: &mut Connection) -> Result<()> {
    c.execute_batch(
        "CREATE TABLE IF NOT EXISTS measure_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    )?;
    let current: i64 = c.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM measure_migrations",
        [],
        |r| r.get(0),
    )?;
    let newest = MIGRATIONS.last().map_or(0, |m| m.version);
    if current > newest {
        return Err(MeasureError::Data(format!(
            "measuring schema version {current} is newer than this build knows ({newest})"
        )));
    }
    for m in MIGRATIONS.iter().filter(|m| m.version > current) {
        let version = m.version;
        let tx = c.transaction()?;
        tx.execute_batch(m.sql)?;
        if let Some(fill) = m.fill {
            fill(&tx)?;
        }
        tx.execute(
            "INSERT INTO measure_migrations (version, applied_at) VALUES (?1, ?2)",
            params![version, crate::now()],
        )?;
        tx.commit()?;
        tracing::info!(version, "applied measuring migration");
    }
    Ok(())
}
