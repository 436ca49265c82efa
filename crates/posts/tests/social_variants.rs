//! The Mastodon, Bluesky and Twitter importers against the variations real exports
//! contain: fixtures under `fixtures/variants/social/`, shaped after public archives
//! and recordings (Mastodon 3.x–4.x `outbox.json`, a GoToSocial outbox page, Twitter
//! archives from 2015, 2019 and 2022+, Jetstream before and after 0.1).

mod common;

use common::*;
use discern_posts::{Format, Post, PostKind, ReadOptions, detect, read_path};

fn variant(name: &str) -> String {
    format!("variants/social/{name}")
}

/// Reads a variant fixture, expecting no errors; returns the posts and the skip count.
fn read_clean(format: Format, name: &str, options: ReadOptions) -> (Vec<Post>, u64) {
    let (results, skipped) = read_counting(format, &variant(name), options);
    assert_eq!(messages(&results), Vec::<String>::new(), "{name}");
    let posts = posts(&results).into_iter().cloned().collect();
    (posts, skipped)
}

fn by_id<'a>(posts: &'a [Post], id: &str) -> &'a Post {
    posts
        .iter()
        .find(|post| post.id == id)
        .unwrap_or_else(|| panic!("no post {id}"))
}

// Mastodon

const KIM: &str = "https://indie.example/users/kim";

fn status(n: u32) -> String {
    format!("{KIM}/statuses/1100000000000000{n:02}")
}

#[test]
fn mastodon_outbox_variants_are_read_and_counted() {
    let (posts, skipped) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let ids: Vec<&str> = posts.iter().map(|post| post.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            status(1).as_str(),
            &status(2),
            &status(3),
            &status(4),
            &status(5),
            &status(6),
            "https://indie.example/users/kim/statuses/110000000000000008/activity",
            "https://pleroma.example/activities/5f2c",
            "https://blog.example/?p=12",
            &status(10),
        ]
    );
    assert_eq!(
        skipped, 4,
        "a Create whose object is only a URL, an Update, a Delete and a Like"
    );
}

#[test]
fn mastodon_mention_and_hashtag_links_are_dropped_as_real_servers_write_them() {
    let (posts, _) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let note = by_id(&posts, &status(1));
    // The Mention tag's href is the Misskey actor id (/users/9abcdef) while the content
    // links the profile (/@josh); the hashtag tag is lower case, the anchor is not.
    assert_eq!(note.links, ["https://notes.kim.example/2023/async"]);
    assert_eq!(
        note.text,
        "@josh my #RustLang notes are up :blobcat: https://notes.kim.example/2023/async"
    );
    assert_eq!(note.kind, PostKind::Post);
    assert_eq!(note.parent_id, None, "inReplyTo: null");
    assert_eq!(ts(note).as_deref(), Some("2023-04-01T09:15:02.250Z"));
    assert_eq!(note.author.as_deref(), Some(KIM));
    assert_eq!(extra(note, "visibility"), Some("\"public\""));
    assert_eq!(extra(note, "sensitive"), Some("false"));

    let reply = by_id(&posts, &status(2));
    assert!(reply.links.is_empty(), "{:?}", reply.links);
    assert_eq!(
        reply.text,
        "Film spoilers\n\n@sam the ending & the twist were both great"
    );
}

#[test]
fn mastodon_replies_warnings_and_dates() {
    let (posts, _) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let reply = by_id(&posts, &status(2));
    assert_eq!(reply.kind, PostKind::Reply);
    assert_eq!(
        reply.parent_id.as_deref(),
        Some("https://other.example/users/sam/statuses/77"),
        "inReplyTo given as an object"
    );
    assert_eq!(
        ts(reply).as_deref(),
        Some("2023-04-02T10:00:00Z"),
        "+02:00 offset"
    );
    assert_eq!(extra(reply, "sensitive"), Some("true"));
    assert!(extra(reply, "conversation").is_some());

    let no_reply_key = by_id(&posts, &status(5));
    assert_eq!(no_reply_key.parent_id, None);
    assert_eq!(no_reply_key.kind, PostKind::Post);
}

