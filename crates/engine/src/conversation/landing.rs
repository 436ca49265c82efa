//! Evidence that only the place a post landed shows: praise whose other words miss the
//! page, a link to the account's own site beside an offer, spare tickets offered in
//! private. The conversation calls each for a post in someone else's space; each adds to
//! the evidence the text gave.

use discern_text::Analysis;

use super::handles::{SITE_NAME_MIN, handle_key, says, site_label, site_named_after};
use crate::evidence::{self, Evidence, Found};
use crate::factors;

/// Praise that fits any page, then words that do not take part in the thread ("I have
/// been looking for something like this for ages. Bookmarked"), left with a website or
/// a link: the words beside the praise are filler, and the comment is there to place
/// the link, as praise alone would be (`data/LABELS.md`). Taking part is the fitted
/// curve the belonging factor reads ([`factors::takes_part`]): a reply below its
/// midpoint reads as one moved from another thread.
pub(super) fn praise_then_filler(found: &mut Found, relevance: Option<f32>) {
    if found.praise_then_more
        && (found.has_author_url() || found.commercial_author() || found.has_link())
        && relevance.is_some_and(|relevance| factors::takes_part(relevance) < 0.5)
    {
        found.push(Evidence::GenericPraise(evidence::PRAISE_THEN_FILLER));
        found.push(Evidence::PraiseForPlacement);
    }
}

/// In someone else's thread, a link to the site the account (`author`) is named after,
/// beside an offer or a call to act, is the account selling its own, placed as a
/// commenter's website is; so is one left with little else ("I wrote about exactly
/// this on my blog: firebyforty.net/…" from FIREbyforty_blog), `data/LABELS.md`'s link
/// to the commenter's own website. (A reply that says its own beside it may give the
/// writer's own write-up as a source: "We benchmarked this … 4,100 dequeues/s … Scripts
/// and the raw numbers are in my write-up", `bench/threads-native2`.) Left with little
/// else only where it was `unasked` (not asked for, and not a brand answering its
/// mentions) and the thread's opening post (`opening`) does not name the site: a band's
/// "Tickets go on sale Friday, links on saltmarrow.com/tour" under a fan's "Saltmarrow
/// are coming to Australia!!" answers it.
pub(super) fn own_site(
    found: &mut Found,
    author: Option<&str>,
    unasked: bool,
    opening: Option<&str>,
) {
    // Not a price: in a conversation it is what something cost ("the Roth first left
    // $41k more"), as [`Found::text_promotes`] reads it.
    let sells = found.items.iter().any(|e| {
        matches!(
            e,
            Evidence::Offer(_) | Evidence::CallToAction(_) | Evidence::Code
        )
    });
    let little_else = found.words < LITTLE_ELSE && unasked;
    if !(sells || little_else) || !found.has_link() {
        return;
    }
    let Some(name) = author.map(handle_key) else {
        return;
    };
    for e in &mut found.items {
        if let Evidence::Link(domain) = e
            && site_named_after(domain, &name)
            && (sells || !names_the_site(opening, domain))
        {
            *e = Evidence::OwnSite(std::mem::take(domain));
        }
    }
}

/// Whether the thread's opening post (`opening`, [`super::linkbacks::opening_words`])
/// names the site of `domain` by its name ("saltmarrow" for saltmarrow.com).
fn names_the_site(opening: Option<&str>, domain: &str) -> bool {
    let label = site_label(domain);
    label.len() >= SITE_NAME_MIN && opening.is_some_and(|opening| says(opening, label))
}

/// Words under which a reply linking its author's own site says little else: twice what
/// a reply needs to say its own beside a link ([`evidence::SAYS_ITS_OWN`], fitted
/// leave-one-source-out), as a link to one's own site is a stronger pitch than a link.
const LITTLE_ELSE: usize = 2 * evidence::SAYS_ITS_OWN;

/// In someone else's thread, unasked, a link to a site the author's own marketing
/// promotes (`promoted`, by `key_hash`) is the account's own business placed, however
/// much the reply says beside it: the reply guy's agreeable paragraph ending in its
/// prompt pack. Not where the thread's opening post (`opening`,
/// [`super::linkbacks::opening_words`]) names the site: a fan's "Saltmarrow are coming
/// to Australia!!" is about the band whose answer links saltmarrow.com/tour. Nor the
/// site of the author's own address (`author`: "Adam <beberg@mithral.com>" signing
/// every mail with mithral.com/~beberg): a sender's signature, not a business placed.
pub(super) fn promoted_site(
    found: &mut Found,
    promoted: &[u64],
    opening: Option<&str>,
    author: Option<&str>,
) {
    let named = |domain: &str| names_the_site(opening, domain);
    let address = author
        .and_then(|author| author.rsplit_once('@'))
        .map(|(_, host)| host.trim_end_matches('>').trim());
    let signs_with = |domain: &str| {
        address.is_some_and(|host| {
            domain.eq_ignore_ascii_case(host)
                || domain
                    .strip_suffix(host)
                    .is_some_and(|sub| sub.ends_with('.'))
        })
    };
    for e in &mut found.items {
        if let Evidence::Link(domain) = e
            && promoted.contains(&discern_threads::hashing::key_hash(domain))
            && !named(domain)
            && !signs_with(domain)
        {
            *e = Evidence::PromotedSite(std::mem::take(domain));
        }
    }
}

/// The ticket scam: spare tickets offered in private to someone who asked nothing
/// (under every "sold out" post; [`evidence::testimony::offers_spare_tickets`]).
pub(super) fn spare_tickets(found: &mut Found, analysis: &Analysis) {
    if !found.deceptive()
        && found.moves_to_private()
        && evidence::testimony::offers_spare_tickets(analysis)
    {
        found.push(Evidence::Deceptive(evidence::SPARE_TICKETS_IN_PRIVATE));
    }
}
