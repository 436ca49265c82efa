//! Account handles in a thread: an author's name as a handle, a handle that imitates
//! the thread owner's, a post that names one of the thread's scam names, and a
//! business the thread's opening post names.

use discern_posts::Post;
use discern_text::{Analysis, TokenKind};

use crate::evidence;
use discern_threads::hashing::key_hash;

/// Whether the post names, after a title, one of the thread's scam names, or mentions an
/// account whose handle holds one ("@VivianHartleyFx"). A substring search for each name
/// first: most posts of such a thread name nobody, and the search is the cheap part.
pub(super) fn echoes_a_scam(post: &Post, analysis: &Analysis, names: &[(String, String)]) -> bool {
    let text = post.text.as_str();
    if !names
        .iter()
        .any(|(seen, lower)| text.contains(seen.as_str()) || text.contains(lower.as_str()))
    {
        return false;
    }
    let named = |word: &str| {
        let word = word.to_lowercase();
        names.iter().any(|(_, lower)| *lower == word)
    };
    evidence::testimony::titled_names(text).any(named)
        || analysis
            .token_iter()
            .filter(|t| t.kind == TokenKind::Mention)
            .any(|t| handle_holds_a_name(t.text, named))
}

/// An author's name as a handle is compared: lowercase, without "@".
pub(super) fn handle_key(name: &str) -> String {
    name.trim().trim_start_matches('@').to_lowercase()
}

/// `key_hash` of [`handle_key`], without building the key where the name already is
/// one (lowercase ASCII, no "@" or space at its ends): most authors' names.
pub(super) fn handle_hash(name: &str) -> u64 {
    let is_a_key = name.trim().len() == name.len()
        && !name.starts_with('@')
        && !name
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii());
    if is_a_key {
        key_hash(name)
    } else {
        key_hash(&handle_key(name))
    }
}

/// The name a brand's support account is made from (both [`handle_key`]s): "lumenethelp",
/// "asklumenet", "lumenet_support" and "lumenetcares" are all "lumenet". Brands name the
/// accounts that answer customers after themselves with a word that says so, and a
/// customer who writes to either has written to the brand. `None` where the handle has
/// no such word, or too little is left to be a name.
pub(super) fn support_family(handle: &str) -> Option<&str> {
    /// Words a brand adds to its name for the account that answers customers.
    const SUFFIXES: &[&str] = &[
        "help", "support", "cares", "care", "service", "team", "desk", "official",
    ];
    const PREFIXES: &[&str] = &["ask", "help", "team"];
    let separators = ['_', '.', '-'];
    let stem = SUFFIXES
        .iter()
        .find_map(|s| handle.strip_suffix(s))
        .or_else(|| PREFIXES.iter().find_map(|p| handle.strip_prefix(p)))?
        .trim_matches(separators);
    (stem.len() >= FAMILY_MIN).then_some(stem)
}

/// The shortest name [`support_family`] takes for a brand's: shorter, and "joe_help"
/// would share a family with "joe".
const FAMILY_MIN: usize = 4;

/// Whether the site of `domain` is named after the account `handle` (a [`handle_key`]):
/// its name (the host's first label, without "www.") and the handle, letters and
/// digits only, hold one another ("velofibre.co.uk" and "velofibredeals"). Names
/// shorter than [`SITE_NAME_MIN`] are too common to say whose a site is.
pub(super) fn site_named_after(domain: &str, handle: &str) -> bool {
    let label = site_label(domain);
    // A fediverse handle names its server after the "@": the instance's site, not the
    // account's.
    let local = handle.split('@').next().unwrap_or(handle);
    let (site, account) = (letters(label), letters(local));
    site.len() >= SITE_NAME_MIN
        && account.len() >= SITE_NAME_MIN
        && (account.contains(&site) || site.contains(&account))
}

