//! Counting at write time: `measure_click_rollup` holds, per link, UTC day and bot reason,
//! how many clicks were stored and how many of the human ones count (the 30-minute repeat
//! rule of `attribution::counted`). The click writer adds to it in the transaction that
//! appends the clicks, so a report reads ≈ links × days × reasons rows instead of every
//! click (BENCHMARKS.md, "10,000,000 clicks").
//!
//! The clicks stay append-only and the rollup is derived from them alone:
//! [`MeasureDb::rebuild_rollup`] recomputes it from scratch (migration 2 does so for a
//! store that had clicks before the rollup existed). Nothing else about a click is stored
//! for it: whether a human click counts is decided from the clicks of the same visitor on
//! the same link, ordered by time then by id, exactly as the report from raw clicks does.
//!
//! The writer keeps, per (link, visitor) seen lately, the time of its last counted click
//! and of its latest click ([`RollupWriter`]). That map only saves reading the store: a
//! click it cannot decide alone (a pair it has not seen since the store was opened, within
//! 30 minutes of the clicks stored before; a click older than its pair's latest, which can
//! change whether the later ones count) is decided from that pair's stored clicks, read by
//! the visitor index, and the counts of later clicks it turns into or out of repeats are
//! corrected in the same transaction. So a restart, clicks out of time order, a failed
//! transaction or another process writing clicks never make the rollup differ from the
//! clicks.

use std::collections::HashMap;

use rusqlite::{Connection, Transaction, params};

use crate::attribution::{REPEAT_WINDOW, counted_in_order};
use crate::types::Click;
use crate::visitor::day_of;
use crate::{MeasureError, Result};

use super::{MeasureDb, blocking, lock};

/// The rollup's table (migration 2). `bot_reason` is `''` for human clicks (a primary key
/// column cannot tell NULLs apart); `counted` is 0 for bots.
pub(super) const MIGRATION: &str = r#"
CREATE TABLE measure_click_rollup (
    link_id    INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    bot_reason TEXT NOT NULL,
    clicks     INTEGER NOT NULL,
    counted    INTEGER NOT NULL,
    PRIMARY KEY (link_id, day, bot_reason)
) WITHOUT ROWID;
-- A visitor's human clicks per link in time order, read from the index alone: the writer
-- reads a pair's clicks, the report each converting visitor's (a row lookup per click
-- made the 10,000,000-click report 2.2 s). It replaces the index on the visitor alone.
CREATE INDEX measure_clicks_visitor_link ON measure_clicks(visitor, bot_reason, link_id, at);
DROP INDEX measure_clicks_visitor;
"#;

/// Past this many pairs the writer forgets the older half (raising its horizon): memory
/// stays bounded at any click rate, at the cost of reading the store for pairs it forgot.
const MAX_PAIRS: usize = 1_000_000;
/// A pair is forgotten this long after its latest click once newer clicks came: a few
/// minutes past the 30-minute window, so clicks that arrive a little late still find it.
const KEEP: i64 = REPEAT_WINDOW + 300;

/// What the writer remembers of one (link, visitor) pair.
#[derive(Debug, Clone, Copy)]
struct Pair {
    /// Its last counted click.
    last_counted: i64,
    /// Its latest click.
    latest: i64,
}

/// The click writer's memory (see the module's comment). Lives beside the writer
/// connection; every method runs under that connection's lock.
#[derive(Debug, Default)]
pub(super) struct RollupWriter {
    /// False until read from the store, and again after anything went wrong.
    loaded: bool,
    /// Every stored click of a pair missing from `pairs` is at or before this time.
    horizon: i64,
    /// The largest click id when this writer last wrote: another value means someone else
    /// wrote clicks, and the writer starts over.
    last_id: i64,
    /// The latest click time written.
    newest: i64,
    pairs: HashMap<(i64, String), Pair>,
}

/// Changes to rollup rows, added up over a transaction and written once per row.
type Deltas = HashMap<(i64, i64, String), (i64, i64)>;

impl RollupWriter {
    fn load(&mut self, tx: &Transaction<'_>) -> Result<()> {
        self.pairs.clear();
        // The latest click of the store: the latest day of the rollup, then its links'
        // latest clicks by the (link_id, at) index.
        self.horizon = tx
            .query_row(
                "SELECT MAX((SELECT MAX(at) FROM measure_clicks c WHERE c.link_id = r.link_id))
             FROM measure_click_rollup r WHERE r.day = (SELECT MAX(day) FROM measure_click_rollup)",
                [],
                |r| r.get::<_, Option<i64>>(0),
            )?
            .unwrap_or(i64::MIN);
        self.newest = self.horizon;
        self.last_id = max_id(tx)?;
        self.loaded = true;
        Ok(())
    }

