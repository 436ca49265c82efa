//! Each importer against a hand-written fixture in the platform's real export format.

mod common;

use common::*;
use discern_posts::{Format, PostKind, ReadOptions, detect, read_path};

#[test]
fn wxr_post_comments_pingback_trackback() {
    let options = ReadOptions::default();
    let skipped = options.skipped.clone();
    let results = read_bytes(Format::Wxr, fixture_bytes("wordpress.xml"), &options);
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["42", "c7", "c8", "c9", "c10", "c11", "2"]);
    assert_eq!(
        skipped.get(),
        1,
        "the attachment item is counted, not emitted"
    );

    let essay = posts[0];
    assert!(
        essay
            .text
            .starts_with("Why I stopped digging\n\nFor ten years I turned the soil every autumn.")
    );
    assert!(essay.text.contains("no-dig gardening & tried it"));
    assert!(
        essay
            .text
            .ends_with("Worms came back within a season.\n\nThe second bed followed in spring.")
    );
    assert_eq!(
        essay.links,
        ["https://en.wikipedia.org/wiki/No-dig_gardening"]
    );
    // The post's `dc:creator` login and the blogger's own comment (user id 1) both by
    // her display name, so her answers are known as the post author's.
    assert_eq!(essay.author.as_deref(), Some("Maria"));
    assert_eq!(ts(essay).as_deref(), Some("2019-03-04T12:30:00Z"));
    assert_eq!(
        essay.url.as_deref(),
        Some("https://slowgarden.example/2019/03/why-i-stopped-digging/")
    );
    assert_eq!(essay.thread_id.as_deref(), Some("42"));
    assert_eq!(essay.kind, PostKind::Post);
    assert_eq!(extra(essay, "wp_status"), Some("\"publish\""));

    let (first, answer, spam, pingback, trackback) =
        (posts[1], posts[2], posts[3], posts[4], posts[5]);
    assert_eq!(first.parent_id.as_deref(), Some("42"));
    assert_eq!(first.kind, PostKind::Reply);
    assert_eq!(first.author.as_deref(), Some("Tom Baker"));
    assert_eq!(first.links, ["tomsplot.example.org"]);
    assert_eq!(extra(first, "author_email"), Some("\"tom@example.org\""));
    assert_eq!(extra(first, "author_ip"), Some("\"203.0.113.5\""));
    assert_eq!(answer.parent_id.as_deref(), Some("c7"));
    assert_eq!(answer.thread_id.as_deref(), Some("42"));
    assert_eq!(answer.text, "Mostly leaf mould & cardboard.");
    assert_eq!(answer.author.as_deref(), Some("Maria"));
    assert_eq!(extra(spam, "wp_status"), Some("\"spam\""));
    assert_eq!(
        spam.links,
        ["http://cheap-pills.example/buy-now", "cheap-pills.example"]
    );
    assert_eq!(
        spam.url.as_deref(),
        Some("http://cheap-pills.example/buy-now")
    );
    assert_eq!(pingback.kind, PostKind::Pingback);
    assert_eq!(
        pingback.text,
        "[…] Maria explains why she stopped digging […]"
    );
    assert_eq!(trackback.kind, PostKind::Trackback);
    assert_eq!(ts(trackback).as_deref(), Some("2019-03-05T09:30:00Z"));

    let page = posts[6];
    assert_eq!(
        page.text,
        "About\n\nI grow vegetables on a very small plot."
    );
    assert_eq!(
        ts(page).as_deref(),
        Some("2019-01-01T10:00:00Z"),
        "0000-00-00 falls back to pubDate"
    );
    assert_eq!(extra(page, "wp_status"), Some("\"draft\""));
}