#[test]
fn mastodon_visibility_and_direct_messages() {
    let (posts, _) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let visibility = |n: u32| extra(by_id(&posts, &status(n)), "visibility").map(str::to_owned);
    assert_eq!(visibility(1).as_deref(), Some("\"public\""));
    assert_eq!(
        visibility(2).as_deref(),
        Some("\"unlisted\""),
        "to: followers, cc: Public"
    );
    assert_eq!(
        visibility(3).as_deref(),
        Some("\"private\""),
        "followers only"
    );
    assert_eq!(visibility(4).as_deref(), Some("\"direct\""));
    assert_eq!(
        visibility(5).as_deref(),
        Some("\"public\""),
        "to: \"as:Public\""
    );
    assert_eq!(visibility(10), None, "no addressing: not guessed");

    let dm = by_id(&posts, &status(4));
    assert_eq!(
        dm.kind,
        PostKind::Message,
        "a direct message is kept as a Message"
    );
    assert_eq!(
        dm.parent_id.as_deref(),
        Some("https://other.example/users/sam/statuses/78")
    );
    assert_eq!(dm.text, "@sam my number is in the email I sent");
    assert_eq!(by_id(&posts, &status(3)).kind, PostKind::Post);
    assert_eq!(by_id(&posts, &status(10)).kind, PostKind::Post);
}

#[test]
fn mastodon_content_map_polls_articles_and_attachments() {
    let (posts, _) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let german = by_id(&posts, &status(5));
    assert_eq!(
        german.text, "Guten Morgen & schönen Sonntag!",
        "contentMap, no content"
    );
    assert_eq!(german.url, None);

    let poll = by_id(&posts, &status(6));
    assert_eq!(poll.text, "Which editor do you use?\n\nHelix\nNeovim");
    assert_eq!(poll.kind, PostKind::Post);

    let article = by_id(&posts, "https://blog.example/?p=12");
    assert_eq!(
        article.text,
        "Composting in winter\n\nKeep the pile covered."
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://blog.example/2023/04/composting/")
    );

    // The attachment's archive-relative URL and the Emoji icon are not links.
    let note = by_id(&posts, &status(1));
    assert!(
        !note
            .links
            .iter()
            .any(|link| link.contains("media_attachments"))
    );
    assert!(!note.links.iter().any(|link| link.contains("custom_emojis")));
}

#[test]
fn mastodon_boosts_by_url_and_embedded() {
    let (posts, _) = read_clean(Format::Mastodon, "outbox.json", ReadOptions::default());
    let boost = by_id(
        &posts,
        "https://indie.example/users/kim/statuses/110000000000000008/activity",
    );
    assert_eq!(boost.kind, PostKind::Share);
    assert_eq!(boost.text, "");
    assert_eq!(boost.links, ["https://other.example/users/sam/statuses/79"]);
    assert_eq!(ts(boost).as_deref(), Some("2023-04-06T07:45:10Z"));
    assert_eq!(extra(boost, "visibility"), Some("\"public\""));

    let embedded = by_id(&posts, "https://pleroma.example/activities/5f2c");
    assert_eq!(embedded.kind, PostKind::Share);
    assert_eq!(embedded.text, "", "the boosted text is someone else's");
    assert_eq!(
        embedded.links,
        ["https://other.example/users/sam/statuses/80"]
    );
    assert_eq!(ts(embedded).as_deref(), Some("2023-04-06T08:00:00.123456Z"));
    assert_eq!(
        embedded.author.as_deref(),
        Some("https://pleroma.example/users/kim")
    );
}

#[test]
fn mastodon_outbox_page_with_linked_and_embedded_objects() {
    let (posts, skipped) = read_clean(Format::Mastodon, "outbox-page.json", ReadOptions::default());
    assert_eq!(posts.len(), 1);
    assert_eq!(skipped, 1, "the Create that only links its object");
    let post = &posts[0];
    assert_eq!(
        post.id,
        "https://gts.example/users/whatever/statuses/01FJC1MKPVX2VMWP2ST93Q90K8"
    );
    assert_eq!(post.text, "embedded on this page");
    assert_eq!(
        extra(post, "visibility"),
        Some("\"public\""),
        "to as a string"
    );
}

