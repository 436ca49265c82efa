//! Per-key request rates: governor's GCRA limiter, one per key, with the key's own rate
//! (or the server's default). A quota of N per second allows a burst of N and refills one
//! request every 1/N s: the token bucket of one second's worth this replaced.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

/// Limiters past this many keys are dropped and start afresh (cheap, and rare: one per
/// key that made a request, and keys are made by the operator).
const MAX_KEYS: usize = 100_000;

#[derive(Default)]
pub(crate) struct RateLimits {
    clock: DefaultClock,
    /// Key id → (the rate its limiter was built for, the limiter).
    limiters: Mutex<HashMap<i64, (u32, Arc<DefaultDirectRateLimiter>)>>,
}

impl RateLimits {
    /// Admits one request of key `key_id` at `rate` per second (0: unlimited), or says
    /// how long until the next one would be admitted.
    pub(crate) fn check(&self, key_id: i64, rate: u32) -> Result<(), Duration> {
        let Some(per_second) = NonZeroU32::new(rate) else {
            return Ok(());
        };
        let limiter = {
            let mut limiters = self.limiters.lock().unwrap_or_else(|p| p.into_inner());
            match limiters.get(&key_id) {
                Some((r, l)) if *r == rate => l.clone(),
                // New key, or its rate changed (the default was reconfigured).
                _ => {
                    if limiters.len() >= MAX_KEYS {
                        limiters.clear();
                    }
                    let l = Arc::new(RateLimiter::direct_with_clock(
                        Quota::per_second(per_second),
                        self.clock.clone(),
                    ));
                    limiters.insert(key_id, (rate, l.clone()));
                    l
                }
            }
        };
        // Checked outside the map's lock: the limiter itself is lock-free.
        limiter
            .check()
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_s_worth_then_refused_per_key() {
        let limits = RateLimits::default();
        assert!(limits.check(1, 3).is_ok());
        assert!(limits.check(1, 3).is_ok());
        assert!(limits.check(1, 3).is_ok());
        let wait = limits.check(1, 3).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_millis(334),
            "{wait:?}"
        );
        // Another key has its own allowance; rate 0 is unlimited.
        assert!(limits.check(2, 1).is_ok());
        assert!(limits.check(2, 1).is_err());
        assert!((0..1000).all(|_| limits.check(3, 0).is_ok()));
    }
}