/// A Disqus export: a thread (the essay) and its comments, a reply, a store's generic
/// praise, a consultancy's link drop Disqus already marked as spam, a deleted comment
/// and the reply to it, and a deleted thread whose comment still comes through.
#[test]
fn disqus_threads_and_posts() {
    let options = ReadOptions::default();
    let skipped = options.skipped.clone();
    let results = read_bytes(Format::Disqus, fixture_bytes("disqus.xml"), &options);
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "t7203551845",
            "4370000101",
            "4370000102",
            "4370000103",
            "4370000104",
            "4370000106",
            "4370000107"
        ]
    );
    assert_eq!(skipped.get(), 2, "the deleted thread and the deleted post");

    let essay = posts[0];
    assert_eq!(
        essay.text,
        "Why I stopped digging – notes from one bed\n\nFor ten years I turned the soil every \
         autumn. Then I read about no-dig gardening and tried it on one bed.",
        "a title escaped twice is decoded"
    );
    assert_eq!(
        essay.links,
        ["https://en.wikipedia.org/wiki/No-dig_gardening"]
    );
    assert_eq!(essay.author.as_deref(), Some("Maria"));
    assert_eq!(ts(essay).as_deref(), Some("2019-03-04T12:30:00Z"));
    assert_eq!(
        essay.url.as_deref(),
        Some("https://slowgarden.example/2019/03/why-i-stopped-digging/")
    );
    assert_eq!(essay.kind, PostKind::Post);
    assert_eq!(
        (essay.parent_id.as_deref(), essay.thread_id.as_deref()),
        (None, Some("t7203551845"))
    );
    assert_eq!(essay.platform.as_deref(), Some("disqus"));
    assert_eq!(
        extra(essay, "disqus_identifier"),
        Some("\"42 https://slowgarden.example/?p=42\"")
    );
    assert_eq!(
        extra(essay, "author_email"),
        None,
        "a thread's author is no commenter"
    );

    let (first, answer, praise, pitch, orphan, on_deleted) =
        (posts[1], posts[2], posts[3], posts[4], posts[5], posts[6]);
    assert_eq!(first.kind, PostKind::Reply);
    assert_eq!(
        (first.parent_id.as_deref(), first.thread_id.as_deref()),
        (Some("t7203551845"), Some("t7203551845"))
    );
    assert_eq!(first.author.as_deref(), Some("Tom Baker"));
    assert_eq!(
        first.text,
        "Same here! The worms came back within a season.\n\nWhat do you use as mulch?"
    );
    assert_eq!(ts(first).as_deref(), Some("2019-03-04T14:02:11Z"));
    assert_eq!(extra(first, "author_email"), Some("\"tom@example.org\""));
    assert_eq!(extra(first, "author_ip"), Some("\"203.0.113.5\""));
    assert_eq!(extra(first, "disqus_is_anonymous"), Some("true"));
    assert_eq!(extra(first, "disqus_is_spam"), Some("false"));
    assert_eq!(extra(first, "author_username"), None);
    assert_eq!(first.url, None, "Disqus keeps no commenter website");

    assert_eq!(answer.parent_id.as_deref(), Some("4370000101"));
    assert_eq!(answer.thread_id.as_deref(), Some("t7203551845"));
    assert_eq!(
        answer.text, "Mostly leaf mould & cardboard.",
        "escaped HTML rather than CDATA"
    );
    assert_eq!(
        extra(answer, "author_username"),
        Some("\"slowgardenmaria\"")
    );

    assert_eq!(praise.text, "Great read, tx");
    assert_eq!(praise.author.as_deref(), Some("Garden Tools Store"));
    assert_eq!(
        extra(praise, "author_email"),
        Some("\"sales@best-garden-tools-deals.example\"")
    );

    assert_eq!(
        pitch.text,
        "If you want help growing your garden blog, visit growthlab-consulting.example/blog-audit Hope this helps"
    );
    assert_eq!(
        pitch.links,
        ["http://www.growthlab-consulting.example/blog-audit"],
        "the disq.us redirect is read as its target"
    );
    assert_eq!(
        extra(pitch, "disqus_is_spam"),
        Some("true"),
        "marked spam by Disqus, still read"
    );

    assert_eq!(
        orphan.parent_id.as_deref(),
        Some("4370000105"),
        "a reply to a deleted comment keeps its parent's id"
    );
    assert_eq!(
        on_deleted.author.as_deref(),
        Some("plotneighbour"),
        "no name: the username"
    );
    assert_eq!(on_deleted.thread_id.as_deref(), Some("t7203551846"));
}