    /// Forgets pairs whose latest click is long past, or the older half when too many.
    fn forget(&mut self) {
        let mut cutoff = self.newest.saturating_sub(KEEP);
        if self.pairs.len() > MAX_PAIRS {
            let mut latest: Vec<i64> = self.pairs.values().map(|p| p.latest).collect();
            let mid = latest.len() / 2;
            cutoff = cutoff.max(*latest.select_nth_unstable(mid).1);
        }
        let mut horizon = self.horizon;
        self.pairs.retain(|_, p| {
            let keep = p.latest > cutoff;
            if !keep {
                horizon = horizon.max(p.latest);
            }
            keep
        });
        self.horizon = horizon;
    }

    /// Decides human click `id` (already inserted) and records its counts in `deltas`.
    fn human(
        &mut self,
        tx: &Transaction<'_>,
        deltas: &mut Deltas,
        link_id: i64,
        visitor: &str,
        at: i64,
        id: i64,
    ) -> Result<()> {
        self.newest = self.newest.max(at);
        let key = (link_id, visitor.to_string());
        let fast = match self.pairs.get(&key) {
            // In order for its pair: the map knows everything before it.
            Some(p) if at >= p.latest => Some(at - p.last_counted >= REPEAT_WINDOW),
            Some(_) => None,
            // A new pair whose stored clicks (all at or before the horizon) are too old
            // to matter, and none of them later than this one.
            None if at - REPEAT_WINDOW >= self.horizon => Some(true),
            None => None,
        };
        if let Some(counts) = fast {
            let p = self.pairs.entry(key).or_insert(Pair {
                last_counted: at,
                latest: at,
            });
            p.latest = at;
            if counts {
                p.last_counted = at;
            }
            add(deltas, link_id, at, "", 1, i64::from(counts));
            return Ok(());
        }
        // Decide from the pair's stored clicks (this one included), and correct the later
        // ones this click turns into repeats or back into counted clicks.
        let history = pair_history(tx, link_id, visitor)?;
        let before = counted_in_order(
            history.iter().filter(|c| c.0 != id).map(|c| c.1),
            REPEAT_WINDOW,
        );
        let after = counted_in_order(history.iter().map(|c| c.1), REPEAT_WINDOW);
        let mut old = before.into_iter();
        let mut pair = Pair {
            last_counted: at,
            latest: at,
        };
        for (&(cid, cat), &now_counts) in history.iter().zip(&after) {
            if now_counts {
                pair.last_counted = cat;
            }
            pair.latest = pair.latest.max(cat);
            if cid == id {
                add(deltas, link_id, cat, "", 1, i64::from(now_counts));
            } else {
                let was = old.next().unwrap_or(now_counts);
                if was != now_counts {
                    add(
                        deltas,
                        link_id,
                        cat,
                        "",
                        0,
                        i64::from(now_counts) - i64::from(was),
                    );
                }
            }
        }
        self.pairs.insert(key, pair);
        Ok(())
    }
}

fn add(deltas: &mut Deltas, link_id: i64, at: i64, reason: &str, clicks: i64, counted: i64) {
    let e = deltas
        .entry((link_id, day_of(at), reason.to_string()))
        .or_default();
    e.0 += clicks;
    e.1 += counted;
}

fn max_id(db: &Connection) -> Result<i64> {
    Ok(
        db.query_row("SELECT COALESCE(MAX(id), 0) FROM measure_clicks", [], |r| {
            r.get(0)
        })?,
    )
}

