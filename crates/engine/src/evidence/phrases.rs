//! The phrase lists matched against a post's words (lowercase, no apostrophes):
//! calls to action, offers, asks, disclosures, and the few phrases whose words around
//! them decide ("30% off", "vote for", "text WIN to 87121", "example dot com").

use std::sync::OnceLock;

use super::lists::world::{UNSPACED_PHRASES, WORLD_PHRASES, is_unspaced};
use super::lists::{PHRASES, Phrase, SPELLED_TLDS};
use super::word_runs::WordRuns;
use super::{Evidence, Found};
use discern_text::{Analysis, TokenKind};

/// The phrases by their first word, built once: each word of a post costs one lookup,
/// not a comparison with every phrase.
fn phrases_by_first_word() -> &'static WordRuns<&'static Phrase> {
    static INDEX: OnceLock<WordRuns<&'static Phrase>> = OnceLock::new();
    INDEX.get_or_init(|| {
        WordRuns::new(
            PHRASES
                .iter()
                .chain(WORLD_PHRASES)
                .map(|phrase| (phrase.0.iter().copied(), phrase)),
        )
    })
}

/// A word with its apostrophes taken out, straight or curled: ad archives publish text
/// with its punctuation stripped ("im running for", "we cant let"), and the phrase lists
/// must match it as they match "I'm running for".
pub(super) fn without_apostrophes(word: String) -> String {
    if word.contains(['\'', '’']) {
        word.replace(['\'', '’'], "")
    } else {
        word
    }
}

/// Every listed phrase that occurs as consecutive words of the post (`raw`, its text as
/// written, tells a phrase quoted from one used). "off" counts as an offer only after a
/// percentage or a number ("30% off"), since "off" alone is an ordinary word.
pub(super) fn match_phrases(words: &[&str], raw: &str, found: &mut Found) {
    let index = phrases_by_first_word();
    for (i, word) in words.iter().enumerate() {
        // "example dot com": a link spelled out to slip past link filters.
        if *word == "dot"
            && i > 0
            && let Some(tld) = words.get(i + 1)
            && SPELLED_TLDS.contains(tld)
            && words[i - 1]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
        {
            found.push(Evidence::Link(format!("{}.{tld}", words[i - 1])));
        }
        // A sentence of Japanese or Chinese is one word: its phrases are found inside.
        if is_unspaced(word) {
            for (phrase, make) in UNSPACED_PHRASES {
                if word.contains(phrase) {
                    found.push(make(phrase));
                }
            }
        }
        if texts_a_short_code(words, i) {
            found.push(Evidence::CallToAction(TEXT_TO_A_SHORT_CODE));
        }
        if cuts_a_share_of_everything(words, i) {
            found.push(Evidence::Offer(SHARE_OFF_EVERYTHING));
        }
        if points_to_a_channel(words, i) {
            found.push(Evidence::FollowAsk("check out … channel"));
        }
        for (_, make, text) in index.starting_at(words, i) {
            if *text == "off"
                && !(i > 0 && (words[i - 1] == "%" || words[i - 1].parse::<f64>().is_ok()))
            {
                continue;
            }
            // "Vote for Jane" asks; "who to vote for", "I'll vote for her" and "they
            // didn't vote for it" report or wonder. The ask is an imperative, so a subject,
            // a question word or a modal before the verb makes it something else.
            if text.starts_with("vote ") && !asks_to_vote(words, i) {
                continue;
            }
            if *text == "paid for by" && !discloses_a_sponsor(words, i) {
                continue;
            }
            if MESSAGE_ME.contains(text) && reports_being_messaged(words, i) {
                continue;
            }
            // "Please sign up" and "please sign in" ask for an account, not a petition.
            if *text == "please sign"
                && words
                    .get(i + 2)
                    .is_some_and(|next| matches!(*next, "up" | "in" | "into" | "on"))
            {
                continue;
            }
            let evidence = make(text);
            // "There are no fixed matches for sale"; "accounts selling 'fixed matches'";
            // "I sent the 'courier the keys' woman $300": a scam's words denied,
            // reported or quoted by a victim or a moderator warning of it, not used.
            if matches!(evidence, Evidence::Deceptive(_))
                && (i > 0 && REPORTS_A_SCAM.contains(&words[i - 1]) || quoted(raw, text))
            {
                continue;
            }
            // "Not sponsored, just obsessed": a person saying nobody paid them.
            if matches!(evidence, Evidence::Disclosure(_))
                && i > 0
                && matches!(words[i - 1], "not" | "no" | "non" | "never" | "isn't")
            {
                continue;
            }
            found.push(evidence);
        }
    }
}

