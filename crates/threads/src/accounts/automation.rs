//! The automation score: a logistic model of the text fitted on labelled accounts, the
//! reply evidence, and the capped feed evidence, combined by noisy-OR (module docs).

use super::AccountProfile;

/// The text model's inputs, in order (what `bench/automation/fit_text_model.py` reads).
pub const TEXT_FEATURES: [&str; 7] = [
    "near_duplicate_share",
    "template_reuse_share",
    "exact_duplicate_share",
    "reference_share",
    "vocabulary_diversity",
    "posts_with_links",
    "mean_words_per_20",
];

/// Vocabulary diversity for authors under one 100-word segment: the mean of the fitting
/// data, so a missing value moves nothing.
const MISSING_DIVERSITY: f64 = FIT.missing_diversity;

/// The text model's features of a profile.
pub fn text_features(p: &AccountProfile) -> [f64; 7] {
    [
        f64::from(p.duplicates.near_duplicate_share),
        f64::from(p.duplicates.template_reuse_share),
        f64::from(p.duplicates.exact_duplicate_share),
        f64::from(p.text.reference_share),
        p.text
            .vocabulary_diversity
            .map_or(MISSING_DIVERSITY, f64::from),
        f64::from(p.links.posts_with_links),
        f64::from(p.text.mean_words).min(FITTED_MEAN_WORDS) / 20.0,
    ]
}

/// The most words per post the fit saw: TweepFake's 50-tweet windows range from 6 to 40
/// words a post (tweets). A mailing list's people write 100 and more; read through the
/// fit's length weight those made two-thirds of a list's regulars "generated" (0.65–0.74,
/// `bench/mail_threads.py`), an extrapolation the data never supported. Longer posts
/// count as the longest it saw.
const FITTED_MEAN_WORDS: f64 = 40.0;

/// Logistic regression fitted on TweepFake (generated vs human tweets, per account window).
struct Fit {
    weights: [f64; 7],
    bias: f64,
    /// ln of the bot:human odds of the fitting windows.
    train_log_odds: f64,
    missing_diversity: f64,
}

// Fitted by:
//   cargo run -p discern-threads --example account_features -- data/tweepfake/tweepfake.csv 50 \
//     > /tmp/features.csv
//   python3 bench/automation/fit_text_model.py /tmp/features.csv
// (pasted from its output; the held-out figures are in BENCHMARKS.md).
const FIT: Fit = Fit {
    // Template and exact-duplicate shares are 0 in every TweepFake window (generated tweets
    // are new texts), so the fit leaves them at 0: that evidence is in the feed terms.
    weights: [-0.006233, 0.0, 0.0, -3.089, -0.5762, -2.779, 0.4767],
    bias: 1.843,
    train_log_odds: 0.06899,
    missing_diversity: 0.7726,
};

/// Prior odds of a generated-text account in the streams discern reads: 1 in 10, not the
/// fitting data's near 1:1. The fitted intercept is moved by the difference of log-odds
/// (the standard prior correction of a logistic model), so a person is not given a third
/// of a bot's probability just for writing plainly.
const PRIOR: f64 = 0.1;