/// The human clicks of one visitor on one link as `(id, at)`, in the order the repeat
/// rule visits them.
pub(super) fn pair_history(
    db: &Connection,
    link_id: i64,
    visitor: &str,
) -> Result<Vec<(i64, i64)>> {
    // Named: without it SQLite may pick the (link_id, at) index, which gives the order
    // asked for but walks every click of the link (measured: 12 times slower loading).
    let mut st = db.prepare_cached(
        "SELECT id, at FROM measure_clicks INDEXED BY measure_clicks_visitor_link
         WHERE visitor = ?1 AND bot_reason IS NULL AND link_id = ?2 ORDER BY at, id",
    )?;
    Ok(st
        .query_map(params![visitor, link_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn write_deltas(tx: &Transaction<'_>, deltas: Deltas) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO measure_click_rollup (link_id, day, bot_reason, clicks, counted) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (link_id, day, bot_reason) DO UPDATE SET clicks = clicks + excluded.clicks, counted = counted + excluded.counted",
    )?;
    for ((link_id, day, reason), (clicks, counted)) in deltas {
        if (clicks, counted) != (0, 0) {
            st.execute(params![link_id, day, reason, clicks, counted])?;
        }
    }
    Ok(())
}

fn insert(tx: &Transaction<'_>, writer: &mut RollupWriter, clicks: &[Click]) -> Result<()> {
    if !writer.loaded || max_id(tx)? != writer.last_id {
        writer.load(tx)?;
    }
    let mut deltas = Deltas::new();
    let mut st = tx.prepare_cached(
        "INSERT INTO measure_clicks (click_id, link_id, at, referrer, ua_class, visitor, bot_reason, bot_detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for c in clicks {
        st.execute(params![
            c.click_id,
            c.link_id,
            c.at,
            c.referrer,
            c.ua_class,
            c.visitor,
            c.bot.as_ref().map(|b| b.reason.as_str()),
            c.bot.as_ref().map(|b| b.detail.as_str())
        ])?;
        let id = tx.last_insert_rowid();
        match &c.bot {
            Some(b) => add(&mut deltas, c.link_id, c.at, b.reason.as_str(), 1, 0),
            None => writer.human(tx, &mut deltas, c.link_id, &c.visitor, c.at, id)?,
        }
        writer.last_id = id;
    }
    write_deltas(tx, deltas)
}

/// Recomputes the whole rollup from the clicks, in `tx`.
pub(super) fn rebuild(tx: &Transaction<'_>) -> Result<()> {
    tx.execute("DELETE FROM measure_click_rollup", [])?;
    let mut deltas = Deltas::new();
    // Each pair's human clicks come together and in the rule's order; bots are counted
    // as they pass.
    let mut st = tx.prepare(
        "SELECT link_id, visitor, at, bot_reason FROM measure_clicks ORDER BY link_id, visitor, at, id",
    )?;
    let mut rows = st.query([])?;
    let mut pair: Option<(i64, String)> = None;
    let mut last_counted: Option<i64> = None;
    while let Some(r) = rows.next()? {
        let link_id: i64 = r.get(0)?;
        let at: i64 = r.get(2)?;
        if let Some(reason) = r.get::<_, Option<String>>(3)? {
            add(&mut deltas, link_id, at, &reason, 1, 0);
            continue;
        }
        let visitor: String = r.get(1)?;
        if pair
            .as_ref()
            .is_none_or(|(l, v)| *l != link_id || *v != visitor)
        {
            pair = Some((link_id, visitor));
            last_counted = None;
        }
        let counts = last_counted.is_none_or(|prev| at - prev >= REPEAT_WINDOW);
        if counts {
            last_counted = Some(at);
        }
        add(&mut deltas, link_id, at, "", 1, i64::from(counts));
    }
    drop(rows);
    drop(st);
    write_deltas(tx, deltas)
}

impl MeasureDb {
    /// Appends clicks in one transaction (one fsync for the batch), adding them to the
    /// rollup in the same transaction. Clicks may come in any time order; the writer is
    /// fastest when they come in order (the service's writer: as the redirects answered).
    pub async fn insert_clicks(&self, clicks: Vec<Click>) -> Result<()> {
        if clicks.is_empty() {
            return Ok(());
        }
        let rollup = self.rollup.clone();
        blocking(&self.writer, move |db| {
            let mut writer = lock(&rollup);
            let done = db.transaction().map_err(MeasureError::from).and_then(|tx| {
                insert(&tx, &mut writer, &clicks)?;
                tx.commit()?;
                Ok(())
            });
            match done {
                Ok(()) => writer.forget(),
                // What the writer learnt in a rolled-back transaction is not in the store.
                Err(_) => writer.loaded = false,
            }
            done
        })
        .await
    }

    /// Recomputes the rollup from the stored clicks (what migration 2 does once). The
    /// report after it is the same as before unless the rollup had been damaged.
    pub async fn rebuild_rollup(&self) -> Result<()> {
        let rollup = self.rollup.clone();
        blocking(&self.writer, move |db| {
            let mut writer = lock(&rollup);
            writer.loaded = false;
            let tx = db.transaction()?;
            rebuild(&tx)?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// The whole rollup as `(link_id, day, bot_reason, clicks, counted)` rows in key order
    /// (`bot_reason` `None` for people; tests and checks).
    pub async fn rollup_rows(&self) -> Result<Vec<(i64, i64, Option<String>, i64, i64)>> {
        blocking(&self.reader, |db| {
            let mut st = db.prepare(
                "SELECT link_id, day, bot_reason, clicks, counted FROM measure_click_rollup ORDER BY link_id, day, bot_reason",
            )?;
            let rows = st.query_map([], |r| {
                let reason: String = r.get(2)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    Some(reason).filter(|s| !s.is_empty()),
                    r.get(3)?,
                    r.get(4)?,
                ))
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }
}
