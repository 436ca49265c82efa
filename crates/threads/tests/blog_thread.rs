//! A hand-written blog thread: an essay, thoughtful replies, a brand's generic praise with a
//! link, consultancy link drops that borrow the topic's words, and pingbacks; plus a reply
//! bot that drops the same pitch under many threads that share a trigger word.

use std::collections::HashMap;

use discern_posts::{Post, PostKind};
use discern_threads::{AccountTracker, PostAnnotations, ThreadIndex, build_forest, render_thread};

const ESSAY: &str = "Why most brands get social media wrong. Social media was built for people \
    talking to people, and social marketing is the art of joining that conversation without \
    hijacking it. The 80/20 guidance says four posts in five should inform, help or entertain, \
    and only one should sell. Brands that invert the ratio train their followers to scroll \
    past. Worse are the accounts that drop links under other people's posts: a comment that \
    says nothing about the post is not engagement, it is spam wearing a name tag. Measure \
    replies, saves and conversations started, not impressions.";

fn post(id: &str, author: &str, parent: Option<&str>, text: &str) -> Post {
    Post {
        author: Some(author.into()),
        parent_id: parent.map(Into::into),
        thread_id: Some("essay".into()),
        kind: if parent.is_some() {
            PostKind::Reply
        } else {
            PostKind::Post
        },
        ..Post::new(id, text)
    }
}

fn blog() -> Vec<Post> {
    let mut pingback = post(
        "ping",
        "marketingdigest.example",
        Some("essay"),
        "[…] a sharp essay on why brands get social media wrong and what the 80/20 guidance \
         means for posting ratios […]",
    );
    pingback.kind = PostKind::Pingback;
    vec![
        post("essay", "joanne", None, ESSAY),
        post(
            "thoughtful",
            "marc",
            Some("essay"),
            "The 80/20 ratio matches what we saw: when our brand posted offers every day, \
             replies and saves dropped and followers scrolled past. Measuring conversations \
             started instead of impressions changed what we post.",
        ),
        post(
            "answer",
            "joanne",
            Some("thoughtful"),
            "Thanks Marc. Conversations started is the hardest measure to fake, which is why \
             I like it more than impressions.",
        ),
        post(
            "question",
            "priya",
            Some("essay"),
            "Does the 80/20 guidance hold for a small brand whose followers mostly want \
             offers? Our replies are mostly questions about prices.",
        ),
        post(
            "brand_praise",
            "shinyvacuums",
            Some("essay"),
            "Great read, thanks! www.shinyvacuums.com",
        ),
        post(
            "link_drop",
            "growthagency",
            Some("essay"),
            "Social media marketing is hard! Our agency grows followers fast, book a call: \
             growthhackers.io/call",
        ),
        pingback,
    ]
}

#[test]
fn relevance_orders_the_blog_thread() {
    let posts = blog();
    let mut index = ThreadIndex::default();
    for p in &posts {
        index.add(p).unwrap();
    }
    let score = |id: &str| index.score(id).unwrap().score;
    let (thoughtful, answer, question) = (score("thoughtful"), score("answer"), score("question"));
    let (praise, drop, ping) = (score("brand_praise"), score("link_drop"), score("ping"));
    for on_topic in [thoughtful, question] {
        assert!(on_topic > drop, "{on_topic} vs link drop {drop}");
        assert!(on_topic > praise, "{on_topic} vs praise {praise}");
    }
    assert!(answer > praise);
    assert!(
        drop > praise,
        "borrowing the topic's words earns something: {drop} vs {praise}"
    );
    assert!(praise < 0.1, "generic praise is not relevance: {praise}");
    assert!(
        ping > praise,
        "a pingback quoting the essay is on topic: {ping}"
    );
    assert!(index.score("essay").is_none());

    let forest = build_forest(&posts);
    assert!(forest.issues.is_empty());
    let mut notes = HashMap::new();
    for p in &posts {
        notes.insert(
            p.id.clone(),
            PostAnnotations {
                label: None,
                relevance: index.score(&p.id).map(|r| r.score),
            },
        );
    }
    let text = render_thread(&forest, &forest.threads[0], &posts, &notes, 72);
    assert_eq!(text.lines().count(), posts.len());
    assert!(text.lines().all(|l| l.chars().count() <= 72));
    assert!(text.contains("│  └─ joanne"), "{text}");
}

