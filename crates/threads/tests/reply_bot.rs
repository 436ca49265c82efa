//! Accounts that behave like machines, in a synthetic stream of three days: a reply bot
//! that answers every mention of "vacuum" within a minute from five templates, among 30
//! chatty people, 20 occasional posters and a brand posting offers in its own feed.

use chrono::{DateTime, Utc};
use discern_posts::Post;
use discern_threads::{AccountProfile, AccountTracker};

/// Midnight UTC, 14 November 2023.
const DAY0: i64 = 1_699_920_000;
const DAY: i64 = 86_400;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const NOUNS: &[&str] = &[
    "garden",
    "kettle",
    "train",
    "match",
    "recipe",
    "bike",
    "novel",
    "concert",
    "rain",
    "coffee",
    "meeting",
    "puppy",
    "bread",
    "movie",
    "holiday",
    "office",
    "printer",
    "lecture",
    "marathon",
    "bakery",
    "neighbour",
    "election",
    "harbour",
    "museum",
    "podcast",
    "winter",
];
const VERBS: &[&str] = &[
    "loved",
    "missed",
    "fixed",
    "burnt",
    "finished",
    "started",
    "watched",
    "cleaned",
    "found",
    "lost",
    "painted",
    "booked",
    "cancelled",
    "tried",
    "planned",
    "forgot",
];
const EXTRAS: &[&str] = &[
    "honestly",
    "after work",
    "with my sister",
    "again",
    "this morning",
    "for the first time",
    "in the end",
    "by accident",
    "on the way home",
    "before lunch",
    "at last",
    "somehow",
];

/// A person's sentence: different words every time.
fn chatter(rng: &mut Rng) -> String {
    format!(
        "{} the {} {} and then the {} {}, {}",
        rng.pick(&["I", "We", "My dad", "Finally", "Today I"]),
        rng.pick(NOUNS),
        rng.pick(VERBS),
        rng.pick(NOUNS),
        rng.pick(VERBS),
        rng.pick(EXTRAS)
    )
}

/// A post that mentions the product, in one of its variants.
fn vacuum_post(rng: &mut Rng) -> String {
    let variant = rng.pick(&["vacuum", "vacuums", "vacuum cleaner", "Vacuum"]);
    format!(
        "{} {} {} the {}, {}",
        rng.pick(&[
            "Anyone else think my",
            "Why does my",
            "Our new",
            "Ugh, the old"
        ]),
        variant,
        rng.pick(&[
            "hates",
            "ate",
            "cannot handle",
            "scared the cat near",
            "died under"
        ]),
        rng.pick(NOUNS),
        rng.pick(EXTRAS)
    )
}

const BOT_TEMPLATES: &[&str] = &[
    "@{} sounds like you need a cordless model, see https://suckpower.example/deal",
    "Hey @{} we solved exactly that for thousands of homes: https://suckpower.example/deal",
    "@{} have you tried a bagless one? 20% off today https://suckpower.example/deal",
    "So sorry to hear @{}! Our experts recommend https://suckpower.example/deal",
    "@{} our best seller never loses suction, have a look https://suckpower.example/deal",
];

/// A person's waking hours (UTC): `start + [0, 15)` hours.
fn daytime(rng: &mut Rng, day: i64, start: i64) -> i64 {
    DAY0 + day * DAY + (start + rng.below(15) as i64) * 3_600 + rng.below(3_600) as i64
}

struct Event {
    at: i64,
    post: Post,
}

fn post(id: String, author: &str, parent: Option<&str>, at: i64, text: String) -> Event {
    Event {
        at,
        post: Post {
            author: Some(author.to_string()),
            parent_id: parent.map(str::to_string),
            created_at: DateTime::<Utc>::from_timestamp(at, 0),
            ..Post::new(id, text)
        },
    }
}

