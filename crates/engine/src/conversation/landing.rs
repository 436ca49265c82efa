//! Evidence that only the place a post landed shows: praise whose other words miss the
//! page, a link to the account's own site beside an offer, spare tickets offered in
//! private. The conversation calls each for a post in someone else's space; each adds to
//! the evidence the text gave.

use discern_text::Analysis;

use super::handles::{handle_key, site_named_after};
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
/// commenter's website is. (Without one it may be the writer's own write-up given as a
/// source, in a reply that says its own: `bench/threads-native2`.)
pub(super) fn own_site(found: &mut Found, author: Option<&str>) {
    let sells = found.items.iter().any(|e| {
        matches!(
            e,
            Evidence::Offer(_) | Evidence::CallToAction(_) | Evidence::Price | Evidence::Code
        )
    });
    if !sells || !found.has_link() {
        return;
    }
    let Some(name) = author.map(handle_key) else {
        return;
    };
    for e in &mut found.items {
        if let Evidence::Link(domain) = e
            && site_named_after(domain, &name)
        {
            *e = Evidence::OwnSite(std::mem::take(domain));
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
