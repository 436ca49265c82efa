//! The blog-side importers (WordPress WXR, RSS/Atom feeds, Disqus exports, Reddit dumps)
//! against the variations real exports contain: old export versions, every comment
//! moderation state, plugin post and comment types, sloppy feed dates, inline XHTML,
//! Blogger's Atom export, Disqus's sparse and out-of-order records, and Pushshift /
//! Arctic Shift / Reddit API records.

mod common;

use common::*;
use discern_posts::{Format, ImportError, Post, PostKind, ReadOptions, detect};

fn variant(name: &str) -> String {
    format!("variants/blog/{name}")
}

/// Every result of reading a variant fixture, and the skip count afterwards.
fn read_variant(format: Format, name: &str) -> (Vec<Result<Post, ImportError>>, u64) {
    read_counting(format, &variant(name), ReadOptions::default())
}

fn find<'a>(posts: &[&'a Post], id: &str) -> &'a Post {
    posts
        .iter()
        .find(|post| post.id == id)
        .unwrap_or_else(|| panic!("no post {id}"))
}

fn ids<'a>(posts: &[&'a Post]) -> Vec<&'a str> {
    posts.iter().map(|post| post.id.as_str()).collect()
}

#[test]
fn wxr_keeps_every_moderation_state_and_plugin_content() {
    let (results, skipped) = read_variant(Format::Wxr, "wxr-1.2-moderation.xml");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(
        ids(&posts),
        [
            "101", "c201", "c202", "c203", "c204", "c205", "102", "c206", "103", "c207", "300",
            "c208", "302"
        ],
        "menu entry, attachment and shop order are not posts; the order note is not a comment"
    );
    assert_eq!(
        skipped, 4,
        "nav_menu_item, attachment, shop_order and its order_note are counted"
    );

    let post = find(&posts, "101");
    assert!(
        post.text.ends_with("A CDATA end in code: a[b[0]]>c."),
        "a CDATA section split at ]]> joins up again: {:?}",
        post.text
    );

    let approved = find(&posts, "c201");
    assert_eq!(approved.author.as_deref(), Some("Sam & Alex"));
    assert_eq!(
        approved.text,
        "Did you feed it twice a day?\n\nMine went flat – and smelled like nail polish…"
    );
    assert_eq!(extra(approved, "wp_status"), Some("\"1\""));
    assert_eq!(extra(approved, "akismet_result"), Some("\"false\""));
    assert_eq!(
        extra(approved, "akismet_history"),
        None,
        "only the verdicts are kept"
    );
    assert_eq!(approved.url, None, "an empty author URL is no URL");

    let owner_reply = find(&posts, "c202");
    assert_eq!(owner_reply.parent_id.as_deref(), Some("c201"));
    assert_eq!(
        owner_reply.kind,
        PostKind::Reply,
        "an empty comment_type is a comment"
    );
    assert_eq!(extra(owner_reply, "user_id"), Some("\"1\""));
    assert_eq!(extra(approved, "user_id"), None, "user id 0 is a visitor");

    let pending = find(&posts, "c203");
    assert_eq!(extra(pending, "wp_status"), Some("\"0\""));
    assert_eq!(extra(pending, "akismet_result"), Some("\"true\""));
    assert_eq!(
        pending.links,
        [
            "https://www.booster.example/offer?ref=bread&x=1",
            "www.booster.example"
        ]
    );
    let trashed = find(&posts, "c204");
    assert_eq!(extra(trashed, "wp_status"), Some("\"trash\""));
    assert_eq!(extra(trashed, "akismet_user_result"), Some("\"true\""));

    let undated = find(&posts, "c205");
    assert_eq!(
        undated.created_at, None,
        "0000-00-00 00:00:00 means no date"
    );

    assert_eq!(extra(find(&posts, "102"), "wp_status"), Some("\"trash\""));
    let orphan = find(&posts, "c206");
    assert_eq!(extra(orphan, "wp_status"), Some("\"post-trashed\""));
    assert_eq!(orphan.thread_id.as_deref(), Some("102"));
    let private = find(&posts, "103");
    assert_eq!(extra(private, "wp_status"), Some("\"private\""));

    let attachment_spam = find(&posts, "c207");
    assert_eq!(
        (
            attachment_spam.parent_id.as_deref(),
            attachment_spam.thread_id.as_deref()
        ),
        (Some("104"), Some("104")),
        "comments on an attachment page still come through"
    );

    let product = find(&posts, "300");
    assert_eq!(extra(product, "post_type"), Some("\"product\""));
    let review = find(&posts, "c208");
    assert_eq!(review.kind, PostKind::Reply);
    assert_eq!(extra(review, "comment_type"), Some("\"review\""));
    assert_eq!(extra(approved, "comment_type"), None);

    let draft = find(&posts, "302");
    assert_eq!(extra(draft, "post_type"), Some("\"recipe\""));
    assert_eq!(extra(draft, "wp_status"), Some("\"draft\""));
    assert_eq!(
        ts(draft).as_deref(),
        Some("2024-03-07T13:00:00Z"),
        "no GMT date: pubDate"
    );
}

