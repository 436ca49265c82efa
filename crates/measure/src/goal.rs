//! What a campaign is for, and the one number that says whether it worked.
//!
//! Marketing is judged by the business outcome it drives, so a goal names an outcome
//! (`signups`, `sales`…) and the metric that measures it (`conversions`, `revenue`…).
//! "Engagement" (likes, reactions, impressions, shares, views, followers) is refused with
//! an explanation: it counts attention, not the outcome, and it is what bots inflate.

use serde::{Deserialize, Serialize};

use crate::MeasureError;

/// The business outcome a campaign is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    Awareness,
    Promotion,
    CustomerService,
    Signups,
    Fundraising,
    Sales,
    /// A goal of the operator's own, with its name.
    Custom(String),
}

/// The number that measures a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Human clicks on the campaign's links (bots and repeats removed).
    HumanClicks,
    /// Conversions credited to the campaign (attribution model of the report).
    Conversions,
    /// Value of the credited conversions, in the campaign's currency.
    Revenue,
    /// Replies from other people that the post's author answered.
    RepliesAnswered,
}

/// Words that mean "engagement" and what to say instead.
const ENGAGEMENT: &[&str] = &[
    "engagement",
    "likes",
    "like",
    "reactions",
    "reaction",
    "impressions",
    "impression",
    "shares",
    "views",
    "reach",
    "followers",
    "favourites",
    "favorites",
    "retweets",
    "reposts",
];

fn engagement_refusal(word: &str) -> MeasureError {
    MeasureError::Engagement(format!(
        "{word:?} is engagement, not an outcome: it counts attention, and bots and link \
         previews inflate it. Measure the business result instead: human_clicks for \
         awareness, conversions for signups or promotions, revenue for sales or \
         fundraising, replies_answered for customer service. Social content is judged \
         separately, by the conversation it starts (replies, distinct people replying, \
         thread depth), in every report."
    ))
}

fn norm(s: &str) -> String {
    s.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

impl GoalKind {
    /// Parses a goal kind; `custom:NAME` (or `custom` with `name`) makes a custom goal.
    pub fn parse(kind: &str, name: Option<&str>) -> Result<GoalKind, MeasureError> {
        let k = norm(kind);
        if ENGAGEMENT.contains(&k.as_str()) {
            return Err(engagement_refusal(kind.trim()));
        }
        let custom_name = |n: &str| {
            let n = n.trim();
            if n.is_empty() {
                return Err(MeasureError::Invalid("a custom goal needs a name".into()));
            }
            if ENGAGEMENT.contains(&norm(n).as_str()) {
                return Err(engagement_refusal(n));
            }
            Ok(GoalKind::Custom(n.to_string()))
        };
        Ok(match k.as_str() {
            "awareness" => GoalKind::Awareness,
            "promotion" => GoalKind::Promotion,
            "customer_service" => GoalKind::CustomerService,
            "signups" | "signup" | "sign_ups" => GoalKind::Signups,
            "fundraising" => GoalKind::Fundraising,
            "sales" => GoalKind::Sales,
            "custom" => custom_name(name.unwrap_or(""))?,
            _ => match k.strip_prefix("custom:") {
                Some(_) => custom_name(&kind.trim()["custom:".len()..])?,
                None => {
                    return Err(MeasureError::Invalid(format!(
                        "unknown goal {kind:?}; expected awareness, promotion, \
                         customer_service, signups, fundraising, sales or custom"
                    )));
                }
            },
        })
    }

    pub fn as_str(&self) -> &str {
        match self {
            GoalKind::Awareness => "awareness",
            GoalKind::Promotion => "promotion",
            GoalKind::CustomerService => "customer_service",
            GoalKind::Signups => "signups",
            GoalKind::Fundraising => "fundraising",
            GoalKind::Sales => "sales",
            GoalKind::Custom(_) => "custom",
        }
    }

    pub fn custom_name(&self) -> Option<&str> {
        match self {
            GoalKind::Custom(n) => Some(n),
            _ => None,
        }
    }

    /// The metrics that can measure this goal; the first is the default.
    pub fn metrics(&self) -> &'static [Metric] {
        use Metric::*;
        match self {
            GoalKind::Awareness => &[HumanClicks],
            GoalKind::Promotion => &[Conversions, HumanClicks, Revenue],
            GoalKind::CustomerService => &[RepliesAnswered],
            GoalKind::Signups => &[Conversions],
            GoalKind::Fundraising => &[Revenue, Conversions],
            GoalKind::Sales => &[Revenue, Conversions],
            GoalKind::Custom(_) => &[Conversions, HumanClicks, Revenue, RepliesAnswered],
        }
    }
}

