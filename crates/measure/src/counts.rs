//! What the report needs of a campaign's clicks, without the clicks themselves: counts per
//! link and UTC day, and each conversion's touches.
//!
//! Two sources give the same summary. [`ClickSummary::from_clicks`] computes it from the
//! raw clicks of the campaign's window (the reference: the computation the report always
//! made). `MeasureDb::click_summary` reads it from the rollup the click writer keeps
//! (`measure_click_rollup`, see `db::rollup`): links × days × reasons rows, plus each
//! conversion's own click and its visitors' clicks by index, so a report no longer reads
//! every click. `tests/rollup.rs` checks that both agree on random clicks.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::attribution::{self, REPEAT_WINDOW, Touch, Visit};
use crate::types::{Campaign, Click, Conversion};
use crate::visitor::{DAY, day_of};

/// The clicks of one link on one UTC day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayCount {
    /// Human clicks, repeats included.
    pub human: u64,
    /// Human clicks counted: a repeat by the same visitor on the same link within 30
    /// minutes of a counted click left out.
    pub counted: u64,
    /// Bot clicks by reason (`BotReason::as_str`).
    pub bots: BTreeMap<&'static str, u64>,
}

impl DayCount {
    pub fn bot_total(&self) -> u64 {
        self.bots.values().sum()
    }
}

/// A campaign's clicks as the report reads them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClickSummary {
    /// Per `(link_id, day)` (day: Unix seconds / 86,400, rounded down): that day's clicks.
    pub days: BTreeMap<(i64, i64), DayCount>,
    /// One entry per conversion, in the order given: the clicks that may have led to it,
    /// its own click (whatever kind) and its visitors' counted human clicks, each once,
    /// sorted by time then link. Empty for a conversion outside the window the report
    /// looks at ([`considered`]).
    pub touches: Vec<Vec<Touch>>,
}

/// Whether the report looks at a conversion at all: from the campaign's start to its end
/// plus the lookback.
pub fn considered(campaign: &Campaign, conversion: &Conversion, lookback_days: u32) -> bool {
    let end = campaign.ends_at.map(|e| e + i64::from(lookback_days) * DAY);
    conversion.at >= campaign.starts_at && end.is_none_or(|e| conversion.at < e)
}

/// Touches in a stable order, so both sources hand the attribution the same list.
pub(crate) fn sorted(mut touches: Vec<Touch>) -> Vec<Touch> {
    touches.sort_by_key(|t| (t.at, t.link_id));
    touches
}

impl ClickSummary {
    /// The summary of `clicks`, the campaign's clicks in its window ordered by time then
    /// by storage order (`MeasureDb::clicks`).
    pub fn from_clicks(
        campaign: &Campaign,
        clicks: &[Click],
        conversions: &[Conversion],
        lookback_days: u32,
    ) -> ClickSummary {
        let humans: Vec<usize> = (0..clicks.len())
            .filter(|&i| clicks[i].bot.is_none())
            .collect();
        let visits: Vec<Visit<'_>> = humans
            .iter()
            .map(|&i| Visit {
                link_id: clicks[i].link_id,
                visitor: &clicks[i].visitor,
                at: clicks[i].at,
            })
            .collect();
        let flags = attribution::counted(&visits, REPEAT_WINDOW);
        let mut counted = vec![false; clicks.len()];
        for (&i, &f) in humans.iter().zip(&flags) {
            counted[i] = f;
        }

        let mut days: BTreeMap<(i64, i64), DayCount> = BTreeMap::new();
        for (k, &is_counted) in clicks.iter().zip(&counted) {
            let d = days.entry((k.link_id, day_of(k.at))).or_default();
            match &k.bot {
                Some(b) => *d.bots.entry(b.reason.as_str()).or_default() += 1,
                None => {
                    d.human += 1;
                    d.counted += u64::from(is_counted);
                }
            }
        }

        // Touches: counted human clicks by visitor; every click by id.
        let mut by_visitor: HashMap<&str, Vec<usize>> = HashMap::new();
        for i in (0..clicks.len()).filter(|&i| counted[i]) {
            by_visitor.entry(&clicks[i].visitor).or_default().push(i);
        }
        let by_click_id: HashMap<&str, usize> = clicks
            .iter()
            .enumerate()
            .map(|(i, k)| (k.click_id.as_str(), i))
            .collect();
        let touches = conversions
            .iter()
            .map(|conv| {
                if !considered(campaign, conv, lookback_days) {
                    return Vec::new();
                }
                let mut ids: HashSet<usize> = HashSet::new();
                let mut visitors: Vec<&str> = conv.visitors.iter().map(String::as_str).collect();
                if let Some(&i) = conv.click_id.as_deref().and_then(|id| by_click_id.get(id)) {
                    ids.insert(i);
                    visitors.push(&clicks[i].visitor);
                }
                for v in visitors {
                    ids.extend(by_visitor.get(v).into_iter().flatten().copied());
                }
                sorted(
                    ids.into_iter()
                        .map(|i| Touch {
                            at: clicks[i].at,
                            link_id: clicks[i].link_id,
                        })
                        .collect(),
                )
            })
            .collect();
        ClickSummary { days, touches }
    }
}
