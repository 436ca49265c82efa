//! The investment-testimonial scam: comments under strangers' posts that tell how much
//! the writer put in and how much came back, thanks to an account they name ("i
//! invested $600 capital and in a few days i got a return of $5946 @charlotte_lucas_trade").
//! Every part is something a person may write alone (an amount, trading, a handle); the
//! whole is the scam's shape: two amounts, the vocabulary of investing, the first person,
//! an account to contact, and no link (the account is the link).

use discern_text::{Analysis, TokenKind};

/// Words of investing and its returns. Not "return" or "received", which customers use
/// of refunds ("I had to return my $300 phone"), nor "earned".
const INVESTING: &[&str] = &[
    "invest",
    "invested",
    "investing",
    "investment",
    "profit",
    "profits",
    "payout",
    "payouts",
    "withdrawal",
    "trader",
    "trading",
    "roi",
];

/// Whether the post's words (lowercased, each amount as "$") and tokens tell of money
/// put in and taken out through a named account. Two amounts first: the cheapest part
/// of the shape to test, and the rarest.
pub(super) fn testifies_to_returns(words: &[&str], analysis: &Analysis) -> bool {
    words.iter().filter(|w| **w == "$").nth(1).is_some()
        && words.iter().any(|w| INVESTING.contains(w))
        && words.iter().any(|w| matches!(*w, "i" | "my" | "me"))
        && analysis.token_iter().any(|t| t.kind == TokenKind::Mention)
        && !analysis.token_iter().any(|t| t.kind == TokenKind::Url)
}

/// Words of what a recommended "expert" did for the writer: the coins and markets the
/// scam's traders trade, the withdrawal it promises, the spell caster's trade. Not the
/// plain words of investing ("investment", "payout", "profits"): readers of the news
/// use them of what "Mr. Harper" did with the budget.
const EXPERT_TRADE: &[&str] = &[
    "bitcoin",
    "btc",
    "crypto",
    "cryptocurrency",
    "forex",
    "withdrawal",
    "withdrawals",
    "spell",
    "spells",
    // The trading "mentor" of the investment scam ("steady profits with a strategy Mr.
    // Harlan Pierce taught me").
    "profit",
    "profits",
    "trading",
    "payout",
    "payouts",
    "withdrew",
];

/// Titles the scam gives the account it sends readers to ("Mrs Evelyn", "Mr. James
/// Holloway", "Dr Okoro"). Not "sir": readers address authors so.
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "madam", "dr"];

/// The testimonial's other shape, with no amounts or handle: the writer tells how a
/// titled person ("Mrs Evelyn", "Dr Okoro") made them money or cast a spell for them
/// ("my first withdrawal came in 2 days"). A title before a capitalised name, the first
/// person, and a word of investing, crypto or spells, all three: a person who thanks
/// "Dr Patel" for their care has no trade word, and one who talks of bitcoin names no
/// titled helper. `words` are the scan's (lowercase, apostrophes taken out: "I've" is
/// "ive").
pub(super) fn testifies_to_an_expert(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| EXPERT_TRADE.contains(w))
        && words
            .iter()
            .any(|w| matches!(*w, "i" | "my" | "me" | "ive" | "im"))
        && titled_name(text)
}

/// Whether the raw text has a title and then a capitalised name ("Mr. James").
fn titled_name(text: &str) -> bool {
    titled_names(text).next().is_some()
}

/// The names that follow a title in the raw text ("Mrs Vivian Hartley" gives "Vivian"),
/// without the punctuation around them.
pub fn titled_names(text: &str) -> impl Iterator<Item = &str> {
    // Every title opens with "M" or "D": a text with neither capital names no one so, and
    // most texts are skipped by one byte search each instead of a walk of their words.
    let may_name = text.contains('M') || text.contains('D');
    let mut previous_is_title = false;
    let words = if may_name { text } else { "" };
    words.split_whitespace().filter_map(move |word| {
        let named = previous_is_title
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        let bare = word.trim_end_matches('.');
        previous_is_title = bare.chars().next().is_some_and(char::is_uppercase)
            && TITLES.contains(&bare.to_ascii_lowercase().as_str());
        named.then(|| word.trim_matches(|c: char| !c.is_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use super::testifies_to_an_expert;

    fn words(text: &str) -> Vec<String> {
        text.replace('\'', "")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    fn expert(text: &str) -> bool {
        let owned = words(text);
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        testifies_to_an_expert(text, &words)
    }

    #[test]
    fn a_titled_helper_who_made_the_writer_money_is_the_scam() {
        assert!(expert(
            "Yes!! Mrs Evelyn helped me too, my first withdrawal came in 2 days"
        ));
        assert!(expert(
            "bitcoin mining with Mr. James Holloway. I've made 3.5 BTC already"
        ));
        assert!(expert("I found Dr Okoro who cast a love spell for me"));
        assert!(expert(
            "I've been making steady profits with a strategy Mr. Harlan Pierce taught me"
        ));
    }

    #[test]
    fn a_doctor_thanked_or_a_coin_discussed_is_not() {
        assert!(!expert("Dr Patel was so kind to my mum after her surgery"));
        assert!(!expert("I think bitcoin mining wastes a lot of power"));
        assert!(!expert("Mr Rogers taught me patience when I was small"));
        assert!(!expert(
            "Mr Lee, my maths teacher, said my portfolio of essays was fine"
        ));
    }
}
