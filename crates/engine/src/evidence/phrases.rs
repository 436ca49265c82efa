//! The phrase lists matched against a post's words (lowercase, no apostrophes):
//! calls to action, offers, asks, disclosures, and the few phrases whose words around
//! them decide ("30% off", "vote for", "text WIN to 87121", "example dot com").

use std::sync::OnceLock;

use super::lists::{PHRASES, Phrase, SPELLED_TLDS};
use super::word_runs::WordRuns;
use super::{Evidence, Found};

/// The phrases by their first word, built once: each word of a post costs one lookup,
/// not a comparison with every phrase.
fn phrases_by_first_word() -> &'static WordRuns<&'static Phrase> {
    static INDEX: OnceLock<WordRuns<&'static Phrase>> = OnceLock::new();
    INDEX.get_or_init(|| {
        WordRuns::new(
            PHRASES
                .iter()
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

/// Every listed phrase that occurs as consecutive words. "off" counts as an offer only
/// after a percentage or a number ("30% off"), since "off" alone is an ordinary word.
pub(super) fn match_phrases(words: &[&str], found: &mut Found) {
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
        if texts_a_short_code(words, i) {
            found.push(Evidence::CallToAction("text a keyword to a short code"));
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
            // "There are no fixed matches for sale"; "accounts selling 'fixed matches'":
            // a scam's words denied or reported, not used.
            if matches!(evidence, Evidence::Deceptive(_))
                && i > 0
                && REPORTS_A_SCAM.contains(&words[i - 1])
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
