//! What the tracker reports of an author: the profile's parts, read from its state.

use serde::Serialize;

use super::AccountState;
use super::automation;
use super::cadence::{LATENCY_BINS, longest_quiet_run, median_bin_upper, normalized_entropy};

/// Shares of the labels the caller passed in.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ContentMix {
    pub labelled: u64,
    pub social: f32,
    pub marketing: f32,
    pub spam: f32,
    /// `marketing + spam`.
    pub promotional_share: f32,
    /// `promotional_share > 0.2`.
    pub over_80_20: bool,
}

/// When the author posts.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Cadence {
    pub timed_posts: u64,
    pub intervals: u64,
    pub mean_interval_secs: Option<f64>,
    pub interval_cv: Option<f64>,
    /// Normalised entropy of log₂-binned intervals (0 = one gap, 1 = all gaps alike likely).
    pub interval_entropy: f32,
    pub bursts: u32,
    pub posts_in_bursts: u64,
    /// Posts per UTC hour of day.
    pub hour_histogram: [u32; 24],
    /// Normalised entropy of the hour histogram.
    pub hour_entropy: f32,
    /// Longest run of consecutive quiet UTC hours (module docs): a person's night.
    pub longest_quiet_hours: u8,
}

/// Reuse of the author's own texts.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Duplication {
    pub exact_duplicate_share: f32,
    pub near_duplicate_share: f32,
    pub template_reuse_share: f32,
}

/// The same pitch replied under many posts that share trigger words.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct KeywordTriggers {
    /// Replies in the pitch clusters that name the trigger.
    pub replies: u32,
    /// Distinct parents under those clusters.
    pub parents: u32,
    /// The trigger (a Snowball stem) first, then the other words of the largest cluster.
    pub trigger_words: Vec<String>,
    pub pitch_domain: Option<String>,
    /// Pitch clusters (templates or link domains) merged under the trigger.
    pub clusters: u32,
}

/// Where the author's links go.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LinkProfile {
    pub links: u64,
    pub posts_with_links: f32,
    pub top_domain: Option<String>,
    pub top_domain_share: f32,
    pub herfindahl: f32,
    pub shortener_share: f32,
}

/// Text-only signals.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct TextProfile {
    /// MSTTR over 100-word segments; `None` before the first full segment.
    pub vocabulary_diversity: Option<f32>,
    /// Share of posts with a link or a mention.
    pub reference_share: f32,
    /// Words per post (squashed text: no links or mentions).
    pub mean_words: f32,
}

/// How the author addresses others: replies to other authors' posts and posts that
/// mention someone ("addressed messages"), how soon, to whom, with what.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReplyBehaviour {
    pub addressed: u64,
    /// Addressed to someone who never replied to or mentioned this author before.
    pub to_strangers: u64,
    pub stranger_share: f32,
    /// Replies whose parent's time is known: the latency measures count these.
    pub timed_replies: u64,
    pub within_minute_share: f32,
    pub within_five_minutes_share: f32,
    /// Upper bound (a power of two, seconds) of the median latency's log₂ bin.
    pub median_latency_secs: Option<u64>,
    /// Replies per log₂-second latency bin (bin b: [2^(b−1), 2^b) s; bin 0 under 1 s).
    pub latency_histogram: [u32; LATENCY_BINS],
    /// Timed replies to strangers, and the share of them within a minute.
    pub timed_stranger_replies: u64,
    pub stranger_within_minute_share: f32,
    /// Timed replies to strangers within five minutes that say nothing of their own (at
    /// most two words that are not generic: "Great thread 🙌 Saving this."), over timed
    /// replies to strangers: the engagement bot's praise under every post it follows.
    pub fast_empty_stranger_share: f32,
    /// Addressed messages that reuse one of the author's templates (loose match).
    pub templated_share: f32,
    /// Addressed messages to strangers that reuse a template, over all addressed messages.
    pub templated_stranger_share: f32,
    /// Templates seen at least three times (a lower bound after evictions).
    pub recurring_templates: u32,
    /// Replies to strangers within five minutes from a template, over timed replies: the
    /// reply bot's signature, all three at once.
    pub machine_like_share: f32,
    /// Longest run of quiet UTC hours of the addressed messages.
    pub longest_quiet_hours: u8,
    pub timed_addressed: u64,
    /// Days between the first and the last timed addressed message.
    pub addressed_days: f32,
    /// Addressed messages with a link, and the share of them linking the top destination.
    pub with_link_share: f32,
    pub top_domain: Option<String>,
    pub top_domain_share: f32,
}

/// Everything the tracker learnt about one author.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountProfile {
    pub author: String,
    pub posts: u64,
    pub replies: u64,
    pub content_mix: ContentMix,
    pub cadence: Cadence,
    pub duplicates: Duplication,
    pub keyword_triggers: Option<KeywordTriggers>,
    pub links: LinkProfile,
    pub text: TextProfile,
    pub reply_behaviour: ReplyBehaviour,
    /// 0–1 (module docs: the fitted text model, the reply evidence and the capped feed
    /// evidence, combined by noisy-OR).
    pub automation: f32,
    /// The fitted text model's probability alone (0 under 10 posts).
    pub generated_text: f32,
    /// One sentence per piece of evidence that counted.
    pub reasons: Vec<String>,
}

