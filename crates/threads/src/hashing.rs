//! Hash maps keyed by 64-bit hashes.
//!
//! Post ids and terms are hashed once with xxh3 (stable across machines and versions), so
//! the maps only need to spread an already-random key: SipHash would hash it a second time
//! for nothing on the hot path.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64_with_seed;

const ID_SEED: u64 = 0x1d_5eed;

/// The 64-bit key of a post id, thread id or author name. Two different ids collide with
/// probability about n²/2⁶⁵ (1e-8 for a million ids), which the analyses tolerate.
pub fn key_hash(id: &str) -> u64 {
    xxh3_64_with_seed(id.as_bytes(), ID_SEED)
}

/// A hasher for keys that are already uniformly distributed hashes.
#[derive(Debug, Default, Clone, Copy)]
pub struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only reached for non-u64 keys; keep it correct, not fast.
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // Term ids carry a flag in bit 0: fold the well-mixed high half of a multiply
        // into the low bits the table indexes with, so buckets stay even.
        let mixed = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = mixed ^ (mixed >> 32);
    }
}

pub type PrehashedMap<V> = HashMap<u64, V, BuildHasherDefault<PrehashedHasher>>;