/// Whether `phrase` stands in `text` (ASCII case aside) right inside quotation marks:
/// a quotation mark just before its first word or just after its last ("the 'courier
/// the keys' woman"; "'I'm abroad, I'll courier the keys'"). A phrase whose words the
/// scan changed (apostrophes taken out) is not found in the raw text, and counts as
/// used.
fn quoted(text: &str, phrase: &str) -> bool {
    const OPENING: &[char] = &['\'', '"', '‘', '“', '«'];
    const CLOSING: &[char] = &['\'', '"', '’', '”', '»'];
    let lower = text.to_lowercase();
    lower.match_indices(phrase).any(|(at, _)| {
        lower[..at]
            .chars()
            .next_back()
            .is_some_and(|c| OPENING.contains(&c))
            || lower[at + phrase.len()..]
                .chars()
                .next()
                .is_some_and(|c| CLOSING.contains(&c))
    })
}

/// Words before a scam's phrase that deny or report it rather than use it: "no",
/// "never", "fake", "selling", "promising", "about", "these".
const REPORTS_A_SCAM: &[&str] = &[
    "no",
    "not",
    "never",
    "fake",
    "selling",
    "sell",
    "sells",
    "sold",
    "promising",
    "promise",
    "promises",
    "offering",
    "about",
    "called",
    "these",
    "those",
    "any",
];

/// The asks to be messaged privately that are a verb and "me": an imperative or an
/// invitation ("text me", "you can dm me"), unless [`reports_being_messaged`].
const MESSAGE_ME: &[&str] = &[
    "dm me",
    "inbox me",
    "message me",
    "text me",
    "pm me",
    "write me",
];

/// Whether "text me" (…) at `words[at]` tells who messages the writer rather than asks
/// ("why does every campaign text me at 9pm"; "they dm me all day"; "don't text me"):
/// a third person, a thing or a denial before the verb. "You", "can", "to", "who",
/// "someone" and "please" before it invite ("feel free to message me"; "15 people who
/// message me"; "Someone DM me").
fn reports_being_messaged(words: &[&str], at: usize) -> bool {
    const REPORTERS: &[&str] = &[
        "they",
        "he",
        "she",
        "it",
        "people",
        "nobody",
        "dont",
        "never",
        "not",
        "stop",
        "doesnt",
        "didnt",
        "wont",
        "cant",
        "campaign",
        "campaigns",
        "scammers",
        "bots",
        "companies",
    ];
    let before = |n: usize| at.checked_sub(n).map(|j| words[j]);
    before(1).is_some_and(|w| REPORTERS.contains(&w)) || before(2) == Some("every")
}

/// The call to action [`texts_a_short_code`] finds.
pub(super) const TEXT_TO_A_SHORT_CODE: &str = "text a keyword to a short code";

/// The call to action [`asks_for_a_keyword`] finds.
pub(super) const REPLY_WITH_A_KEYWORD: &str = "reply with a keyword";

/// The verbs that ask for a keyword ([`asks_for_a_keyword`]).
pub(super) const KEYWORD_VERBS: &[&str] =
    &["reply", "comment", "type", "text", "dm", "message", "write"];