#[test]
fn mastodon_create_without_object_is_an_error_with_its_line() {
    let input = br#"{"@context":"https://www.w3.org/ns/activitystreams","orderedItems":[
{"type":"Create","actor":"a"},
{"type":"Create","actor":"a","object":{"type":"Note","id":"n2","content":"<p>two</p>"}}
]}"#
    .to_vec();
    let results = read_bytes(Format::Mastodon, input, &ReadOptions::default());
    assert_eq!(messages(&results), ["input:2: missing field \"object\""]);
    assert_eq!(posts(&results).len(), 1);
}

/// Reads an outbox given inline, returning the texts read and the error messages.
fn outbox_of(json: &str) -> (Vec<String>, Vec<String>) {
    let results = read_bytes(
        Format::Mastodon,
        json.as_bytes().to_vec(),
        &ReadOptions::default(),
    );
    let texts = posts(&results).iter().map(|p| p.text.clone()).collect();
    (texts, messages(&results))
}

const NOTE: &str =
    r#"{"type":"Create","actor":"a","object":{"type":"Note","id":"n1","content":"<p>one</p>"}}"#;

#[test]
fn mastodon_outbox_with_an_empty_items_key_before_the_real_one() {
    // Seen in a real archive: the key twice, the first array empty.
    let json =
        format!(r#"{{"type":"OrderedCollection","orderedItems":[ ],"orderedItems":[{NOTE}]}}"#);
    assert_eq!(outbox_of(&json), (vec!["one".to_owned()], vec![]));
    let empty = r#"{"type":"OrderedCollection","totalItems":0,"orderedItems":[]}"#;
    assert_eq!(
        outbox_of(empty),
        (vec![], vec![]),
        "an empty outbox is not an error"
    );
}

#[test]
fn mastodon_outbox_items_on_an_embedded_first_page() {
    let json = format!(
        r#"{{"type":"OrderedCollection","totalItems":1,"first":{{"type":"OrderedCollectionPage","orderedItems":[{NOTE}]}}}}"#
    );
    assert_eq!(outbox_of(&json), (vec!["one".to_owned()], vec![]));
    let linked = r#"{"type":"OrderedCollection","totalItems":9,"first":"https://indie.example/users/kim/outbox?page=true"}"#;
    let (texts, errors) = outbox_of(linked);
    assert!(texts.is_empty());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("the items are on another page"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("outbox?page=true"), "{}", errors[0]);
}

// Twitter

#[test]
fn twitter_part_file_entities_counts_and_kinds() {
    let options = ReadOptions {
        default_author: Some("ada_dev".to_owned()),
        ..ReadOptions::default()
    };
    let (posts, _) = read_clean(Format::Twitter, "tweets-part1.js", options);
    assert_eq!(posts.len(), 4);

    let tweet = &posts[0];
    assert_eq!(
        tweet.text,
        "Fish & chips <3 — 2 > 1, and &amp; stays: https://shop.example/sale?utm_source=twitter&utm_medium=social https://t.co/MeDiA12345",
        "entities decoded once; the link's t.co expanded from its entity, the photo's left"
    );
    assert_eq!(
        tweet.links,
        ["https://shop.example/sale?utm_source=twitter&utm_medium=social"],
        "expanded_url once; the photo's media entity is not a link"
    );
    assert_eq!(
        (tweet.metrics.likes, tweet.metrics.shares),
        (Some(7), Some(2))
    );
    assert_eq!(ts(tweet).as_deref(), Some("2022-12-06T09:30:00Z"));
    assert_eq!(extra(tweet, "possibly_sensitive"), Some("false"));
    assert_eq!(tweet.kind, PostKind::Post);

    let reply = &posts[1];
    assert_eq!(reply.kind, PostKind::Reply);
    assert_eq!(reply.parent_id.as_deref(), Some("1599999999999999999"));
    assert_eq!(extra(reply, "in_reply_to_screen_name"), Some("\"sam_dev\""));
    assert_eq!(
        (reply.metrics.likes, reply.metrics.shares),
        (Some(3), Some(0)),
        "counts as numbers"
    );

    let retweet = &posts[2];
    assert_eq!(retweet.kind, PostKind::Share);
    assert_eq!(retweet.text, "RT @rustlang: Rust 1.65 & GATs");

    assert_eq!(
        extra(&posts[3], "deleted_at"),
        Some("\"Fri Dec 09 08:00:00 +0000 2022\"")
    );
    assert_eq!(
        posts[3].url.as_deref(),
        Some("https://twitter.com/ada_dev/status/1600000000000000004")
    );
}

#[test]
fn twitter_2019_tweet_js_with_unwrapped_items() {
    let (posts, _) = read_clean(Format::Twitter, "tweet.js", ReadOptions::default());
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].id, "1034898743869534208");
    assert_eq!(
        posts[0].text,
        "Social Detox/Rehab\nhttps://jay.example/social-detox/"
    );
    assert_eq!(posts[0].links, ["https://jay.example/social-detox/"]);
    assert_eq!(ts(&posts[0]).as_deref(), Some("2018-08-29T20:21:02Z"));
    assert_eq!(
        posts[0].url.as_deref(),
        Some("https://twitter.com/i/web/status/1034898743869534208"),
        "no author given"
    );
    assert_eq!(posts[1].text, "an old-style tweet with text, not full_text");
}