/// The whole stream, in time order; the bot's replies are the posts with ids `bot-…`.
fn stream() -> Vec<Post> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut events: Vec<Event> = Vec::new();
    let humans: Vec<String> = (0..30).map(|i| format!("human{i}")).collect();
    // The people's own posts and their replies to each other, in their daytime.
    let mut originals: Vec<(String, i64)> = Vec::new();
    for (h, name) in humans.iter().enumerate() {
        let wake = 6 + (h as i64 % 4);
        for day in 0..3 {
            for k in 0..4 {
                let at = daytime(&mut rng, day, wake);
                let id = format!("{name}-{day}-{k}");
                events.push(post(id.clone(), name, None, at, chatter(&mut rng)));
                originals.push((id, at));
            }
        }
    }
    for (h, name) in humans.iter().enumerate() {
        for r in 0..10 {
            let (parent, parent_at) = originals[rng.below(originals.len() as u64) as usize].clone();
            if parent.starts_with(&format!("{name}-")) {
                continue;
            }
            // Human latencies: minutes to hours, now and then under a minute.
            let latency = match rng.below(10) {
                0 => 20 + rng.below(40),
                1..=4 => 120 + rng.below(1_800),
                _ => 1_800 + rng.below(10_800),
            } as i64;
            events.push(post(
                format!("{name}-r{r}"),
                name,
                Some(&parent),
                parent_at + latency,
                chatter(&mut rng),
            ));
        }
        let _ = h;
    }
    // Fifty people mention the product: the 30 in their daytime, 20 occasional posters at
    // any hour (they live everywhere).
    let mentioners: Vec<String> = humans
        .iter()
        .cloned()
        .chain((0..20).map(|i| format!("occasional{i}")))
        .collect();
    let mut mentions = Vec::new();
    for (m, name) in mentioners.iter().enumerate() {
        for k in 0..2 {
            let at = if m < humans.len() {
                let day = rng.below(3) as i64;
                daytime(&mut rng, day, 6 + (m as i64 % 4))
            } else {
                DAY0 + rng.below(3 * DAY as u64) as i64
            };
            let id = format!("{name}-vac{k}");
            events.push(post(id.clone(), name, None, at, vacuum_post(&mut rng)));
            mentions.push((id, name.clone(), at));
        }
    }
    // The bot answers every one of them within 30–60 s, templates in rotation.
    for (i, (parent, to, at)) in mentions.iter().enumerate() {
        let text = BOT_TEMPLATES[i % BOT_TEMPLATES.len()].replace("{}", to);
        events.push(post(
            format!("bot-{i}"),
            "suckpower_help",
            Some(parent),
            at + 30 + rng.below(31) as i64,
            text,
        ));
    }
    // The brand: offers in its own feed every 3–5 hours, day and night, by a scheduler.
    let products = ["cordless X2", "robot R7", "upright U1", "handheld H3"];
    let mut at = DAY0 + 1_800;
    let mut k = 0;
    while at < DAY0 + 3 * DAY {
        let text = match k % 3 {
            0 => format!(
                "This week only: {}% off the {} https://brightvac.example/offers",
                10 + rng.below(30),
                rng.pick(&products)
            ),
            1 => format!(
                "New in store: the {} is here, free delivery https://brightvac.example/new",
                rng.pick(&products)
            ),
            _ => format!(
                "Tip of the day: empty the bin of your {} after every {} rooms https://brightvac.example/tips",
                rng.pick(&products),
                2 + rng.below(3)
            ),
        };
        events.push(post(format!("brand-{k}"), "brightvac", None, at, text));
        at += 3 * 3_600 + rng.below(2 * 3_600) as i64;
        k += 1;
    }
    events.sort_by_key(|e| e.at);
    events.into_iter().map(|e| e.post).collect()
}

fn profiles() -> Vec<AccountProfile> {
    let mut tracker = AccountTracker::default();
    for p in stream() {
        tracker.observe(&p, None);
    }
    tracker.finish()
}

fn find<'a>(profiles: &'a [AccountProfile], author: &str) -> &'a AccountProfile {
    profiles
        .iter()
        .find(|p| p.author == author)
        .unwrap_or_else(|| panic!("{author} not profiled"))
}

#[test]
fn the_reply_bot_scores_highest_and_the_brand_does_not() {
    let profiles = profiles();
    let bot = find(&profiles, "suckpower_help");
    assert_eq!(bot.posts, 100);
    assert!(bot.automation >= 0.9, "{bot:#?}");
    let top = profiles
        .iter()
        .max_by(|a, b| a.automation.total_cmp(&b.automation))
        .unwrap();
    assert_eq!(top.author, "suckpower_help", "{top:#?}");
    let runner_up = profiles
        .iter()
        .filter(|p| p.author != "suckpower_help")
        .map(|p| p.automation)
        .fold(0.0f32, f32::max);
    assert!(runner_up < 0.5, "runner-up {runner_up}");

    let brand = find(&profiles, "brightvac");
    assert!(brand.posts >= 15, "{brand:#?}");
    assert!(brand.automation < 0.5, "{brand:#?}");

    // The evidence is the reply bot's, each with its numbers.
    let r = &bot.reply_behaviour;
    assert_eq!(r.within_minute_share, 1.0, "{r:#?}");
    assert_eq!(r.stranger_share, 1.0, "{r:#?}");
    assert!(r.templated_share >= 0.9, "{r:#?}");
    // 100 replies over 72 hours, following the mentions: a quiet hour or three by chance
    // (fewer people post at night), never a night's six.
    assert!(r.longest_quiet_hours <= 3, "{r:#?}");
    assert!(
        bot.reasons
            .iter()
            .any(|s| s.contains("strangers within five minutes")),
        "{:?}",
        bot.reasons
    );
    assert!(
        bot.reasons.iter().any(|s| s.contains("vacuum")),
        "{:?}",
        bot.reasons
    );
}

#[test]
fn keyword_triggers_find_the_bots_replies_and_name_the_stem() {
    let profiles = profiles();
    let bot = find(&profiles, "suckpower_help");
    let k = bot
        .keyword_triggers
        .as_ref()
        .unwrap_or_else(|| panic!("{bot:#?}"));
    assert_eq!(
        k.trigger_words.first().map(String::as_str),
        Some("vacuum"),
        "{k:?}"
    );
    assert!(f64::from(k.replies) >= 0.9 * bot.posts as f64, "{k:?}");
    assert_eq!(k.pitch_domain.as_deref(), Some("suckpower.example"));
    // People chatting about everything have no trigger.
    for p in profiles.iter().filter(|p| p.author.starts_with("human")) {
        assert!(p.keyword_triggers.is_none(), "{p:#?}");
    }
}

