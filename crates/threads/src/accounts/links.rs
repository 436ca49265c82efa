//! Where the author's links go: domains, shorteners, and the same domain again and again
//! in the messages it addresses to others.

use discern_text::{is_platform_wrapper, is_shortener};

use super::{AccountConfig, AccountState};
use crate::terms::TextList;

/// The first domain of a post that names a destination (not a shortener or a platform
/// wrapper): what a pitch links to.
pub(super) fn destination(domains: &TextList) -> Option<(u64, &str)> {
    domains
        .iter()
        .find(|(_, d)| !is_shortener(d) && !is_platform_wrapper(d))
}

impl AccountState {
    pub(super) fn observe_links(&mut self, domains: &TextList, config: &AccountConfig) {
        if domains.is_empty() {
            return;
        }
        self.posts_with_links += 1;
        for (key, d) in domains.iter() {
            if is_platform_wrapper(d) {
                continue;
            }
            self.links += 1;
            if is_shortener(d) {
                self.shortener_links += 1;
            }
            self.domains.add(key, d, config.sketch_counters);
        }
    }

    /// The destination of a message addressed to someone else, counted apart from the
    /// author's own feed: a brand linking its own site from its own posts is normal, the
    /// same site dropped into reply after reply is a pitch.
    pub(super) fn observe_addressed_link(&mut self, domains: &TextList, config: &AccountConfig) {
        if let Some((key, d)) = destination(domains) {
            self.addressed_with_link += 1;
            self.addressed_domains
                .add(key, d, config.sketch_counters.min(8));
        }
    }
}
