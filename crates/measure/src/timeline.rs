//! The report's days: what the campaign's conversation was made of (social, marketing,
//! spam) and the clicks it drew (people, bots), per UTC day. It is computed from the same
//! input as the rest of the report and carried in it, so the JSON and the HTML report show
//! the same numbers.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::counts::ClickSummary;
use crate::db::ThreadPost;
use crate::visitor::DAY;

/// One UTC day of a campaign.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DayLine {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub social: u64,
    pub marketing: u64,
    pub spam: u64,
    /// Human clicks, a repeat within 30 minutes counted once (as the report's `human`).
    pub human_clicks: u64,
    pub bot_clicks: u64,
}

/// The days with any post, counted human click or bot click, oldest first (a day with
/// only repeat clicks has no line, as it never had).
pub fn days(conversation: &[ThreadPost], clicks: &ClickSummary) -> Vec<DayLine> {
    let mut by_day: BTreeMap<i64, DayLine> = BTreeMap::new();
    for p in conversation {
        let Some(at) = p.at else { continue };
        let d = by_day.entry(at.div_euclid(DAY)).or_default();
        match p.label.as_str() {
            "social" => d.social += 1,
            "marketing" => d.marketing += 1,
            "spam" => d.spam += 1,
            _ => {}
        }
    }
    for (&(_, day), count) in &clicks.days {
        let bots = count.bot_total();
        if count.counted == 0 && bots == 0 {
            continue;
        }
        let d = by_day.entry(day).or_default();
        d.human_clicks += count.counted;
        d.bot_clicks += bots;
    }
    by_day
        .into_iter()
        .map(|(d, line)| DayLine {
            day: chrono::DateTime::from_timestamp(d * DAY, 0)
                .map_or_else(|| d.to_string(), |t| t.format("%Y-%m-%d").to_string()),
            ..line
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bots::{BotFlag, BotReason};
    use crate::counts::DayCount;
    use crate::goal::{Goal, GoalKind, Metric};
    use crate::types::{Campaign, Click};

    fn post(label: &str, at: Option<i64>) -> ThreadPost {
        ThreadPost {
            post_id: format!("{label}{at:?}"),
            author: None,
            parent_id: None,
            label: label.into(),
            at,
        }
    }

    fn click(at: i64, bot: bool) -> Click {
        Click {
            click_id: format!("k{at}"),
            link_id: 1,
            at,
            referrer: None,
            ua_class: "desktop",
            visitor: "v".into(),
            bot: bot.then(|| BotFlag {
                reason: BotReason::HeadRequest,
                detail: String::new(),
            }),
        }
    }

    fn summary(clicks: &[Click]) -> ClickSummary {
        let campaign = Campaign {
            id: 1,
            site_id: 1,
            name: "c".into(),
            goal: Goal::new(GoalKind::Awareness, Some(Metric::HumanClicks), 1.0).unwrap(),
            currency: "EUR".into(),
            budget: None,
            starts_at: 0,
            ends_at: None,
            created_at: 0,
        };
        ClickSummary::from_clicks(&campaign, clicks, &[], 30)
    }

    #[test]
    fn days_count_labels_and_clicks_by_utc_day() {
        // 2025-12-05 00:00 UTC.
        let t = 1_764_892_800;
        let posts = [
            post("marketing", Some(t + 10)),
            post("social", Some(t + DAY - 1)),
            post("spam", Some(t + DAY)),
            post("", None),
        ];
        let clicks = [
            click(t + 5, false),
            click(t + 6, false),
            click(t + DAY + 1, true),
            click(t + 3 * DAY, false),
            click(t + 3 * DAY + 60, false),
        ];
        // The second human click is a repeat: not counted.
        let mut d = days(&posts, &summary(&clicks));
        assert_eq!(
            d.pop().map(|l| (l.day, l.human_clicks)),
            Some(("2025-12-08".into(), 1))
        );
        assert_eq!(
            d,
            [
                DayLine {
                    day: "2025-12-05".into(),
                    social: 1,
                    marketing: 1,
                    spam: 0,
                    human_clicks: 1,
                    bot_clicks: 0
                },
                DayLine {
                    day: "2025-12-06".into(),
                    social: 0,
                    marketing: 0,
                    spam: 1,
                    human_clicks: 0,
                    bot_clicks: 1
                },
            ]
        );
        // A day whose only clicks are repeats has no line.
        let repeats_only = ClickSummary {
            days: [(
                (1, 5),
                DayCount {
                    human: 3,
                    counted: 0,
                    bots: Default::default(),
                },
            )]
            .into(),
            touches: Vec::new(),
        };
        assert!(days(&[], &repeats_only).is_empty());
        assert!(days(&[], &summary(&[])).is_empty());
    }
}
