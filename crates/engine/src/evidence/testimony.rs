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
