//! Look-alike stores: a site named as a brand's own site is, with a word of selling
//! added ("saltmarrowshop.store", "saltmarrow-official.shop" beside the band's
//! saltmarrow.com). The counterfeit-merch bot pair ("where did you get that shirt?" /
//! "found it here: …") and the phishing shop send fans there; a brand's own sites are
//! known from the stream, where the brand links them in its own posts.

use discern_threads::hashing::{PrehashedMap, key_hash};

use crate::evidence::{A_LOOKALIKE_STORE, Evidence, Found};

use super::handles::{handle_key, letters, site_label, site_named_after};

/// Words a look-alike adds to the brand's name: selling, and claims to be the real one.
const ADDED: [&str; 14] = [
    "official", "shop", "store", "merch", "outlet", "sale", "sales", "deals", "online", "buy",
    "real", "discount", "tickets", "tix",
];

/// Letters a brand's site name needs to be told in another's: as for a site named
/// after an account ([`site_named_after`]).
const NAME_MIN: usize = 5;

/// Brands' own sites remembered in a stream: beyond it new ones are not learned (memory
/// grows with brands, not the input).
const SITES_KEPT: usize = 1 << 16;

/// The site name left when a look-alike's added words are taken off `label` (a site's
/// name: [`site_label`]), in lowercase letters and digits; `None` when no word comes
/// off, or too little is left.
fn without_added_words(label: &str) -> Option<String> {
    let mut name = letters(label);
    let mut took = false;
    loop {
        let before = name.len();
        for word in ADDED {
            if name.len() >= word.len() + NAME_MIN {
                if let Some(rest) = name.strip_suffix(word) {
                    name = rest.to_string();
                } else if let Some(rest) = name.strip_prefix(word) {
                    name = rest.to_string();
                }
            }
        }
        if name.len() == before {
            break;
        }
        took = true;
    }
    took.then_some(name)
}

/// An account's name as a site's is compared with it: its handle's letters, without
/// "@" or a fediverse server ("saltmarrowband" of "@SaltmarrowBand@indie.social").
fn account_name(author: &str) -> String {
    let key = handle_key(author);
    letters(key.split('@').next().unwrap_or(&key))
}

/// The brands' own sites the stream has shown.
#[derive(Default)]
pub(super) struct BrandSites {
    names: PrehashedMap<()>,
}

impl BrandSites {
    /// Remembers `domain`, linked by `author` in their own channel, if the site is named
    /// after the account ("saltmarrow.com" from "SaltmarrowBand").
    fn observe_own_link(&mut self, domain: &str, author: &str) {
        if self.names.len() < SITES_KEPT && site_named_after(domain, &handle_key(author)) {
            let name = letters(site_label(domain));
            if name.len() >= NAME_MIN {
                self.names.insert(key_hash(&name), ());
            }
        }
    }

    /// Whether `domain`, linked by `author`, is a look-alike of a brand's own site: its
    /// name is a brand site's with a word of selling added, and the account is not the
    /// brand (whose handle holds the name: its own shop under its own name is its own).
    fn imitated_by(&self, domain: &str, author: Option<&str>) -> bool {
        if self.names.is_empty() {
            return false;
        }
        without_added_words(site_label(domain)).is_some_and(|name| {
            self.names.contains_key(&key_hash(&name))
                && !author.is_some_and(|author| account_name(author).contains(&name))
        })
    }

    /// Learns the brand sites a post in its author's own channel links, and adds to
    /// `found` that a post links a look-alike of one.
    pub(super) fn judge(&mut self, found: &mut Found, author: Option<&str>, own_channel: bool) {
        if let Some(name) = author
            && own_channel
        {
            for e in &found.items {
                if let Evidence::Link(domain) | Evidence::CommercialLink(domain) = e {
                    self.observe_own_link(domain, name);
                }
            }
        }
        if found.items.iter().any(|e| match e {
            Evidence::Link(domain)
            | Evidence::CommercialLink(domain)
            | Evidence::PlacedLink(domain)
            | Evidence::OwnSite(domain)
            | Evidence::PromotedSite(domain) => self.imitated_by(domain, author),
            _ => false,
        }) {
            found.push(Evidence::Deceptive(A_LOOKALIKE_STORE));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_look_alike_adds_a_word_of_selling_to_the_brands_name() {
        assert_eq!(
            without_added_words("saltmarrowshop").as_deref(),
            Some("saltmarrow")
        );
        assert_eq!(
            without_added_words("saltmarrow-official").as_deref(),
            Some("saltmarrow")
        );
        assert_eq!(
            without_added_words("officialsaltmarrowstore").as_deref(),
            Some("saltmarrow")
        );
        assert_eq!(without_added_words("saltmarrow"), None);
        assert_eq!(without_added_words("saltmarrowfans"), None);
        // Too little left to be a name.
        assert_eq!(without_added_words("myshop"), None);
    }

    #[test]
    fn a_brands_own_sites_are_those_named_after_it() {
        let mut sites = BrandSites::default();
        sites.observe_own_link("saltmarrow.com/store", "@SaltmarrowBand");
        sites.observe_own_link("bandcamp.com/saltmarrow", "SaltmarrowBand");
        assert!(sites.imitated_by("saltmarrowshop.store", Some("Plastic_Heron_9921")));
        assert!(sites.imitated_by("saltmarrow-official.shop/tee", Some("Mossy_Quill")));
        assert!(!sites.imitated_by("saltmarrow.com/store", Some("fan")));
        assert!(!sites.imitated_by("saltmarrowwiki.org", Some("fan")));
        assert!(!sites.imitated_by("bandcampshop.com", Some("fan")));
        // The brand's own shop, under its own name.
        assert!(!sites.imitated_by("saltmarrowshop.com", Some("@SaltmarrowBand")));
    }
}