#[test]
fn wxr_1_0_disqus_import_without_post_ids() {
    let name = variant("wxr-1.0-disqus.xml");
    assert_eq!(detect(&fixture_bytes(&name), None), Format::Wxr);
    let (results, skipped) = read_variant(Format::Wxr, "wxr-1.0-disqus.xml");
    assert_eq!(messages(&results), Vec::<String>::new());
    assert_eq!(skipped, 0);
    let posts = posts(&results);
    assert_eq!(
        ids(&posts),
        ["posts/chain", "c65"],
        "dsq:thread_identifier stands in"
    );
    assert_eq!(ts(posts[0]).as_deref(), Some("2010-09-20T09:13:44Z"));
    let comment = posts[1];
    assert_eq!(comment.parent_id.as_deref(), Some("posts/chain"));
    assert_eq!(comment.text, "Quick links saved my trip & my knees.");
    assert_eq!(comment.links, ["rin.example.net"]);
    assert_eq!(extra(comment, "wp_status"), Some("\"1\""));
}

#[test]
fn wxr_item_without_any_id_is_reported() {
    let input = br#"<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>Nameless</title><wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content>hi</wp:comment_content></wp:comment></item>
<item><title>Named</title><wp:post_id>5</wp:post_id></item>
</channel></rss>"#;
    let results = read_bytes(Format::Wxr, input.to_vec(), &ReadOptions::default());
    assert_eq!(ids(&posts(&results)), ["5"]);
    let errors = messages(&results);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("input:2: <item> without <wp:post_id>"),
        "{}",
        errors[0]
    );
}

#[test]
fn wxr_1_1_unwrapped_fields_and_escaped_content() {
    let (results, _) = read_variant(Format::Wxr, "wxr-1.1-plain.xml");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(ids(&posts), ["1", "c1", "c2"]);
    assert_eq!(
        posts[1].text,
        "Hi, this is a comment.\nTo delete a comment, just log in and view the post's comments."
    );
    assert_eq!(posts[2].author.as_deref(), Some("Vi & Co"));
    assert_eq!(posts[2].text, "Escaped, not CDATA: bold & more");
}

#[test]
fn wxr_titles_decode_entities() {
    let input = br#"<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>Ben &amp;amp; Jerry&#8217;s</title><wp:post_id>9</wp:post_id><wp:post_type>page</wp:post_type></item>
</channel></rss>"#;
    let results = read_bytes(Format::Wxr, input.to_vec(), &ReadOptions::default());
    assert_eq!(posts(&results)[0].text, "Ben & Jerry’s");
}