/// "Reply PROMO and we'll send the details", "Comment GUIDE and I'll DM you the link",
/// "Type “READY” if you are in": a keyword in capitals asked for in a reply, a comment
/// or a message, the call to action of comment marketing, engagement bait and bulk
/// texts ("Reply STOP to end"). A text of more capitals than small letters is written
/// in capitals throughout, where a word in capitals is no keyword. Over the 227,354
/// labelled texts this finds 164 marketing and spam texts and 9 people's (a retweeted
/// "Text SXSW to 24587", "write SEO bait", an error message quoted in capitals).
pub(super) fn asks_for_a_keyword(text: &str, analysis: &Analysis) -> bool {
    let mut after_verb = false;
    for token in analysis.token_iter() {
        match token.kind {
            TokenKind::Word => {
                if after_verb && is_a_keyword(token.text) {
                    return !shouts(text);
                }
                after_verb = KEYWORD_VERBS
                    .iter()
                    .any(|verb| token.text.eq_ignore_ascii_case(verb));
            }
            // The keyword may be quoted: "Comment “GUIDE”".
            TokenKind::Punct if matches!(token.text, "\"" | "'" | "“" | "‘" | "«") => {}
            _ => after_verb = false,
        }
    }
    false
}

/// Words people shout that are no keyword to send ("DM me ASAP", "send TWO in").
const SHOUTED_WORDS: &[&str] = &[
    "ME", "US", "YOU", "YOUR", "THE", "TO", "IT", "THIS", "THAT", "ALL", "NOW", "HERE", "BACK",
    "AGAIN", "ASAP", "TWO", "AND", "OR", "IN", "ON", "LOL", "DM", "PM", "OK", "IF", "WHAT",
];

/// A keyword to send: two to fifteen capital letters and digits, two letters or more,
/// not one of [`SHOUTED_WORDS`].
fn is_a_keyword(word: &str) -> bool {
    (2..=15).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !SHOUTED_WORDS.contains(&word)
}

/// Whether a text has more capital letters than small ones: written in capitals
/// throughout, where a word in capitals is no keyword.
fn shouts(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    upper > lower
}