impl AccountState {
    fn reply_behaviour(&self) -> ReplyBehaviour {
        let top = self.addressed_domains.top();
        ReplyBehaviour {
            addressed: self.addressed,
            to_strangers: self.to_strangers,
            stranger_share: share(self.to_strangers, self.addressed),
            timed_replies: self.timed_replies,
            within_minute_share: share(self.within_minute, self.timed_replies),
            within_five_minutes_share: share(self.within_five_minutes, self.timed_replies),
            median_latency_secs: median_bin_upper(&self.latency_bins),
            latency_histogram: self.latency_bins,
            timed_stranger_replies: self.timed_stranger_replies,
            stranger_within_minute_share: share(
                self.stranger_within_minute,
                self.timed_stranger_replies,
            ),
            fast_empty_stranger_share: share(
                self.fast_empty_to_strangers,
                self.timed_stranger_replies,
            ),
            templated_share: share(self.templated, self.addressed),
            templated_stranger_share: share(self.templated_strangers, self.addressed),
            recurring_templates: self.reply_templates.recurring(3) as u32,
            machine_like_share: share(self.machine_like, self.timed_replies),
            longest_quiet_hours: longest_quiet_run(&self.addressed_hours),
            timed_addressed: self.addressed_hours.iter().map(|&h| u64::from(h)).sum(),
            addressed_days: match (self.addressed_from, self.addressed_until) {
                (Some(from), Some(until)) => (until - from) as f32 / 86_400.0,
                _ => 0.0,
            },
            with_link_share: share(self.addressed_with_link, self.addressed),
            top_domain: top.map(|t| t.1.as_str().to_string()),
            top_domain_share: top.map_or(0.0, |t| share(u64::from(t.2), self.addressed)),
        }
    }

    pub(super) fn profile(&self) -> AccountProfile {
        let posts = self.posts.max(1);
        let labelled: u64 = self.labels.iter().sum();
        let promotional = share(self.labels[1] + self.labels[2], labelled);
        let content_mix = ContentMix {
            labelled,
            social: share(self.labels[0], labelled),
            marketing: share(self.labels[1], labelled),
            spam: share(self.labels[2], labelled),
            promotional_share: promotional,
            over_80_20: promotional > 0.2,
        };
        let cadence = Cadence {
            timed_posts: self.timed,
            intervals: self.intervals.n,
            mean_interval_secs: (self.intervals.n > 0).then_some(self.intervals.mean),
            interval_cv: self.intervals.cv(),
            interval_entropy: normalized_entropy(&self.interval_bins),
            bursts: self.bursts,
            posts_in_bursts: self.posts_in_bursts,
            hour_histogram: self.hours,
            hour_entropy: normalized_entropy(&self.hours),
            longest_quiet_hours: longest_quiet_run(&self.hours),
        };
        let duplicates = Duplication {
            exact_duplicate_share: share(self.exact_dups, posts),
            near_duplicate_share: share(self.near_dups, posts),
            template_reuse_share: share(self.template_reuses, posts),
        };
        let links_f = self.links.max(1) as f64;
        let herfindahl = if self.links == 0 {
            0.0
        } else {
            self.domains
                .items
                .iter()
                .map(|i| (f64::from(i.2) / links_f).powi(2))
                .sum::<f64>()
        };
        let top = self.domains.top();
        let links = LinkProfile {
            links: self.links,
            posts_with_links: share(self.posts_with_links, posts),
            top_domain: top.map(|t| t.1.as_str().to_string()),
            top_domain_share: top.map_or(0.0, |t| (f64::from(t.2) / links_f) as f32),
            herfindahl: herfindahl.min(1.0) as f32,
            shortener_share: (self.shortener_links as f64 / links_f) as f32,
        };
        let text = TextProfile {
            vocabulary_diversity: (self.segments > 0)
                .then(|| (self.segment_ttr_sum / self.segments as f64) as f32),
            reference_share: share(self.posts_with_refs, posts),
            mean_words: share(self.words, posts),
        };
        let mut profile = AccountProfile {
            author: self.author.to_string(),
            posts: self.posts,
            replies: self.replies,
            content_mix,
            cadence,
            duplicates,
            keyword_triggers: self.keyword_triggers(),
            links,
            text,
            reply_behaviour: self.reply_behaviour(),
            automation: 0.0,
            generated_text: 0.0,
            reasons: Vec::new(),
        };
        let score = automation::automation(&profile);
        profile.automation = score.automation;
        profile.generated_text = score.generated_text;
        profile.reasons = score.reasons;
        profile
    }
}

fn share(n: u64, of: u64) -> f32 {
    if of == 0 {
        0.0
    } else {
        (n as f64 / of as f64) as f32
    }
}
