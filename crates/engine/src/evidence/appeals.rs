//! A cause's appeals by their shape, where no listed phrase says them: what a gift buys
//! ("£5 pays for 100 leaflets", "R150 keeps one girl in pads for a term"), the
//! imprint a British election leaflet carries ("Promoted by … on behalf of …"), and the
//! ballot's ask by name ("Vote Sione Taufa for Tongatapu 4").

use discern_text::{Analysis, TokenKind};

/// What [`prices_a_gift`] finds: a donation ask.
pub(super) const WHAT_A_GIFT_BUYS: &str = "what a gift buys";
/// What [`carries_an_imprint`] finds: a campaign message.
pub(super) const AN_ELECTION_IMPRINT: &str = "promoted by … on behalf of";
/// What [`asks_a_vote_by_name`] finds: a campaign message.
pub(super) const VOTE_BY_NAME: &str = "vote … for";

/// The verbs that tell what a sum does for a cause, right after it ("£5 buys…").
pub(super) const GIFT_VERBS: &[&str] = &[
    "keeps",
    "buys",
    "provides",
    "feeds",
    "pays",
    "covers",
    "funds",
    "sends",
    "plants",
    "shelters",
    "vaccinates",
    "trains",
];

/// A sum followed by what it does ("$420 keeps both the herd and the cat alive", "£5 a
/// month feeds a family"): a charity's or a campaign's ask, told by its gift's worth.
/// Over the 227,354 labelled texts: 12 ads and 1 spam, and 2 people's ("$1.95 will buy
/// you ☕️" does not match; "£3 gives you plenty of time" would, so "gives" is left out).
/// A sum in rand ("R150") is read here too: the tokenizer takes it for a code.
pub(super) fn prices_a_gift(analysis: &Analysis) -> bool {
    let mut sum = false;
    let mut per = 0;
    let mut after_a_word = false;
    for token in analysis.token_iter() {
        let word_before = std::mem::replace(&mut after_a_word, token.kind == TokenKind::Word);
        match token.kind {
            TokenKind::Price => (sum, per) = (true, 0),
            // Not a road's number ("Route R150 keeps flooding").
            TokenKind::Word | TokenKind::PromoCode if !word_before && is_rand(token.text) => {
                (sum, per) = (true, 0)
            }
            TokenKind::Word if sum => {
                let word = token.text;
                if GIFT_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v)) {
                    return true;
                }
                // "£5 a month feeds …", "$20 each month provides …".
                if per < 2 && ["a", "each", "per", "month", "year", "week"].contains(&word) {
                    per += 1;
                } else {
                    sum = false;
                }
            }
            _ => sum = false,
        }
    }
    false
}

/// "R150": a sum in South African rand, which the tokenizer reads as a word.
fn is_rand(word: &str) -> bool {
    word.strip_prefix('R')
        .is_some_and(|n| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The imprint British law asks of election material: "Promoted by Gareth Lloyd on
/// behalf of Rhian Pugh (Independent), both at …". Words lowercase, in order.
pub(super) fn carries_an_imprint(words: &[&str]) -> bool {
    words
        .windows(2)
        .position(|w| w == ["promoted", "by"])
        .is_some_and(|at| {
            words[at..]
                .windows(3)
                .take(16)
                .any(|w| w == ["on", "behalf", "of"])
        })
}

/// "Vote Sione Taufa for Tongatapu 4": "vote", one to three capitalised names, "for".
pub(super) fn asks_a_vote_by_name(analysis: &Analysis) -> bool {
    let mut names: Option<usize> = None;
    for token in analysis.token_iter() {
        if token.kind != TokenKind::Word {
            names = None;
            continue;
        }
        let word = token.text;
        names = match names {
            _ if word.eq_ignore_ascii_case("vote") => Some(0),
            Some(n) if (1..=3).contains(&n) && word == "for" => return true,
            Some(n) if n < 3 && word.starts_with(|c: char| c.is_uppercase()) => Some(n + 1),
            _ => None,
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(text: &str) -> Analysis {
        Analysis::new(text)
    }

    #[test]
    fn a_sum_and_what_it_does_for_a_cause_prices_a_gift() {
        for text in [
            "£5 pays for 100 leaflets. Chip in if you can.",
            "A corral costs $420 and $420 keeps both the herd and the cat alive",
            "R150 keeps one girl supplied for a whole term",
            "Just $10 a month feeds a family of four",
        ] {
            assert!(prices_a_gift(&analysed(text)), "{text}");
        }
        for text in [
            "20mins for £3 gives you plenty of time to keep in touch",
            "I paid $40 and it keeps breaking",
            "It cost me $12. Keeps well in the fridge though",
            "Route R150 keeps flooding every spring",
        ] {
            assert!(!prices_a_gift(&analysed(text)), "{text}");
        }
    }

    #[test]
    fn a_british_imprint_and_a_vote_asked_by_name_are_campaign_messages() {
        let words = |t: &str| {
            t.to_lowercase()
                .split(' ')
                .map(String::from)
                .collect::<Vec<_>>()
        };
        let imprint = words("promoted by gareth lloyd on behalf of rhian pugh both at 14 heol");
        assert!(carries_an_imprint(
            &imprint.iter().map(String::as_str).collect::<Vec<_>>()
        ));
        let plain = words("she was promoted by the board last year");
        assert!(!carries_an_imprint(
            &plain.iter().map(String::as_str).collect::<Vec<_>>()
        ));
        assert!(asks_a_vote_by_name(&analysed(
            "Vote Sione Taufa for Tongatapu 4 on 20 November"
        )));
        assert!(asks_a_vote_by_name(&analysed(
            "Please vote Dana for council"
        )));
        assert!(!asks_a_vote_by_name(&analysed(
            "The vote for the budget was close"
        )));
        assert!(!asks_a_vote_by_name(&analysed(
            "I will vote in May for the first time"
        )));
    }
}
