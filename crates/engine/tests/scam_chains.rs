//! Scam chains under a video or a post: a testimonial credits a person and bot accounts
//! answer it in support, each reply alone a friendly stranger; readers who answer warn
//! the others off it. Each runs the shipped model and the conversation exactly as
//! `discern classify` does.

mod common;

use common::{Thread, label_of};

#[test]
fn a_scam_testimonials_chain_is_spam_in_every_voice() {
    // The testimonial is spam by its shape; the bot accounts that answer it read, alone,
    // like happy customers, and are known by the name they repeat.
    let mut t = Thread::new();
    t.post(
        "video",
        "TrailFixTV",
        0,
        "How to replace a worn bike chain in ten minutes, with the two tools you need.",
    );
    t.reply(
        "v1",
        "video",
        "Sam",
        30,
        "Great tip about checking the chain stretch first, saved me a new cassette",
    );
    t.reply(
        "scam",
        "video",
        "Danielle Cooper",
        45,
        "Watching this while my portfolio works for me. Last year I was drowning in debt until I was introduced to Mrs Vivian Hartley, who manages my investment now. Started with $2,500 and withdrew $38,000 in 6 weeks. God bless her",
    );
    t.reply(
        "echo",
        "scam",
        "Kevin Marsh",
        47,
        "Wow you know Mrs Vivian Hartley too?? She changed my life completely, I just received my third payout this morning",
    );
    t.reply(
        "contact",
        "echo",
        "Danielle Cooper",
        50,
        "@KevinMarsh she is the best!! For those asking she's on Telegram @VivianHartleyFx just tell her I referred you",
    );
    t.reply(
        "v2",
        "video",
        "Priya",
        60,
        "Does this work on an 11-speed chain too or do I need a different tool?",
    );
    let judged = t.judged();
    for id in ["scam", "echo", "contact"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
    for id in ["v1", "v2"] {
        assert_eq!(label_of(&judged, id).label, "social", "{id}");
    }
}

#[test]
fn bots_that_back_a_scam_without_naming_anyone_are_spam_and_readers_who_warn_are_not() {
    // The chain's replies need not repeat the credited name: "Is she on Telegram?",
    // "She is legit!!". What tells them from readers is that they back the scam.
    let mut t = Thread::new();
    t.post(
        "video",
        "TablaTamsin",
        0,
        "Chilli oil three ways: the fried garlic one is my favourite, recipe below.",
    );
    t.reply(
        "scam",
        "video",
        "PatriciaLondon_88",
        30,
        "Tried this tonight 😊 Speaking of blessings, a friend introduced me to Ms. Sandra Whitlock. \
         She taught me crypto trading step by step and now I make weekly profits. \
         She's on Telegram @SandraWhitlock_Official",
    );
    t.reply(
        "asks",
        "scam",
        "Emily_Watson_1983",
        31,
        "Is she on Telegram? How do I reach her? I really need help with my finances",
    );
    t.reply(
        "legit",
        "scam",
        "Lindsey.Parks-b9j",
        33,
        "She is legit!! I was scammed twice before I met her and she helped me recover everything",
    );
    t.reply(
        "warns",
        "scam",
        "siobhan_bakes",
        40,
        "these are all fake accounts replying to each other, please don't contact her",
    );
    t.reply(
        "aside",
        "scam",
        "kofi_eats",
        41,
        "word for word the same comment as under the noodle video, you need new material",
    );
    let judged = t.judged();
    for id in ["scam", "asks", "legit"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
    for id in ["warns", "aside"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
    }
}

/// The scam's author goes on in its thread with no scam words of its own ("She's on
/// Telegram, just search …"): every word of it is the scam's.
#[test]
fn a_scams_author_going_on_in_the_thread_is_the_scam() {
    let mut t = Thread::new();
    t.post(
        "video",
        "WrenLearns",
        0,
        "365 days of Portuguese: what worked, what didn't, and what I'd do again.",
    );
    t.reply(
        "scam",
        "video",
        "eleanor.whitcombe2291",
        20,
        "Learning a new language is great, but what really changed my life was investing. I started with $4,000 and now I earn $18,500 every month thanks to Mrs. Vivienne Ashcombe. She's a licensed expert 🙏",
    );
    t.reply(
        "ask",
        "scam",
        "patricia_moss7741",
        25,
        "How can I reach her please? I've been looking for someone honest",
    );
    t.reply(
        "contact",
        "ask",
        "eleanor.whitcombe2291",
        27,
        "Just search VivienneAshcombeFX 👍",
    );
    t.reply(
        "viewer",
        "video",
        "tomas.luz",
        40,
        "Your r in carro at 12:40 is honestly great, but everyone says tô instead of eu estou",
    );
    let judged = t.judged();
    for id in ["scam", "contact"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
    assert_eq!(label_of(&judged, "viewer").label, "social");
}

/// The chain's bots testify in a line a friendly stranger could write ("I've heard so
/// much about her from my church group"; "He helped my sister pay off her mortgage"):
/// telling how the scam paid, or hearing of the person it credits, is the chain's
/// testimony however social the words. A reader who asks whether it is legit, or who
/// nearly wrote to the chat app, only agrees or talks.
#[test]
fn bots_testifying_for_a_scam_in_friendly_words_are_spam_and_readers_asking_are_not() {
    let mut t = Thread::new();
    t.post(
        "video",
        "PorchSwingDIY",
        0,
        "Rebuilding a porch swing from reclaimed cedar, with the hardware list below.",
    );
    t.reply(
        "scam",
        "video",
        "Margaret_Ellison_77",
        30,
        "Lovely work 😊 I was struggling until a friend introduced me to Mr Howard Bellamy, \
         he trades for me now and I withdrew $14,000 last month. God bless him",
    );
    t.reply(
        "heard",
        "scam",
        "DeborahK_1961",
        31,
        "Is he the one in Boston? I've heard so much about him from my church group.",
    );
    t.reply(
        "sister",
        "scam",
        "Ronald.Pierce-4kd",
        33,
        "I've heard of him too, he's the best! He helped my sister pay off her mortgage",
    );
    t.reply(
        "asks",
        "scam",
        "cedar_and_sawdust",
        50,
        "is this legit? sounds too good. anyway the swing looks great, thanks for the list",
    );
    let judged = t.judged();
    for id in ["heard", "sister"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
    let asks = label_of(&judged, "asks");
    assert_eq!(asks.label, "social", "{:?}", asks.signals);
}
