//! The judgement, as `data/LABELS.md` defines it, from three factors scored apart:
//!
//! - **promotes** (`p`): the text is for drawing attention to a brand, product, service
//!   or cause. The text model's `P(marketing) + P(spam)` in log-odds, plus the
//!   [`Evidence`](crate::evidence::Evidence) found in the text and the author's details,
//!   minus a fixed amount when the post offers nothing a reader could act on
//!   ([`NOTHING_TO_ACT_ON`]): the model reads style, and polished prose is not a pitch.
//!   The model knows English: for a text in another language its reading counts half
//!   ([`FOREIGN_READING`]).
//! - **belongs** (`b`): the post fits where it landed. A post on its own, or in its
//!   author's own channel, belongs (`b = 1`). A reply in someone else's thread belongs
//!   as far as it was asked for (the post it answers asked for recommendations or
//!   addressed its author: `b = ½ + ½·t`) or, unasked, as far as it takes part in the
//!   thread, capped at [`UNSOLICITED`] (`b = 0.3·t`), where `t` is [`takes_part`] of its
//!   relevance. A cause asking in its own voice belongs as far as it takes part
//!   (`b = t`: a candidate's ask on the story's topic). Praise that fits any page takes
//!   part in nothing.
//! - **sent by** (`a`): automated or deceptive sending: the text model's share of spam
//!   within promotion (scam and prize wording, templates; none for a text not in
//!   English), the author's automation score, a filled-in honeypot; combined as a
//!   noisy-OR.
//!
//! Spam is promotion that does not belong, or automated or deceptive promotion;
//! marketing is promotion that belongs; social is the rest. With the factors taken as
//! independent probabilities:
//!
//! ```text
//! P(social)    = 1 − p
//! P(marketing) = p · b · (1 − a)
//! P(spam)      = p · (1 − b · (1 − a))
//! ```
//!
//! and the label is the most probable. On a post alone with no evidence this gives back
//! the text model's own probabilities exactly (`p = m + s`, `b = 1`, `a = s / (m + s)`).

use crate::Verdict;
use crate::evidence::Found;

/// Log-odds taken off `promotes` when a post offers nothing to act on (no link,
/// contact, price, code, call to action, ask or business voice) and its author is not
/// a business. A post on its own may still promote a brand in words alone (a brand's
/// "Our new flavour is here"), so the shift is small there; a reply in a thread that
/// offers nothing to act on is taking part in a conversation, so it is larger.
///
/// Chosen leave-one-source-out (`python3 bench/rejudge.py`, BENCHMARKS.md "Seventh
/// session"): pooled macro-F1 is 0.5891 at 1.5, 0.5979 at 0.5 and 0.6005 at 0; at 0
/// polished prose with nothing to act on ("In this essay I want to argue…") reads as
/// marketing again, so 0.5.
///
/// In a thread the shift is larger and shrinks only half as far with spam wording
/// ([`WORDING_IN_THREAD`]): of the held-out texts judged spam with nothing to act on, 2,236
/// were social, 294 marketing and 229 spam. Chosen leave-one-source-out
/// (`bench/rejudge.py`, `NOTHING_TO_ACT_ON_IN_THREAD` and `WORDED_SCALES_SHIFT`,
/// BENCHMARKS.md "Tenth session"): pooled macro-F1 at shift 3.5 / 5 is 0.6634 / 0.6682
/// with the wording counted whole, 0.6641 / 0.6690 at half, 0.6643 / 0.6688 not at all;
/// above 5 the mail and SMS sources lose.
pub const NOTHING_TO_ACT_ON: f32 = 0.5;
pub const NOTHING_TO_ACT_ON_IN_THREAD: f32 = 5.0;
/// See [`NOTHING_TO_ACT_ON`].
pub const WORDING_IN_THREAD: f32 = 0.5;

