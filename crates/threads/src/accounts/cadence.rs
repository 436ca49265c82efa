//! When the author posts: intervals, bursts, the hours of the day, and how soon its replies
//! follow what they answer.

use super::{AccountConfig, AccountState};

#[derive(Debug, Clone, Default)]
pub(super) struct Welford {
    pub(super) n: u64,
    pub(super) mean: f64,
    m2: f64,
}

impl Welford {
    pub(super) fn add(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    pub(super) fn cv(&self) -> Option<f64> {
        (self.n >= 2 && self.mean > 0.0).then(|| (self.m2 / self.n as f64).sqrt() / self.mean)
    }
}

pub(super) const INTERVAL_BINS: usize = 24;
/// Reply latencies in log₂-second bins: bin b holds latencies in [2^(b−1), 2^b) seconds
/// (bin 0: under a second); the last bin holds a day and more.
pub(super) const LATENCY_BINS: usize = 18;

/// The log₂ bin of a non-negative number of seconds, capped at `bins − 1`.
pub(super) fn log2_bin(secs: u64, bins: usize) -> usize {
    (64 - secs.leading_zeros() as usize).min(bins - 1)
}

/// The upper bound in seconds of the bin holding the median of a log₂ histogram: a
/// bounded-memory stand-in for the median latency (within a factor of two).
pub(super) fn median_bin_upper(bins: &[u32]) -> Option<u64> {
    let total: u64 = bins.iter().map(|&c| u64::from(c)).sum();
    if total == 0 {
        return None;
    }
    let mut seen = 0u64;
    for (b, &c) in bins.iter().enumerate() {
        seen += u64::from(c);
        if seen * 2 >= total {
            return Some(1u64 << b);
        }
    }
    None
}

pub(super) fn normalized_entropy(counts: &[u32]) -> f32 {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 || counts.len() < 2 {
        return 0.0;
    }
    let total = total as f64;
    let h: f64 = counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / total;
            -p * p.ln()
        })
        .sum();
    (h / (counts.len() as f64).ln()) as f32
}

/// The longest run of consecutive quiet hours, wrapping around midnight (UTC). An hour is
/// quiet when it holds under an eighth of an even share of the posts (`total / 192`): a
/// person's night stays quiet when they post at 3 a.m. once in a while, and a stream that
/// never stops has no quiet hour at all (under 192 posts, only an empty hour is quiet: a
/// bot that answers 100 mentions has one reply in a slow hour, and that is not a night). Entropy alone does not separate these: 50 posts
/// spread evenly over 24 hours still have a normalised entropy of only ~0.93, by chance.
pub(super) fn longest_quiet_run(hours: &[u32; 24]) -> u8 {
    let total: u64 = hours.iter().map(|&h| u64::from(h)).sum();
    if total == 0 {
        return 24;
    }
    let quiet = |h: u32| u64::from(h) * 192 < total;
    let (mut best, mut run) = (0u8, 0u8);
    // Twice round the clock so a run across midnight is counted whole.
    for i in 0..48 {
        if quiet(hours[i % 24]) {
            run = (run + 1).min(24);
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

impl AccountState {
    pub(super) fn observe_time(&mut self, secs: i64, hour: usize, config: &AccountConfig) {
        self.timed += 1;
        if let Some(h) = self.hours.get_mut(hour) {
            *h += 1;
        }
        if let Some(last) = self.last_time {
            let gap = secs.abs_diff(last);
            self.intervals.add(gap as f64);
            self.interval_bins[log2_bin(gap, INTERVAL_BINS)] += 1;
        }
        self.last_time = Some(secs);
        let cap = config.burst_posts.max(2);
        self.recent_times.push_back(secs);
        while self.recent_times.len() > cap {
            self.recent_times.pop_front();
        }
        let full = self.recent_times.len() == cap;
        let span = match (self.recent_times.front(), self.recent_times.back()) {
            (Some(a), Some(b)) => b.abs_diff(*a),
            _ => u64::MAX,
        };
        let bursting = full && span <= config.burst_window_secs.max(0) as u64;
        if bursting {
            self.posts_in_bursts += if self.in_burst { 1 } else { cap as u64 };
            if !self.in_burst {
                self.bursts += 1;
            }
        }
        self.in_burst = bursting;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_run_finds_the_night_and_wraps_midnight() {
        let mut hours = [20u32; 24];
        for h in [22, 23, 0, 1, 2, 3, 4] {
            hours[h] = 0;
        }
        assert_eq!(longest_quiet_run(&hours), 7);
        // One post at 3 a.m. among 341 does not wake the night up.
        hours[3] = 1;
        assert_eq!(longest_quiet_run(&hours), 7);
        // Among 100, one reply in an hour is activity, not a night.
        let mut few = [5u32; 24];
        few[10] = 1;
        few[11] = 0;
        assert_eq!(longest_quiet_run(&few), 1);
        assert_eq!(longest_quiet_run(&[5; 24]), 0);
        assert_eq!(longest_quiet_run(&[0; 24]), 24);
    }

    #[test]
    fn median_bin_of_latencies() {
        let mut bins = [0u32; LATENCY_BINS];
        for secs in [30u64, 40, 50, 45, 3_600] {
            bins[log2_bin(secs, LATENCY_BINS)] += 1;
        }
        // 30–50 s fall in [32, 64) or [16, 32): the median's bin tops out at 64 s.
        assert_eq!(median_bin_upper(&bins), Some(64));
        assert_eq!(median_bin_upper(&[0; 4]), None);
    }
}
