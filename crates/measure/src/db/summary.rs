//! The report's clicks read from the rollup: `MeasureDb::click_summary` gives the same
//! [`ClickSummary`] as `ClickSummary::from_clicks` over the raw clicks of the campaign's
//! window, reading
//!
//! * the rollup rows of the campaign's links and days;
//! * for a window that starts or ends inside a day, the clicks of that day outside the
//!   window, taken back out of the day's rows (none at all when the campaign's links were
//!   made after its start, the usual case);
//! * for the pairs (link, visitor) with a human click in the 30 minutes before the
//!   window, their clicks: the report counts repeats from the window's start, the rollup
//!   from the pair's first click, so the two may count different clicks of those pairs;
//! * per conversion, its own click by id and its visitors' human clicks by the visitor
//!   index, whose repeats are counted within the window as the report does.
//!
//! Everything is read in one read transaction, so the rollup and the clicks agree even
//! while the writer commits.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, params};

use crate::attribution::{REPEAT_WINDOW, Touch, counted_in_order};
use crate::bots::BotReason;
use crate::counts::{ClickSummary, DayCount, considered, sorted};
use crate::types::{Campaign, Conversion, Link};
use crate::visitor::{DAY, day_of};
use crate::{MeasureError, Result};

use super::rollup::pair_history;
use super::{MeasureDb, blocking};

/// The campaign's window `[from, to)`.
#[derive(Debug, Clone, Copy)]
struct Window {
    from: i64,
    to: Option<i64>,
}

impl Window {
    fn contains(self, at: i64) -> bool {
        at >= self.from && self.to.is_none_or(|t| at < t)
    }
}

/// A rollup reason as the report names it: a reason this build does not know (a newer
/// writer) still counts as a bot, as `MeasureDb::clicks` reads it.
fn reason_name(s: &str) -> &'static str {
    BotReason::parse(s).unwrap_or(BotReason::Crawler).as_str()
}

/// Signed counts while corrections are applied.
#[derive(Default)]
struct Signed {
    human: i64,
    counted: i64,
    bots: BTreeMap<&'static str, i64>,
}

/// A pair's human clicks `(id, at, counted as the rollup counts them)`, in rule order.
type PairClicks = Vec<(i64, i64, bool)>;

struct Reader<'a> {
    db: &'a Connection,
    links: HashSet<i64>,
    window: Window,
    days: BTreeMap<(i64, i64), Signed>,
    /// Pair histories with their flags counted from the pair's first click (the
    /// rollup's), by (link, visitor).
    pairs: HashMap<(i64, String), PairClicks>,
}