#[test]
fn mastodon_outbox() {
    let options = ReadOptions::default();
    let skipped = options.skipped.clone();
    let results = read_bytes(Format::Mastodon, fixture_bytes("outbox.json"), &options);
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(posts.len(), 3);
    assert_eq!(skipped.get(), 1, "the Delete activity");

    let note = posts[0];
    assert_eq!(
        note.id,
        "https://mastodon.social/users/alice/statuses/109000000000000001"
    );
    assert_eq!(
        note.text,
        "Finished my write-up on #rust async cancellation: https://blog.alice.example/async-cancel"
    );
    assert_eq!(
        note.links,
        ["https://blog.alice.example/async-cancel"],
        "hashtag links are dropped"
    );
    assert_eq!(
        note.author.as_deref(),
        Some("https://mastodon.social/users/alice")
    );
    assert_eq!(
        note.url.as_deref(),
        Some("https://mastodon.social/@alice/109000000000000001")
    );
    assert_eq!(ts(note).as_deref(), Some("2023-01-05T10:00:00Z"));
    assert_eq!(note.thread_id, None);
    assert!(extra(note, "conversation").is_some());

    let reply = posts[1];
    assert_eq!(reply.kind, PostKind::Reply);
    assert_eq!(
        reply.parent_id.as_deref(),
        Some("https://fosstodon.example/users/bob/statuses/555")
    );
    assert_eq!(
        reply.text,
        "@bob yes — drop guards run, but only at the next .await."
    );
    assert!(
        reply.links.is_empty(),
        "mention links are dropped: {:?}",
        reply.links
    );

    let boost = posts[2];
    assert_eq!(boost.kind, PostKind::Share);
    assert_eq!(boost.text, "");
    assert_eq!(
        boost.links,
        ["https://fosstodon.example/users/bob/statuses/556"]
    );
}

#[test]
fn bluesky_jetstream() {
    let options = ReadOptions::default();
    let skipped = options.skipped.clone();
    let results = read_bytes(Format::Bluesky, fixture_bytes("jetstream.jsonl"), &options);
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(posts.len(), 3);
    assert_eq!(skipped.get(), 4, "like, identity, account, delete");

    let root = posts[0];
    let root_id = "at://did:plc:alice0000000000000000000/app.bsky.feed.post/3l3qo2vuowo2b";
    assert_eq!(root.id, root_id);
    assert_eq!(root.thread_id.as_deref(), Some(root_id));
    assert_eq!(
        root.author.as_deref(),
        Some("did:plc:alice0000000000000000000")
    );
    assert_eq!(root.links, ["https://example.com/robots"]);
    assert_eq!(ts(root).as_deref(), Some("2024-09-09T19:46:02.102Z"));
    assert_eq!(extra(root, "langs"), Some("[\"en\"]"));

    let reply = posts[1];
    assert_eq!(reply.kind, PostKind::Reply);
    assert_eq!(reply.parent_id.as_deref(), Some(root_id));
    assert_eq!(reply.thread_id.as_deref(), Some(root_id));

    let repost = posts[2];
    assert_eq!(repost.kind, PostKind::Share);
    assert_eq!(repost.links, [root_id]);
}

#[test]
fn twitter_archive() {
    let options = ReadOptions {
        default_author: Some("ada_dev".to_owned()),
        ..ReadOptions::default()
    };
    let results = read_bytes(Format::Twitter, fixture_bytes("tweets.js"), &options);
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(posts.len(), 3);

    let tweet = posts[0];
    assert_eq!(tweet.id, "1050118621198921728");
    assert_eq!(
        tweet.text,
        "Cache lines & false sharing, explained: https://blog.example.net/notes/cache-lines",
        "the t.co link is expanded from the archive's own entities.urls"
    );
    assert_eq!(tweet.links, ["https://blog.example.net/notes/cache-lines"]);
    assert_eq!(ts(tweet).as_deref(), Some("2018-10-10T20:19:24Z"));
    assert_eq!(tweet.metrics.likes, Some(12));
    assert_eq!(tweet.metrics.shares, Some(3));
    assert_eq!(tweet.author.as_deref(), Some("ada_dev"));
    assert_eq!(
        tweet.url.as_deref(),
        Some("https://twitter.com/ada_dev/status/1050118621198921728")
    );

    assert_eq!(posts[1].kind, PostKind::Reply);
    assert_eq!(posts[1].parent_id.as_deref(), Some("1050000000000000000"));
    assert_eq!(posts[2].kind, PostKind::Share);
}

