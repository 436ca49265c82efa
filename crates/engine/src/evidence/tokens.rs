//! What a single token is, for the evidence: a link's site (a reference a commenter
//! cites, a brand's help pages), whether a link carries a referral code, and whether a
//! capitals-and-digits token is a code to type at checkout.

/// Sites a commenter cites as a source: encyclopedias, archives, papers, code hosts,
/// governments, universities and the WHO, none of them the commenter's to promote
/// ([`Evidence::CitesReference`]). Matched on the domain's end ("en.wikipedia.org",
/// "cdc.gov", "ox.ac.uk").
const REFERENCE_SITES: &[&str] = &[
    "wikipedia.org",
    "wikimedia.org",
    "wiktionary.org",
    "archive.org",
    "doi.org",
    "arxiv.org",
    "github.com",
    "stackoverflow.com",
    "who.int",
    ".gov",
    ".edu",
    ".gov.uk",
    ".ac.uk",
];

pub(super) fn is_reference_site(domain: &str) -> bool {
    // The site itself or one of its subdomains, not "notwikipedia.org".
    REFERENCE_SITES.iter().any(|site| {
        domain
            .strip_suffix(site)
            .is_some_and(|rest| site.starts_with('.') || rest.is_empty() || rest.ends_with('.'))
    })
}

/// The first labels of the hosts brands keep their help pages on.
pub(super) const HELP_CENTRE_HOSTS: &[&str] =
    &["support.", "help.", "helpcenter.", "helpcentre.", "care."];

/// Whether a token of capitals and digits that the tokenizer took for a code ("SAVE20",
/// "53BG627") reads as one when no "code" or "coupon" precedes it. Two shapes are not
/// codes: a number and then letters ("32GB", "100K", "11TH", "0830CET", and text speak
/// such as "2NITE"), and one or two letters then a number, which
/// names a model, a flight or a bill ("KL10", "A380", "HB373"). Over the labelled texts
/// with such a token, the two shapes leave 397 of 632 people's texts without a "code"
/// and 323 of 799 marketing texts (`BENCHMARKS.md` "Fourteenth session").
pub(super) fn reads_as_a_code(token: &str) -> bool {
    let bytes = token.as_bytes();
    let leading_digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &bytes[leading_digits..];
    let quantity = leading_digits > 0 && rest.iter().all(u8::is_ascii_uppercase);
    let leading_letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let model_number = (1..=2).contains(&leading_letters)
        && bytes[leading_letters..].iter().all(u8::is_ascii_digit);
    !quantity && !model_number
}

/// Query parameters that carry a referral or affiliate code ("?ref=kyle22",
/// "?tag=thedavpaksho-20", "?aff=2", "?promo=TRIZ"): the link pays whoever placed it.
const REFERRAL_PARAMETERS: &[&str] = &[
    "ref",
    "refid",
    "ref_id",
    "referral",
    "referrer",
    "aff",
    "affid",
    "aff_id",
    "affiliate",
    "affiliate_id",
    "invite",
    "invite_code",
    "code",
    "promo",
    "coupon",
];

/// Whether a link carries a referral code: one of [`REFERRAL_PARAMETERS`] with a value
/// that has a digit or a capital ("kyle22", "EugeneKalinin"), where sites' own
/// navigation markers are lowercase words ("?ref=hl", "?ref=badge"); or an Amazon
/// associate's `tag` ("thedavpaksho-20": a name, a hyphen and two digits), where other
/// sites' `tag` is navigation ("?tag=lst-0-1"). Over the labelled texts such links are
/// in 48 promotions and 1 person's text.
pub(super) fn has_referral_code(url: &str) -> bool {
    if has_referral_path(url) {
        return true;
    }
    let Some((_, query)) = url.split_once('?') else {
        return false;
    };
    query.split(['&', '#']).any(|pair| {
        pair.split_once('=').is_some_and(|(name, value)| {
            if name.eq_ignore_ascii_case("tag") {
                return is_associate_tag(value);
            }
            REFERRAL_PARAMETERS
                .iter()
                .any(|p| p.eq_ignore_ascii_case(name))
                && value
                    .bytes()
                    .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        })
    })
}

/// An invitation link with the inviter's code in its path ("join.stashpile.app/invite/
/// KEV8821", "…/ref/anna42"): a path word of [`REFERRAL_PATH_WORDS`] followed by a
/// segment with a digit or a capital, as a query's referral value needs.
fn has_referral_path(url: &str) -> bool {
    /// Path words invitation links use before the code. Not "r", which is Reddit's
    /// "/r/AskReddit".
    const REFERRAL_PATH_WORDS: &[&str] = &["invite", "ref", "referral", "refer"];
    let mut segments = discern_text::url_path(url).split('/');
    while let Some(segment) = segments.next() {
        if REFERRAL_PATH_WORDS
            .iter()
            .any(|w| segment.eq_ignore_ascii_case(w))
        {
            return segments.next().is_some_and(|code| {
                (3..=32).contains(&code.len())
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                    && code
                        .bytes()
                        .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            });
        }
    }
    false
}

/// An Amazon associate's tracking id: letters or digits, a hyphen, two digits.
fn is_associate_tag(value: &str) -> bool {
    value.rsplit_once('-').is_some_and(|(id, region)| {
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_alphanumeric())
            && region.len() == 2
            && region.bytes().all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::{has_referral_code, reads_as_a_code};

    #[test]
    fn codes_are_told_from_quantities_and_model_numbers() {
        for code in ["SAVE20", "WELCOME100", "53BG627", "CIN4O5RX", "BIG20"] {
            assert!(reads_as_a_code(code), "{code}");
        }
        for not_a_code in ["32GB", "100K", "11TH", "0830CET", "KL10", "A380", "HB373"] {
            assert!(!reads_as_a_code(not_a_code), "{not_a_code}");
        }
    }

    #[test]
    fn referral_codes_in_links() {
        assert!(has_referral_code("nordvpn.example/?ref=kyle22"));
        assert!(has_referral_code(
            "http://www.amazon.com/?tag=thedavpaksho-20"
        ));
        assert!(has_referral_code("https://shop.example/p?id=3&aff=2"));
        assert!(has_referral_code("https://netherbox.com/?promo=TRIZ"));
        assert!(!has_referral_code(
            "https://www.facebook.com/pages/x?ref=hl"
        ));
        assert!(!has_referral_code("https://example.com/page?id=12"));
        assert!(!has_referral_code("https://example.com/ref=12"));
        assert!(has_referral_code(
            "https://join.stashpile.app/invite/KEV8821"
        ));
        assert!(has_referral_code("app.example/ref/anna42"));
        assert!(!has_referral_code("https://example.com/invite/friends"));
        assert!(!has_referral_code("https://reddit.com/r/AskReddit"));
        assert!(!has_referral_code("https://example.com/docs/refer"));
        assert!(!has_referral_code(
            "http://download.com.com/3000-2165-6474268.html?tag=lst-0-1"
        ));
    }
}