impl Reader<'_> {
    /// A pair's human clicks `(id, at, counted as the rollup counts them)`.
    fn pair(&mut self, link_id: i64, visitor: &str) -> Result<&[(i64, i64, bool)]> {
        let key = (link_id, visitor.to_string());
        if !self.pairs.contains_key(&key) {
            let h = pair_history(self.db, link_id, visitor)?;
            let flags = counted_in_order(h.iter().map(|c| c.1), REPEAT_WINDOW);
            let v = h
                .into_iter()
                .zip(flags)
                .map(|((id, at), f)| (id, at, f))
                .collect();
            self.pairs.insert(key.clone(), v);
        }
        Ok(&self.pairs[&key])
    }

    fn rollup(&mut self, link_id: i64) -> Result<()> {
        let first = day_of(self.window.from);
        let last = self.window.to.map(|t| day_of(t - 1));
        let mut st = self.db.prepare_cached(
            "SELECT day, bot_reason, clicks, counted FROM measure_click_rollup
             WHERE link_id = ?1 AND day >= ?2 AND (?3 IS NULL OR day <= ?3)",
        )?;
        let mut rows = st.query(params![link_id, first, last])?;
        while let Some(r) = rows.next()? {
            let day: i64 = r.get(0)?;
            let reason: String = r.get(1)?;
            let (clicks, counted): (i64, i64) = (r.get(2)?, r.get(3)?);
            let d = self.days.entry((link_id, day)).or_default();
            if reason.is_empty() {
                d.human += clicks;
                d.counted += counted;
            } else {
                *d.bots.entry(reason_name(&reason)).or_default() += clicks;
            }
        }
        Ok(())
    }

    /// Takes the clicks of `link_id` in `[from, to)` (outside the window, on a day the
    /// rollup rows cover) back out of the counts.
    fn subtract(&mut self, link_id: i64, from: i64, to: i64) -> Result<()> {
        if from >= to {
            return Ok(());
        }
        let rows: Vec<(i64, i64, String, Option<String>)> = self
            .db
            .prepare_cached(
                "SELECT id, at, visitor, bot_reason FROM measure_clicks WHERE link_id = ?1 AND at >= ?2 AND at < ?3",
            )?
            .query_map(params![link_id, from, to], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (id, at, visitor, reason) in rows {
            let counted = match reason {
                Some(_) => false,
                None => self
                    .pair(link_id, &visitor)?
                    .iter()
                    .any(|c| c.0 == id && c.2),
            };
            let d = self.days.entry((link_id, day_of(at))).or_default();
            match reason {
                Some(r) => *d.bots.entry(reason_name(&r)).or_default() -= 1,
                None => {
                    d.human -= 1;
                    d.counted -= i64::from(counted);
                }
            }
        }
        Ok(())
    }

    /// Recounts the repeats of the pairs with a human click in the 30 minutes before the
    /// window from the window's start, as the report does.
    fn restart_repeats(&mut self, link_id: i64) -> Result<()> {
        let from = self.window.from;
        let visitors: Vec<String> = self
            .db
            .prepare_cached(
                "SELECT DISTINCT visitor FROM measure_clicks
                 WHERE link_id = ?1 AND at >= ?2 AND at < ?3 AND bot_reason IS NULL",
            )?
            .query_map(params![link_id, from - REPEAT_WINDOW, from], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for v in visitors {
            let window = self.window;
            let inside: Vec<(i64, bool)> = self
                .pair(link_id, &v)?
                .iter()
                .filter(|c| window.contains(c.1))
                .map(|c| (c.1, c.2))
                .collect();
            let fresh = counted_in_order(inside.iter().map(|c| c.0), REPEAT_WINDOW);
            for ((at, rolled), now) in inside.into_iter().zip(fresh) {
                if rolled != now {
                    let d = self.days.entry((link_id, day_of(at))).or_default();
                    d.counted += i64::from(now) - i64::from(rolled);
                }
            }
        }
        Ok(())
    }

    /// A visitor's counted human clicks on the campaign's links in the window, as
    /// `(id, touch)`, repeats counted from the window's start.
    fn visitor_touches(&self, visitor: &str) -> Result<Vec<(i64, Touch)>> {
        let mut st = self.db.prepare_cached(
            "SELECT id, link_id, at FROM measure_clicks INDEXED BY measure_clicks_visitor_link
             WHERE visitor = ?1 AND bot_reason IS NULL ORDER BY link_id, at, id",
        )?;
        let mut by_link: BTreeMap<i64, Vec<(i64, i64)>> = BTreeMap::new();
        let rows = st.query_map([visitor], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (id, link_id, at) = row?;
            if self.links.contains(&link_id) && self.window.contains(at) {
                by_link.entry(link_id).or_default().push((id, at));
            }
        }
        let mut out = Vec::new();
        for (link_id, clicks) in by_link {
            let flags = counted_in_order(clicks.iter().map(|c| c.1), REPEAT_WINDOW);
            out.extend(
                clicks
                    .into_iter()
                    .zip(flags)
                    .filter(|(_, f)| *f)
                    .map(|((id, at), _)| (id, Touch { at, link_id })),
            );
        }
        Ok(out)
    }

    /// A click of the campaign's window by its click id: `(id, touch, visitor)`.
    fn click(&self, click_id: &str) -> Result<Option<(i64, Touch, String)>> {
        let found = self
            .db
            .prepare_cached(
                "SELECT id, link_id, at, visitor FROM measure_clicks WHERE click_id = ?1",
            )?
            .query_row([click_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Touch {
                        link_id: r.get(1)?,
                        at: r.get(2)?,
                    },
                    r.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        Ok(found.filter(|(_, t, _)| self.links.contains(&t.link_id) && self.window.contains(t.at)))
    }
}

impl MeasureDb {
    /// The clicks of `campaign`'s window on `links` (its links) as the report needs them,
    /// from the rollup; `touches` follow `conversions` (see the module's comment).
    pub async fn click_summary(
        &self,
        campaign: &Campaign,
        links: &[Link],
        conversions: &[Conversion],
        lookback_days: u32,
    ) -> Result<ClickSummary> {
        let campaign = campaign.clone();
        let link_ids: Vec<i64> = links.iter().map(|l| l.id).collect();
        let conversions = conversions.to_vec();
        blocking(&self.reader, move |db| {
            // One snapshot for every read below.
            let tx = db.transaction()?;
            let summary = summarize(&tx, &campaign, &link_ids, &conversions, lookback_days)?;
            tx.finish()?;
            Ok(summary)
        })
        .await
    }
}

fn summarize(
    db: &Connection,
    campaign: &Campaign,
    link_ids: &[i64],
    conversions: &[Conversion],
    lookback_days: u32,
) -> Result<ClickSummary> {
    let window = Window {
        from: campaign.starts_at,
        to: campaign.ends_at,
    };
    let mut r = Reader {
        db,
        links: link_ids.iter().copied().collect(),
        window,
        days: BTreeMap::new(),
        pairs: HashMap::new(),
    };
    let mut links: Vec<i64> = r.links.iter().copied().collect();
    links.sort_unstable();
    for &link in &links {
        r.rollup(link)?;
        // The first and last days are rolled up whole; take back what lies outside.
        r.subtract(link, day_of(window.from) * DAY, window.from)?;
        if let Some(to) = window.to {
            r.subtract(link, to, (day_of(to - 1) + 1) * DAY)?;
        }
        r.restart_repeats(link)?;
    }

    let mut days = BTreeMap::new();
    for (key, s) in std::mem::take(&mut r.days) {
        let bots: BTreeMap<&'static str, u64> = s
            .bots
            .into_iter()
            .filter(|(_, n)| *n != 0)
            .map(|(k, n)| Ok((k, unsigned(n, key)?)))
            .collect::<Result<_>>()?;
        let d = DayCount {
            human: unsigned(s.human, key)?,
            counted: unsigned(s.counted, key)?,
            bots,
        };
        if d != DayCount::default() {
            days.insert(key, d);
        }
    }

    let mut by_visitor: HashMap<String, Vec<(i64, Touch)>> = HashMap::new();
    let mut touches = Vec::with_capacity(conversions.len());
    for conv in conversions {
        if !considered(campaign, conv, lookback_days) {
            touches.push(Vec::new());
            continue;
        }
        let mut found: HashMap<i64, Touch> = HashMap::new();
        let mut visitors: Vec<String> = conv.visitors.clone();
        if let Some((id, touch, visitor)) = match conv.click_id.as_deref() {
            Some(click_id) => r.click(click_id)?,
            None => None,
        } {
            found.insert(id, touch);
            visitors.push(visitor);
        }
        for v in visitors {
            if !by_visitor.contains_key(&v) {
                let t = r.visitor_touches(&v)?;
                by_visitor.insert(v.clone(), t);
            }
            found.extend(by_visitor[&v].iter().copied());
        }
        touches.push(sorted(found.into_values().collect()));
    }
    Ok(ClickSummary { days, touches })
}

/// A corrected count; below zero the rollup disagrees with the clicks.
fn unsigned(n: i64, (link, day): (i64, i64)) -> Result<u64> {
    u64::try_from(n).map_err(|_| {
        MeasureError::Data(format!(
            "the click rollup of link {link} on day {day} disagrees with its clicks; \
             rebuild it (MeasureDb::rebuild_rollup)"
        ))
    })
}