#[test]
fn reddit_submissions_and_comments() {
    let posts = read_fixture(Format::Reddit, "reddit.ndjson");
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["t3_abc123", "t3_def456", "t1_c1", "t1_c2", "t1_c3"]);

    let question = &posts[0];
    assert_eq!(
        question.text,
        "What's your favourite borrow checker trick?\n\nI keep fighting with `&mut self` in loops."
    );
    assert_eq!(question.thread_id.as_deref(), Some("t3_abc123"));
    assert_eq!(question.metrics.likes, Some(57));
    assert_eq!(question.metrics.replies, Some(3));
    assert!(question.links.is_empty(), "a self post links to itself");
    assert_eq!(question.platform.as_deref(), Some("reddit"));
    assert_eq!(extra(question, "subreddit"), Some("\"rust\""));

    let ad = &posts[1];
    assert_eq!(ad.links, ["http://watches.example/sale"]);
    assert_eq!(ad.metrics.likes, None);
    assert_eq!(extra(ad, "score"), Some("-4"));
    assert_eq!(ts(ad).as_deref(), Some("2019-01-01T01:00:00Z"));

    assert_eq!(posts[2].parent_id.as_deref(), Some("t3_abc123"));
    assert_eq!(posts[3].parent_id.as_deref(), Some("t1_c1"));
    assert_eq!(posts[3].thread_id.as_deref(), Some("t3_abc123"));
    assert!(posts[3].text.starts_with("> take the field out first\n\n"));
    assert_eq!(posts[4].kind, PostKind::Reply);
}

/// The JSON Reddit serves for a thread (its URL + `.json`), pretty-printed as
/// `json.dump(indent=2)` saves it: the submission's Listing, then the comments' with
/// replies nested in each comment.
#[test]
fn reddit_comments_page() {
    let (results, skipped) =
        read_counting(Format::Reddit, "reddit-thread.json", ReadOptions::default());
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "t3_1abc234",
            "t1_l5n1mod",
            "t1_l5n2a1b",
            "t1_l5n3c4d",
            "t1_l5n4e5f",
            "t1_l5n5g6h",
            "t1_l5n6i7j",
            "t1_l5n7k8l",
            "t1_l5n8m9n",
        ],
        "the submission, then each comment before its replies"
    );
    assert_eq!(skipped, 1, "the \"more\" stub");

    let question = posts[0];
    assert_eq!(question.kind, PostKind::Post);
    assert!(
        question
            .text
            .starts_with("First workbench: plans & advice?\n\nBuilding my first workbench")
    );
    assert_eq!(question.author.as_deref(), Some("first_bench_fred"));
    assert_eq!(question.thread_id.as_deref(), Some("t3_1abc234"));
    assert_eq!(question.metrics.replies, Some(9));
    assert!(question.links.is_empty(), "a self post links to itself");
    assert_eq!(ts(question).as_deref(), Some("2024-06-10T06:13:20Z"));

    let by_id = |id: &str| *posts.iter().find(|p| p.id == id).unwrap();
    let automod = by_id("t1_l5n1mod");
    assert!(
        automod.text.contains("See the \"Rules\""),
        "entities decoded"
    );
    let quoting = by_id("t1_l5n3c4d");
    assert_eq!(quoting.kind, PostKind::Reply);
    assert!(quoting.text.starts_with("> 4\" thick\n\n"));
    assert_eq!(quoting.parent_id.as_deref(), Some("t1_l5n2a1b"));
    assert_eq!(quoting.thread_id.as_deref(), Some("t3_1abc234"));
    assert_eq!(
        quoting.url.as_deref(),
        Some(
            "https://www.reddit.com/r/woodworking/comments/1abc234/first_workbench_plans/l5n3c4d/"
        )
    );
    assert_eq!(by_id("t1_l5n4e5f").parent_id.as_deref(), Some("t1_l5n3c4d"));
    let removed = by_id("t1_l5n5g6h");
    assert_eq!(
        (removed.text.as_str(), removed.author.as_deref()),
        ("", None)
    );
    assert_eq!(extra(removed, "removed"), Some("\"[removed]\""));
    let ad = by_id("t1_l5n6i7j");
    assert_eq!(extra(ad, "score"), Some("-6"));
    assert_eq!(ad.metrics.likes, None);
    let deleted = by_id("t1_l5n7k8l");
    assert_eq!(extra(deleted, "removed"), Some("\"[deleted]\""));
    let orphan = by_id("t1_l5n8m9n");
    assert_eq!(
        orphan.parent_id.as_deref(),
        Some("t1_l5n7k8l"),
        "keeps its parent"
    );

    // Detected without a flag, and the same posts from the page on one line (keys
    // possibly re-ordered by serde_json).
    let (format, detected) = read_path(
        &fixture("reddit-thread.json"),
        None,
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(format, Format::Reddit);
    let detected: Vec<_> = detected.map(Result::unwrap).collect();
    assert_eq!(detected.iter().collect::<Vec<_>>(), posts);
    let value: serde_json::Value =
        serde_json::from_slice(&fixture_bytes("reddit-thread.json")).unwrap();
    let one_line = serde_json::to_vec(&value).unwrap();
    assert_eq!(detect(&one_line, Some("thread.json")), Format::Reddit);
    let again = read_bytes(Format::Reddit, one_line, &ReadOptions::default());
    assert_eq!(
        again
            .iter()
            .map(|r| r.as_ref().unwrap())
            .collect::<Vec<_>>(),
        posts
    );
}

