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

/// Lines a signature block may run to, its list footer included: a name, a website, an
/// address, a footer's link (RFC 3676 asks signatures to keep to four lines).
const SIGNATURE_LINES: usize = 6;

/// The signature at the end of a message, with anything after it (a mailing list's
/// footer): from the RFC 3676 separator ("-- " on its own line), or from a last
/// paragraph that opens as a sign-off does ("- Adam", "-- Adam", "~Adam"), when what
/// follows is a few lines at most ("--Guido van Rossum (home page: …)"). `None` for a post without one (every post of the
/// social platforms).
pub(super) fn signature_block(text: &str) -> Option<&str> {
    if !text.contains('\n') {
        return None;
    }
    let start = text
        .rfind("\n-- \n")
        .or_else(|| text.rfind("\n--\n"))
        .or_else(|| {
            text.match_indices("\n\n")
                .map(|(at, _)| at)
                .filter(|&at| {
                    let paragraph = text[at..].trim_start();
                    let name = paragraph.trim_start_matches(['-', '~']);
                    (1..=2).contains(&(paragraph.len() - name.len()))
                        && name.trim_start().starts_with(char::is_alphabetic)
                })
                .last()
        })?;
    let block = &text[start..];
    (block.trim().lines().count() <= SIGNATURE_LINES).then_some(block)
}

#[cfg(test)]
mod tests {
    use super::signature_block;

    #[test]
    fn a_sign_off_and_the_lists_footer_are_the_signature() {
        let mail = "C++ compilers are still a rarity.\n\n- Adam L. Beberg\n\
                    http://www.mithral.com/~beberg/\nbeberg@mithral.com\n\n\
                    http://xent.com/mailman/listinfo/fork";
        let block = signature_block(mail).unwrap();
        assert!(block.contains("mithral.com") && block.contains("xent.com"));
        assert!(!block.contains("rarity"));
        let rfc = "See the patch.\n-- \nJane\nhttps://jane.example";
        let guido = "Good as anything else.\n\n--Guido van Rossum (home page: http://www.python.org/~guido/)";
        assert!(signature_block(guido).unwrap().contains("python.org"));
        assert!(signature_block(rfc).unwrap().contains("jane.example"));
    }

    #[test]
    fn a_reply_with_its_link_in_a_sentence_has_none() {
        assert_eq!(
            signature_block("Love that you pushed through! Picks here: solepicks.shop/x"),
            None
        );
        assert_eq!(
            signature_block("First point.\n\nSecond point, see https://docs.example/a"),
            None
        );
        // A long last part is the message, not a signature.
        let long = format!("Intro\n\n- a list item\n{}", "more text\n".repeat(10));
        assert_eq!(signature_block(&long), None);
    }
}
