//! A writer declaring their own tie to what they speak of: "Full disclosure, I work at
//! a feed & seed store"; "Disclosure: I work at Fernhill Credit Union, so grain of
//! salt"; "Dana from Marlowe here. I work in customer support, so obviously I'm
//! biased". `data/LABELS.md`: a recommendation with an undisclosed tie is spam; with
//! the tie disclosed it is the business's marketing, which belongs where it answers the
//! thread.

use super::{Evidence, Found};

/// Words that announce a disclosure ("full disclosure", "I'm biased"), in the squashed
/// form (lowercase) with apostrophes out. Said alone they disclose anything ("full
/// disclosure, I haven't read the book"); beside a tie ([`TIES`]) they disclose that.
const DISCLOSES: &[&str] = &[
    " full disclosure ",
    " disclosure ",
    " disclaimer ",
    " in the interest of transparency ",
    " in the spirit of transparency ",
    " im biased ",
    " i am biased ",
    " obviously biased ",
    " a bit biased ",
    " a little biased ",
    " grain of salt ",
];

/// A tie to a business in the writer's own words: working for one, owning or founding
/// one. Not "I work in" (a field: "I work in healthcare"), "I run" (a club, a server, a
/// society as often as a shop) or "my company" (an employer that may be the seller's
/// customer: "full disclosure, my company uses their software").
const TIES: &[&str] = &[
    " i work for ",
    " i work at ",
    " i own ",
    " im the owner ",
    " i am the owner ",
    " im one of the owners ",
    " im the founder ",
    " i am the founder ",
    " im a cofounder ",
    " im the cofounder ",
    " im a co founder ",
    " i founded ",
    " im an employee ",
    " i am an employee ",
    " im employed by ",
    " i am employed by ",
    " my shop ",
    " my store ",
    " our shop ",
    " our store ",
];

/// Words with which a writer who discloses a job says they are not promoting it
/// ("Full disclosure, I work for an insulation contractor, but I'm not trying to sell
/// you anything"): the disclosure is a person's honesty about a bias, not a business's
/// answer.
const SELLS_NOTHING: &[&str] = &[
    " not trying to sell ",
    " not selling anything ",
    " not selling you ",
    " not a sales pitch ",
    " not a plug ",
    " not an ad ",
    " not affiliated ",
    " not at all affiliated ",
    " no affiliation ",
];

/// Pushes [`Evidence::DeclaresATie`] where the text (`squashed`,
/// [`discern_text::Analysis::squashed`]) announces a disclosure, states a tie (or
/// opens as a company's staff introduce themselves: "Dana from Marlowe here") and
/// speaks as the business ("we", "our").
pub(super) fn declared_tie(squashed: &str, found: &mut Found) {
    // Most texts disclose nothing: one search for the words every announcement holds.
    if !squashed.contains("disclos")
        && !squashed.contains("biased")
        && !squashed.contains("disclaimer")
        && !squashed.contains("grain of salt")
        && !squashed.contains("transparency")
    {
        return;
    }
    // Apostrophes out, straight or curled ("I'm", "I’m"), as the lists are written.
    let padded = format!(" {} ", squashed.replace(['\'', '’'], ""));
    if !DISCLOSES.iter().any(|d| padded.contains(d))
        || SELLS_NOTHING.iter().any(|d| padded.contains(d))
    {
        return;
    }
    // The business speaks in it ("We carry one for about $12"; "our 12-month share
    // certificate"): a physiotherapist who runs a clinic and says she is biased toward
    // physiotherapy speaks for herself.
    if ![" we ", " our ", " ours "]
        .iter()
        .any(|w| padded.contains(w))
    {
        return;
    }
    if let Some(tie) = TIES.iter().find(|t| padded.contains(*t)) {
        found.push(Evidence::DeclaresATie(tie.trim()));
    } else if introduces_as_staff(&padded) {
        found.push(Evidence::DeclaresATie(STAFF_INTRODUCTION));
    }
}

/// How [`Evidence::DeclaresATie`] names "Dana from Marlowe here".
pub const STAFF_INTRODUCTION: &str = "a name from a company, here";

/// Whether the text opens as a company's staff introduce themselves on a forum: "(hi)
/// Dana from Marlowe here", the name at most three words and the company at most two,
/// in its first ten words.
fn introduces_as_staff(padded: &str) -> bool {
    let words: Vec<&str> = padded.split_whitespace().take(10).collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == "from"
            && (1..=3).contains(&i)
            && words[i + 1..]
                .iter()
                .take(3)
                .skip(1)
                .any(|after| *after == "here")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use discern_text::Analysis;

    fn tie(text: &str) -> Option<&'static str> {
        let mut found = Found::default();
        declared_tie(Analysis::new(text).squashed(), &mut found);
        found.items.iter().find_map(|e| match e {
            Evidence::DeclaresATie(p) => Some(*p),
            _ => None,
        })
    }

    #[test]
    fn a_disclosure_beside_a_tie_declares_it() {
        assert_eq!(
            tie(
                "Marcus, full disclosure I work at a feed & seed store (Fairweather, in Lodi). We carry one for about $12."
            ),
            Some("i work at")
        );
        assert_eq!(
            tie(
                "Disclosure: I work at Fernhill Credit Union, so grain of salt. Our certificate is at 4.65%."
            ),
            Some("i work at")
        );
        assert_eq!(
            tie(
                "Full disclosure, I own a small fish store (Juneau's Aquatics). We see this every January."
            ),
            Some("i own")
        );
        assert_eq!(
            tie(
                "Hi! Dana from Marlowe here. I work in customer support, so obviously I'm biased. Our fine nib runs wide."
            ),
            Some(STAFF_INTRODUCTION)
        );
    }

    #[test]
    fn a_disclosure_of_anything_else_or_a_tie_alone_does_not() {
        for text in [
            "Full disclosure, I haven't read the book, only the reviews.",
            "Disclosure: I work in healthcare, so this one hits home.",
            "I work at a bakery and the 4am starts are killing me.",
            "Greetings from Lisbon! The tram here is packed, I'm biased but it's the best city.",
            "I own three of these and they're all fine.",
            "Full disclosure, I work for an insulation contractor, but I'm not trying to sell you anything.",
            "I run a tiny two-person clinic, so yes, I'm biased toward seeing a PT. Strength work helped.",
        ] {
            assert_eq!(tie(text), None, "{text}");
        }
    }
}
