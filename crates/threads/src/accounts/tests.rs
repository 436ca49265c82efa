use super::*;
use chrono::{DateTime, Utc};

fn at(secs: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0)
}

fn by(author: &str, id: &str, text: &str) -> Post {
    Post {
        author: Some(author.into()),
        ..Post::new(id, text)
    }
}

proptest::proptest! {
    /// Counting a segment's keys in the table is sorting and deduplicating them.
    #[test]
    fn distinct_is_sort_and_dedup(keys in proptest::collection::vec(proptest::prelude::any::<u32>(), 0..=100), repeat in 0usize..100) {
        // Repeats and clustered keys (the same top byte) as well as random ones.
        let mut keys = keys;
        let extra: Vec<u32> = keys.iter().take(repeat).map(|k| k ^ 1).collect();
        keys.extend(extra);
        keys.truncate(SEGMENT_WORDS);
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        proptest::prop_assert_eq!(distinct(&keys), sorted.len());
    }
}

#[test]
fn distinct_counts_zero_and_full_segments() {
    assert_eq!(distinct(&[]), 0);
    assert_eq!(distinct(&[0, 0, u32::MAX, 0]), 2);
    let same_top: Vec<u32> = (0..100).collect();
    assert_eq!(distinct(&same_top), 100);
    assert_eq!(distinct(&[7; 100]), 1);
}

#[test]
fn content_mix_flags_80_20() {
    let mut t = AccountTracker::default();
    for i in 0..10 {
        let label = if i < 7 { "social" } else { "marketing" };
        t.observe(&by("brand", &i.to_string(), "hello"), Some(label));
    }
    let p = t.profile("brand").unwrap();
    assert!((p.content_mix.promotional_share - 0.3).abs() < 1e-6);
    assert!(p.content_mix.over_80_20);
}

#[test]
fn templates_and_regular_cadence_look_automated() {
    let mut t = AccountTracker::default();
    for i in 0..30 {
        let mut post = by(
            "bot",
            &format!("p{i}"),
            &format!("@user{i} win a free phone today, only {i} left at bit.ly/x{i}"),
        );
        post.created_at = at(1_700_000_000 + i * 600);
        t.observe(&post, Some("spam"));
    }
    let p = t.finish().remove(0);
    assert!(
        p.duplicates.template_reuse_share > 0.9,
        "{:?}",
        p.duplicates
    );
    assert_eq!(p.cadence.interval_cv, Some(0.0));
    assert!(p.automation > 0.9, "{p:#?}");
    assert!(p.reasons.iter().any(|r| r.contains("template")));
    assert!(p.reasons.iter().any(|r| r.contains("every 600 s")));
}

#[test]
fn bursts_are_counted_once_per_run() {
    let mut t = AccountTracker::default();
    for i in 0..12 {
        let mut post = by("fast", &format!("p{i}"), "x");
        let base = if i < 6 { 0 } else { 10_000 };
        post.created_at = at(1_700_000_000 + base + i);
        t.observe(&post, None);
    }
    let p = t.finish().remove(0);
    assert_eq!(p.cadence.bursts, 2);
    assert_eq!(p.cadence.posts_in_bursts, 12);
}

#[test]
fn parent_cache_is_bounded() {
    let mut t = AccountTracker::new(AccountConfig {
        parent_cache: 100,
        ..AccountConfig::default()
    });
    for i in 0..1000 {
        t.observe(&by("a", &i.to_string(), "some words here"), None);
    }
    assert_eq!(t.cached_posts(), 100);
}

fn reply(author: &str, id: &str, parent: &str, secs: i64, text: &str) -> Post {
    Post {
        parent_id: Some(parent.into()),
        created_at: at(secs),
        ..by(author, id, text)
    }
}

/// Latency comes from the cached parent's time; a reply before its parent (clock
/// skew) is not timed.
#[test]
fn reply_latency_from_the_parent() {
    let mut t = AccountTracker::default();
    let base = 1_700_000_000;
    for (i, delay) in [30i64, 45, 200, 7_200, -10].into_iter().enumerate() {
        let root = Post {
            created_at: at(base + i as i64 * 10_000),
            ..by(
                &format!("asker{i}"),
                &format!("q{i}"),
                "anyone know a good kettle",
            )
        };
        t.observe(&root, None);
        t.observe(
            &reply(
                "answerer",
                &format!("a{i}"),
                &format!("q{i}"),
                base + i as i64 * 10_000 + delay,
                "try the steel one",
            ),
            None,
        );
    }
    let r = t.profile("answerer").unwrap().reply_behaviour;
    assert_eq!(r.addressed, 5);
    assert_eq!(r.timed_replies, 4);
    assert_eq!(r.within_minute_share, 0.5);
    assert_eq!(r.within_five_minutes_share, 0.75);
    assert_eq!(r.latency_histogram.iter().sum::<u32>(), 4);
}