#[test]
fn disqus_sparse_records_and_reference_forms() {
    let name = variant("disqus-variants.xml");
    assert_eq!(
        detect(&fixture_bytes(&name), Some("export.xml")),
        Format::Disqus
    );
    let (results, skipped) = read_variant(Format::Disqus, "disqus-variants.xml");
    assert_eq!(messages(&results), Vec::<String>::new());
    assert_eq!(skipped, 0, "categories are not records");
    let posts = posts(&results);
    assert_eq!(ids(&posts), ["t2", "10", "11", "12", "13", "t3"]);

    let bare = find(&posts, "t2");
    assert_eq!(bare.text, "", "empty title and message");
    assert_eq!(bare.url, None, "an empty link is no URL");
    assert_eq!(
        ts(bare).as_deref(),
        Some("2012-12-12T12:12:12Z"),
        "no zone: UTC"
    );
    assert_eq!(extra(bare, "disqus_identifier"), Some("\"1\""));

    let plain = find(&posts, "10");
    assert_eq!(plain.text, "Plain text, no HTML");
    assert_eq!(
        plain.thread_id.as_deref(),
        Some("t2"),
        "<thread dsq:id> with an end tag is a reference, not a record"
    );
    assert_eq!(extra(plain, "disqus_is_spam"), None, "no isSpam, no mark");

    let reply = find(&posts, "11");
    assert_eq!(reply.text, "Yo dude\nsecond line");
    assert_eq!(
        reply.parent_id.as_deref(),
        Some("10"),
        "dsq:id, not the text"
    );

    let empty = find(&posts, "12");
    assert_eq!(
        (
            empty.text.as_str(),
            empty.author.as_deref(),
            empty.created_at
        ),
        ("", None, None)
    );

    let spam = find(&posts, "13");
    assert_eq!(
        spam.thread_id.as_deref(),
        Some("t3"),
        "its thread comes later"
    );
    assert_eq!(
        spam.links,
        [
            "https://replica-watches.example/",
            "https://pics.example/p.jpg"
        ]
    );
    assert_eq!(ts(spam).as_deref(), Some("2013-01-02T02:04:05Z"));
    assert_eq!(extra(spam, "disqus_is_spam"), Some("true"), "1 is true");
    assert_eq!(spam.author.as_deref(), Some("watch deals"));

    let late = find(&posts, "t3");
    assert_eq!(late.text, "Latte art & milk");
    assert_eq!(late.author, None);
    assert_eq!(
        late.url.as_deref(),
        Some("https://tiny.example/guides/latte-art")
    );
}

#[test]
fn rss2_sloppy_dates_guids_and_bom() {
    let bytes = fixture_bytes(&variant("rss2-sloppy.rss"));
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(detect(&bytes, None), Format::Feed);
    let (results, _) = read_variant(Format::Feed, "rss2-sloppy.rss");
    assert_eq!(
        messages(&results),
        ["input:30: <pubDate>: cannot read \"sometime last week\" as a date"]
    );
    let posts = posts(&results);
    assert_eq!(posts.len(), 4);

    let first = posts[0];
    assert_eq!(
        first.id, "https://kettle.example/?p=55",
        "a non-permalink guid is still the id"
    );
    assert_eq!(
        first.url.as_deref(),
        Some("https://kettle.example/2024/05/oolong/")
    );
    assert_eq!(
        first.text, "Oolong & patience\n\nRinse once.\n\nSteep in a gaiwan.",
        "content:encoded wins over the teaser description"
    );
    assert_eq!(first.links, ["https://shop.example/gaiwan"]);
    assert_eq!(first.author.as_deref(), Some("Mei"));
    assert_eq!(ts(first).as_deref(), Some("2024-05-14T12:30:00Z"), "EST");

    let second = posts[1];
    assert_eq!(
        second.url.as_deref(),
        Some("https://kettle.example/notes/7"),
        "permalink guid"
    );
    assert_eq!(
        second.text,
        "No link, permalink guid\n\nEscaped HTML in a description & an entity."
    );
    assert_eq!(
        ts(second).as_deref(),
        Some("2024-06-03T09:05:00Z"),
        "full day and month names, one-digit hour, UTC"
    );
    assert_eq!(
        ts(posts[2]).as_deref(),
        Some("2024-06-04T08:00:00Z"),
        "a wrong weekday and a +02:00 offset"
    );
    assert_eq!(
        ts(posts[3]).as_deref(),
        Some("2024-06-05T08:15:00Z"),
        "an unreadable pubDate falls back to dc:date"
    );
}

#[test]
fn rss1_rdf_items_outside_channel() {
    let name = variant("rss1.rdf");
    assert_eq!(detect(&fixture_bytes(&name), None), Format::Feed);
    let (results, _) = read_variant(Format::Feed, "rss1.rdf");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(
        ids(&posts),
        [
            "https://slashdot.example/story/1",
            "https://slashdot.example/story/2"
        ],
        "rdf:about is the id, not the tracking link"
    );
    assert_eq!(
        posts[0].url.as_deref(),
        Some("https://slashdot.example/story/1?from=rss")
    );
    assert_eq!(posts[0].text, "Kernel 9.0 released\n\nLots of drivers.");
    assert_eq!(posts[0].author.as_deref(), Some("timothy"));
    assert_eq!(posts[0].platform.as_deref(), Some("rss"));
    assert_eq!(ts(posts[0]).as_deref(), Some("2024-04-01T12:00:00Z"));
    assert_eq!(
        posts[1].text,
        "Minutes-only W3C date\n\nBody from content:encoded."
    );
    assert_eq!(ts(posts[1]).as_deref(), Some("2024-04-02T13:30:00Z"));
}

