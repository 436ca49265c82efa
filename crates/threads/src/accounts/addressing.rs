//! Messages addressed to others (replies to other authors, posts that mention someone):
//! to a stranger or not, how soon, from a template or not, at what hour.

use super::AccountState;
use super::cadence::{LATENCY_BINS, log2_bin};

/// Seconds under which a reply is "within a minute" and "within five minutes".
const MINUTE: u64 = 60;
const FIVE_MINUTES: u64 = 300;

/// One post's place in the conversation, as the addressing measures read it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Addressing {
    /// Whom the post answers or mentions first (key hash), when someone else.
    pub(super) to: Option<u64>,
    /// Seconds between the parent and the reply, when both have times (and in order).
    pub(super) latency: Option<u64>,
    /// The hour of day of the post, when it has a time.
    pub(super) hour: Option<usize>,
    /// The post's time (Unix seconds), when it has one.
    pub(super) secs: Option<i64>,
}

impl AccountState {
    /// One message addressed to someone else (`a.to` is set); whether it went to a
    /// stranger.
    pub(super) fn observe_addressed(
        &mut self,
        a: Addressing,
        templated: bool,
        says_nothing: bool,
    ) -> bool {
        let Some(to) = a.to else {
            return false;
        };
        self.addressed += 1;
        let stranger = !self.addressed_by.contains(to as u32);
        self.to_strangers += u64::from(stranger);
        self.templated += u64::from(templated);
        self.templated_strangers += u64::from(templated && stranger);
        if let Some(h) = a.hour.and_then(|h| self.addressed_hours.get_mut(h)) {
            *h += 1;
        }
        if let Some(secs) = a.secs {
            self.addressed_from = Some(self.addressed_from.map_or(secs, |f| f.min(secs)));
            self.addressed_until = Some(self.addressed_until.map_or(secs, |u| u.max(secs)));
        }
        if let Some(latency) = a.latency {
            self.timed_replies += 1;
            self.latency_bins[log2_bin(latency, LATENCY_BINS)] += 1;
            self.within_minute += u64::from(latency <= MINUTE);
            self.within_five_minutes += u64::from(latency <= FIVE_MINUTES);
            if stranger {
                self.timed_stranger_replies += 1;
                self.stranger_within_minute += u64::from(latency <= MINUTE);
                self.fast_empty_to_strangers += u64::from(says_nothing && latency <= FIVE_MINUTES);
            }
            self.machine_like += u64::from(stranger && templated && latency <= FIVE_MINUTES);
        }
        stranger
    }
}