#[test]
fn rss_feed() {
    let posts = read_fixture(Format::Feed, "feed.rss");
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].id, "https://tiny.example/floppy");
    assert_eq!(
        posts[0].text,
        "Booting from a floppy in 2024\n\nIt still works. Parts from this shop."
    );
    assert_eq!(posts[0].links, ["https://parts.example/fdd"]);
    assert_eq!(posts[0].author.as_deref(), Some("Ada"));
    assert_eq!(ts(&posts[0]).as_deref(), Some("2024-01-07T09:15:00Z"));
    assert_eq!(posts[0].platform.as_deref(), Some("rss"));
    assert_eq!(
        posts[1].id, "https://tiny.example/notes-3",
        "no guid: the link is the id"
    );
    assert!(
        posts[1]
            .text
            .starts_with("Links & notes\n\nThree links: one, two.")
    );
    assert_eq!(
        posts[1].links,
        ["https://one.example", "https://two.example"]
    );
    assert_eq!(ts(&posts[1]).as_deref(), Some("2024-01-08T17:00:00Z"));
}

#[test]
fn wordpress_rss_comments_feed_reads_comments_as_replies_to_their_post() {
    // What WordPress serves at /comments/feed/: no threading element, each comment known
    // by its `#comment-<id>` address, its title the feed's own.
    let feed = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Comments for Small Plot</title>
  <link>https://smallplot.example</link>
  <item>
    <title>Comment on Leaf mould in a year by Ana</title>
    <link>https://smallplot.example/2024/03/leaf-mould/#comment-88</link>
    <dc:creator><![CDATA[Ana]]></dc:creator>
    <pubDate>Sat, 13 Apr 2024 07:12:25 +0000</pubDate>
    <guid isPermaLink="false">https://smallplot.example/?p=12#comment-88</guid>
    <description><![CDATA[Mine took two years in a dry corner.]]></description>
  </item>
  <item>
    <title>Leaf mould in a year</title>
    <link>https://smallplot.example/2024/03/leaf-mould/</link>
    <dc:creator><![CDATA[Maria]]></dc:creator>
    <pubDate>Fri, 12 Apr 2024 07:12:25 +0000</pubDate>
    <guid isPermaLink="false">https://smallplot.example/?p=12</guid>
    <description><![CDATA[Bag the leaves, wet them, wait.]]></description>
  </item>
</channel>
</rss>"#;
    let results = read_bytes(
        Format::Feed,
        feed.as_bytes().to_vec(),
        &ReadOptions::default(),
    );
    let posts = posts(&results);
    let (comment, post) = (posts[0], posts[1]);
    assert_eq!(comment.kind, PostKind::Reply);
    assert_eq!(comment.text, "Mine took two years in a dry corner.");
    assert_eq!(
        comment.parent_id.as_deref(),
        Some("https://smallplot.example/2024/03/leaf-mould/")
    );
    assert_eq!(comment.thread_id, comment.parent_id);
    assert_eq!(post.kind, PostKind::Post);
    assert!(post.text.starts_with("Leaf mould in a year\n\n"));
}

