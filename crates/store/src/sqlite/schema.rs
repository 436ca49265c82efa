//! The SQLite schema: versioned migrations and the function that applies them on open.

use rusqlite::{Connection, params};

use crate::Result;

/// Versioned migrations, applied in order on open; never edit a shipped one, add a new one.
pub(super) const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    prefix     TEXT NOT NULL,
    salt       BLOB NOT NULL,
    hash       BLOB NOT NULL,
    rate_limit INTEGER,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX keys_prefix ON keys(prefix);
CREATE TABLE sites (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    key_id         INTEGER NOT NULL REFERENCES keys(id),
    url            TEXT NOT NULL,
    share_feedback INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    UNIQUE (key_id, url)
);
CREATE TABLE checks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    post_id         TEXT,
    author          TEXT,
    author_email    TEXT,
    author_ip       TEXT,
    author_url      TEXT,
    content         TEXT NOT NULL,
    kind            TEXT NOT NULL,
    parent_id       TEXT,
    thread_id       TEXT,
    label           TEXT NOT NULL,
    scores          TEXT NOT NULL,
    signals         TEXT NOT NULL,
    model_version   TEXT NOT NULL,
    adapter_version INTEGER,
    is_test         INTEGER NOT NULL DEFAULT 0,
    source          TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX checks_created ON checks(created_at);
CREATE INDEX checks_site_author ON checks(site_id, author);
CREATE INDEX checks_site_created ON checks(site_id, created_at);
CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id    INTEGER NOT NULL REFERENCES sites(id),
    post_id    TEXT,
    author     TEXT,
    content    TEXT NOT NULL,
    label      TEXT NOT NULL,
    source     TEXT NOT NULL,
    is_test    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX feedback_site ON feedback(site_id, created_at);
CREATE TABLE adapters (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    scope         INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    model_version TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    updates       INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    UNIQUE (scope, version)
);
CREATE TABLE audit (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id         INTEGER,
    scope           INTEGER NOT NULL,
    adapter_version INTEGER NOT NULL,
    feedback_id     INTEGER,
    action          TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX audit_scope ON audit(scope, adapter_version);
"#,
    ),
    (
        2,
        // Feedback idempotency: a client's feedback id is unique per site, so a retried
        // batch finds its rows instead of storing them twice.
        r#"
ALTER TABLE feedback ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX feedback_dedupe ON feedback(site_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
"#,
    ),
    (
        3,
        // Moderation: a site's unsure band and shadow mode (NULL: off, the behaviour
        // before this migration), why a check waits for review and the factors behind its
        // verdict, and which check a person's feedback reviewed; the commenter's e-mail
        // and IP (hashed unless the operator opted in) on feedback too, so erasing a person
        // finds their reports after retention deleted the check.
        r#"
ALTER TABLE sites ADD COLUMN unsure_low REAL;
ALTER TABLE sites ADD COLUMN unsure_high REAL;
ALTER TABLE sites ADD COLUMN shadow_since INTEGER;
ALTER TABLE checks ADD COLUMN review TEXT;
ALTER TABLE checks ADD COLUMN factors TEXT;
ALTER TABLE feedback ADD COLUMN check_id INTEGER;
CREATE INDEX checks_site_review ON checks(site_id, id) WHERE review IS NOT NULL;
CREATE INDEX feedback_check ON feedback(check_id) WHERE check_id IS NOT NULL;
ALTER TABLE feedback ADD COLUMN author_email TEXT;
ALTER TABLE feedback ADD COLUMN author_ip TEXT;
"#,
    ),
];

pub(super) fn migrate(c: &mut Connection) -> Result<()> {
    c.execute_batch("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)")?;
    let current: i64 = c.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )?;
    for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        let tx = c.transaction()?;
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
            params![version, crate::now()],
        )?;
        tx.commit()?;
        tracing::info!(version, "applied store migration");
    }
    Ok(())
}
