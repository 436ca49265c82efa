//! The moderation queue's reads and a site's moderation settings (SQLite).

use rusqlite::{OptionalExtension, params};

use super::{SqliteStore, blocking};
use crate::types::*;
use crate::{Result, StoreError};

/// The columns of a [`CheckRecord`], with the label of the newest review of each check.
const CHECK_COLUMNS: &str =
    "c.id, c.site_id, c.post_id, c.author, c.author_url, c.content, c.kind, c.label,
    c.scores, c.signals, c.factors, c.review,
    (SELECT f.label FROM feedback f WHERE f.check_id = c.id ORDER BY f.id DESC LIMIT 1),
    c.is_test, c.source, c.created_at";

impl SqliteStore {
    pub(crate) async fn set_moderation(&self, site_id: i64, m: Moderation) -> Result<()> {
        blocking(&self.writer, move |c| {
            let n = c.execute(
                "UPDATE sites SET unsure_low = ?2, unsure_high = ?3, shadow_since = ?4 WHERE id = ?1",
                params![
                    site_id,
                    m.unsure.map(|b| b.low),
                    m.unsure.map(|b| b.high),
                    m.shadow_since
                ],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound(format!("site {site_id}")));
            }
            Ok(())
        })
        .await
    }

    pub(crate) async fn recent_checks(
        &self,
        site_id: i64,
        to_review: bool,
        limit: u32,
    ) -> Result<Vec<CheckRecord>> {
        blocking(&self.reader, move |c| {
            let sql = format!(
                "SELECT {CHECK_COLUMNS} FROM checks c WHERE c.site_id = ?1
                 AND (?2 = 0 OR (c.review IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.check_id = c.id)))
                 ORDER BY c.id DESC LIMIT ?3"
            );
            let mut st = c.prepare_cached(&sql)?;
            let rows = st
                .query_map(params![site_id, to_review, limit], check_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn check(&self, site_id: i64, id: i64) -> Result<Option<CheckRecord>> {
        blocking(&self.reader, move |c| {
            let sql =
                format!("SELECT {CHECK_COLUMNS} FROM checks c WHERE c.site_id = ?1 AND c.id = ?2");
            Ok(c.prepare_cached(&sql)?
                .query_row(params![site_id, id], check_row)
                .optional()?)
        })
        .await
    }

    pub(crate) async fn label_mix(&self, site_id: i64, since: i64) -> Result<Vec<LabelDay>> {
        blocking(&self.reader, move |c| {
            let mut st = c.prepare_cached(
                "SELECT (created_at / 86400) * 86400 AS day, label, COUNT(*) FROM checks
                 WHERE site_id = ?1 AND created_at >= ?2 AND is_test = 0
                 GROUP BY day, label ORDER BY day, label",
            )?;
            let rows = st
                .query_map(params![site_id, since], |r| {
                    Ok(LabelDay {
                        day: r.get(0)?,
                        label: r.get(1)?,
                        count: r.get::<_, i64>(2)? as u64,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub(crate) async fn shadow_summary(&self, site_id: i64, since: i64) -> Result<ShadowSummary> {
        blocking(&self.reader, move |c| {
            // The newest review of each shadow-flagged check says whether it was spam.
            Ok(c.prepare_cached(
                "SELECT COUNT(*),
                    COALESCE(SUM(CASE WHEN review = 'shadow' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN review = 'shadow' AND reviewed = 'spam' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN review = 'shadow' AND reviewed <> 'spam' THEN 1 ELSE 0 END), 0)
                 FROM (SELECT c.review,
                         (SELECT f.label FROM feedback f WHERE f.check_id = c.id ORDER BY f.id DESC LIMIT 1) AS reviewed
                       FROM checks c WHERE c.site_id = ?1 AND c.created_at >= ?2 AND c.is_test = 0) t",
            )?
                .query_row(params![site_id, since], |r| {
                    Ok(ShadowSummary {
                        checks: r.get::<_, i64>(0)? as u64,
                        would_catch: r.get::<_, i64>(1)? as u64,
                        confirmed_spam: r.get::<_, i64>(2)? as u64,
                        said_not_spam: r.get::<_, i64>(3)? as u64,
                    })
                })?)
        })
        .await
    }
}

fn check_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CheckRecord> {
    Ok(CheckRecord {
        id: r.get(0)?,
        site_id: r.get(1)?,
        post_id: r.get(2)?,
        author: r.get(3)?,
        author_url: r.get(4)?,
        content: r.get(5)?,
        kind: r.get(6)?,
        label: r.get(7)?,
        scores: r.get(8)?,
        signals: r.get(9)?,
        factors: r.get(10)?,
        review: r.get(11)?,
        reviewed: r.get(12)?,
        is_test: r.get(13)?,
        source: r.get(14)?,
        created_at: r.get(15)?,
    })
}