#[test]
fn twitter_note_tweets_hold_the_long_text_unescaped() {
    let options = ReadOptions {
        default_author: Some("ada_dev".to_owned()),
        ..ReadOptions::default()
    };
    let (posts, _) = read_clean(Format::Twitter, "note-tweet.js", options);
    assert_eq!(posts.len(), 1);
    let note = &posts[0];
    assert_eq!(note.id, "1775197945823924224");
    assert!(
        note.text.starts_with("1. CI runs on 2-core VMs")
            && note
                .text
                .contains("requests >> APIs & \"concurrency\" is not parallelism.\n\nWe are"),
        "{}",
        note.text
    );
    assert_eq!(note.links, ["https://jobs.example/backend-engineer"]);
    assert_eq!(ts(note).as_deref(), Some("2024-04-02T16:25:46Z"));
    assert_eq!(note.author.as_deref(), Some("ada_dev"));
    assert_eq!(note.url, None, "a note id is not a status id");
    assert_eq!(extra(note, "note_tweet"), Some("true"));
}

#[test]
fn twitter_grailbird_items_from_old_archives() {
    let (posts, _) = read_clean(
        Format::Twitter,
        "grailbird-2015_01.json",
        ReadOptions::default(),
    );
    assert_eq!(posts.len(), 2);
    let first = &posts[0];
    assert_eq!(
        first.id, "558807048880521216",
        "id_str, not the lossy number"
    );
    assert_eq!(ts(first).as_deref(), Some("2015-01-24T02:02:37Z"));
    assert_eq!(
        first.author.as_deref(),
        Some("913coffee"),
        "from user.screen_name"
    );
    assert_eq!(
        first.url.as_deref(),
        Some("https://twitter.com/913coffee/status/558807048880521216")
    );
    assert_eq!(posts[1].kind, PostKind::Share, "retweeted_status");

    let options = ReadOptions {
        default_author: Some("owner".to_owned()),
        ..ReadOptions::default()
    };
    let (posts, _) = read_clean(Format::Twitter, "grailbird-2015_01.json", options);
    assert_eq!(posts[0].author.as_deref(), Some("owner"), "the option wins");

    // The archive's own files (data/js/tweets/2015_01.js) wrap the same array.
    let bare = fixture_bytes(&variant("grailbird-2015_01.json"));
    assert_eq!(
        detect(&bare, None),
        Format::Twitter,
        "a bare array of old tweets"
    );
    let mut wrapped = b"Grailbird.data.tweets_2015_01 = \n".to_vec();
    wrapped.extend_from_slice(&bare);
    assert_eq!(detect(&wrapped, Some("2015_01.js")), Format::Twitter);
    let results = read_bytes(Format::Twitter, wrapped, &ReadOptions::default());
    assert_eq!(messages(&results), Vec::<String>::new());
    assert_eq!(common::posts(&results).len(), 2);
}

#[test]
fn twitter_other_archive_files_are_named_in_the_error() {
    let results = read_bytes(
        Format::Twitter,
        fixture_bytes(&variant("like.js")),
        &ReadOptions::default(),
    );
    assert!(posts(&results).is_empty());
    assert_eq!(
        messages(&results),
        ["input:2: a \"like\" record, not a tweet (this file is not tweets.js)"]
    );
}

