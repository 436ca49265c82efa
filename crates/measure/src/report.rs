//! The campaign report: clicks cleaned of bots and repeats, conversions credited by an
//! attribution model, and two scorecards side by side that are never blended into one
//! number: social content by the conversation it started, marketing by the outcome it
//! drove against the campaign's goal.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::attribution::{self, Model};
use crate::counts::ClickSummary;
use crate::db::ThreadPost;
use crate::goal::Metric;
use crate::types::{Campaign, Conversion, Link};
use crate::visitor::DAY;

/// How to report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReportOptions {
    /// The model the goal and the marketing scorecard use (default last click).
    pub model: Model,
    /// Also show every other model beside it.
    pub all_models: bool,
    pub lookback_days: u32,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            model: Model::LastClick,
            all_models: false,
            lookback_days: attribution::DEFAULT_LOOKBACK_DAYS,
        }
    }
}

/// Everything a report is computed from.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub campaign: &'a Campaign,
    pub links: &'a [Link],
    /// The campaign's clicks in its window, counted (from the raw clicks with
    /// `ClickSummary::from_clicks`, or from the store's rollup with
    /// `MeasureDb::click_summary`); its touches follow `conversions`.
    pub clicks: &'a ClickSummary,
    /// The site's conversions from the campaign's start.
    pub conversions: &'a [Conversion],
    /// The campaign posts' conversation (see `MeasureDb::conversation`).
    pub conversation: &'a [ThreadPost],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub campaign: CampaignLine,
    pub goal: GoalLine,
    pub clicks: ClickLine,
    pub conversions: ConversionLine,
    /// Social content, judged by conversation.
    pub social: Social,
    /// Marketing content, judged by its business outcome.
    pub marketing: Marketing,
    pub channels: Vec<ChannelLine>,
    pub links: Vec<LinkLine>,
    /// Per UTC day: the conversation's content mix and the clicks, human and bot.
    pub timeline: Vec<crate::timeline::DayLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CampaignLine {
    pub id: i64,
    pub name: String,
    pub currency: String,
    pub budget: Option<f64>,
    pub starts_at: i64,
    pub ends_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalLine {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub metric: &'static str,
    pub target: f64,
    pub value: f64,
    /// value / target (1.0 = reached).
    pub progress: f64,
    /// The attribution model behind `value` when the metric counts conversions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClickLine {
    /// Every recorded request: human + repeats + bot.
    pub total: u64,
    /// People, each repeat within 30 minutes on the same link counted once.
    pub human: u64,
    /// Repeat clicks by the same visitor on the same link within 30 minutes.
    pub repeats: u64,
    pub bot: u64,
    /// Bot clicks by reason (`head_request`, `crawler`, `link_preview`, …).
    pub bot_reasons: BTreeMap<&'static str, u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversionLine {
    /// Conversions tied to this campaign (by click id, visitor or campaign).
    pub count: u64,
    /// Their value in the campaign's currency.
    pub value: f64,
    /// Value in other currencies, never converted.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub other_currencies: BTreeMap<String, f64>,
    /// Credit under the report's model.
    pub attribution: Attributed,
    /// Every model side by side, when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<Attributed>,
    /// Conversions tied to the campaign with no click in the lookback window: their own
    /// line, never folded into "direct".
    pub unattributed: Unattributed,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attributed {
    pub model: &'static str,
    pub lookback_days: u32,
    pub conversions: f64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unattributed {
    pub count: u64,
    pub value: f64,
}

/// Social content by conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Social {
    /// The campaign's posts (links tied to a post).
    pub posts: u64,
    pub replies: u64,
    /// Distinct people replying, the author left out.
    pub distinct_repliers: u64,
    /// Longest reply chain below a post (1 = direct replies only).
    pub thread_depth: u64,
    /// Replies per post.
    pub reply_rate: f64,
    /// Replies written by the post's author.
    pub author_replies: u64,
    /// Other people's replies the author answered.
    pub answered: u64,
    /// answered / other people's replies.
    pub reciprocity: f64,
    /// Replies the classifier called spam, and their share of all replies: how much of
    /// the conversation spam took.
    pub spam_replies: u64,
    pub spam_share: f64,
}

/// Marketing content by its business outcome.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marketing {
    pub human_clicks: u64,
    /// human / total recorded clicks: how much of the traffic was people.
    pub human_click_rate: f64,
    /// Conversions credited under the report's model.
    pub conversions: f64,
    /// conversions / human clicks.
    pub conversion_rate: f64,
    pub revenue: f64,
    pub budget: Option<f64>,
    /// budget / conversions, when a budget is set and something converted.
    pub cost_per_conversion: Option<f64>,
    /// Goal progress (the same number as `goal.progress`).
    pub progress: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelLine {
    pub channel: String,
    pub paid: bool,
    pub human_clicks: u64,
    pub bot_clicks: u64,
    pub conversions: f64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkLine {
    pub code: String,
    pub channel: Option<String>,
    pub paid: bool,
    pub post_id: Option<String>,
    pub human_clicks: u64,
    pub repeats: u64,
    pub bot_clicks: u64,
    pub conversions: f64,
    pub value: f64,
}

fn round(x: f64) -> f64 {
    // `+ 0.0` turns the -0.0 of an empty float sum into 0.0.
    (x * 10_000.0).round() / 10_000.0 + 0.0
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { round(a / b) } else { 0.0 }
}

/// Computes the report. Pure: the same input gives the same report.
pub fn build(input: ReportInput<'_>, options: ReportOptions) -> Report {
    let c = input.campaign;
    let lookback = i64::from(options.lookback_days) * DAY;

    // Clicks: bots by reason, people counted once per 30 minutes per link.
    let mut bot_reasons: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut human, mut all_humans) = (0u64, 0u64);
    for d in input.clicks.days.values() {
        for (reason, n) in &d.bots {
            *bot_reasons.entry(reason).or_default() += n;
        }
        human += d.counted;
        all_humans += d.human;
    }
    let bot = bot_reasons.values().sum::<u64>();
    let total = all_humans + bot;

    let models: Vec<Model> = if options.all_models {
        let mut m = vec![options.model];
        m.extend(Model::ALL.into_iter().filter(|x| *x != options.model));
        m
    } else {
        vec![options.model]
    };
    // Per model: credited conversions and value, per link (ordered, so the float sums
    // below add up in the same order every time).
    let mut credit: Vec<BTreeMap<i64, (f64, f64)>> = vec![BTreeMap::new(); models.len()];
    let mut in_scope = 0u64;
    let mut value_cents = 0i64;
    let mut other: BTreeMap<String, f64> = BTreeMap::new();
    let mut unattributed = Unattributed {
        count: 0,
        value: 0.0,
    };
    let no_touches = Vec::new();
    for (i, conv) in input.conversions.iter().enumerate() {
        if !crate::counts::considered(c, conv, options.lookback_days) {
            continue;
        }
        let touches = input.clicks.touches.get(i).unwrap_or(&no_touches);
        let named = conv.campaign_id == Some(c.id);
        if touches.is_empty() && !named {
            continue;
        }
        in_scope += 1;
        let same_currency = conv.currency.as_deref().is_none_or(|cur| cur == c.currency);
        let cents = if same_currency { conv.amount_cents } else { 0 };
        if same_currency {
            value_cents += conv.amount_cents;
        } else if let Some(cur) = &conv.currency {
            *other.entry(cur.clone()).or_default() += conv.amount_cents as f64 / 100.0;
        }
        let mut attributed = false;
        for (m, model) in models.iter().enumerate() {
            let shares = attribution::credit(*model, touches, conv.at, lookback);
            attributed |= !shares.is_empty();
            for (link, share) in shares {
                let e = credit[m].entry(link).or_default();
                e.0 += share;
                e.1 += share * cents as f64 / 100.0;
            }
        }
        if !attributed {
            unattributed.count += 1;
            unattributed.value += cents as f64 / 100.0;
        }
    }
    let attributed: Vec<Attributed> = models
        .iter()
        .zip(&credit)
        .map(|(m, per_link)| Attributed {
            model: m.as_str(),
            lookback_days: options.lookback_days,
            conversions: round(per_link.values().map(|v| v.0).sum()),
            value: round(per_link.values().map(|v| v.1).sum()),
        })
        .collect();
    let main = attributed[0].clone();

    // Links and channels.
    let mut links = Vec::with_capacity(input.links.len());
    let mut channels: BTreeMap<(String, bool), ChannelLine> = BTreeMap::new();
    for l in input.links {
        let (mut human_clicks, mut humans, mut bot_clicks) = (0u64, 0u64, 0u64);
        for (_, d) in input.clicks.days.range((l.id, i64::MIN)..=(l.id, i64::MAX)) {
            human_clicks += d.counted;
            humans += d.human;
            bot_clicks += d.bot_total();
        }
        let repeats = humans - human_clicks;
        let (conversions, value) = credit[0].get(&l.id).copied().unwrap_or_default();
        let ch = channels
            .entry((l.channel.clone().unwrap_or_else(|| "(none)".into()), l.paid))
            .or_insert_with(|| ChannelLine {
                channel: l.channel.clone().unwrap_or_else(|| "(none)".into()),
                paid: l.paid,
                human_clicks: 0,
                bot_clicks: 0,
                conversions: 0.0,
                value: 0.0,
            });
        ch.human_clicks += human_clicks;
        ch.bot_clicks += bot_clicks;
        ch.conversions = round(ch.conversions + conversions);
        ch.value = round(ch.value + value);
        links.push(LinkLine {
            code: l.code.clone(),
            channel: l.channel.clone(),
            paid: l.paid,
            post_id: l.post_id.clone(),
            human_clicks,
            repeats,
            bot_clicks,
            conversions: round(conversions),
            value: round(value),
        });
    }

    let social = social(input.conversation);
    let timeline = crate::timeline::days(input.conversation, input.clicks);
    let goal_value = match c.goal.metric {
        Metric::HumanClicks => human as f64,
        Metric::Conversions => main.conversions,
        Metric::Revenue => main.value,
        Metric::RepliesAnswered => social.answered as f64,
    };
    let progress = ratio(goal_value, c.goal.target);
    let uses_model = matches!(c.goal.metric, Metric::Conversions | Metric::Revenue);
    Report {
        campaign: CampaignLine {
            id: c.id,
            name: c.name.clone(),
            currency: c.currency.clone(),
            budget: c.budget,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
        },
        goal: GoalLine {
            kind: c.goal.kind.as_str().to_string(),
            name: c.goal.kind.custom_name().map(str::to_string),
            metric: c.goal.metric.as_str(),
            target: c.goal.target,
            value: round(goal_value),
            progress,
            attribution: uses_model.then(|| options.model.as_str()),
        },
        clicks: ClickLine {
            total,
            human,
            repeats: total - human - bot,
            bot,
            bot_reasons,
        },
        conversions: ConversionLine {
            count: in_scope,
            value: round(value_cents as f64 / 100.0),
            other_currencies: other,
            attribution: main.clone(),
            models: if options.all_models {
                attributed
            } else {
                Vec::new()
            },
            unattributed: Unattributed {
                count: unattributed.count,
                value: round(unattributed.value),
            },
        },
        marketing: Marketing {
            human_clicks: human,
            human_click_rate: ratio(human as f64, total as f64),
            conversions: main.conversions,
            conversion_rate: ratio(main.conversions, human as f64),
            revenue: main.value,
            budget: c.budget,
            cost_per_conversion: c
                .budget
                .filter(|_| main.conversions > 0.0)
                .map(|b| round(b / main.conversions)),
            progress,
        },
        social,
        channels: channels.into_values().collect(),
        links,
        timeline,
    }
}

/// The social scorecard of a conversation.
pub fn social(posts: &[ThreadPost]) -> Social {
    let by_id: HashMap<&str, &ThreadPost> = posts.iter().map(|p| (p.post_id.as_str(), p)).collect();
    let roots = posts.iter().filter(|p| p.parent_id.is_none()).count() as u64;
    // Root and depth of each reply, following parents (bounded, so a cycle ends).
    fn root_depth<'a>(
        by_id: &HashMap<&str, &'a ThreadPost>,
        p: &'a ThreadPost,
    ) -> Option<(&'a ThreadPost, u64)> {
        let mut cur = p;
        let mut depth = 0;
        while let Some(parent) = cur.parent_id.as_deref() {
            cur = by_id.get(parent)?;
            depth += 1;
            if depth > 10_000 {
                return None;
            }
        }
        Some((cur, depth))
    }
    let mut replies = 0u64;
    let mut depth = 0u64;
    let mut author_replies = 0u64;
    let mut others = 0u64;
    let mut answered = 0u64;
    let mut spam = 0u64;
    let mut repliers: HashSet<&str> = HashSet::new();
    for p in posts.iter().filter(|p| p.parent_id.is_some()) {
        let Some((root, d)) = root_depth(&by_id, p) else {
            continue;
        };
        replies += 1;
        depth = depth.max(d);
        if p.label == "spam" {
            spam += 1;
        }
        let by_author = p.author.is_some() && p.author == root.author;
        if by_author {
            author_replies += 1;
            continue;
        }
        others += 1;
        if let Some(a) = p.author.as_deref() {
            repliers.insert(a);
        }
        let got_answer = root.author.is_some()
            && posts.iter().any(|q| {
                q.parent_id.as_deref() == Some(p.post_id.as_str()) && q.author == root.author
            });
        if got_answer {
            answered += 1;
        }
    }
    Social {
        posts: roots,
        replies,
        distinct_repliers: repliers.len() as u64,
        thread_depth: depth,
        reply_rate: ratio(replies as f64, roots as f64),
        author_replies,
        answered,
        reciprocity: ratio(answered as f64, others as f64),
        spam_replies: spam,
        spam_share: ratio(spam as f64, replies as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bots::{BotFlag, BotReason};
    use crate::goal::{Goal, GoalKind};
    use crate::link::Utm;
    use crate::types::{Click, ConversionKind, ConversionSource};

    const T: i64 = 1_764_892_800;

    fn campaign(metric: Metric) -> Campaign {
        Campaign {
            id: 1,
            site_id: 1,
            name: "spring".into(),
            goal: Goal::new(GoalKind::Custom("x".into()), Some(metric), 4.0).unwrap(),
            currency: "EUR".into(),
            budget: Some(100.0),
            starts_at: T,
            ends_at: None,
            created_at: T,
        }
    }

    fn link(id: i64, channel: &str) -> Link {
        Link {
            id,
            code: format!("c{id}"),
            campaign_id: 1,
            site_id: 1,
            destination: "https://a.example/".into(),
            post_id: None,
            channel: Some(channel.into()),
            utm: Utm::default(),
            paid: false,
            expires_at: None,
            disabled: false,
            created_at: T,
        }
    }

    fn click(id: &str, link_id: i64, visitor: &str, at: i64, bot: Option<BotReason>) -> Click {
        Click {
            click_id: id.into(),
            link_id,
            at,
            referrer: None,
            ua_class: if bot.is_some() { "bot" } else { "desktop" },
            visitor: visitor.into(),
            bot: bot.map(|reason| BotFlag {
                reason,
                detail: String::new(),
            }),
        }
    }

    fn conv(key: &str, click_id: Option<&str>, at: i64, cents: i64) -> Conversion {
        Conversion {
            id: 0,
            site_id: 1,
            idempotency_key: key.into(),
            click_id: click_id.map(str::to_string),
            visitors: vec![],
            campaign_id: None,
            kind: ConversionKind::Sale,
            amount_cents: cents,
            currency: Some("EUR".into()),
            at,
            source: ConversionSource::Api,
        }
    }

    #[test]
    fn clicks_conversions_and_models() {
        let c = campaign(Metric::Revenue);
        let links = [link(1, "mastodon"), link(2, "newsletter")];
        let clicks = [
            click("a1", 1, "va", T + 10, None),
            click("a2", 1, "va", T + 20, None), // repeat
            click("h1", 1, "va", T + 11, Some(BotReason::HeadRequest)),
            click("g1", 2, "vg", T + 12, Some(BotReason::Crawler)),
            click("a3", 2, "va", T + 5 * DAY, None),
            click("b1", 2, "vb", T + 30, None),
            click("z1", 1, "vz", T + 40, None),
        ];
        let mut named = conv("k4", None, T + 60, 500);
        named.campaign_id = Some(1);
        let conversions = [
            conv("k1", Some("a1"), T + 6 * DAY, 1000), // va: touched link 1 then link 2
            conv("k2", Some("b1"), T + 40 * DAY, 700), // its click is 40 days old
            conv("k3", Some("unknown"), T + 100, 300), // not this campaign's
            named,                                     // named, no click: unattributed
            Conversion {
                currency: Some("USD".into()),
                ..conv("k5", Some("z1"), T + 50, 900)
            },
        ];
        let summary = ClickSummary::from_clicks(&c, &clicks, &conversions, 30);
        let input = ReportInput {
            campaign: &c,
            links: &links,
            clicks: &summary,
            conversions: &conversions,
            conversation: &[],
        };
        let r = build(
            input,
            ReportOptions {
                all_models: true,
                ..Default::default()
            },
        );
        assert_eq!(
            (
                r.clicks.total,
                r.clicks.human,
                r.clicks.repeats,
                r.clicks.bot
            ),
            (7, 4, 1, 2)
        );
        assert_eq!(
            r.clicks.bot_reasons,
            BTreeMap::from([("crawler", 1), ("head_request", 1)])
        );
        assert_eq!(r.conversions.count, 4);
        assert_eq!(r.conversions.value, 22.0);
        assert_eq!(
            r.conversions.other_currencies,
            BTreeMap::from([("USD".to_string(), 9.0)])
        );
        assert_eq!(
            r.conversions.unattributed,
            Unattributed {
                count: 2,
                value: 12.0
            }
        );
        let m: Vec<_> = r
            .conversions
            .models
            .iter()
            .map(|a| (a.model, a.conversions, a.value))
            .collect();
        // k1 and k5 (its USD value does not count as EUR revenue).
        assert_eq!(
            m,
            vec![
                ("last_click", 2.0, 10.0),
                ("first_click", 2.0, 10.0),
                ("linear", 2.0, 10.0)
            ]
        );
        // Last click credits link 2 for k1, first click link 1, linear half each.
        let by_link: Vec<_> = r
            .links
            .iter()
            .map(|l| (l.code.as_str(), l.conversions, l.value))
            .collect();
        assert_eq!(by_link, vec![("c1", 1.0, 0.0), ("c2", 1.0, 10.0)]);
        let first = build(
            input,
            ReportOptions {
                model: Model::FirstClick,
                ..Default::default()
            },
        );
        assert_eq!(first.links[0].value, 10.0);
        let linear = build(
            input,
            ReportOptions {
                model: Model::Linear,
                ..Default::default()
            },
        );
        assert_eq!(
            (linear.links[0].conversions, linear.links[0].value),
            (1.5, 5.0)
        );
        // Goal: revenue under last click; cost per conversion from the budget.
        assert_eq!(
            (r.goal.value, r.goal.progress, r.goal.attribution),
            (10.0, 2.5, Some("last_click"))
        );
        assert_eq!(r.marketing.cost_per_conversion, Some(50.0));
        assert_eq!(r.marketing.human_click_rate, round(4.0 / 7.0));
        assert_eq!(r.marketing.conversion_rate, 0.5);
        assert_eq!(r.channels.len(), 2);
        assert_eq!(
            r.clicks.total,
            r.clicks.human + r.clicks.repeats + r.clicks.bot
        );
    }

    fn tp(id: &str, author: &str, parent: Option<&str>, label: &str) -> ThreadPost {
        ThreadPost {
            post_id: id.into(),
            author: Some(author.into()),
            parent_id: parent.map(str::to_string),
            label: label.into(),
            at: None,
        }
    }

    #[test]
    fn social_scorecard_counts_the_conversation() {
        let posts = [
            tp("p", "brand", None, "marketing"),
            tp("r1", "ann", Some("p"), "social"),
            tp("r2", "bob", Some("p"), "social"),
            tp("r3", "brand", Some("r1"), "social"), // the author answers ann
            tp("r4", "ann", Some("r3"), "social"),   // depth 3
            tp("r5", "spammer", Some("p"), "spam"),
        ];
        let s = social(&posts);
        assert_eq!(
            (s.posts, s.replies, s.distinct_repliers, s.thread_depth),
            (1, 5, 3, 3)
        );
        assert_eq!((s.author_replies, s.answered), (1, 1));
        assert_eq!(s.reciprocity, 0.25);
        assert_eq!((s.spam_replies, s.spam_share), (1, 0.2));
        assert_eq!(s.reply_rate, 5.0);
        // The goal metric for customer service reads the conversation.
        let c = campaign(Metric::RepliesAnswered);
        let r = build(
            ReportInput {
                campaign: &c,
                links: &[],
                clicks: &ClickSummary::default(),
                conversions: &[],
                conversation: &posts,
            },
            ReportOptions::default(),
        );
        assert_eq!(
            (r.goal.value, r.goal.progress, r.goal.attribution),
            (1.0, 0.25, None)
        );
        assert_eq!(social(&[]).reply_rate, 0.0);
        // Nothing credited is 0, not -0 (an empty float sum is -0.0).
        assert!(r.conversions.attribution.conversions.is_sign_positive());
    }
}