/// A name's ASCII letters and digits, in lowercase: a site's or a handle's name with
/// its separators and accents' letters left out.
pub(super) fn letters(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// See [`site_named_after`]: "jo" and "anna" are in many sites' names.
pub(super) const SITE_NAME_MIN: usize = 5;

/// The name a site goes by in a link's `domain` (which may hold a path): its host's
/// first label, without "www." ("lumenet" of "www.lumenet.co.uk/status").
pub(super) fn site_label(domain: &str) -> &str {
    let host = domain.strip_prefix("www.").unwrap_or(domain);
    host.split(['.', '/']).next().unwrap_or("")
}

/// Whether the post links a site named `name` (a [`handle_key`]), separators ("_", ".",
/// "-") aside on both sides: "lumenet.co.uk/status" for "lumenet". A brand's support
/// account sends its customers to the brand's own site; one that only looks like the
/// brand's cannot.
fn links_a_site_named(found: &evidence::Found, name: &str) -> bool {
    let letters = |s: &str| {
        s.bytes()
            .filter(|b| !matches!(b, b'_' | b'.' | b'-'))
            .map(|b| b.to_ascii_lowercase())
            .collect::<Vec<u8>>()
    };
    found.items.iter().any(|e| match e {
        evidence::Evidence::Link(domain)
        | evidence::Evidence::CommercialLink(domain)
        | evidence::Evidence::PlacedLink(domain)
        | evidence::Evidence::OwnSite(domain)
        | evidence::Evidence::PromotedSite(domain) => {
            let label = site_label(domain);
            !label.is_empty() && letters(label) == letters(name)
        }
        _ => false,
    })
}

/// Whether `handle` imitates `owner` (both [`handle_key`]s): the owner's handle with a
/// few characters that are not letters added ("marcusonmarkets_", "marcusonmarkets2"),
/// or with a word impersonators add ("marcusonmarketsofficial", "realmarcusonmarkets"),
/// or one character changed in a handle of the same length ("rnarcusonmarkets").
pub(super) fn imitates(handle: &str, owner: &str) -> bool {
    /// Words impersonators add to the handle they copy.
    const ADDED: &[&str] = &[
        "official", "real", "support", "help", "team", "giveaway", "gives",
    ];
    if handle == owner || owner.chars().count() < 5 {
        return false;
    }
    let added = handle
        .strip_prefix(owner)
        .or_else(|| handle.strip_suffix(owner));
    if let Some(added) = added {
        let added = added.trim_matches(['_', '.', '-']);
        return added.is_empty()
            || (added.len() <= 4 && !added.chars().any(char::is_alphabetic))
            || ADDED.contains(&added);
    }
    handle.chars().count() == owner.chars().count()
        && handle
            .chars()
            .zip(owner.chars())
            .filter(|(a, b)| a != b)
            .count()
            == 1
}

/// Whether a handle ("@VivianHartleyFx") holds a word `named` accepts: split at its
/// capitals, digits and underscores.
pub(super) fn handle_holds_a_name(handle: &str, named: impl Fn(&str) -> bool) -> bool {
    let handle = handle.trim_start_matches('@');
    let bytes = handle.as_bytes();
    let mut start = 0;
    for i in 1..=bytes.len() {
        let boundary = i == bytes.len()
            || bytes[i].is_ascii_uppercase()
            || bytes[i] == b'_'
            || bytes[i].is_ascii_digit();
        if boundary {
            let part = handle[start..i].trim_matches('_');
            if part.len() >= 3 && named(part) {
                return true;
            }
            start = i;
        }
    }
    false
}

/// Whether `name`, an account named like `brand` ([`imitates`]), speaks as the brand's own
/// support account: it sends people to the brand's own site ([`links_a_site_named`]:
/// "lumenet.co.uk/status" from "@LumenetHelp"), or, named as brands name their support accounts
/// ([`support_family`]), it asks for nothing a phisher needs (no link, number, address,
/// code or step to take beyond the help it gives). The impersonator's post exists to
/// send its reader somewhere.
pub(super) fn the_brands_own(found: &evidence::Found, name: &str, brand: &str) -> bool {
    links_a_site_named(found, brand)
        || (support_family(name) == Some(brand)
            && !found.items.iter().any(|e| {
                e.actionable()
                    && !matches!(
                        e,
                        evidence::Evidence::Service(_) | evidence::Evidence::AgentSignature(_)
                    )
            }))
}

/// Whether the author `name` of a reply is a business (named as one, its website named
/// after it and written as an organisation, or named as brands name their support
/// accounts) that the thread's opening post (`opening`) names ([`named_in`]): "my
/// Sonaro X2 drains overnight", answered by "Sonaro_Official".
pub(super) fn a_business_named_in(
    opening: &str,
    name: &str,
    found: &evidence::Found,
    analysis: &Analysis,
) -> bool {
    // Praise that fits any page, or a placement kit's sentence, is how a name made of
    // the thread's keywords ("RaisedBeds") places itself, not a brand answering.
    if found.generic_praise() || found.placement() {
        return false;
    }
    let handle = handle_key(name);
    let business = found.commercial_author()
        || support_family(&handle).is_some()
        || (found.items.iter().any(
            |e| matches!(e, evidence::Evidence::AuthorUrl(site) if site_named_after(site, &handle)),
        ) && evidence::speaks_as_we(analysis));
    business && named_in(opening, name)
}

/// Whether a thread's opening post (`opening`, [`super::linkbacks::opening_words`]) names
/// the account `name` as people name a brand: in its words ("halvern energy" for
/// "@HalvernEnergy", "greenrow seeds" for "Greenrow Seeds"), run together ("sonaro"
/// for "Sonaro_Official", the word its support account adds left out), or by the first
/// of its words where that is long enough to be a name of its own ("greenrow").
/// Names shorter than [`SITE_NAME_MIN`] letters are in too many texts to say whose.
pub(super) fn named_in(opening: &str, name: &str) -> bool {
    let words = name_words(name);
    let run = words.concat();
    if run.len() < SITE_NAME_MIN {
        return false;
    }
    says(opening, &words.join(" ")) || says(opening, &run)
}

/// Whether `opening` ([`super::linkbacks::opening_words`]) holds `words` as whole words.
pub(super) fn says(opening: &str, words: &str) -> bool {
    opening
        .match_indices(words)
        .any(|(at, _)| opening[..at].ends_with(' ') && opening[at + words.len()..].starts_with(' '))
}

/// A name's words in lowercase: split at spaces, separators, digits and capitals
/// ("HalvernEnergy", "greenrow_seeds"), from a fediverse handle's account part and a
/// domain handle's first label, without the words a brand's support account adds.
fn name_words(name: &str) -> Vec<String> {
    const ADDED: &[&str] = &[
        "help", "support", "cares", "care", "service", "team", "desk", "official", "hq",
    ];
    let name = name.trim().trim_start_matches('@');
    let local = name.split('@').next().unwrap_or(name);
    // "karin-draws.bsky.social": the first label is the account's.
    let local = if local.contains(' ') {
        local
    } else {
        local.split('.').next().unwrap_or(local)
    };
    let mut words = evidence::words_of_a_name(local, char::is_alphabetic);
    // Nor the function words a handle is built with ("TheSea", "MyCoffeeLab"): a name
    // of them alone is no name.
    const FUNCTION: &[&str] = &["the", "a", "an", "my", "our", "of", "and", "by", "at", "i"];
    words.retain(|w| !ADDED.contains(&w.as_str()) && !FUNCTION.contains(&w.as_str()));
    words
}

#[cfg(test)]
mod tests {
    use super::named_in;

    #[test]
    fn a_brand_is_named_as_people_write_its_name() {
        let opening =
            " my sonaro x2 drains overnight and halvern energy cut us off again at greenrow seeds ";
        assert!(named_in(opening, "Sonaro_Official"));
        assert!(named_in(opening, "@HalvernEnergy"));
        assert!(named_in(opening, "Greenrow Seeds"));
        assert!(named_in(opening, "sonaro.bsky.social"));
        // Part of a word, another word, a name too short to say whose.
        assert!(!named_in(opening, "Sonar"));
        assert!(!named_in(opening, "GreenrowGardens"));
        assert!(!named_in(" we went to the sea ", "@TheSea"));
    }
}