#[test]
fn twitter_bad_dates_are_reported() {
    let input =
        br#"window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "x", "created_at" : "last week" } } ]"#
            .to_vec();
    let results = read_bytes(Format::Twitter, input, &ReadOptions::default());
    let errors = messages(&results);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("input:1: field \"created_at\": cannot read \"last week\""),
        "{}",
        errors[0]
    );
}

// Bluesky

const ALICE: &str = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
const BOB: &str = "did:plc:z72i7hdynmk6r22z27h6tvur";

fn at(did: &str, collection: &str, rkey: &str) -> String {
    format!("at://{did}/{collection}/{rkey}")
}

#[test]
fn bluesky_events_other_than_post_and_repost_creates_are_skipped() {
    let (posts, skipped) = read_clean(Format::Bluesky, "jetstream.jsonl", ReadOptions::default());
    let rkeys: Vec<&str> = posts
        .iter()
        .map(|post| post.id.rsplit('/').next().unwrap_or_default())
        .collect();
    assert_eq!(
        rkeys,
        [
            "3l3qo2vuowo2b",
            "3l3qo2wcard",
            "3l3qo2xquote",
            "3l3qo2yrwm",
            "3l3qo2zrwmext",
            "3l3qo3avideo",
            "3l3qrepost"
        ]
    );
    assert_eq!(
        skipped, 7,
        "post update, delete, like, follow, profile update, identity, account"
    );
}

#[test]
fn bluesky_facets_embeds_and_extras() {
    let (posts, _) = read_clean(Format::Bluesky, "jetstream.jsonl", ReadOptions::default());
    let root = at(ALICE, "app.bsky.feed.post", "3l3qo2vuowo2b");
    let quote = at(BOB, "app.bsky.feed.post", "3l3qo2xquote");

    let photos = by_id(&posts, &root);
    assert_eq!(
        photos.links,
        ["https://garden.example/p/1"],
        "mention and tag facets and the images embed are not links"
    );
    assert_eq!(
        photos.text,
        "Hi @bob.bsky.social \u{2014} new photos: garden.example/p/1 #gardening \u{1F955}\nsecond line"
    );
    assert_eq!(extra(photos, "langs"), Some("[\"en\",\"de\"]"));
    assert!(extra(photos, "labels").is_some_and(|labels| labels.contains("graphic-media")));
    assert_eq!(photos.thread_id.as_deref(), Some(root.as_str()));

    let card = by_id(&posts, &at(BOB, "app.bsky.feed.post", "3l3qo2wcard"));
    assert_eq!(
        card.links,
        ["https://shop.example/deal?ref=bsky"],
        "the card repeating the facet link is kept once"
    );

    assert_eq!(by_id(&posts, &quote).links, [root.as_str()], "embed.record");

    let with_media = by_id(&posts, &at(BOB, "app.bsky.feed.post", "3l3qo2yrwm"));
    assert_eq!(with_media.links, [root.as_str()], "recordWithMedia, images");
    assert_eq!(with_media.kind, PostKind::Reply);
    assert_eq!(with_media.parent_id.as_deref(), Some(quote.as_str()));
    assert_eq!(with_media.thread_id.as_deref(), Some(root.as_str()));

    let with_card = by_id(&posts, &at(ALICE, "app.bsky.feed.post", "3l3qo2zrwmext"));
    assert_eq!(
        with_card.links,
        [
            at(BOB, "app.bsky.feed.post", "3l3qo2wcard").as_str(),
            "https://news.example/story"
        ],
        "recordWithMedia whose media is an external card"
    );

    let video = by_id(&posts, &at(ALICE, "app.bsky.feed.post", "3l3qo3avideo"));
    assert!(video.links.is_empty());

    let repost = by_id(&posts, &at(BOB, "app.bsky.feed.repost", "3l3qrepost"));
    assert_eq!(repost.kind, PostKind::Share);
    assert_eq!(repost.links, [root.as_str()]);
    assert_eq!(repost.author.as_deref(), Some(BOB));
}

