//! The PostgreSQL schema: versioned migrations, applied in order on open.

pub(super) const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        r#"
CREATE TABLE meta (name TEXT PRIMARY KEY, value BYTEA NOT NULL);
CREATE TABLE keys (
    id BIGSERIAL PRIMARY KEY, prefix TEXT NOT NULL, salt BYTEA NOT NULL, hash BYTEA NOT NULL,
    rate_limit BIGINT, created_at BIGINT NOT NULL, revoked_at BIGINT
);
CREATE INDEX keys_prefix ON keys(prefix);
CREATE TABLE sites (
    id BIGSERIAL PRIMARY KEY, key_id BIGINT NOT NULL REFERENCES keys(id), url TEXT NOT NULL,
    share_feedback BOOLEAN NOT NULL DEFAULT FALSE, created_at BIGINT NOT NULL, UNIQUE (key_id, url)
);
CREATE TABLE checks (
    id BIGSERIAL PRIMARY KEY, site_id BIGINT NOT NULL REFERENCES sites(id), post_id TEXT, author TEXT,
    author_email TEXT, author_ip TEXT, author_url TEXT, content TEXT NOT NULL, kind TEXT NOT NULL,
    parent_id TEXT, thread_id TEXT, label TEXT NOT NULL, scores TEXT NOT NULL, signals TEXT NOT NULL,
    model_version TEXT NOT NULL, adapter_version BIGINT, is_test BOOLEAN NOT NULL DEFAULT FALSE,
    source TEXT NOT NULL, created_at BIGINT NOT NULL
);
CREATE INDEX checks_created ON checks(created_at);
CREATE INDEX checks_site_author ON checks(site_id, author);
CREATE INDEX checks_site_created ON checks(site_id, created_at);
CREATE TABLE feedback (
    id BIGSERIAL PRIMARY KEY, site_id BIGINT NOT NULL REFERENCES sites(id), post_id TEXT, author TEXT,
    content TEXT NOT NULL, label TEXT NOT NULL, source TEXT NOT NULL, is_test BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX feedback_site ON feedback(site_id, created_at);
CREATE TABLE adapters (
    id BIGSERIAL PRIMARY KEY, scope BIGINT NOT NULL, version BIGINT NOT NULL, model_version TEXT NOT NULL,
    bytes BYTEA NOT NULL, updates BIGINT NOT NULL, reason TEXT NOT NULL, created_at BIGINT NOT NULL,
    UNIQUE (scope, version)
);
CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY, site_id BIGINT, scope BIGINT NOT NULL, adapter_version BIGINT NOT NULL,
    feedback_id BIGINT, action TEXT NOT NULL, created_at BIGINT NOT NULL
);
CREATE INDEX audit_scope ON audit(scope, adapter_version);
"#,
    ),
    (
        2,
        // Feedback idempotency, as in SQLite's migration 2.
        r#"
ALTER TABLE feedback ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX feedback_dedupe ON feedback(site_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
"#,
    ),
    (
        3,
        // Moderation settings, review flags, the factors of a verdict and the check a
        // review answered, and the commenter's e-mail and IP on feedback, as in SQLite's
        // migration 3.
        r#"
ALTER TABLE sites ADD COLUMN unsure_low DOUBLE PRECISION, ADD COLUMN unsure_high DOUBLE PRECISION,
    ADD COLUMN shadow_since BIGINT;
ALTER TABLE checks ADD COLUMN review TEXT, ADD COLUMN factors TEXT;
ALTER TABLE feedback ADD COLUMN check_id BIGINT;
CREATE INDEX checks_site_review ON checks(site_id, id) WHERE review IS NOT NULL;
CREATE INDEX feedback_check ON feedback(check_id) WHERE check_id IS NOT NULL;
ALTER TABLE feedback ADD COLUMN author_email TEXT;
ALTER TABLE feedback ADD COLUMN author_ip TEXT;
"#,
    ),
];