/// How far the text model's confidence that a reply promotes counts in a thread (not a
/// message in an inbox). The model learned what a text is for mostly from posts on their
/// own: under someone else's post its reading of topic and style (political words, slang,
/// a product named in passing) says less of a pitch than the evidence does, and read whole
/// it made reader comments on political articles campaign spam. Only positive log-odds
/// are shrunk: shrinking the model's confidence that a reply does *not* promote let any
/// link in a conversation make it a pitch (SpamAssassin's real mailing-list replies, all
/// people, `python3 bench/mail_threads.py`: 109 of 1,476 called spam before, 166 with both
/// sides halved, 107 with this).
///
/// Chosen leave-one-source-out (`bench/rejudge.py`, `THREAD_SCALE`, BENCHMARKS.md
/// "Twelfth session"): pooled macro-F1 0.6640 without it, 0.6681 at 0.7, 0.6702 at 0.5,
/// 0.6705 at 0.3; half, as the curve flattens (reader comments 0.874 → 0.948 held out).
/// Messages keep the whole: an inbox's spam is told by its wording.
pub const TEXT_IN_THREAD: f32 = 0.5;

/// The most the text model's doubt that a reply promotes counts in a thread, in
/// log-odds: 99 to 1 (ln 99). Promotion by its own words ("sub my channel", praise left
/// to place a link: 5.0) must outweigh a model that never saw the platform's slang and
/// reads it as conversation at 10,000 to 1. Chosen leave-one-source-out
/// (`bench/rejudge.py`, `FLOOR`, BENCHMARKS.md "Twelfth session"): pooled macro-F1 0.6709
/// uncapped or at 6, 0.6715 at 4.6 and at 3.5 (YouTube 0.787 → 0.798); real mailing-list
/// replies unchanged.
pub const TEXT_DOUBT_IN_THREAD: f32 = 4.595;

/// How far an unsolicited promotional reply belongs, at best: a pitch nobody asked for
/// under someone else's post is the definition's "unsolicited" spam, however on topic.
pub const UNSOLICITED: f32 = 0.3;

/// Belonging of praise that fits any page ("great read", "very informative"): it takes
/// part in no particular conversation.
pub const GENERIC_PRAISE: f32 = 0.1;

/// How surely scam or counterfeit wording ([`crate::evidence::Evidence::Deceptive`]) says
/// deceptive sending: one such phrase is not proof (a person may quote a scam), so it is
/// strong but not certain.
pub const DECEPTIVE_WORDING: f32 = 0.8;

/// Where the post landed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Setting {
    /// No conversation around it: a text judged alone.
    Alone,
    /// A top-level post, or a reply in a thread its author started.
    OwnChannel,
    /// A reply in someone else's thread, with its relevance to the thread (when known)
    /// and whether the post it answers asked for something.
    Reply {
        relevance: Option<f32>,
        solicited: bool,
    },
}

/// What is known of a post's surroundings beyond its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Context {
    pub setting: Setting,
    /// The author's automation score (0–1), when their history is known.
    pub automation: f32,
    /// A form field hidden from people was filled in.
    pub honeypot: bool,
    /// The post answers another one (in its own channel or someone else's).
    pub reply: bool,
    /// The post is a message received (an e-mail, an SMS, a contact form), not a reply
    /// in a thread people read.
    pub inbox: bool,
}

impl Context {
    pub fn alone() -> Self {
        Context {
            setting: Setting::Alone,
            automation: 0.0,
            honeypot: false,
            reply: false,
            inbox: false,
        }
    }
}