impl Metric {
    pub const ALL: [Metric; 4] = [
        Metric::HumanClicks,
        Metric::Conversions,
        Metric::Revenue,
        Metric::RepliesAnswered,
    ];

    pub fn parse(s: &str) -> Result<Metric, MeasureError> {
        let m = norm(s);
        if ENGAGEMENT.contains(&m.as_str()) {
            return Err(engagement_refusal(s.trim()));
        }
        Metric::ALL
            .into_iter()
            .find(|x| x.as_str() == m)
            .ok_or_else(|| {
                MeasureError::Invalid(format!(
                    "unknown metric {s:?}; expected human_clicks, conversions, revenue or \
                     replies_answered"
                ))
            })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::HumanClicks => "human_clicks",
            Metric::Conversions => "conversions",
            Metric::Revenue => "revenue",
            Metric::RepliesAnswered => "replies_answered",
        }
    }
}

/// A validated goal: kind, metric and a positive target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    pub kind: GoalKind,
    pub metric: Metric,
    pub target: f64,
}

impl Goal {
    /// Checks that `metric` (default: the kind's first) measures `kind` and that the
    /// target is a positive number.
    pub fn new(kind: GoalKind, metric: Option<Metric>, target: f64) -> Result<Goal, MeasureError> {
        let metric = metric.unwrap_or(kind.metrics()[0]);
        if !kind.metrics().contains(&metric) {
            let allowed: Vec<_> = kind.metrics().iter().map(|m| m.as_str()).collect();
            return Err(MeasureError::Invalid(format!(
                "{} does not measure a {} goal; use {}",
                metric.as_str(),
                kind.as_str(),
                allowed.join(" or ")
            )));
        }
        if !(target.is_finite() && target > 0.0) {
            return Err(MeasureError::Invalid(format!(
                "the target must be a positive number, not {target}"
            )));
        }
        Ok(Goal {
            kind,
            metric,
            target,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_defaults() {
        for (s, k, m) in [
            ("awareness", GoalKind::Awareness, Metric::HumanClicks),
            ("Sign-ups", GoalKind::Signups, Metric::Conversions),
            (
                "customer service",
                GoalKind::CustomerService,
                Metric::RepliesAnswered,
            ),
            ("sales", GoalKind::Sales, Metric::Revenue),
            ("fundraising", GoalKind::Fundraising, Metric::Revenue),
            ("promotion", GoalKind::Promotion, Metric::Conversions),
        ] {
            let kind = GoalKind::parse(s, None).unwrap();
            assert_eq!(kind, k);
            assert_eq!(Goal::new(kind, None, 10.0).unwrap().metric, m);
        }
        assert_eq!(
            GoalKind::parse("custom:Webinar seats", None).unwrap(),
            GoalKind::Custom("Webinar seats".into())
        );
        assert_eq!(
            GoalKind::parse("custom", Some("Demo bookings")).unwrap(),
            GoalKind::Custom("Demo bookings".into())
        );
        assert!(GoalKind::parse("custom", None).is_err());
        assert!(GoalKind::parse("world domination", None).is_err());
    }

    #[test]
    fn engagement_is_refused_with_what_to_measure() {
        for word in [
            "engagement",
            "Likes",
            "impressions",
            "reactions",
            "followers",
        ] {
            let e = GoalKind::parse(word, None).unwrap_err();
            assert!(matches!(e, MeasureError::Engagement(_)), "{word}: {e}");
            let text = e.to_string();
            assert!(
                text.contains("conversions") && text.contains("human_clicks"),
                "{text}"
            );
            assert!(
                matches!(Metric::parse(word), Err(MeasureError::Engagement(_))),
                "{word}"
            );
        }
        // A custom goal cannot smuggle it in either.
        assert!(matches!(
            GoalKind::parse("custom", Some("likes")),
            Err(MeasureError::Engagement(_))
        ));
    }

    #[test]
    fn metric_must_fit_the_goal_and_target_be_positive() {
        let e = Goal::new(GoalKind::Signups, Some(Metric::HumanClicks), 5.0).unwrap_err();
        assert!(e.to_string().contains("use conversions"), "{e}");
        assert!(Goal::new(GoalKind::Sales, Some(Metric::Conversions), 5.0).is_ok());
        for t in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert!(Goal::new(GoalKind::Sales, None, t).is_err(), "{t}");
        }
        for m in Metric::ALL {
            assert_eq!(Metric::parse(m.as_str()).unwrap(), m);
        }
    }
}