/// A reply to someone who addressed the author before is not to a stranger; the first
/// contact is, and so is a mention of someone new.
#[test]
fn strangers_are_those_who_never_addressed_the_author() {
    let mut t = AccountTracker::default();
    t.observe(&by("ann", "1", "my garden is flooded again"), None);
    t.observe(&by("bob", "2", "@ann that sounds awful, pumps help"), None);
    // Ann answers Bob, who mentioned her: not a stranger.
    t.observe(
        &reply("ann", "3", "2", 0, "thanks, borrowing one tomorrow"),
        None,
    );
    // Bob replies to Ann's thanks: Ann replied to him, not a stranger either.
    t.observe(&reply("bob", "4", "3", 0, "good luck with the water"), None);
    // Ann replies to Carol, who never addressed her.
    t.observe(&by("carol", "5", "new post about compost"), None);
    t.observe(&reply("ann", "6", "5", 0, "compost saved my soil"), None);
    let ann = t.profile("ann").unwrap().reply_behaviour;
    assert_eq!((ann.addressed, ann.to_strangers), (2, 1));
    let bob = t.profile("bob").unwrap().reply_behaviour;
    // The mention of Ann was a first contact; the reply was not.
    assert_eq!((bob.addressed, bob.to_strangers), (2, 1));
}

/// The same destination in reply after reply is counted apart from the feed: a brand
/// linking its own site from its own posts has no addressed-message domain at all.
#[test]
fn link_repetition_in_messages_to_others() {
    let mut t = AccountTracker::default();
    for i in 0..10 {
        t.observe(
            &by(&format!("u{i}"), &format!("q{i}"), "my kettle broke today"),
            None,
        );
        t.observe(
            &reply(
                "dropper",
                &format!("d{i}"),
                &format!("q{i}"),
                0,
                &format!("fixed mine with https://parts.example/k{i} honestly"),
            ),
            None,
        );
        t.observe(
            &by(
                "shop",
                &format!("s{i}"),
                &format!("new kettles in https://shop.example/n{i}"),
            ),
            None,
        );
    }
    let d = t.profile("dropper").unwrap();
    assert_eq!(
        d.reply_behaviour.top_domain.as_deref(),
        Some("parts.example")
    );
    assert_eq!(d.reply_behaviour.top_domain_share, 1.0);
    assert!(
        d.reasons
            .iter()
            .any(|r| r.contains("messages to others link parts.example")),
        "{:?}",
        d.reasons
    );
    let s = t.profile("shop").unwrap();
    assert_eq!(s.reply_behaviour.addressed, 0);
    assert_eq!(s.reply_behaviour.top_domain, None);
    assert_eq!(s.links.top_domain.as_deref(), Some("shop.example"));
}

/// A scheduler posting one template to its own site every ten minutes, addressing no
/// one: the feed evidence is all there and is capped under 0.5. The same posts sent to
/// people (`templates_and_regular_cadence_look_automated`) score above 0.9.
#[test]
fn own_feed_evidence_is_capped() {
    let mut t = AccountTracker::default();
    for i in 0..30 {
        let mut post = by(
            "scheduler",
            &format!("p{i}"),
            &format!("win a free phone today, only {i} left at https://shop.example/x{i}"),
        );
        post.created_at = at(1_700_000_000 + i * 600);
        t.observe(&post, None);
    }
    let p = t.finish().remove(0);
    assert!(p.duplicates.template_reuse_share > 0.9);
    assert!(p.automation < 0.5, "{p:#?}");
    assert!(p.automation >= 0.3, "{p:#?}");
    assert!(
        p.reasons.iter().any(|r| r.contains("every 600 s")),
        "{:?}",
        p.reasons
    );
}