/// The three factors of a verdict, with the text model's own probabilities they
/// started from (written as the verdict's `factors`, without the text scores).
#[derive(Debug, Clone, PartialEq)]
pub struct Factors {
    pub promotes: f32,
    pub belongs: f32,
    pub sent_by: f32,
    pub setting: Setting,
    /// The promotional evidence found, in words.
    pub evidence: Vec<String>,
    /// The text model's probabilities (marketing, social, spam), before context.
    pub text: TextScores,
    /// The evidence itself, so a later judgement of the same post (in its thread, or
    /// with an Akismet request's surroundings) reuses it instead of finding it again.
    pub found: Found,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TextScores {
    pub marketing: f32,
    pub social: f32,
    pub spam: f32,
}

fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The share of the text model's log-odds that counts for a text not in English
/// ([`crate::evidence::Found::foreign`]).
pub const FOREIGN_READING: f32 = 0.5;

/// How far a reply at `relevance` takes part in its thread: a logistic curve fitted on
/// replies in their own thread against the same replies moved to another thread
/// (`python3 bench/mail_threads.py`: 1,476 mailing-list replies of the SpamAssassin
/// corpus, each in its own thread and moved under another; logistic regression).
pub fn takes_part(relevance: f32) -> f32 {
    sigmoid((relevance - TAKES_PART_MIDPOINT) * TAKES_PART_SLOPE)
}

/// See [`takes_part`].
pub const TAKES_PART_MIDPOINT: f32 = 0.059;
pub const TAKES_PART_SLOPE: f32 = 35.7;

/// Judges `verdict` (made by the text model, or judged before with less context) from
/// its factors: sets its scores, label, `factors` and the reason first in `signals`.
/// Models without the three labels are left as they are.
pub fn apply(verdict: &mut Verdict, found: &Found, context: &Context) {
    let text = match &verdict.factors {
        Some(factors) => factors.text,
        None => match text_scores(verdict) {
            Some(text) => text,
            None => return,
        },
    };
    let in_thread = context.reply || matches!(context.setting, Setting::Reply { .. });
    // A reply people read in a thread, as against a message in an inbox.
    let conversing = in_thread && !context.inbox;
    // The model knows English: its reading of a text in another language (most often
    // "conversation", with false confidence) counts half, and the evidence decides
    // more. Measured leave-one-source-out (BENCHMARKS.md, twenty-second session):
    // pooled macro-F1 0.71007 with the reading kept, 0.71045 halved, 0.71049 set
    // aside; set aside, one price made a person's complaint about the price of bread
    // an ad (`bench/probes-fresh10`), so half.
    let foreign = found.foreign.is_some();
    let read = logit(text.marketing + text.spam);
    let read = if foreign {
        FOREIGN_READING * read
    } else {
        read
    };
    // Only the model's confidence that a reply promotes is shrunk: shrinking its
    // confidence that one does not would let any link in a conversation make it a pitch.
    let read = if conversing {
        if read > 0.0 {
            TEXT_IN_THREAD * read
        } else {
            read.max(-TEXT_DOUBT_IN_THREAD)
        }
    } else {
        read
    };
    let mut z = read + found.weight();
    // Praise that fits any page, left with a link or a website, is there to place that
    // link (`data/LABELS.md`): the link is what it offers, wherever it sits. In a
    // conversation a price is what something cost ("it cost me $40"), not on its own
    // an offer (`bench/rejudge.py`, BENCHMARKS.md "Twelfth session": pooled macro-F1
    // 0.6635 → 0.6640, the travel forum 0.857 → 0.875; in an inbox it stays one).
    let acts = found.text_promotes(conversing)
        || found.commercial_author()
        || found.placement()
        || found.offer_with_a_website();
    // The text model's share of spam within promotion: what its wording says of the
    // sender (scam, prize and "check out my channel" templates).
    // Its spam share of a text it cannot read says nothing of the sender: there the
    // deception and template evidence and the author's behaviour decide (with the
    // reading set aside, pooled 0.71048 with the share halved, 0.71049 without it).
    let worded = if foreign {
        0.0
    } else {
        text.spam / (text.marketing + text.spam).max(1e-6)
    };
    if !acts {
        // Polished prose with nothing to act on is not a pitch; spam wording with nothing
        // to act on may still be one ("sub to my channel" spelled a hundred ways), so the
        // shift shrinks as the wording reads like spam: wholly alone, by half in a
        // thread, where the model's spam share on text it never saw is mostly its
        // reading of @-mentions and slang.
        // A person's own feed is their side of a conversation with their followers:
        // a post there that offers nothing to act on is judged as a reply in a thread
        // is (the retired engineer's "Great news! There is also a PDP-6 core for the
        // DE10 nano. <link>", which the model reads as a launch).
        z -= if in_thread || found.in_a_persons_feed() {
            NOTHING_TO_ACT_ON_IN_THREAD * (1.0 - WORDING_IN_THREAD * worded)
        } else {
            NOTHING_TO_ACT_ON * (1.0 - worded)
        };
    }
    let promotes = sigmoid(z);
    let belongs = match context.setting {
        Setting::Alone | Setting::OwnChannel => 1.0,
        Setting::Reply {
            relevance,
            solicited,
        } => {
            let part = relevance.map_or(0.5, takes_part);
            // An answer to someone who asked for it, or who addressed the author, belongs
            // even in other words than the question's; a pitch nobody asked for belongs
            // at most as far as UNSOLICITED. A business answering a customer was asked
            // by the customer's complaint, whether or not that message is in the input.
            let b = if solicited || found.answers_customer() {
                0.5 + 0.5 * part
            } else if found.asks_for_its_cause() || found.declares_a_tie() {
                // A cause asking for votes or money is marketing (`data/LABELS.md`)
                // where it is on the topic: a candidate under the story about the
                // closure she would reverse. threads-native 4/7/8 +5, nothing fell.
                // So is a business whose staff declare their tie ("Full disclosure, I
                // work at a feed & seed store") answering on the thread's topic: the
                // undisclosed tie is what makes a recommendation spam.
                part
            } else {
                UNSOLICITED * part
            };
            // A business thanking its customer ("Great picture, thanks for sharing!
            // *TMB") answers them, however generic the words.
            if found.generic_praise() && !found.answers_customer() {
                b.min(GENERIC_PRAISE)
            } else {
                b
            }
        }
    };
    // Raised by scam wording the model may not know (pharma, phishing, giveaway
    // scams), deceptive by the label definition, and by a comment-spam kit's template,
    // which software sent.
    // A business answering a customer shares the words of SMS and comment spam ("DM us
    // your details"), so the model's spam share says nothing of its sender there; who
    // sent it is judged from the author (automation) and explicit deception alone.
    // Measured leave-one-source-out with brand answers judged as lone replies
    // (`bench/rejudge.py`, BENCHMARKS.md "Eighth session"): pooled macro-F1 0.5918 with
    // the wording kept, 0.5966 without.
    let worded_sender = if found.answers_customer() {
        0.0
    } else {
        worded
    };
    // A referral code left in someone else's conversation hides the writer's tie.
    let hides_a_tie =
        conversing && !matches!(context.setting, Setting::OwnChannel) && found.undisclosed_tie();
    let deceptive = if found.deceptive() || found.template() || hides_a_tie {
        1.0 - (1.0 - worded_sender) * (1.0 - DECEPTIVE_WORDING)
    } else {
        worded_sender
    };
    let honeypot = if context.honeypot { 1.0 } else { 0.0 };
    let sent_by =
        1.0 - (1.0 - deceptive) * (1.0 - context.automation.clamp(0.0, 1.0)) * (1.0 - honeypot);
    let marketing = promotes * belongs * (1.0 - sent_by);
    let spam = promotes * (1.0 - belongs * (1.0 - sent_by));
    let social = 1.0 - promotes;
    set_scores(
        verdict,
        TextScores {
            marketing,
            social,
            spam,
        },
    );
    verdict.label = if social >= marketing && social >= spam {
        "social"
    } else if spam >= marketing {
        "spam"
    } else {
        "marketing"
    }
    .into();
    let evidence: Vec<String> = found.items.iter().map(|e| e.describe()).collect();
    let factors = Factors {
        promotes,
        belongs,
        sent_by,
        setting: context.setting,
        evidence,
        text,
        found: found.clone(),
    };
    let reason = reason(&verdict.label, &factors, acts, context);
    // Each judgement states itself first; a later judgement (with more context)
    // replaces an earlier one's reason.
    if let Some(old) = verdict
        .factors
        .as_ref()
        .and_then(|_| verdict.signals.first())
        && old.starts_with(REASON_PREFIX)
    {
        verdict.signals.remove(0);
    }
    verdict.signals.insert(0, reason);
    verdict.factors = Some(factors);
}

/// Sets aside the text model's reading of a verdict's post, for a judgement that
/// follows: even odds of promotion, its spam and marketing shares alike. For a text the
/// model cannot read (a comment in a language the site does not use, which the English
/// model reads as conversation with false confidence), the evidence decides.
pub fn set_aside_the_reading(verdict: &mut Verdict) {
    let even = TextScores {
        marketing: 0.25,
        social: 0.5,
        spam: 0.25,
    };
    match verdict.factors.as_mut() {
        Some(factors) => factors.text = even,
        None => set_scores(verdict, even),
    }
}

/// Writes three probabilities into a verdict's scores, each under its label.
fn set_scores(verdict: &mut Verdict, scores: TextScores) {
    for (label, score) in &mut verdict.scores {
        *score = match label.as_str() {
            "marketing" => scores.marketing,
            "spam" => scores.spam,
            _ => scores.social,
        };
    }
}

/// The text model's three probabilities, or `None` for a model without exactly the
/// three labels (which [`apply`] leaves as it is).
pub fn text_scores(verdict: &Verdict) -> Option<TextScores> {
    let (Some(marketing), Some(social), Some(spam)) = (
        verdict.try_score("marketing"),
        verdict.try_score("social"),
        verdict.try_score("spam"),
    ) else {
        return None;
    };
    (verdict.scores.len() == 3).then_some(TextScores {
        marketing,
        social,
        spam,
    })
}

/// Every reason starts with this, so a later judgement can replace it.
const REASON_PREFIX: &str = "judged: ";

fn reason(label: &str, f: &Factors, acts: bool, context: &Context) -> String {
    // Written into one string piece by piece: a `format!` per part and `{:.2}` through
    // the formatter took ~3,000 instructions a post (callgrind), more than the
    // judgement's arithmetic.
    let mut out = String::with_capacity(192);
    out.push_str(REASON_PREFIX);
    out.push_str(label);
    out.push_str(" — ");
    if acts {
        out.push_str("promotes (");
        push_hundredths(&mut out, f.promotes);
        out.push_str(": ");
        push_joined(&mut out, f.evidence.iter().take(3).map(String::as_str));
        out.push(')');
    } else {
        // What weighed without being something to act on is named too: a business's own
        // voice for it, a person's family against it.
        out.push_str("offers nothing to act on (promotes ");
        push_hundredths(&mut out, f.promotes);
        let mut weighed = f
            .found
            .items
            .iter()
            .filter(|e| e.weight() != 0.0)
            .take(3)
            .peekable();
        if weighed.peek().is_some() {
            out.push_str(": ");
            for (i, evidence) in weighed.enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&evidence.describe());
            }
        }
        out.push(')');
    }
    out.push_str(", ");
    match f.setting {
        Setting::Alone => out.push_str("judged alone"),
        Setting::OwnChannel => out.push_str("in the author's own channel"),
        Setting::Reply {
            relevance,
            solicited,
        } => {
            out.push_str(if context.inbox {
                "in someone else's inbox, "
            } else {
                "in someone else's thread, "
            });
            out.push_str(if solicited {
                "asked for"
            } else if f.found.answers_customer() {
                "answering a customer"
            } else {
                "unsolicited"
            });
            match relevance {
                Some(r) => {
                    out.push_str(", relevance ");
                    push_hundredths(&mut out, r);
                }
                None => out.push_str(", relevance unknown"),
            }
            out.push_str(" (belongs ");
            push_hundredths(&mut out, f.belongs);
            out.push(')');
        }
    }
    // Who sent it only matters for promotion: a person's chat that the spam model
    // finds SMS-like is not "worded like spam".
    if f.promotes < 0.5 {
        // Nothing said of the sender (written so that a NaN falls through as before).
    } else if context.honeypot {
        out.push_str(", sent by a bot (honeypot filled in)");
    } else if context.automation >= 0.5 {
        out.push_str(", from an automated account (");
        push_hundredths(&mut out, context.automation);
        out.push(')');
    } else if f.found.template() {
        out.push_str(", sent from a comment-spam template");
    } else if f.sent_by >= 0.5 {
        out.push_str(", worded like spam (");
        push_hundredths(&mut out, f.sent_by);
        out.push(')');
    }
    out
}

