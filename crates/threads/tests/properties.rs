//! No function panics and every score stays in [0, 1] on arbitrary posts; memory
//! structures stay bounded.

use discern_posts::{Post, PostKind};
use discern_threads::{
    AccountConfig, AccountTracker, PostAnnotations, ThreadIndex, build_forest, render_thread,
    score_posts,
};
use proptest::prelude::*;

fn arb_post() -> impl Strategy<Value = Post> {
    (
        "[a-e]{1,2}",
        prop::option::of("[a-e]{1,2}"),
        prop::option::of("[a-c]{1,2}"),
        prop::option::of("[a-c]"),
        "\\PC{0,80}|(great read|seo|bit\\.ly/x|@bob|#SocialMedia|1234| ){0,12}",
        prop::option::of(0i64..4_000_000_000),
        0u8..6,
    )
        .prop_map(|(id, parent, thread, author, text, time, kind)| Post {
            parent_id: parent,
            thread_id: thread,
            author,
            created_at: time.and_then(|t| chrono::DateTime::from_timestamp(t, 0)),
            kind: match kind {
                0 => PostKind::Post,
                1 => PostKind::Reply,
                2 => PostKind::Share,
                3 => PostKind::Pingback,
                4 => PostKind::Trackback,
                _ => PostKind::Message,
            },
            ..Post::new(id, text)
        })
}

proptest! {
    #[test]
    fn relevance_scores_stay_in_unit_range(posts in prop::collection::vec(arb_post(), 0..40)) {
        for r in score_posts(&posts).values() {
            for x in [r.to_parent, r.to_thread, r.score] {
                prop_assert!((0.0..=1.0).contains(&x), "{r:?}");
            }
        }
        let mut index = ThreadIndex::default();
        for p in &posts {
            let _ = index.add(p);
            if let Some(r) = index.score(&p.id) {
                prop_assert!((0.0..=1.0).contains(&r.score));
            }
        }
        if let Some(p) = posts.first()
            && let Some(r) = index.score_candidate(p, "a", Some("b"))
        {
            prop_assert!((0.0..=1.0).contains(&r.score));
        }
        let closed = index.close_all();
        prop_assert!(closed.len() <= posts.len());
        prop_assert_eq!(index.open_posts(), 0);
    }

    #[test]
    fn forests_hold_every_post_once(posts in prop::collection::vec(arb_post(), 0..40)) {
        let forest = build_forest(&posts);
        let total: usize = forest.threads.iter().map(|t| t.size).sum();
        prop_assert_eq!(total, posts.len());
        let mut seen = vec![false; posts.len()];
        for thread in &forest.threads {
            for (i, _) in forest.depth_first(thread) {
                prop_assert!(!seen[i]);
                seen[i] = true;
            }
            let text = render_thread(&forest, thread, &posts, &Default::default(), 30);
            prop_assert!(text.lines().all(|l| l.chars().count() <= 30));
        }
        prop_assert!(seen.iter().all(|&s| s));
        let _ = PostAnnotations::default();
    }

    #[test]
    fn account_profiles_are_bounded_and_in_range(
        posts in prop::collection::vec(arb_post(), 0..60),
        labels in prop::collection::vec(prop::option::of("social|marketing|spam|other"), 60),
    ) {
        let config = AccountConfig { parent_cache: 8, recent_fingerprints: 4, ..AccountConfig::default() };
        let mut tracker = AccountTracker::new(config);
        for (p, l) in posts.iter().zip(&labels) {
            tracker.observe(p, l.as_deref());
            prop_assert!(tracker.cached_posts() <= 8);
        }
        for p in tracker.finish() {
            prop_assert!((0.0..=1.0).contains(&p.automation), "{p:?}");
            for x in [
                p.content_mix.promotional_share,
                p.duplicates.near_duplicate_share,
                p.duplicates.template_reuse_share,
                p.links.herfindahl,
                p.links.top_domain_share,
                p.links.shortener_share,
                p.text.reference_share,
                p.cadence.hour_entropy,
                p.cadence.interval_entropy,
            ] {
                prop_assert!((0.0..=1.0).contains(&x), "{p:?}");
            }
        }
    }
}

/// A stream that keeps many authors busy replying to each other with links, mentions and
/// templates: every per-author sketch stays within its cap.
fn arb_busy_post() -> impl Strategy<Value = Post> {
    (
        0u32..400,
        prop::option::of(0u32..400),
        0u8..6,
        prop::collection::vec("[a-z]{2,9}|@[a-f]|[a-z]{3}\\.(com|org)/x", 3..14),
        0i64..300_000,
    )
        .prop_map(|(id, parent, author, words, time)| Post {
            parent_id: parent.map(|p| p.to_string()),
            author: Some(format!("{}", (b'a' + author) as char)),
            created_at: chrono::DateTime::from_timestamp(1_700_000_000 + time, 0),
            ..Post::new(id.to_string(), words.join(" "))
        })
}

proptest! {
    #[test]
    fn per_author_sketches_stay_within_their_caps(
        posts in prop::collection::vec(arb_busy_post(), 0..400),
    ) {
        let config = AccountConfig {
            recent_fingerprints: 8,
            pitch_clusters: 3,
            sketch_counters: 5,
            trigger_counters: 6,
            reply_templates: 4,
            addressed_by: 3,
            burst_posts: 4,
            ..AccountConfig::default()
        };
        // The largest cap above, and the 100-word vocabulary segment (a fixed buffer).
        let cap = 100;
        let mut tracker = AccountTracker::new(config);
        for p in &posts {
            tracker.observe(p, None);
            prop_assert!(tracker.largest_sketch() <= cap);
        }
        let sizes = tracker.sketch_sizes();
        prop_assert!(sizes.fingerprints <= config.recent_fingerprints);
        prop_assert!(sizes.pitch_clusters <= config.pitch_clusters);
        prop_assert!(sizes.domains <= config.sketch_counters);
        prop_assert!(sizes.trigger_words <= config.trigger_counters);
        prop_assert!(sizes.reply_templates <= config.reply_templates);
        prop_assert!(sizes.addressed_by <= config.addressed_by);
        for p in tracker.finish() {
            prop_assert!((0.0..=1.0).contains(&p.automation), "{p:?}");
            let r = &p.reply_behaviour;
            for x in [r.stranger_share, r.within_minute_share, r.templated_share, r.machine_like_share, r.top_domain_share] {
                prop_assert!((0.0..=1.0).contains(&x), "{p:?}");
            }
        }
    }
}

#[test]
fn index_memory_follows_open_threads() {
    let mut index = ThreadIndex::default();
    for t in 0..2_000 {
        let root = format!("t{t}");
        index
            .add(&Post::new(&root, "a root about kettles and limescale"))
            .unwrap();
        for r in 0..5 {
            index
                .add(&Post {
                    parent_id: Some(root.clone()),
                    ..Post::new(format!("{root}-{r}"), "descale the kettle with citric acid")
                })
                .unwrap();
        }
        index.close_thread(&root).unwrap();
        assert_eq!(index.open_threads(), 0);
        assert_eq!(index.open_posts(), 0);
    }
}