#[test]
fn atom_feed() {
    let posts = read_fixture(Format::Feed, "feed.atom");
    assert_eq!(posts.len(), 3);
    assert_eq!(posts[0].id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    assert_eq!(
        posts[0].text,
        "Measuring rainfall\n\nA bucket and a ruler get you surprisingly far."
    );
    assert_eq!(posts[0].url.as_deref(), Some("https://notes.example/rain"));
    assert_eq!(posts[0].author.as_deref(), Some("Kim"));
    assert_eq!(
        ts(&posts[0]).as_deref(),
        Some("2024-02-01T06:00:00Z"),
        "published wins over updated"
    );
    assert_eq!(posts[0].platform.as_deref(), Some("atom"));
    assert_eq!(posts[1].text, "Plain summary\n\nUse <b> for bold.");
    assert_eq!(posts[2].text, "Inline XHTML\n\nSee the map.");
    assert_eq!(posts[2].links, ["https://maps.example/rain"]);
}

#[test]
fn csv_table() {
    let posts = read_fixture(Format::Csv, "posts.csv");
    assert_eq!(posts.len(), 3);
    assert_eq!(posts[0].text, "Hello, world");
    assert_eq!(posts[1].text, "Multi\nline, with \"quotes\"");
    assert_eq!(posts[1].parent_id.as_deref(), Some("1"));
    assert_eq!(posts[1].kind, PostKind::Reply);
    assert_eq!(ts(&posts[1]).as_deref(), Some("2024-01-01T11:00:00Z"));
    assert_eq!(extra(&posts[0], "lang"), Some("\"en\""));
    assert_eq!(posts[2].author.as_deref(), Some("cat"));
    assert_eq!(posts[2].created_at, None);
}

#[test]
fn csv_named_columns() {
    let input = b"msg_id,who,body_text\nx1,ann,hi there\n".to_vec();
    let options = ReadOptions {
        text_column: Some("body_text".to_owned()),
        id_column: Some("msg_id".to_owned()),
        author_column: Some("who".to_owned()),
        ..ReadOptions::default()
    };
    let results = read_bytes(Format::Csv, input, &options);
    let post = results[0].as_ref().unwrap();
    assert_eq!(
        (post.id.as_str(), post.text.as_str(), post.author.as_deref()),
        ("x1", "hi there", Some("ann"))
    );
}

/// A table of comments (the YouTube Spam Collection's header, a `comment_text` column)
/// is read as replies: they landed under someone else's video or post even though the
/// table kept no parent. A table of posts is not.
#[test]
fn csv_of_comments_reads_replies() {
    let youtube = b"COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\nz12x,Ann,2014-01-19T00:10:00,check out my channel,1\n"
        .to_vec();
    let results = read_bytes(Format::Csv, youtube, &ReadOptions::default());
    let post = results[0].as_ref().unwrap();
    assert_eq!(
        (post.id.as_str(), post.kind, post.lands_elsewhere()),
        ("z12x", PostKind::Reply, true)
    );
    let named = b"comment_text,author\nlovely,ann\n".to_vec();
    let results = read_bytes(Format::Csv, named, &ReadOptions::default());
    assert_eq!(results[0].as_ref().unwrap().kind, PostKind::Reply);
    let posts = b"id,text\n1,our new range is out\n".to_vec();
    let results = read_bytes(Format::Csv, posts, &ReadOptions::default());
    assert_eq!(results[0].as_ref().unwrap().kind, PostKind::Post);
}

#[test]
fn jsonl_and_lines() {
    let input = b"{\"id\":\"a\",\"text\":\"one\"}\n\n{\"text\":\"two\",\"lang\":\"de\"}\n".to_vec();
    let results = read_bytes(Format::Jsonl, input, &ReadOptions::default());
    let posts = posts(&results);
    assert_eq!((posts[0].id.as_str(), posts[1].id.as_str()), ("a", "3"));
    assert_eq!(extra(posts[1], "lang"), Some("\"de\""));

    let results = read_bytes(
        Format::Lines,
        b"first post\r\n\n  \nsecond post\n".to_vec(),
        &ReadOptions::default(),
    );
    let lines: Vec<(&str, &str)> = posts_of(&results);
    assert_eq!(lines, [("1", "first post"), ("4", "second post")]);
}

/// A `commentThreads.list` page as `json.dump(indent=2)` saves it: a viewer's question
/// with the creator's answer and the viewer's thanks (only `textDisplay`, HTML), a fake
/// giveaway from an account named like the channel, the creator's own discount code,
/// and a link drop.
#[test]
fn youtube_comment_threads() {
    let (results, skipped) = read_counting(
        Format::Youtube,
        "youtube-threads.json",
        ReadOptions::default(),
    );
    assert_eq!(messages(&results), Vec::<String>::new());
    assert_eq!(skipped, 0);
    let posts = posts(&results);
    let ids: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "UgzHoseLen4AaABAg",
            "UgzHoseLen4AaABAg.A1aFirstRepl",
            "UgzHoseLen4AaABAg.A1bThanksMar",
            "UgwPromoBot8AaABAg",
            "UgxDiscount2AaABAg",
            "UgyLinkDrop6AaABAg",
        ],
        "each thread's top-level comment, then its replies"
    );
    for post in &posts {
        assert_eq!(post.platform.as_deref(), Some("youtube"));
        assert_eq!(post.kind, PostKind::Reply);
        assert_eq!(post.thread_id.as_deref(), Some("q9BrakeBleed"));
        assert_eq!(extra(post, "channel_id"), Some("\"UCbikeshedRepairs01\""));
    }
    let question = posts[0];
    assert_eq!(question.parent_id.as_deref(), Some("q9BrakeBleed"));
    assert_eq!(question.author.as_deref(), Some("@mara_rides"));
    assert_eq!(ts(question).as_deref(), Some("2024-09-14T08:02:11Z"));
    assert_eq!(question.metrics.likes, Some(9));
    assert_eq!(question.metrics.replies, Some(2));
    assert_eq!(
        question.url.as_deref(),
        Some("https://www.youtube.com/watch?v=q9BrakeBleed&lc=UgzHoseLen4AaABAg")
    );

    let answer = posts[1];
    assert_eq!(answer.parent_id.as_deref(), Some("UgzHoseLen4AaABAg"));
    assert_eq!(answer.author.as_deref(), Some("@bikeshedrepairs"));
    assert_eq!(
        extra(answer, "author_channel_id"),
        extra(answer, "channel_id"),
        "the creator, on their own video"
    );
    let thanks = posts[2];
    assert_eq!(
        thanks.text,
        "Makes sense, thanks!\nGoing to order olives & inserts today."
    );
    let giveaway = posts[3];
    assert_eq!(
        extra(giveaway, "author_channel_id"),
        Some("\"UCfakeGiveaway000001\""),
        "named like the channel, but another channel"
    );
    let code = posts[4];
    assert_eq!(extra(code, "author_channel_id"), extra(code, "channel_id"));
    assert_eq!(code.metrics.replies, Some(0));
    let drop = posts[5];
    assert_eq!(
        drop.text,
        "Best price brake pads here https://cheap-parts.example/pads"
    );
    assert_eq!(
        extra(drop, "author_channel_url"),
        Some("\"http://www.youtube.com/@cheap_parts_outlet\"")
    );

    // Detected without a flag, and the same posts from the page on one line.
    let (format, detected) = read_path(
        &fixture("youtube-threads.json"),
        None,
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(format, Format::Youtube);
    let detected: Vec<_> = detected.map(Result::unwrap).collect();
    assert_eq!(detected.iter().collect::<Vec<_>>(), posts);
    let value: serde_json::Value =
        serde_json::from_slice(&fixture_bytes("youtube-threads.json")).unwrap();
    let one_line = serde_json::to_vec(&value).unwrap();
    assert_eq!(detect(&one_line, None), Format::Youtube);
    let again = read_bytes(Format::Youtube, one_line, &ReadOptions::default());
    assert_eq!(
        again
            .iter()
            .map(|r| r.as_ref().unwrap())
            .collect::<Vec<_>>(),
        posts
    );
}