#[test]
fn bluesky_created_at_precisions_offsets_and_fallback() {
    let (posts, _) = read_clean(Format::Bluesky, "jetstream.jsonl", ReadOptions::default());
    let time = |did: &str, rkey: &str| ts(by_id(&posts, &at(did, "app.bsky.feed.post", rkey)));
    assert_eq!(
        time(ALICE, "3l3qo2vuowo2b").as_deref(),
        Some("2024-09-09T19:46:02Z")
    );
    assert_eq!(
        time(BOB, "3l3qo2wcard").as_deref(),
        Some("2024-09-09T19:46:03.123456Z")
    );
    assert_eq!(
        time(BOB, "3l3qo2xquote").as_deref(),
        Some("2024-09-09T19:46:04.500Z"),
        "+02:00 offset"
    );
    assert_eq!(
        time(BOB, "3l3qo2yrwm").as_deref(),
        Some("2024-09-09T19:46:05.250Z"),
        "no zone: UTC"
    );
    assert_eq!(
        time(ALICE, "3l3qo2zrwmext").as_deref(),
        Some("2024-09-09T19:46:06.123456789Z")
    );
    assert_eq!(
        time(ALICE, "3l3qo3avideo").as_deref(),
        Some("2024-09-09T19:46:07Z"),
        "an unreadable createdAt falls back to time_us"
    );
}

#[test]
fn bluesky_legacy_jetstream_events() {
    let (posts, skipped) = read_clean(
        Format::Bluesky,
        "jetstream-legacy.jsonl",
        ReadOptions::default(),
    );
    assert_eq!(posts.len(), 2);
    assert_eq!(skipped, 3, "the delete, the identity and the account event");
    let post = &posts[0];
    assert_eq!(post.id, at(ALICE, "app.bsky.feed.post", "3kyypost"));
    assert_eq!(post.text, "In a world of naps be a medically-induced coma");
    assert_eq!(ts(post).as_deref(), Some("2024-07-29T03:03:42Z"));
    assert_eq!(posts[1].kind, PostKind::Share);
    assert_eq!(posts[1].links, [post.id.as_str()]);
}

#[test]
fn bluesky_bad_commits_are_reported_with_their_line() {
    let input = concat!(
        r#"{"did":"did:plc:x","kind":"commit","commit":{"collection":"app.bsky.feed.post","rkey":"a","record":{"text":"t"}}}"#,
        "\n",
        r#"{"did":"did:plc:x","kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"b","record":{"text":"t","createdAt":"soon"}}}"#,
        "\n",
        r#"{"did":"did:plc:x","time_us":1725911162000000,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"c","record":{"text":"ok","embed":{"$type":"app.bsky.embed.unknown","whatever":[1,2]}}}}"#,
        "\n",
    );
    let results = read_bytes(
        Format::Bluesky,
        input.as_bytes().to_vec(),
        &ReadOptions::default(),
    );
    let errors = messages(&results);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0], "input:1: missing field \"commit.operation\"");
    assert!(
        errors[1].starts_with("input:2: field \"createdAt\": cannot read \"soon\""),
        "no time_us to fall back to: {}",
        errors[1]
    );
    let posts = posts(&results);
    assert_eq!(posts.len(), 1, "an unknown embed does not cost the post");
    assert_eq!(ts(posts[0]).as_deref(), Some("2024-09-09T19:46:02Z"));
}

// Detection and reading by path

#[test]
fn variant_files_are_detected_and_read_by_path() {
    let cases = [
        ("tweets-part1.js", Format::Twitter),
        ("tweet.js", Format::Twitter),
        ("note-tweet.js", Format::Twitter),
        ("outbox.json", Format::Mastodon),
        ("outbox-page.json", Format::Mastodon),
        ("jetstream.jsonl", Format::Bluesky),
        ("jetstream-legacy.jsonl", Format::Bluesky),
    ];
    for (name, format) in cases {
        let path = fixture(&variant(name));
        assert_eq!(
            detect(&fixture_bytes(&variant(name)), Some(name)),
            format,
            "{name}"
        );
        let (detected, posts) = read_path(&path, None, &ReadOptions::default()).unwrap();
        assert_eq!(detected, format, "{name}");
        let results: Vec<_> = posts.collect();
        assert!(
            !results.is_empty() && results.iter().all(Result::is_ok),
            "{name}: {:?}",
            messages(&results)
        );
    }
}