/// Replies in the small hours and the day alike leave no quiet hour among the
/// addressed messages.
#[test]
fn addressed_messages_around_the_clock() {
    let mut t = AccountTracker::default();
    // Midnight UTC, 15 November 2023.
    let base = 1_700_006_400;
    for i in 0..48 {
        let root = Post {
            created_at: at(base + i * 3_600),
            ..by(
                &format!("u{i}"),
                &format!("r{i}"),
                "question about my order",
            )
        };
        t.observe(&root, None);
        t.observe(
            &reply(
                "desk",
                &format!("x{i}"),
                &format!("r{i}"),
                base + i * 3_600 + 40,
                &format!("ticket {i} opened for you"),
            ),
            None,
        );
    }
    let profile = t.profile("desk").unwrap();
    let r = &profile.reply_behaviour;
    assert_eq!(r.longest_quiet_hours, 0);
    assert_eq!(r.timed_addressed, 48);
    assert!(around_the_clock(&profile), "{:?}", profile.reasons);
}

/// A person's archive: 48 answers over two years, at every hour of the day by the end
/// (a night owl, a holiday abroad). Hours pooled over years are no day: they do not say
/// "around the clock".
#[test]
fn answers_spread_over_years_are_not_around_the_clock() {
    let mut t = AccountTracker::default();
    let base = 1_600_000_000;
    for i in 0..48 {
        // Fifteen days and one hour apart: every hour of the day comes round.
        let when = base + i * (15 * 86_400 + 3_600);
        let root = Post {
            created_at: at(when),
            ..by(
                &format!("u{i}"),
                &format!("r{i}"),
                "anyone been to the coast lately?",
            )
        };
        t.observe(&root, None);
        t.observe(
            &reply(
                "walker",
                &format!("x{i}"),
                &format!("r{i}"),
                when + 1_800,
                &format!("went last week, the tide was {i} metres out"),
            ),
            None,
        );
    }
    let profile = t.profile("walker").unwrap();
    assert!(profile.reply_behaviour.addressed_days > 700.0);
    assert!(!around_the_clock(&profile), "{:?}", profile.reasons);
}

/// Whether the automation score's reasons say the account answers or posts around the
/// clock.
fn around_the_clock(profile: &AccountProfile) -> bool {
    profile
        .reasons
        .iter()
        .any(|why| why.contains("around the clock"))
}

/// An engagement bot: praise that fits any post ("So true! 💯"), varied so no template
/// repeats, under strangers' posts within minutes. A person answering the same
/// strangers as fast, but about what they said, is not one.
#[test]
fn fast_praise_to_strangers_looks_automated() {
    let praise = [
        "Great thread! 🔥",
        "So true! 💯",
        "Love this 🙌",
        "Wow, amazing!!",
        "This is gold 🔖",
        "Needed this today 🙏",
    ];
    let answers = [
        "the flood gauge on Mill Road read two metres at noon",
        "our library moved the knitting circle to Thursdays",
        "bring the cuttings in before the frost on Friday",
        "my grandfather built that bridge in nineteen sixty",
        "the ferry timetable changes again next month",
        "compost the leaves, skip the walnut ones",
    ];
    let mut t = AccountTracker::default();
    let base = 1_700_000_000;
    for i in 0..6i64 {
        let root = Post {
            created_at: at(base + i * 20_000),
            ..by(
                &format!("poster{i}"),
                &format!("r{i}"),
                "the river rose again overnight",
            )
        };
        t.observe(&root, None);
        for (who, text) in [
            ("booster", praise[i as usize]),
            ("neighbour", answers[i as usize]),
        ] {
            t.observe(
                &reply(
                    who,
                    &format!("{who}{i}"),
                    &format!("r{i}"),
                    base + i * 20_000 + 90,
                    text,
                ),
                None,
            );
        }
    }
    let bot = t.profile("booster").unwrap();
    assert_eq!(bot.reply_behaviour.fast_empty_stranger_share, 1.0);
    assert_eq!(bot.duplicates.template_reuse_share, 0.0);
    assert!(bot.automation > 0.8, "{bot:#?}");
    assert!(bot.reasons[0].contains("say nothing of their own"));
    let person = t.profile("neighbour").unwrap();
    assert_eq!(person.reply_behaviour.fast_empty_stranger_share, 0.0);
    assert!(person.automation < 0.3, "{person:#?}");
}