const TOPICS: &[(&str, &str)] = &[
    (
        "a",
        "My SEO checklist for a bakery website: page speed, local listings, photos.",
    ),
    (
        "b",
        "Is SEO dead now that search answers questions directly? I doubt it.",
    ),
    (
        "c",
        "We fixed our SEO by deleting two hundred thin pages nobody read.",
    ),
    (
        "d",
        "SEO for podcasts: transcripts help more than keywords in titles.",
    ),
    ("e", "Our SEO agency promised page one in a week. Red flag?"),
    (
        "f",
        "Hiking the Cairngorms in October: bring layers and a map.",
    ),
];

#[test]
fn keyword_triggered_reply_bot_is_flagged() {
    let mut tracker = AccountTracker::default();
    const HUMAN_REPLIES: &[&str] = &[
        "Photos made the biggest difference for our bakery too.",
        "Search still sends us most of our visitors, so no.",
        "Deleting pages felt scary but our traffic recovered in a month.",
        "Transcripts also make the episodes accessible, double win.",
        "Yes, nobody can promise page one. Walk away.",
        "October up there can turn to snow quickly, take spikes.",
    ];
    for (i, (id, text)) in TOPICS.iter().enumerate() {
        tracker.observe(&post(id, &format!("author{i}"), None, text), Some("social"));
        // A real person answers each post in their own words.
        tracker.observe(
            &post(
                &format!("{id}-human"),
                "helpfulhuman",
                Some(id),
                HUMAN_REPLIES[i],
            ),
            Some("social"),
        );
    }
    for (i, (id, _)) in TOPICS.iter().take(5).enumerate() {
        tracker.observe(
            &post(
                &format!("{id}-bot"),
                "rankfast",
                Some(id),
                &format!(
                    "Struggling with rankings? Our experts boost your traffic {}x, guaranteed \
                     results: rankfast.co/offer",
                    i + 2
                ),
            ),
            Some("spam"),
        );
    }
    let profiles = tracker.finish();
    let bot = profiles.iter().find(|p| p.author == "rankfast").unwrap();
    let triggers = bot
        .keyword_triggers
        .as_ref()
        .unwrap_or_else(|| panic!("{bot:#?}"));
    assert_eq!(triggers.parents, 5);
    assert_eq!(triggers.trigger_words, ["seo"]);
    assert_eq!(triggers.pitch_domain.as_deref(), Some("rankfast.co"));
    assert!(bot.automation > 0.5, "{bot:#?}");
    assert!(
        bot.reasons.iter().any(|r| r.contains("seo")),
        "{:?}",
        bot.reasons
    );
    assert!(bot.content_mix.over_80_20);
    let human = profiles
        .iter()
        .find(|p| p.author == "helpfulhuman")
        .unwrap();
    assert!(human.keyword_triggers.is_none());
    assert!(human.automation < bot.automation);
}

/// The engine hands the classifier's analysis to the index and the tracker; that must
/// give exactly what they compute from the text themselves.
#[test]
fn a_shared_analysis_gives_what_the_text_gives() {
    use discern_text::Analysis;
    let posts = blog();
    let (mut from_text, mut from_analysis) = (ThreadIndex::default(), ThreadIndex::default());
    let (mut tracker_text, mut tracker_analysis) =
        (AccountTracker::default(), AccountTracker::default());
    for post in &posts {
        let analysis = Analysis::new(&post.text);
        from_text.add(post).expect("unique ids");
        from_analysis
            .add_analysed(post, &analysis)
            .expect("unique ids");
        tracker_text.observe(post, Some("social"));
        tracker_analysis.observe_analysed(post, &analysis, None, Some("social"));
    }
    for post in &posts {
        assert_eq!(
            from_text.score(&post.id).map(|r| r.score),
            from_analysis.score(&post.id).map(|r| r.score),
            "{}",
            post.id
        );
    }
    assert_eq!(tracker_text.finish(), tracker_analysis.finish());
}
