//! Who clicked, without knowing who: a visitor hash with a random daily salt.
//!
//! Plausible's method: `hash(salt_of_the_day, site, client address, user agent)`. Each UTC
//! day gets a fresh random salt; a salt is kept 48 hours after its day began (so a visit
//! that spans midnight, and a conversion reported the next day, can still be matched) and
//! then destroyed, after which nobody, the operator included, can link that day's hashes
//! to an address. No cookie is set and no address is stored.

use std::net::IpAddr;

use rand::Rng;
use sha2::{Digest, Sha256};

use crate::bots::canonical;

/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// How long a salt lives after its day began.
pub const SALT_LIFETIME: i64 = 2 * DAY;

/// The UTC day number of a Unix time.
pub fn day_of(unix: i64) -> i64 {
    unix.div_euclid(DAY)
}

/// The live salts, newest first.
#[derive(Debug, Clone, Default)]
pub struct SaltBook {
    salts: Vec<(i64, [u8; 32])>,
}

/// What a rotation changed, for the store to persist.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rotation {
    pub created: Option<(i64, [u8; 32])>,
    pub destroyed: Vec<i64>,
}

impl SaltBook {
    /// A book over salts read back from the store: `(day, salt)`.
    pub fn from_stored(salts: impl IntoIterator<Item = (i64, [u8; 32])>) -> SaltBook {
        let mut salts: Vec<_> = salts.into_iter().collect();
        salts.sort_by_key(|s| std::cmp::Reverse(s.0));
        salts.dedup_by_key(|s| s.0);
        SaltBook { salts }
    }

    /// Makes today's salt if there is none and destroys salts older than 48 hours.
    pub fn rotate(&mut self, now: i64) -> Rotation {
        let today = day_of(now);
        let mut rotation = Rotation::default();
        self.salts.retain(|(day, _)| {
            let keep = day * DAY + SALT_LIFETIME > now;
            if !keep {
                rotation.destroyed.push(*day);
            }
            keep
        });
        if self.salts.first().map(|s| s.0) != Some(today) {
            let salt: [u8; 32] = rand::rng().random();
            self.salts.insert(0, (today, salt));
            rotation.created = Some((today, salt));
        }
        rotation
    }

    /// Whether `rotate(now)` would change anything (cheap; checked on every click).
    pub fn needs_rotation(&self, now: i64) -> bool {
        self.salts.first().map(|s| s.0) != Some(day_of(now))
            || self
                .salts
                .last()
                .is_some_and(|(day, _)| day * DAY + SALT_LIFETIME <= now)
    }

    /// Today's salt (after `rotate(now)`).
    pub fn current(&self) -> Option<&[u8; 32]> {
        self.salts.first().map(|s| &s.1)
    }

    /// Every live salt, newest first.
    pub fn live(&self) -> impl Iterator<Item = &[u8; 32]> {
        self.salts.iter().map(|s| &s.1)
    }

    /// The days that still have a salt, newest first.
    pub fn days(&self) -> Vec<i64> {
        self.salts.iter().map(|s| s.0).collect()
    }
}

/// The visitor hash: 32 hex characters of SHA-256 over salt, site, address and agent.
pub fn visitor_hash(salt: &[u8; 32], site_id: i64, ip: IpAddr, user_agent: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(site_id.to_le_bytes());
    h.update(canonical(ip).to_string().as_bytes());
    h.update([0]);
    h.update(user_agent.trim().as_bytes());
    hex::encode(&h.finalize()[..16])
}

/// The client's address: the socket's peer, or, behind a proxy the operator trusts
/// (`--trust-proxy`), the address the proxy appended last to `X-Forwarded-For`. Without
/// trust the header is ignored: anyone can send it.
pub fn client_ip(peer: IpAddr, forwarded_for: Option<&str>, trust_proxy: bool) -> IpAddr {
    if !trust_proxy {
        return peer;
    }
    // The right-most entry is the one our proxy wrote; entries to its left are whatever
    // the client claimed.
    forwarded_for
        .and_then(|h| h.rsplit(',').next())
        .and_then(|s| s.trim().parse::<IpAddr>().ok())
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_764_892_800; // 2025-12-05T00:00:00Z, a day boundary

    #[test]
    fn a_new_salt_each_day_and_none_older_than_48_hours() {
        let mut book = SaltBook::default();
        let r = book.rotate(T0 + 10);
        assert_eq!(r.created.map(|c| c.0), Some(day_of(T0)));
        assert!(r.destroyed.is_empty());
        let first = *book.current().unwrap();
        // Same day: nothing changes.
        assert!(!book.needs_rotation(T0 + DAY - 1));
        assert_eq!(book.rotate(T0 + DAY - 1), Rotation::default());
        // Next day: a new salt, yesterday's kept.
        assert!(book.needs_rotation(T0 + DAY));
        let r = book.rotate(T0 + DAY);
        assert_eq!(r.created.map(|c| c.0), Some(day_of(T0) + 1));
        assert_ne!(*book.current().unwrap(), first);
        assert_eq!(book.days(), vec![day_of(T0) + 1, day_of(T0)]);
        // 48 hours after its day began, the first salt is destroyed.
        assert!(book.needs_rotation(T0 + 2 * DAY));
        let r = book.rotate(T0 + 2 * DAY);
        assert_eq!(r.destroyed, vec![day_of(T0)]);
        assert!(book.live().all(|s| *s != first));
        assert_eq!(book.days(), vec![day_of(T0) + 2, day_of(T0) + 1]);
    }

    #[test]
    fn stale_book_after_a_long_stop() {
        let mut book = SaltBook::from_stored([(day_of(T0), [1; 32]), (day_of(T0) - 1, [2; 32])]);
        let r = book.rotate(T0 + 10 * DAY);
        assert_eq!(r.destroyed, vec![day_of(T0), day_of(T0) - 1]);
        assert_eq!(book.days(), vec![day_of(T0) + 10]);
    }

    #[test]
    fn hash_depends_on_salt_site_address_and_agent() {
        let ip: IpAddr = "203.0.113.5".parse().unwrap();
        let base = visitor_hash(&[1; 32], 1, ip, "UA");
        assert_eq!(base.len(), 32);
        assert_eq!(base, visitor_hash(&[1; 32], 1, ip, "UA"));
        assert_eq!(
            base,
            visitor_hash(&[1; 32], 1, "::ffff:203.0.113.5".parse().unwrap(), "UA")
        );
        assert_ne!(base, visitor_hash(&[2; 32], 1, ip, "UA"));
        assert_ne!(base, visitor_hash(&[1; 32], 2, ip, "UA"));
        assert_ne!(
            base,
            visitor_hash(&[1; 32], 1, "203.0.113.6".parse().unwrap(), "UA")
        );
        assert_ne!(base, visitor_hash(&[1; 32], 1, ip, "UA2"));
        assert!(!base.contains("203"), "no address in the hash");
    }

    #[test]
    fn forwarded_for_only_when_trusted() {
        let peer: IpAddr = "10.0.0.1".parse().unwrap();
        let xff = Some("1.2.3.4, 198.51.100.20");
        assert_eq!(client_ip(peer, xff, false), peer);
        assert_eq!(
            client_ip(peer, xff, true),
            "198.51.100.20".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_ip(peer, Some("garbage"), true), peer);
        assert_eq!(client_ip(peer, None, true), peer);
    }
}