#[test]
fn atom_content_types_links_and_dates() {
    let (results, _) = read_variant(Format::Feed, "atom-variants.atom");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(posts.len(), 5);

    let html = posts[0];
    assert_eq!(
        html.text,
        "Dithering & palettes\n\nFloyd–Steinberg first.\n\nThen palettes."
    );
    assert_eq!(
        html.url.as_deref(),
        Some("https://pixel.example/1"),
        "the HTML alternate among self, replies and an Atom alternate"
    );
    assert_eq!(html.links, ["https://palettes.example/"]);
    assert_eq!(html.author.as_deref(), Some("Ines"));
    assert_eq!(
        ts(html).as_deref(),
        Some("2024-07-01T10:00:00Z"),
        "published, not updated"
    );

    let xhtml = posts[1];
    assert_eq!(
        xhtml.text, "XHTML with paragraphs\n\nOne & two.\n\nThree < four, see this.",
        "inline XHTML keeps its paragraphs apart"
    );
    assert_eq!(xhtml.links, ["https://x.example/?a=1&b=2"]);
    assert_eq!(posts[2].text, "Prefixed XHTML\n\nAlpha\n\nBeta");
    assert_eq!(
        posts[3].text,
        "Summary only, MIME text\n\nTags like <p> stay text here."
    );
    assert_eq!(posts[4].text, "Only updated\n\nMIME html");
    assert_eq!(posts[4].url, None, "an edit link is not the post's address");
    assert_eq!(ts(posts[4]).as_deref(), Some("2024-07-02T12:00:00Z"));
}

#[test]
fn blogger_export_comments_are_replies_and_settings_are_not_posts() {
    let (results, skipped) = read_variant(Format::Feed, "blogger-export.atom");
    assert_eq!(messages(&results), Vec::<String>::new());
    assert_eq!(
        skipped, 2,
        "the settings and template entries are counted as skipped"
    );
    let posts = posts(&results);
    let post_id = "tag:blogger.com,1999:blog-1234.post-555";
    assert_eq!(
        ids(&posts),
        [post_id, "tag:blogger.com,1999:blog-1234.post-9001"],
        "the settings and template entries are not posts"
    );
    assert_eq!(posts[0].kind, PostKind::Post);
    assert_eq!(
        posts[0].url.as_deref(),
        Some("https://knit.example/2024/01/heel-turns.html")
    );
    let comment = posts[1];
    assert_eq!(comment.kind, PostKind::Reply);
    assert_eq!(comment.parent_id.as_deref(), Some(post_id));
    assert_eq!(comment.links, ["https://followers.example"]);
    assert_eq!(ts(comment).as_deref(), Some("2024-01-11T10:00:00Z"));
}

#[test]
fn feed_in_another_encoding_is_decoded_as_declared() {
    let (results, _) = read_variant(Format::Feed, "latin1.rss");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(
        ids(&posts),
        [
            "http://vieux.example/1",
            "http://vieux.example/2",
            "http://vieux.example/3"
        ]
    );
    assert_eq!(posts[1].text, "Café", "ISO-8859-1 é read as é");
}

