//! The investment-testimonial scam: comments under strangers' posts that tell how much
//! the writer put in and how much came back, thanks to an account they name ("i
//! invested $600 capital and in a few days i got a return of $5946 @charlotte_lucas_trade").
//! Every part is something a person may write alone (an amount, trading, a handle); the
//! whole is the scam's shape: two amounts, the vocabulary of investing, the first person,
//! an account to contact, and no link (the account is the link).

use discern_text::{Analysis, TokenKind};

/// Words of money made through someone else's hands: the trade, its coins, its returns
/// ("my 5th payout", "i deposited €2000", "3k worth of btc as profit through her").
/// Not "return" or "received" (refunds), nor "made" or "got", anyone's verbs. A match,
/// not a list searched: it is asked of every word of every post.
fn tells_of_money_made(word: &str) -> bool {
    matches!(
        word,
        "invest"
            | "invested"
            | "investing"
            | "investment"
            | "profit"
            | "profits"
            | "payout"
            | "payouts"
            | "withdrawal"
            | "withdrawals"
            | "withdrew"
            | "deposited"
            | "trader"
            | "trading"
            | "roi"
            | "bitcoin"
            | "btc"
            | "crypto"
            | "cryptocurrency"
            | "forex"
            | "earn"
            | "earned"
            | "earning"
            | "earnings"
            | "income"
    )
}

/// The testimonial scam in fewer words than [`testifies_to_returns`] asks for: the
/// writer tells of money made ([`tells_of_money_made`]) and names, in the body of the text, the
/// account that made it ("i make $73k with @mary_s._mcclure"; "i got my 5th payout
/// #grace_annafx_"), with no link (the account is the link). The account is a mention
/// after the text's first word (a reply's leading mentions are whom it answers: "@piggyvest
/// I withdrew 370k and was not credited" is a customer) or a hashtag with an underscore,
/// the handle written so that the platform does not link it. Not a retweet ("RT
/// @investor: my retirement nest egg…"), whose handle is the author's, and not "@user",
/// the placeholder of datasets that blank every handle. Over the labelled texts it adds
/// scam wording to 179 spam comments of the Instagram scam, and to 11 texts labelled
/// otherwise (8 of them the same scam's comments labelled social by ScamSpot, 3 a
/// politician's or a customer's); leave one source out, pooled macro-F1 0.714943 →
/// 0.718354 (BENCHMARKS.md "Thirty-second session").
pub(super) fn credits_an_account(words: &[&str], analysis: &Analysis) -> bool {
    if !words
        .iter()
        .enumerate()
        .any(|(at, w)| tells_of_money_made(w) && (at == 0 || words[at - 1] != "non"))
        || !words
            .iter()
            .any(|w| matches!(*w, "i" | "my" | "me" | "ive" | "im"))
    {
        return false;
    }
    let mut past_the_addressees = false;
    let mut credits = false;
    for (at, token) in analysis.token_iter().enumerate() {
        match token.kind {
            TokenKind::Url => return false,
            TokenKind::Word if at == 0 && token.text.eq_ignore_ascii_case("rt") => return false,
            TokenKind::Mention => {
                credits |= past_the_addressees
                    && !token.text.eq_ignore_ascii_case("@user")
                    && !token.text.eq_ignore_ascii_case("@mention");
            }
            TokenKind::Hashtag => credits |= token.text.contains('_'),
            TokenKind::Punct | TokenKind::Emoji => {}
            _ => past_the_addressees = true,
        }
    }
    credits
}