fn push_joined<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
}

/// Appends `value` as `format!("{value:.2}")` does. Probabilities (0 to 1) are written
/// digit by digit: an `f32` times 100 is exact in an `f64` (24 bits of mantissa and 7
/// of the factor fit in 53), and the formatter rounds the exact value half to even, as
/// `round_ties_even` does (checked for every `f32` from 0 to 1 when this was written;
/// the test below checks the ties and a sample). Anything else goes through the
/// formatter.
pub(crate) fn push_hundredths(out: &mut String, value: f32) {
    if !(value.is_sign_positive() && value <= 1.0) {
        use std::fmt::Write;
        let _ = write!(out, "{value:.2}");
        return;
    }
    let hundredths = (f64::from(value) * 100.0).round_ties_even() as u32;
    out.push(char::from(b'0' + (hundredths / 100) as u8));
    out.push('.');
    out.push(char::from(b'0' + (hundredths / 10 % 10) as u8));
    out.push(char::from(b'0' + (hundredths % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{Evidence, Found};

    fn verdict(marketing: f32, social: f32, spam: f32) -> Verdict {
        Verdict {
            id: "1".into(),
            label: "social".into(),
            scores: vec![
                ("marketing".into(), marketing),
                ("social".into(), social),
                ("spam".into(), spam),
            ],
            signals: Vec::new(),
            relevance: None,
            author_flags: Vec::new(),
            factors: None,
        }
    }

    fn link() -> Found {
        Found {
            items: vec![Evidence::Link("shop.example".into())],
            ..Found::default()
        }
    }

    /// The model reads a text in another language as conversation with false
    /// confidence: there its reading counts half, and its spam wording nothing.
    #[test]
    fn a_text_not_in_english_is_judged_by_its_evidence() {
        let ask = Found {
            items: vec![
                Evidence::DonationAsk("doe agora"),
                Evidence::Link("aguaviva.example".into()),
            ],
            foreign: Some("no English function words"),
            ..Found::default()
        };
        let mut appeal = verdict(0.11, 0.70, 0.19);
        apply(&mut appeal, &ask, &Context::alone());
        assert_eq!(appeal.label, "marketing", "{appeal:?}");
        let nothing = Found {
            foreign: Some("no English function words"),
            ..Found::default()
        };
        let mut chat = verdict(0.6, 0.3, 0.1);
        apply(&mut chat, &nothing, &Context::alone());
        assert_eq!(chat.label, "social", "{chat:?}");
        // Half the model's reading still stands against one weak sign: a person's
        // complaint about the price of bread is no ad.
        let priced = Found {
            items: vec![Evidence::Price],
            foreign: Some("no English function words"),
            ..Found::default()
        };
        let mut complaint = verdict(0.04, 0.95, 0.01);
        apply(&mut complaint, &priced, &Context::alone());
        assert_eq!(complaint.label, "social", "{complaint:?}");
    }

    #[test]
    fn a_text_alone_with_evidence_keeps_the_models_split() {
        // p = m + s, b = 1, a = s/(m+s): marketing = m·(...), spam = s·(...) — the
        // evidence only raises p, the split between them stays the model's.
        let mut v = verdict(0.3, 0.5, 0.2);
        apply(&mut v, &link(), &Context::alone());
        let (m, s) = (v.score("marketing"), v.score("spam"));
        assert!(((m / (m + s)) - 0.6).abs() < 1e-4, "{v:?}");
        assert_eq!(v.label, "marketing");
    }

    #[test]
    fn the_same_pitch_is_spam_under_someone_elses_post_and_marketing_in_its_own_feed() {
        let reply = Context {
            setting: Setting::Reply {
                relevance: Some(0.3),
                solicited: false,
            },
            ..Context::alone()
        };
        let mut under_essay = verdict(0.8, 0.15, 0.05);
        apply(&mut under_essay, &link(), &reply);
        assert_eq!(under_essay.label, "spam", "{under_essay:?}");
        let own = Context {
            setting: Setting::OwnChannel,
            ..Context::alone()
        };
        let mut in_feed = verdict(0.8, 0.15, 0.05);
        apply(&mut in_feed, &link(), &own);
        assert_eq!(in_feed.label, "marketing");
        assert!(in_feed.signals[0].starts_with("judged: marketing"));
    }

    /// `data/LABELS.md`: a cause asking for votes or money is marketing, and whether it
    /// belongs is relevance. A candidate's own ask on the topic of the story belongs; the
    /// same ask under an unrelated post does not, nor does an account pushing someone
    /// else's candidate.
    #[test]
    fn a_causes_own_ask_on_the_threads_topic_belongs_there() {
        let reply = |relevance| Context {
            setting: Setting::Reply {
                relevance: Some(relevance),
                solicited: false,
            },
            reply: true,
            ..Context::alone()
        };
        let own = Found {
            items: vec![
                Evidence::PoliticalAsk("i'm running for"),
                Evidence::Link("arroyoforlibraryboard.example".into()),
            ],
            ..Found::default()
        };
        let mut on_topic = verdict(0.8, 0.15, 0.05);
        apply(&mut on_topic, &own, &reply(0.2));
        assert_eq!(on_topic.label, "marketing", "{on_topic:?}");
        let mut off_topic = verdict(0.8, 0.15, 0.05);
        apply(&mut off_topic, &own, &reply(0.0));
        assert_eq!(off_topic.label, "spam", "{off_topic:?}");
        let pushed = Found {
            items: vec![
                Evidence::PoliticalAsk("vote for"),
                Evidence::DonationAsk("chip in"),
                Evidence::Link("halvorsen-victory.example".into()),
            ],
            ..Found::default()
        };
        let mut pusher = verdict(0.8, 0.15, 0.05);
        apply(&mut pusher, &pushed, &reply(0.2));
        assert_eq!(pusher.label, "spam", "{pusher:?}");
    }

    #[test]
    fn a_reply_that_offers_nothing_is_conversation_however_polished() {
        let reply = Context {
            setting: Setting::Reply {
                relevance: Some(0.02),
                solicited: false,
            },
            ..Context::alone()
        };
        let mut v = verdict(0.9, 0.08, 0.02);
        apply(&mut v, &Found::default(), &reply);
        assert_eq!(v.label, "social", "{v:?}");
    }

    /// Under someone else's post the text model's reading counts half and a price is
    /// what something cost; in an inbox the same text keeps both.
    #[test]
    fn a_reply_weighs_the_text_model_half_and_a_price_as_conversation() {
        let lone_reply = |inbox| Context {
            setting: Setting::Reply {
                relevance: None,
                solicited: false,
            },
            reply: true,
            inbox,
            ..Context::alone()
        };
        let price = Found {
            items: vec![Evidence::Price],
            ..Found::default()
        };
        // P(promotion) 0.999 from the text: political words in a reader's comment.
        let mut comment = verdict(0.989, 0.001, 0.01);
        apply(&mut comment, &price, &lone_reply(false));
        assert_eq!(comment.label, "social", "{comment:?}");
        assert!(comment.signals[0].contains("offers nothing to act on"));
        let mut message = verdict(0.989, 0.001, 0.01);
        apply(&mut message, &price, &lone_reply(true));
        assert_eq!(message.label, "spam", "{message:?}");
        assert!(message.signals[0].contains("promotes (1.00: a price)"));
    }

    /// A plain link in a reply that says something of its own is a source shared; the
    /// same link with a few words is a link dropped.
    #[test]
    fn a_link_shared_in_a_reply_that_says_something_is_not_a_pitch() {
        let reply = Context {
            setting: Setting::Reply {
                relevance: None,
                solicited: false,
            },
            reply: true,
            ..Context::alone()
        };
        let linked = |words| Found {
            items: vec![Evidence::Link("transit.example".into())],
            words,
            ..Found::default()
        };
        // The model reads travel directions as an advertisement.
        let mut answer = verdict(0.6, 0.35, 0.05);
        apply(&mut answer, &linked(crate::evidence::SAYS_ITS_OWN), &reply);
        assert_eq!(answer.label, "social", "{answer:?}");
        let mut dropped = verdict(0.6, 0.35, 0.05);
        apply(&mut dropped, &linked(3), &reply);
        assert_eq!(dropped.label, "spam", "{dropped:?}");
        // A link to the commenter's own website is a link placed, however much is said.
        let mut own = verdict(0.6, 0.35, 0.05);
        let placed = Found {
            items: vec![
                Evidence::Link("www.transit.example".into()),
                Evidence::AuthorUrl("transit.example".into()),
            ],
            words: crate::evidence::SAYS_ITS_OWN,
            ..Found::default()
        };
        apply(&mut own, &placed, &reply);
        assert_eq!(own.label, "spam", "{own:?}");
        // On its own the same link is something to act on.
        let mut alone = verdict(0.6, 0.35, 0.05);
        apply(
            &mut alone,
            &linked(crate::evidence::SAYS_ITS_OWN),
            &Context::alone(),
        );
        assert_eq!(alone.label, "marketing", "{alone:?}");
    }

    /// A referral code answering someone who asked for recommendations hides the writer's
    /// tie: spam, though it was asked for; disclosed (#ad), it is marketing.
    #[test]
    fn a_referral_code_in_someone_elses_thread_hides_a_tie() {
        let asked = Context {
            setting: Setting::Reply {
                relevance: Some(0.3),
                solicited: true,
            },
            reply: true,
            ..Context::alone()
        };
        let coded = |disclosed: bool| Found {
            items: [Evidence::Link("budgetapp.example".into()), Evidence::Code]
                .into_iter()
                .chain(disclosed.then_some(Evidence::Disclosure("#ad")))
                .collect(),
            words: 30,
            ..Found::default()
        };
        let mut hidden = verdict(0.8, 0.15, 0.05);
        apply(&mut hidden, &coded(false), &asked);
        assert_eq!(hidden.label, "spam", "{hidden:?}");
        let mut disclosed = verdict(0.8, 0.15, 0.05);
        apply(&mut disclosed, &coded(true), &asked);
        assert_eq!(disclosed.label, "marketing", "{disclosed:?}");
        // In the author's own channel a code is their own offer.
        let own = Context {
            setting: Setting::OwnChannel,
            reply: true,
            ..Context::alone()
        };
        let mut offer = verdict(0.8, 0.15, 0.05);
        apply(&mut offer, &coded(false), &own);
        assert_eq!(offer.label, "marketing", "{offer:?}");
    }

    /// A comment-spam kit's sentence left with the commenter's website reads, to the text
    /// model, like a friendly person; it is there to place the website all the same.
    #[test]
    fn a_template_that_places_a_website_is_spam_however_friendly_it_reads() {
        let reply = Context {
            setting: Setting::Reply {
                relevance: None,
                solicited: false,
            },
            ..Context::alone()
        };
        let placed = Found {
            items: vec![
                Evidence::SpamTemplate("from an established blog"),
                Evidence::AuthorUrl("kathysdecor.example".into()),
                Evidence::PraiseForPlacement,
            ],
            ..Found::default()
        };
        let mut v = verdict(0.01, 0.98, 0.01);
        apply(&mut v, &placed, &reply);
        assert_eq!(v.label, "spam", "{v:?}");
        // Without the website in the text it is the kit's all the same: its sentences
        // are written to carry a name or link placed in the comment's fields.
        let mut alone = verdict(0.01, 0.98, 0.01);
        let template = Found {
            items: vec![Evidence::SpamTemplate("from an established blog")],
            ..Found::default()
        };
        apply(&mut alone, &template, &reply);
        assert_eq!(alone.label, "spam", "{alone:?}");
    }

    #[test]
    fn a_second_judgement_starts_from_the_text_model_and_replaces_the_reason() {
        let mut v = verdict(0.3, 0.5, 0.2);
        apply(&mut v, &link(), &Context::alone());
        let reply = Context {
            setting: Setting::Reply {
                relevance: Some(0.0),
                solicited: false,
            },
            ..Context::alone()
        };
        apply(&mut v, &link(), &reply);
        assert_eq!(v.label, "spam");
        assert_eq!(
            v.signals
                .iter()
                .filter(|s| s.starts_with(REASON_PREFIX))
                .count(),
            1
        );
        assert_eq!(v.factors.as_ref().unwrap().text.marketing, 0.3);
    }

    #[test]
    fn hundredths_are_written_as_the_formatter_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            0.125,
            0.375,
            0.625,
            0.875,
            0.005,
            0.015,
            0.995,
            0.994_999_97,
            1.000_000_1,
            -0.004,
            2.5,
            f32::NAN,
            f32::INFINITY,
        ];
        // A sample of every f32 in [0, 1], stepping through the bit patterns.
        values.extend((0..=1.0f32.to_bits()).step_by(997).map(f32::from_bits));
        let mut ours = String::new();
        for value in values {
            ours.clear();
            push_hundredths(&mut ours, value);
            assert_eq!(ours, format!("{value:.2}"), "{value:e}");
        }
    }
}