/// A person who answers quickly now and then (a third of the time within a minute), in
/// their own words, in the daytime, is not flagged.
#[test]
fn a_quick_human_is_not_flagged() {
    let mut rng = Rng(42);
    let mut tracker = AccountTracker::default();
    let mut events = Vec::new();
    for i in 0..40i64 {
        let day = i / 14;
        let at = daytime(&mut rng, day, 8);
        let parent = format!("q{i}");
        events.push(post(
            parent.clone(),
            &format!("friend{}", i % 12),
            None,
            at,
            chatter(&mut rng),
        ));
        let latency = if i % 3 == 0 {
            15 + rng.below(40)
        } else {
            90 + rng.below(5_000)
        } as i64;
        events.push(post(
            format!("a{i}"),
            "quickfingers",
            Some(&parent),
            at + latency,
            chatter(&mut rng),
        ));
    }
    events.sort_by_key(|e| e.at);
    for e in &events {
        tracker.observe(&e.post, None);
    }
    let p = tracker.profile("quickfingers").unwrap();
    let r = &p.reply_behaviour;
    // The setup is what it claims: fast replies, mostly to strangers at first.
    assert!(r.within_minute_share >= 0.3, "{r:#?}");
    assert_eq!(r.timed_replies, 40);
    assert!(p.automation < 0.5, "{p:#?}");
    assert!(r.machine_like_share < 0.1, "{r:#?}");
}

/// Five rotating templates without a link make five pitch clusters; the trigger still
/// counts them all.
#[test]
fn triggers_merge_template_clusters_without_a_link() {
    let mut rng = Rng(7);
    let mut tracker = AccountTracker::default();
    let templates = [
        "you should try the steam mop from our shop",
        "honestly nothing beats a handheld for stairs",
        "we had the same trouble until the filter was swapped",
        "a bagless upright changed everything for us",
        "robots are the answer for pet hair, trust me",
    ];
    for i in 0..30u64 {
        let at = DAY0 + i as i64 * 5_000;
        let parent = format!("m{i}");
        tracker.observe(
            &post(
                parent.clone(),
                &format!("p{i}"),
                None,
                at,
                vacuum_post(&mut rng),
            )
            .post,
            None,
        );
        tracker.observe(
            &post(
                format!("r{i}"),
                "tipster",
                Some(&parent),
                at + 40,
                templates[i as usize % 5].to_string(),
            )
            .post,
            None,
        );
    }
    let p = tracker.profile("tipster").unwrap();
    let k = p
        .keyword_triggers
        .as_ref()
        .unwrap_or_else(|| panic!("{p:#?}"));
    assert_eq!(k.trigger_words[0], "vacuum");
    assert_eq!(k.clusters, 5, "{k:?}");
    assert_eq!(k.replies, 30, "{k:?}");
}

/// A brand answering complaints in its own mentions, quickly and from templates, is not a
/// reply bot: the people it answers addressed it first, so none of them is a stranger.
#[test]
fn a_brand_answering_its_mentions_is_not_a_bot() {
    let mut rng = Rng(99);
    let mut events = Vec::new();
    let answers = [
        "So sorry @{}, please DM us your order number and we will sort it today",
        "Hi @{}, that is not the service we want to give. Send us a DM with the details",
        "Thanks for telling us @{}, our team will look into your order right away",
    ];
    for i in 0..40 {
        let day = i as i64 / 14;
        let at = daytime(&mut rng, day, 8);
        let who = format!("customer{i}");
        let complaint = format!(
            "@brightvac my {} order is {} and nobody answers the phone",
            rng.pick(&["vacuum", "filter", "robot"]),
            rng.pick(&["late", "missing", "broken"])
        );
        events.push(post(format!("c{i}"), &who, None, at, complaint));
        let latency = 60 + rng.below(240) as i64;
        let text = answers[i % answers.len()].replace("{}", &who);
        events.push(post(
            format!("b{i}"),
            "brightvac",
            Some(&format!("c{i}")),
            at + latency,
            text,
        ));
    }
    events.sort_by_key(|e| e.at);
    let mut tracker = AccountTracker::default();
    for e in &events {
        tracker.observe(&e.post, None);
    }
    let p = tracker.profile("brightvac").unwrap();
    let r = &p.reply_behaviour;
    // The setup: fast, templated replies, every one to someone who mentioned the brand.
    assert_eq!(r.addressed, 40);
    assert!(r.templated_share >= 0.9, "{r:#?}");
    assert!(r.within_five_minutes_share >= 0.99, "{r:#?}");
    assert_eq!(r.to_strangers, 0, "{r:#?}");
    assert!(p.automation < 0.5, "{p:#?}");
}