/// The work-at-home scam's testimonial: someone earns an amount by the day, hour, week
/// or month, at home or online ("My neighbour earns $480 a day typing from home"; "I
/// make $85 an hour on my laptop"). `words` are the scan's (lowercase, each amount as
/// "$"). The earning verb, then within six words the amount, then within four its
/// period, and a word of where the work is done. Over the labelled texts a
/// regular-expression version of the shape finds 50 spam comments and mails, one
/// Facebook ad ("Earn up to $500 per week from home") and one person's post
/// (BENCHMARKS.md "Thirty-second session"); a wage reported without home or online ("I
/// make $15 an hour at the warehouse") is not it.
pub(super) fn claims_income_from_home(words: &[&str]) -> bool {
    // Matches, not lists searched: asked of every word of every post.
    let earns = |w: &str| {
        matches!(
            w,
            "make" | "makes" | "made" | "making" | "earn" | "earns" | "earned" | "earning"
        )
    };
    let where_done = |w: &str| {
        matches!(
            w,
            "home"
                | "online"
                | "laptop"
                | "computer"
                | "typing"
                | "internet"
                | "phone"
                | "surveys"
                | "spare"
                | "side"
                | "part"
        )
    };
    let by_the_period = |at: usize| {
        words[at..words.len().min(at + 5)].windows(2).any(|pair| {
            matches!(pair[0], "a" | "an" | "per" | "every" | "each")
                && matches!(pair[1], "day" | "hour" | "week" | "month")
        }) || words[at..words.len().min(at + 4)]
            .iter()
            .any(|w| matches!(*w, "daily" | "weekly" | "monthly" | "hourly"))
    };
    words.iter().any(|w| where_done(w))
        && words.iter().enumerate().any(|(at, w)| {
            earns(w)
                && words[at + 1..words.len().min(at + 7)]
                    .iter()
                    .position(|w| *w == "$")
                    .is_some_and(|amount| by_the_period(at + 2 + amount))
        })
}

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
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "madam", "dr",
    // The same in Spanish, German, French, Portuguese and Italian ("la señora Valeria
    // Ortiz", "Herrn Jonas Brecht").
    "sr", "sra", "señor", "señora", "dra", "herr", "herrn", "frau", "madame", "mme", "monsieur",
    "senhor", "senhora", "signora", "signor",
];

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

/// The chorus under a trading "mentor"'s testimonial, each reply from another account
/// and most with no word of trading ("@Sarah yes! I've heard of him too, Mr. Howard
/// Lane changed my life"; "How can I reach Ms. Irene Hollis?"): a titled name beside
/// words that vouch for or seek the person as others did. Not praise alone ("God bless
/// him", "the real deal", "is the best"), which people say of their doctor or of a
/// politician. In a thread the replies naming the person a testimonial there credits
/// are found without this ([`SCAM_CHAIN`](super::SCAM_CHAIN)); alone, a comment shows
/// the chorus by these words. None of the 227,354 labelled texts has one beside a title.
pub(super) fn joins_a_chorus(text: &str, words: &[&str]) -> bool {
    const CHORUS: &[&[&str]] = &[
        &["heard", "of", "him", "too"],
        &["heard", "of", "her", "too"],
        &["heard", "about", "him", "too"],
        &["heard", "about", "her", "too"],
        &["changed", "my", "life", "too"],
        &["helped", "me", "too"],
        &["how", "can", "i", "reach"],
        &["how", "do", "i", "reach"],
        &["how", "can", "i", "contact"],
        &["how", "do", "i", "contact"],
        &["being", "guided", "by"],
        &["trades", "with"],
        &["paid", "off", "my"],
        &["same", "here"],
    ];
    // One pass over the words, a run tried only where its first word stands. The
    // first words are matched by hand: indexed as the phrase lists are ([`WordRuns`]),
    // the runs cost 0.51% of classifying 30,000 thread posts (callgrind), this 0.26%.
    //
    // [`WordRuns`]: super::word_runs::WordRuns
    (0..words.len()).any(|at| {
        matches!(
            words[at],
            "heard" | "changed" | "helped" | "how" | "being" | "trades" | "paid" | "same"
        ) && CHORUS.iter().any(|run| words[at..].starts_with(run))
    }) && titled_name(text)
}

/// Whether the raw text has a title and then a capitalised name ("Mr. James").
pub(super) fn titled_name(text: &str) -> bool {
    titled_names(text).next().is_some()
}