/// "Text WIN to 87121" at `words[at]`: the call to action of bulk text messages, a
/// keyword sent to a short code (four to six digits).
fn texts_a_short_code(words: &[&str], at: usize) -> bool {
    matches!(words[at], "text" | "txt" | "send" | "reply" | "sms")
        && words.get(at + 2).is_some_and(|w| *w == "to")
        && words
            .get(at + 3)
            .is_some_and(|w| (4..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// The offer [`cuts_a_share_of_everything`] finds.
pub(super) const SHARE_OFF_EVERYTHING: &str = "% off everything";

/// "30 % på alla regnjackor", "20 % auf alles", "-15 % sur tout le rayon": a percentage
/// taken off everything (or all of a range), the sale's wording in languages that say
/// it without "off". `words[at]` is the percentage ("%" in the words).
fn cuts_a_share_of_everything(words: &[&str], at: usize) -> bool {
    const ON: &[&str] = &["på", "auf", "sur", "en", "su", "op", "na", "on"];
    const ALL: &[&str] = &[
        "alla",
        "allt",
        "alle",
        "alles",
        "tout",
        "toute",
        "tous",
        "toutes",
        "todo",
        "toda",
        "todos",
        "todas",
        "tutto",
        "tutti",
        "tutte",
        "wszystko",
        "wszystkie",
        "everything",
        "all",
    ];
    words[at] == "%"
        && words.get(at + 1).is_some_and(|w| ON.contains(w))
        && words.get(at + 2).is_some_and(|w| ALL.contains(w))
}

/// "Check out this (…) channel" at `words[at]`: a pointer to a channel within four words,
/// the self-promotion of comment sections, however the channel is named.
fn points_to_a_channel(words: &[&str], at: usize) -> bool {
    words[at] == "check"
        && words.get(at + 1).is_some_and(|w| *w == "out")
        && words[(at + 2).min(words.len())..(at + 6).min(words.len())]
            .iter()
            .any(|w| *w == "channel" || *w == "channels")
}

/// Whether "vote …" at `words[at]` is a campaign's ask. The ask is an imperative
/// ("Vote for Jane", "please vote yes", "remember to vote for her"), so a subject, a
/// modal, a question word or a determiner before the verb ("I'll vote for", "they
/// didn't vote for", "who to vote for", "has my vote for leader") makes it a report, a
/// question or the noun. After "to" it is an ask only where a campaign's prompt comes
/// before ("remember to vote for", "plan to vote for"): "insanity to vote for",
/// "registered to vote for the first time" are a reader's. Over the labelled texts
/// "vote for" follows "to" after these prompts in marketing, and after "going", "have",
/// "want" and "who" in people's texts; "don't vote for" and "you vote for" are people's
/// 18 times to 2.
fn asks_to_vote(words: &[&str], at: usize) -> bool {
    const SUBJECT_OR_MODAL: &[&str] = &[
        "i", "ill", "id", "im", "we", "they", "he", "she", "you", "people", "will", "would",
        "wont", "wouldnt", "did", "didnt", "dont", "never", "ever", "not", "cant", "cannot",
        "couldnt", "could", "gonna", "might", "may", "should", "shouldnt", "still", "who", "whom",
        "which", "what", "how", "why", "my", "his", "their", "another",
    ];
    const PROMPTS: &[&str] = &[
        "remember",
        "forget",
        "sure",
        "plan",
        "planning",
        "pledge",
        "urge",
        "ask",
        "encourage",
        "you",
        "everyone",
        "register",
        "enrol",
        "enroll",
        "please",
    ];
    let before = |n: usize| at.checked_sub(n).map(|j| words[j]);
    // "vote for the first time": the voter's own news, whoever says it.
    if words.get(at + 2..at + 4) == Some(&["the", "first"][..]) {
        return false;
    }
    match before(1) {
        Some(word) if SUBJECT_OR_MODAL.contains(&word) => false,
        Some("to") => before(2).is_some_and(|word| PROMPTS.contains(&word)),
        _ => true,
    }
}

/// Whether "paid for by" at `words[at]` is the legal line naming who paid for an ad
/// ("Paid for by Friends of Jane Smith"), not a report of who pays ("$60 billion a
/// year, paid for by efficiency", "the stadium was paid for by taxpayers") or the
/// line named ("one more 'paid for by' ad").
fn discloses_a_sponsor(words: &[&str], at: usize) -> bool {
    const REPORTS: &[&str] = &[
        "is", "was", "were", "are", "be", "been", "being", "get", "got", "gets", "it", "that",
        "this", "which", "all", "year", "$",
    ];
    const NAMES_THE_LINE: &[&str] = &["ad", "ads", "line", "lines", "disclaimer", "message"];
    let after = words.get(at + 3).copied();
    let reported = at > 0 && REPORTS.contains(&words[at - 1]);
    let named = after.is_some_and(|word| NAMES_THE_LINE.contains(&word));
    !reported && !named
}

#[cfg(test)]
mod tests {
    use super::asks_for_a_keyword;
    use discern_text::Analysis;

    fn asks(text: &str) -> bool {
        asks_for_a_keyword(text, &Analysis::new(text))
    }

    #[test]
    fn a_keyword_asked_for_in_a_reply_is_a_call_to_action() {
        assert!(asks(
            "Check your DMs, or reply PROMO and we'll send the details"
        ));
        assert!(asks(
            "Comment “GUIDE” below and I'll send you the checklist"
        ));
        assert!(asks("Reply STOP to end"));
        assert!(asks("Type \"READY\" if you're in"));
    }

    #[test]
    fn a_scams_words_in_quotation_marks_are_quoted() {
        use super::quoted;
        assert!(quoted(
            "I sent the 'courier the keys' woman $300 in July",
            "courier the keys"
        ));
        assert!(quoted(
            "PSA: the “I'm abroad, I'll courier the keys” accounts are scams",
            "courier the keys"
        ));
        assert!(!quoted(
            "I am abroad, but I will courier the keys once you pay",
            "courier the keys"
        ));
    }

    #[test]
    fn a_shouted_word_or_a_shouted_text_is_no_keyword() {
        assert!(!asks("DM me ASAP, it's about your car"));
        assert!(!asks("Please reply to this thread if you saw it"));
        assert!(!asks("WHY DOES EVERYONE REPLY YES TO THESE"));
        assert!(!asks("I'll reply OK when I'm home"));
    }
}
