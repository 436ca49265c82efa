//! Counting: repeat clicks, and which links get the credit for a conversion.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::MeasureError;

/// Repeat clicks by one visitor on one link within this many seconds count once.
pub const REPEAT_WINDOW: i64 = 30 * 60;
/// Default attribution lookback, days.
pub const DEFAULT_LOOKBACK_DAYS: u32 = 30;

/// How a conversion's credit is shared among the clicks that led to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// All credit to the last click before the conversion (the default).
    LastClick,
    /// All credit to the first click in the lookback window.
    FirstClick,
    /// Equal shares to every click in the window.
    Linear,
}

impl Model {
    pub const ALL: [Model; 3] = [Model::LastClick, Model::FirstClick, Model::Linear];

    pub fn parse(s: &str) -> Result<Model, MeasureError> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "last_click" | "last" => Ok(Model::LastClick),
            "first_click" | "first" => Ok(Model::FirstClick),
            "linear" => Ok(Model::Linear),
            _ => Err(MeasureError::Invalid(format!(
                "unknown attribution model {s:?}; expected last_click, first_click or linear"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Model::LastClick => "last_click",
            Model::FirstClick => "first_click",
            Model::Linear => "linear",
        }
    }
}

/// One human click that may have led to a conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touch {
    pub at: i64,
    pub link_id: i64,
}

/// The credit each link gets for one conversion at `converted_at` under `model`, from the
/// `touches` in the lookback window `[converted_at - lookback, converted_at]`. Empty when
/// no touch is in the window: the conversion is unattributed. Shares sum to 1.
pub fn credit(
    model: Model,
    touches: &[Touch],
    converted_at: i64,
    lookback: i64,
) -> Vec<(i64, f64)> {
    let mut window: Vec<Touch> = touches
        .iter()
        .copied()
        .filter(|t| t.at <= converted_at && t.at >= converted_at - lookback)
        .collect();
    if window.is_empty() {
        return Vec::new();
    }
    window.sort_by_key(|t| (t.at, t.link_id));
    match model {
        Model::LastClick => vec![(window[window.len() - 1].link_id, 1.0)],
        Model::FirstClick => vec![(window[0].link_id, 1.0)],
        Model::Linear => {
            let share = 1.0 / window.len() as f64;
            let mut by_link: Vec<(i64, f64)> = Vec::new();
            for t in &window {
                match by_link.iter_mut().find(|(l, _)| *l == t.link_id) {
                    Some((_, c)) => *c += share,
                    None => by_link.push((t.link_id, share)),
                }
            }
            by_link
        }
    }
}

/// A human click for repeat counting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit<'a> {
    pub link_id: i64,
    pub visitor: &'a str,
    pub at: i64,
}

/// Marks which visits count: a visit counts unless the same visitor's counted visit to the
/// same link was less than `window` seconds before it. Returns one flag per visit, in the
/// order given.
pub fn counted(visits: &[Visit<'_>], window: i64) -> Vec<bool> {
    let mut order: Vec<usize> = (0..visits.len()).collect();
    order.sort_by_key(|&i| visits[i].at);
    let mut last: HashMap<(i64, &str), i64> = HashMap::new();
    let mut flags = vec![false; visits.len()];
    for i in order {
        let v = &visits[i];
        let key = (v.link_id, v.visitor);
        match last.get(&key) {
            Some(&prev) if v.at - prev < window => {}
            _ => {
                last.insert(key, v.at);
                flags[i] = true;
            }
        }
    }
    flags
}

/// The same rule for one visitor on one link: `ats` are that pair's human clicks in the
/// order `counted` would visit them (by time, then by when they were stored). The click
/// writer and the rollup use it, one pair at a time, without building `Visit`s.
pub fn counted_in_order(ats: impl IntoIterator<Item = i64>, window: i64) -> Vec<bool> {
    let mut last: Option<i64> = None;
    ats.into_iter()
        .map(|at| {
            let counts = last.is_none_or(|prev| at - prev >= window);
            if counts {
                last = Some(at);
            }
            counts
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    fn t(at: i64, link_id: i64) -> Touch {
        Touch { at, link_id }
    }

    #[test]
    fn models_share_the_credit() {
        let touches = [t(100, 1), t(200, 2), t(300, 1), t(400, 3)];
        let at = 1_000;
        assert_eq!(
            credit(Model::LastClick, &touches, at, 30 * DAY),
            vec![(3, 1.0)]
        );
        assert_eq!(
            credit(Model::FirstClick, &touches, at, 30 * DAY),
            vec![(1, 1.0)]
        );
        assert_eq!(
            credit(Model::Linear, &touches, at, 30 * DAY),
            vec![(1, 0.5), (2, 0.25), (3, 0.25)]
        );
    }

    #[test]
    fn lookback_window_bounds_the_touches() {
        let now = 100 * DAY;
        let touches = [t(now - 31 * DAY, 1), t(now - 2 * DAY, 2), t(now + 5, 3)];
        // The 31-day-old click and the click after the conversion do not count.
        assert_eq!(
            credit(Model::FirstClick, &touches, now, 30 * DAY),
            vec![(2, 1.0)]
        );
        assert_eq!(
            credit(Model::LastClick, &touches, now, 30 * DAY),
            vec![(2, 1.0)]
        );
        // Only a stale click: unattributed.
        assert!(credit(Model::LastClick, &touches[..1], now, 30 * DAY).is_empty());
        // Exactly on the edge is inside.
        assert_eq!(
            credit(Model::LastClick, &touches[..1], now, 31 * DAY),
            vec![(1, 1.0)]
        );
    }

    #[test]
    fn repeats_within_30_minutes_count_once() {
        let v = |link_id, visitor, at| Visit {
            link_id,
            visitor,
            at,
        };
        let visits = [
            v(1, "a", 0),
            v(1, "a", 60),                // repeat
            v(1, "a", REPEAT_WINDOW - 1), // still a repeat of the first
            v(1, "a", REPEAT_WINDOW),     // 30 minutes after the counted one: counts
            v(2, "a", 70),                // another link: counts
            v(1, "b", 80),                // another visitor: counts
        ];
        assert_eq!(
            counted(&visits, REPEAT_WINDOW),
            vec![true, false, false, true, true, true]
        );
        // Order of input does not matter.
        let mut rev = visits.to_vec();
        rev.reverse();
        assert_eq!(
            counted(&rev, REPEAT_WINDOW),
            vec![true, true, true, false, false, true]
        );
        // One pair at a time, in time order: the same flags as `counted` gives that pair.
        assert_eq!(
            counted_in_order(
                [
                    0,
                    60,
                    REPEAT_WINDOW - 1,
                    REPEAT_WINDOW,
                    2 * REPEAT_WINDOW - 1
                ],
                REPEAT_WINDOW
            ),
            vec![true, false, false, true, false]
        );
    }

    #[test]
    fn model_names() {
        for m in Model::ALL {
            assert_eq!(Model::parse(m.as_str()).unwrap(), m);
        }
        assert_eq!(Model::parse("First-Click").unwrap(), Model::FirstClick);
        assert!(Model::parse("data_driven").is_err());
    }
}