/// The fitted model's probability that the account's text is generated.
pub fn generated_text_probability(p: &AccountProfile) -> f64 {
    let x = text_features(p);
    let shift = (PRIOR / (1.0 - PRIOR)).ln() - FIT.train_log_odds;
    let z = FIT.bias + shift + FIT.weights.iter().zip(x).map(|(w, x)| w * x).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// Posts under which the text model says nothing: its features are shares over posts.
const TEXT_MIN_POSTS: u64 = 10;

/// The most that the author's own feed (near-duplicates, templates, cadence, bursts, hours,
/// one-domain links, shorteners) can add: scheduling one's own posts is what brands and
/// publishers do. Alone it says "scheduled", not "a machine talking to people", so it stays
/// below the 0.5 line; only replies (fast, templated, triggered, to strangers) or generated
/// text go beyond.
const FEED_CAP: f64 = 0.35;

pub(super) struct Score {
    pub(super) automation: f32,
    pub(super) generated_text: f32,
    pub(super) reasons: Vec<String>,
}

fn clamp01(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Adds a term (`weight · s`) and its sentence, written only when it will be shown (over
/// 0.1): most authors have no evidence, and formatting every sentence for every author
/// cost more than the rest of their profile.
fn push(list: &mut Vec<(f64, String)>, weight: f64, s: f64, reason: impl FnOnce() -> String) {
    let strength = clamp01(weight * clamp01(s));
    if strength > 0.0 {
        list.push((
            strength,
            if strength > 0.1 {
                reason()
            } else {
                String::new()
            },
        ));
    }
}

fn quiet_hours_strength(quiet: u8) -> f64 {
    // No quiet hour at all is a machine's day; two are chance at these counts; six and
    // more are a night's sleep.
    (6.0 - f64::from(quiet)) / 4.0
}

/// Messages to others from which the templates and one-destination measures count
/// (module docs, table): fewer say nothing of a habit.
pub const ADDRESSED_MIN: u64 = 5;

/// The automation score and its reasons (module docs, table).
pub(super) fn automation(p: &AccountProfile) -> Score {
    let mut reply: Vec<(f64, String)> = Vec::new();
    let mut feed: Vec<(f64, String)> = Vec::new();
    let r = &p.reply_behaviour;

    if r.timed_replies >= 10 {
        push(
            &mut reply,
            0.95,
            (f64::from(r.machine_like_share) - 0.1) / 0.4,
            || {
                format!(
                    "{:.0}% of {} timed replies went to strangers within five minutes from a template (median latency under {} s)",
                    r.machine_like_share * 100.0,
                    r.timed_replies,
                    r.median_latency_secs.unwrap_or(0)
                )
            },
        );
    }
    if r.addressed >= ADDRESSED_MIN {
        push(
            &mut reply,
            0.9,
            (f64::from(r.templated_stranger_share) - 0.2) / 0.5,
            || {
                format!(
                    "{:.0}% of {} messages to others reuse a template, sent to people who never addressed the author ({} templates recurring)",
                    r.templated_stranger_share * 100.0,
                    r.addressed,
                    r.recurring_templates
                )
            },
        );
        push(
            &mut reply,
            0.6,
            (f64::from(r.top_domain_share) - 0.3) / 0.5,
            || {
                format!(
                    "{:.0}% of {} messages to others link {}",
                    r.top_domain_share * 100.0,
                    r.addressed,
                    r.top_domain.as_deref().unwrap_or("one domain")
                )
            },
        );
    }
    if r.timed_stranger_replies >= 10 {
        push(
            &mut reply,
            0.6,
            (f64::from(r.stranger_within_minute_share) - 0.25) / 0.5,
            || {
                format!(
                    "{:.0}% of {} replies to strangers came within a minute of the post they answer",
                    r.stranger_within_minute_share * 100.0,
                    r.timed_stranger_replies
                )
            },
        );
    }
    // The engagement bot's praise under every post it follows, worded anew each time so
    // no template shows. From half of the replies, among authors with five or more timed
    // replies to strangers (`discern accounts --json` over each stream): none of the 913
    // of the 30,000 synthetic thread posts goes above 0.43, none of the 68 people,
    // brands and human spammers of bots-fresh 1–9 above 0.25, none of the 6 of the
    // export and mail streams above 0; the 5 of 58 bots above it are at 0.78–1.0.
    if r.timed_stranger_replies >= ADDRESSED_MIN {
        push(
            &mut reply,
            0.9,
            (f64::from(r.fast_empty_stranger_share) - 0.5) / 0.3,
            || {
                format!(
                    "{:.0}% of {} replies to strangers came within five minutes and say nothing of their own (praise that fits any post)",
                    r.fast_empty_stranger_share * 100.0,
                    r.timed_stranger_replies
                )
            },
        );
    }
    if let Some(k) = &p.keyword_triggers {
        push(&mut reply, 0.9, f64::from(k.parents) / 10.0, || {
            format!(
                "{} replies{} landed under {} posts by others that share the word{}: {}",
                k.replies,
                k.pitch_domain
                    .as_deref()
                    .map(|d| format!(" (linking {d})"))
                    .unwrap_or_default(),
                k.parents,
                if k.trigger_words.len() > 1 { "s" } else { "" },
                k.trigger_words.join(", ")
            )
        });
    }
    // Hours pooled over months say nothing of a day: a person writing to others less
    // than once a day on average, over years of an archive, covers every hour of the
    // night by chance, and drifts (time zones, jobs) besides. An account answering
    // around the clock writes to others every day.
    let per_day = r.timed_addressed as f32 / r.addressed_days.max(1.0);
    if r.timed_addressed >= 24 && per_day >= 1.0 {
        push(
            &mut reply,
            0.5,
            quiet_hours_strength(r.longest_quiet_hours),
            || {
                format!(
                    "answers others around the clock ({} of {} messages, longest quiet spell {} h)",
                    r.timed_addressed, r.addressed, r.longest_quiet_hours
                )
            },
        );
    }

    let d = &p.duplicates;
    if p.posts >= 5 {
        push(
            &mut feed,
            0.9,
            (f64::from(d.near_duplicate_share) - 0.1) / 0.4,
            || {
                format!(
                    "{:.0}% of {} posts are near-duplicates of the author's earlier posts",
                    d.near_duplicate_share * 100.0,
                    p.posts
                )
            },
        );
        push(
            &mut feed,
            0.8,
            (f64::from(d.template_reuse_share) - 0.05) / 0.3,
            || {
                format!(
                    "{:.0}% of posts reuse a template (same text, different mentions, links or numbers)",
                    d.template_reuse_share * 100.0
                )
            },
        );
    }
    let c = &p.cadence;
    if c.intervals >= 10
        && let (Some(cv), Some(mean)) = (c.interval_cv, c.mean_interval_secs)
    {
        push(&mut feed, 0.7, (0.5 - cv) / 0.4, || {
            format!("posts every {mean:.0} s with little variation (cv {cv:.2})")
        });
    }
    if p.posts > 0 && c.bursts > 0 {
        push(
            &mut feed,
            0.6,
            c.posts_in_bursts as f64 / p.posts as f64 / 0.3,
            || {
                format!(
                    "{} bursts of rapid posting covering {} posts",
                    c.bursts, c.posts_in_bursts
                )
            },
        );
    }
    // As for the answers above: a feed posting less than daily on average says nothing
    // of a day by its hours.
    if c.timed_posts >= 24 && c.mean_interval_secs.is_some_and(|m| m <= 86_400.0) {
        push(
            &mut feed,
            0.4,
            quiet_hours_strength(c.longest_quiet_hours),
            || {
                format!(
                    "posts around the clock (longest quiet spell {} h, hour entropy {:.2})",
                    c.longest_quiet_hours, c.hour_entropy
                )
            },
        );
    }
    let l = &p.links;
    if p.posts >= 5 && l.posts_with_links >= 0.5 && l.top_domain_share >= 0.5 {
        push(
            &mut feed,
            0.5,
            f64::from(l.posts_with_links * l.top_domain_share),
            || {
                format!(
                    "{:.0}% of posts carry links, {:.0}% of them to {}",
                    l.posts_with_links * 100.0,
                    l.top_domain_share * 100.0,
                    l.top_domain.as_deref().unwrap_or("one domain")
                )
            },
        );
    }
    if l.links >= 5 && l.shortener_share >= 0.5 {
        push(&mut feed, 0.3, f64::from(l.shortener_share), || {
            format!(
                "{:.0}% of links go through shorteners",
                l.shortener_share * 100.0
            )
        });
    }

    let generated = if p.posts >= TEXT_MIN_POSTS {
        generated_text_probability(p)
    } else {
        0.0
    };
    let mut reasons: Vec<(f64, String)> = Vec::new();
    if generated > 0.1 {
        let t = &p.text;
        reasons.push((
            generated,
            format!(
                "the text reads as generated (text model {generated:.2}: {:.0}% of posts link or address anyone, vocabulary {}, {:.0}% near-duplicates)",
                t.reference_share * 100.0,
                t.vocabulary_diversity
                    .map_or("n/a".to_string(), |v| format!("{v:.2}")),
                p.duplicates.near_duplicate_share * 100.0
            ),
        ));
    }
    let noisy_or = |terms: &[(f64, String)]| 1.0 - terms.iter().map(|t| 1.0 - t.0).product::<f64>();
    let feed_score = noisy_or(&feed).min(FEED_CAP);
    let keep = (1.0 - generated) * (1.0 - noisy_or(&reply)) * (1.0 - feed_score);
    reasons.extend(reply.into_iter().chain(feed).filter(|t| t.0 > 0.1));
    reasons.sort_by(|a, b| b.0.total_cmp(&a.0));
    Score {
        automation: clamp01(1.0 - keep) as f32,
        generated_text: generated as f32,
        reasons: reasons.into_iter().map(|r| r.1).collect(),
    }
}