/// The names that follow a title in the raw text ("Mrs Vivian Hartley" gives "Vivian"),
/// without the punctuation around them.
pub fn titled_names(text: &str) -> impl Iterator<Item = &str> {
    // A titled name has a capital (the name's): a text without one is skipped after one
    // pass over its bytes instead of a walk of its words.
    let may_name = text.bytes().any(|b| b.is_ascii_uppercase());
    let mut previous_is_title = false;
    let words = if may_name { text } else { "" };
    words.split_whitespace().filter_map(move |word| {
        let named = previous_is_title
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        let bare = word.trim_end_matches('.');
        // English titles are capitalised ("Mrs Evelyn", not "miss Sarah"); Spanish,
        // Portuguese and Italian ones are not ("la señora Valeria Ortiz"). Compared
        // without lowercasing a copy: every title's other letters are ASCII or "ñ".
        let is = |titles: &[&str]| titles.iter().any(|t| bare.eq_ignore_ascii_case(t));
        previous_is_title = (bare.chars().next().is_some_and(char::is_uppercase) && is(TITLES))
            || is(LOWERCASE_TITLES);
        named.then(|| word.trim_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// The titles of [`TITLES`] written in lowercase before a name in their languages.
const LOWERCASE_TITLES: &[&str] = &["señora", "señor", "senhora", "senhor", "signora", "signor"];

/// Words of the romance scam's opener: the widowed engineer on an oil rig, lonely,
/// looking for an honest woman ("If any kind and honest woman wants to chat, find me on
/// Telegram"). Each is something a person may say; with an invitation to a chat app
/// (the caller's condition) they are the script.
const ROMANCE: &[&str] = &[
    "lonely",
    "widowed",
    "widower",
    "widow",
    "soulmate",
    "honest",
    "sincere",
    "caring",
    "relationship",
    "ladies",
    "lady",
    "gentleman",
    "darling",
    "dear",
];

/// Whether the words (lowercase) tell of loneliness or look for a partner; see [`ROMANCE`].
pub(super) fn opens_a_romance_scam(words: &[&str]) -> bool {
    words.iter().any(|w| ROMANCE.contains(w))
}

/// The romance scam's opener without a chat app: a stranger alone and looking ("I am a
/// widowed engineer working offshore"; "I want to find serious man") who asks a reader
/// to write, or to be friends ("Write me on my page"; "would you like to be friends?").
/// `private` is whether the text asks for a private message. The words that say the
/// writer is alone and looking are those of [`ROMANCE`] no one says to a stranger under
/// a video or a post but the script.
pub(super) fn seeks_a_stranger(words: &[&str], private: bool) -> bool {
    let alone = words.iter().enumerate().any(|(i, word)| match *word {
        "lonely" | "widowed" | "widower" | "widow" | "soulmate" => true,
        "serious" => words
            .get(i + 1)
            .is_some_and(|next| matches!(*next, "man" | "woman")),
        _ => false,
    });
    (alone || greets_a_stranger_as_dear(words))
        && (private
            || words.windows(2).any(|pair| {
                pair == ["be", "friends"] || pair == ["know", "you"] || pair == ["your", "friend"]
            }))
}

/// The script's greeting to a stranger whose post it answers: "Hi dear", "Hello dear",
/// "Good morning dear", as its first words ("Hello dear, your thread is very nice … I
/// would like to be your friend"). People greet a stranger under a post by name or not
/// at all. (Not "Dear" alone: "Dear all, message me for the notes" opens a letter.)
fn greets_a_stranger_as_dear(words: &[&str]) -> bool {
    matches!(
        words,
        ["hi" | "hello" | "hey", "dear", ..] | ["good", "morning" | "evening" | "day", "dear", ..]
    )
}

/// Words of a reader who warns the others off a scam ("these are all fake accounts
/// replying to each other, it's a scam"; "reported"). Not "scammed": the chain's bots
/// tell how they were scammed before the credited person saved them.
const WARNINGS: &[&str] = &[
    "scam",
    "scams",
    "scammer",
    "scammers",
    "fake",
    "fraud",
    "fraudster",
    "fraudsters",
    "bot",
    "bots",
    "report",
    "reported",
    "reporting",
    "spam",
    "beware",
    "careful",
    "catfish",
    "catfishing",
    "liar",
    "lies",
    "lying",
    // A reader speaks of the chain from outside: "these accounts", "sure, totally legit".
    "accounts",
    "totally",
];

/// Words of the chain's bots backing the scam they answer: it is real and good ("She
/// is legit!!"; "Thank you Marcus"; "a wonderful man"; "she's on Telegram"), which a
/// reader asking "is this legit?" or thanking someone else says too.
const BACKING: &[&str] = &[
    "blessing",
    "blessed",
    "reach",
    "contact",
    "contacted",
    "legit",
    "genuine",
    "trustworthy",
    "recommend",
    "recommended",
    "wonderful",
    "amazing",
    "gentleman",
    "thank",
    "thanks",
    // The chat app named, which a reader who nearly wrote to it names too ("wow ok I
    // literally had the whatsapp open. thank you").
    "telegram",
    "whatsapp",
];

/// Words of the chain's bots testifying for the scam: it paid, it helped ("she helped
/// me recover everything"; "Just received mine!!"). With a person after them, of the
/// person it credits: heard of and how to reach ("I've heard so much about her" is in
/// [`backs_a_scam`]; "How do I reach her?"). A reader answering a scam with none of
/// its warnings does not tell how it paid them or ask the way to it; "reach" and
/// "heard" alone are anyone's ("i tot u reach long ago").
const TESTIFYING: &[&str] = &[
    "helped",
    "received",
    "payout",
    "payouts",
    "profit",
    "profits",
    "withdrawal",
    "withdrew",
    "invested",
];

/// How a reply to a scam backs it ([`backs_a_scam`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backing {
    /// Agrees it is real and good ([`BACKING`], or names the person it credits).
    Agrees,
    /// Testifies it paid or helped, or asks the way to it ([`TESTIFYING`]).
    Testifies,
}

/// Whether a reply to a scam backs it (words of [`BACKING`] or [`TESTIFYING`], or a
/// word `names` says is the person the scam credits) and warns of nothing
/// ([`WARNINGS`]), and how. A reader who answers a scam warns the others off it, or
/// talks of something else.
pub fn backs_a_scam(analysis: &Analysis, names: impl Fn(&str) -> bool) -> Option<Backing> {
    let mut backs = None;
    // The two words before, for "reach her", "contact him", "heard of her", "heard so
    // much".
    let (mut before, mut last) = (String::new(), String::new());
    for word in super::lowercase_words(analysis) {
        if WARNINGS.contains(&&*word) {
            return None;
        }
        let of_the_person = matches!(&*word, "her" | "him" | "them" | "she" | "he");
        let asks_the_way = of_the_person
            && (matches!(&*last, "reach" | "contact" | "contacted" | "message")
                || matches!((&*before, &*last), ("heard", "of" | "about")));
        let heard_much = before == "heard" && last == "so" && word == "much";
        if TESTIFYING.contains(&&*word) || asks_the_way || heard_much {
            backs = Some(Backing::Testifies);
        } else if backs.is_none() && (BACKING.contains(&&*word) || names(&word)) {
            backs = Some(Backing::Agrees);
        }
        before = std::mem::replace(&mut last, word.into_owned());
    }
    backs
}

/// Whether a text offers tickets its writer will not use ("I have 2 standing tickets I
/// can't use anymore", "an extra ticket, my friend dropped out", "tickets for sale"):
/// with a move to a private channel, under the post of someone who asked nothing, the
/// ticket scam's reply to everyone who says a show sold out (`bench/bots-fresh6`). A
/// fan selling her own spare says so in her own post, where people can see the sale.
pub(crate) fn offers_spare_tickets(analysis: &Analysis) -> bool {
    let mut tickets = false;
    let mut disposal = false;
    let mut previous = "";
    for (token, lower) in analysis.token_iter_lower() {
        let Some(word) = lower.filter(|_| token.kind == TokenKind::Word) else {
            previous = "";
            continue;
        };
        tickets |= matches!(word, "ticket" | "tickets");
        disposal |= matches!(word, "spare" | "extra" | "selling")
            || matches!(
                (previous, word),
                ("can't" | "cant" | "cannot", "use" | "make" | "go")
                    | ("dropped", "out")
                    | ("for", "sale")
            );
        previous = word;
    }
    tickets && disposal
}

#[cfg(test)]
mod tests {
    use super::{backs_a_scam, joins_a_chorus, offers_spare_tickets, testifies_to_an_expert};
    use crate::evidence::lowercase_words;
    use discern_text::Analysis;

    fn backs(text: &str) -> bool {
        backs_a_scam(&Analysis::new(text), |word| word == "sandra").is_some()
    }

    #[test]
    fn a_bot_who_backs_the_scam_is_told_from_a_reader_who_warns_or_talks() {
        for backing in [
            "She is legit!! I was scammed twice before I met her and she helped me",
            "Is she on Telegram? How do I reach her?",
            "Richard is a wonderful man, we talk every day now, don't be shy ladies",
            "I've heard so much about Sandra Whitlock! Her strategy is the best",
        ] {
            assert!(backs(backing), "{backing}");
        }
        for reader in [
            "ladies this is a romance scam, please don't message him. Thanks",
            "@GrandpaGrills no!! these are all FAKE accounts, don't contact them",
            "Reported. Everyone else please do the same",
            "word for word the same as the noodle video. Marcus you need new material",
            "lmao the vultures are fast today",
        ] {
            assert!(!backs(reader), "{reader}");
        }
    }

    #[test]
    fn a_bot_testifies_how_the_scam_paid_and_a_reader_only_agrees_or_asks() {
        use super::Backing;
        let how = |text: &str| backs_a_scam(&Analysis::new(text), |_| false);
        for testimony in [
            "She helped me too, I just paid off my mortgage!",
            "Wow, I've heard so much about her on the news. How can I reach her?",
            "Just received my third payout this morning",
        ] {
            assert_eq!(how(testimony), Some(Backing::Testifies), "{testimony}");
        }
        for agreeing in [
            "is this legit? sounds too good",
            "Huh so slow i tot u reach long ago liao",
            "So blessed I met Astrid!! Just love her big heart!",
            "wow ok I literally had the whatsapp open. thank you",
        ] {
            assert_eq!(how(agreeing), Some(Backing::Agrees), "{agreeing}");
        }
    }

    fn words(text: &str) -> Vec<String> {
        text.replace('\'', "")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// `judge` of the text's words as the scan gives them (lowercase, apostrophes out).
    fn with_words<T>(text: &str, judge: impl FnOnce(&[&str]) -> T) -> T {
        let owned = words(text);
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        judge(&words)
    }

    fn credits(text: &str) -> bool {
        with_words(text, |words| {
            super::credits_an_account(words, &Analysis::new(text))
        })
    }

    #[test]
    fn a_writer_who_made_money_through_a_named_account_is_the_scam() {
        for scam in [
            "i have made over $73k in profits with @mary_s._mcclure",
            "god bless you maam, believed in her until i got my 5th payout #grace_annafx_",
            "if you're not investing with @crypto_first_preneur you're missing out, i got 3k of btc",
        ] {
            assert!(credits(scam), "{scam}");
        }
        for person in [
            // A customer's leading mention is whom the reply answers.
            "@piggyvest I withdrew 370k from my wallet 5 hours ago and was not credited",
            // A retweet's handle is its author's.
            "RT @jessi_moorhouse: Investing is so much easier now, my nest egg grew",
            "My plan to invest in transit, briefed @johntory today https://example.org/plan",
            "I started a non-profit for homeless people. @ED_JevonMartin",
            "I'm trading my old bike for this one #bmw",
        ] {
            assert!(!credits(person), "{person}");
        }
    }

    fn income(text: &str) -> bool {
        with_words(text, |words| {
            // The scan writes each amount as "$".
            let words: Vec<&str> = words
                .iter()
                .map(|w| {
                    if w.starts_with(|c: char| c.is_ascii_digit()) {
                        "$"
                    } else {
                        w
                    }
                })
                .collect();
            super::claims_income_from_home(&words)
        })
    }

    #[test]
    fn an_income_by_the_day_from_home_is_the_work_at_home_scam() {
        for scam in [
            "My neighbour earns 480 a day typing from home. Look: dailytypejobs.info",
            "I make 85 an hour on my laptop, no experience needed",
            "my aunt is making 9000 every month online just from surveys",
        ] {
            assert!(income(scam), "{scam}");
        }
        for person in [
            "I make 15 an hour at the warehouse and rent went up again",
            "made 40 at the bake sale, home by noon",
        ] {
            assert!(!income(person), "{person}");
        }
    }

    fn expert(text: &str) -> bool {
        with_words(text, |words| testifies_to_an_expert(text, words))
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

    #[test]
    fn spare_tickets_are_offered_by_a_writer_who_will_not_use_them() {
        let offers = |t: &str| offers_spare_tickets(&Analysis::new(t));
        assert!(offers(
            "Hi! I have 2 standing tickets I can't use anymore, DM me"
        ));
        assert!(offers(
            "hey I have an extra ticket for Glasgow, my friend dropped out"
        ));
        assert!(offers("I've got tickets for sale if you still need them"));
        // Tickets without a writer giving them up, or a spare something else.
        assert!(!offers("Got tickets for Friday! So excited"));
        assert!(!offers("I have a spare room if you need a place to stay"));
    }

    fn chorus(text: &str) -> bool {
        let analysis = Analysis::new(text);
        let words: Vec<String> = lowercase_words(&analysis)
            .map(|w| w.replace('\'', ""))
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        joins_a_chorus(text, &words)
    }

    #[test]
    fn a_reply_vouching_for_a_titled_stranger_joins_the_chorus() {
        assert!(chorus(
            "@Priya yes I've heard of her too, Mrs Daniela Ross changed my life"
        ));
        assert!(chorus(
            "How can I reach Mr. Colin Ashby? Everyone here mentions him"
        ));
        assert!(chorus(
            "Same here, Dr. Felix Marlowe helped me too, God bless"
        ));
    }

    #[test]
    fn thanks_to_a_doctor_or_praise_of_a_politician_is_not_a_chorus() {
        assert!(!chorus("Dr. Garza changed my life, best orthodontist ever"));
        assert!(!chorus("God bless Mr. Rogers, the real deal"));
        assert!(!chorus("Same here, my cousin helped me too"));
    }
}