/// Responses one a line, as a script that appends each page saves them: two
/// `commentThreads.list` pages, then the `comments.list?parentId=` page of the first
/// thread's replies, which do not name their video.
#[test]
fn youtube_pages_one_a_line() {
    let posts = read_fixture(Format::Youtube, "youtube-pages.jsonl");
    let fields: Vec<(&str, Option<&str>, Option<&str>)> = posts
        .iter()
        .map(|p| {
            (
                p.id.as_str(),
                p.parent_id.as_deref(),
                p.thread_id.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            (
                "UgwSpokes11AaABAg",
                Some("Lw3TrueWheel"),
                Some("Lw3TrueWheel")
            ),
            (
                "UgwRimTape7AaABAg",
                Some("Lw3TrueWheel"),
                Some("Lw3TrueWheel")
            ),
            (
                "UgwSpokes11AaABAg.B1Quarter01",
                Some("UgwSpokes11AaABAg"),
                None
            ),
            (
                "UgwSpokes11AaABAg.B2Thanks002",
                Some("UgwSpokes11AaABAg"),
                None
            ),
        ]
    );
    assert_eq!(posts[2].author.as_deref(), Some("@wheelbuilder"));
    assert_eq!(
        extra(&posts[2], "channel_id"),
        Some("\"UCwheelbuilder000001\"")
    );
    assert_eq!(posts[2].url, None, "no video to link to");
    // A line cut short is reported, and the lines after it are still read.
    let mut bytes = fixture_bytes("youtube-pages.jsonl");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let second = text.find("\n").unwrap() + 1;
    bytes.splice(second..second + 40, []);
    let results = read_bytes(Format::Youtube, bytes, &ReadOptions::default());
    assert!(!messages(&results).is_empty());
    assert!(
        messages(&results)
            .iter()
            .all(|message| message.starts_with("input:2:")),
        "{:?}",
        messages(&results)
    );
    let read: Vec<&str> = posts_of(&results).into_iter().map(|(id, _)| id).collect();
    assert_eq!(
        read,
        [
            "UgwSpokes11AaABAg",
            "UgwSpokes11AaABAg.B1Quarter01",
            "UgwSpokes11AaABAg.B2Thanks002"
        ]
    );
}

fn posts_of(
    results: &[Result<discern_posts::Post, discern_posts::ImportError>],
) -> Vec<(&str, &str)> {
    posts(results)
        .into_iter()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .collect()
}

#[test]
fn detects_every_fixture() {
    let cases = [
        ("wordpress.xml", Format::Wxr),
        ("outbox.json", Format::Mastodon),
        ("jetstream.jsonl", Format::Bluesky),
        ("tweets.js", Format::Twitter),
        ("reddit.ndjson", Format::Reddit),
        ("reddit-thread.json", Format::Reddit),
        ("feed.rss", Format::Feed),
        ("feed.atom", Format::Feed),
        ("posts.csv", Format::Csv),
        ("disqus.xml", Format::Disqus),
        ("youtube-threads.json", Format::Youtube),
        ("youtube-pages.jsonl", Format::Youtube),
    ];
    for (name, format) in cases {
        assert_eq!(detect(&fixture_bytes(name), Some(name)), format, "{name}");
        let (detected, posts) = read_path(&fixture(name), None, &ReadOptions::default()).unwrap();
        assert_eq!(detected, format);
        assert!(posts.count() > 0, "{name}");
    }
    let missing = read_path(
        &fixture("no-such-file.jsonl"),
        None,
        &ReadOptions::default(),
    );
    assert!(missing.is_err_and(|error| error.is_fatal()));
}