#[test]
fn reddit_dump_variants() {
    let name = variant("reddit-variants.ndjson");
    assert_eq!(detect(&fixture_bytes(&name), None), Format::Reddit);
    let (results, skipped) = read_variant(Format::Reddit, "reddit-variants.ndjson");
    assert_eq!(
        skipped, 3,
        "the \"more\" stub and the two subreddit records"
    );
    assert_eq!(
        messages(&results),
        [
            "input:13: neither a submission (no \"title\") nor a comment (no \"body\")",
            "input:14: field \"created_utc\": cannot read \"yesterday\" as Unix seconds",
        ]
    );
    let posts = posts(&results);
    assert_eq!(
        ids(&posts),
        [
            "t3_s1", "t3_s2", "t3_s3", "t1_k1", "t1_k2", "t1_k3", "t1_k4", "t1_k5", "t1_k6"
        ],
        "a \"more\" stub and subreddit records are passed over"
    );
    for (index, placeholder) in [
        (4, "[removed]"),
        (5, "[deleted]"),
        (6, "[ Removed by Reddit ]"),
    ] {
        let gone = posts[index];
        assert_eq!(gone.text, "", "{}", gone.id);
        assert_eq!(
            extra(gone, "removed"),
            Some(format!("{placeholder:?}").as_str())
        );
        assert_eq!(gone.kind, PostKind::Reply);
    }
    assert_eq!(posts[4].parent_id.as_deref(), Some("t1_k1"));
    assert_eq!(extra(posts[3], "removed"), None);

    let link_post = posts[0];
    assert_eq!(link_post.links, ["https://oven-deals.example/spring"]);
    assert_eq!(
        link_post.url.as_deref(),
        Some("https://www.reddit.com/r/baking/comments/s1/link_post/")
    );
    assert_eq!(ts(link_post).as_deref(), Some("2023-11-14T22:13:20Z"));

    let removed = posts[1];
    assert_eq!(
        removed.text, "Removed self post",
        "the title stays, [removed] goes"
    );
    assert_eq!(removed.author, None, "[deleted] is no author");
    assert_eq!(removed.metrics.likes, None, "no score");
    assert_eq!(
        ts(removed).as_deref(),
        Some("2023-11-14T22:15:00Z"),
        "string seconds"
    );

    let old = posts[2];
    assert_eq!(old.text, "Old dump, no is_self\n\nmy crumb");
    assert!(
        old.links.is_empty(),
        "its own page is not a link target: {:?}",
        old.links
    );
    assert_eq!(
        ts(old).as_deref(),
        Some("2011-03-13T07:06:40Z"),
        "float seconds"
    );

    assert_eq!(posts[3].text, "Nice & crusty");
    assert_eq!(ts(posts[3]).as_deref(), Some("2023-11-14T22:16:40.500Z"));
    let bare = posts[7];
    assert_eq!(bare.author, None);
    assert_eq!(
        (bare.parent_id.as_deref(), bare.thread_id.as_deref()),
        (Some("t1_k1"), Some("t3_s1")),
        "unprefixed parent_id / link_id get their prefixes"
    );
    assert_eq!(ts(bare).as_deref(), Some("2023-11-14T22:20:00Z"));
    let api = posts[8];
    assert_eq!(
        api.text, "from the API",
        "Reddit API {{kind, data}} wrapper"
    );
    assert_eq!(api.kind, PostKind::Reply);
    assert_eq!(api.metrics.likes, Some(4));
}

#[test]
fn reddit_very_long_line_within_the_cap() {
    let selftext = "crumb ".repeat(50_000);
    let line = format!(
        "{{\"id\":\"big\",\"title\":\"Long\",\"selftext\":\"{selftext}\",\"created_utc\":1700000000,\"subreddit\":\"baking\"}}\n{{\"id\":\"c\",\"body\":\"after\",\"parent_id\":\"t3_big\"}}\n"
    );
    let results = read_bytes(Format::Reddit, line.into_bytes(), &ReadOptions::default());
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    assert_eq!(ids(&posts), ["t3_big", "t1_c"]);
    assert_eq!(posts[0].text.len(), "Long\n\n".len() + selftext.len());
}

/// A WordPress comments feed gives each commenter's website and e-mail (Atom's
/// `<author><uri>` and `<email>`): kept as a WXR export keeps them, as evidence.
#[test]
fn comments_feed_keeps_the_commenters_website_and_email() {
    let (results, _) = read_variant(Format::Feed, "wordpress-comments.atom");
    assert_eq!(messages(&results), Vec::<String>::new());
    let posts = posts(&results);
    let extra = |post: &Post, key: &str| {
        post.extra
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, raw)| raw.get().to_owned())
    };
    let seller = find(&posts, "https://ops.example/2025/02/backups/#comment-3312");
    assert_eq!(seller.kind, PostKind::Reply);
    assert_eq!(
        extra(seller, "author_url").as_deref(),
        Some("\"https://recovery-pros.example/services/raid-recovery/\"")
    );
    assert_eq!(
        extra(seller, "author_email").as_deref(),
        Some("\"sales@recovery-pros.example\"")
    );
    let reader = find(&posts, "https://ops.example/2025/02/backups/#comment-3313");
    assert_eq!(extra(reader, "author_url"), None);
}
