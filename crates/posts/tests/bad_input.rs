//! Broken input: every problem is reported with its position and the rest still
//! comes through.

mod common;

use common::*;
use discern_posts::{Format, ReadOptions};

fn ids(results: &[Result<discern_posts::Post, discern_posts::ImportError>]) -> Vec<&str> {
    posts(results).into_iter().map(|p| p.id.as_str()).collect()
}

/// A line of `size` bytes that would be a valid record if it were not so long.
fn huge_jsonl_line(size: usize) -> Vec<u8> {
    let mut line = b"{\"id\":\"big\",\"text\":\"".to_vec();
    line.resize(size, b'a');
    line.extend_from_slice(b"\"}\n");
    line
}

#[test]
fn jsonl_reports_each_bad_line_and_continues() {
    let mut input = b"{\"id\":\"1\",\"text\":\"ok\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\":\"2\",\"text\":\"bad \xff byte\"}\n");
    input.extend_from_slice(b"{\"id\":\"3\"}\n");
    input.extend_from_slice(b"{\"id\":\"4\",\"text\":\"unterminated}\n");
    input.extend_from_slice(&huge_jsonl_line(11 * 1024 * 1024));
    input.extend_from_slice(b"{\"id\":\"6\",\"text\":\"still here\"}");
    let results = read_bytes(Format::Jsonl, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["1", "6"]);
    let errors = messages(&results);
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert_eq!(errors[0], "input:2: invalid UTF-8 at byte 23 of the line");
    assert_eq!(errors[1], "input:3: missing field \"text\"");
    assert!(
        errors[2].starts_with("input:4: field \"text\": EOF while parsing a string"),
        "{}",
        errors[2]
    );
    assert!(
        errors[3].starts_with("input:5: record is over the limit of 10485760 bytes"),
        "{}",
        errors[3]
    );
    assert!(
        results
            .iter()
            .all(|r| r.as_ref().err().is_none_or(|e| !e.is_fatal()))
    );
}

#[test]
fn lines_skips_an_oversized_line() {
    let mut input = b"first\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', 11 * 1024 * 1024));
    input.extend_from_slice(b"\nthird\n");
    let results = read_bytes(Format::Lines, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["1", "3"]);
    assert!(messages(&results)[0].starts_with("input:2: record is over the limit"));
}

#[test]
fn csv_reports_bad_rows() {
    let input = b"id,text\n1,fine\n2,too,many\n3,bad \xff\n4,last\n".to_vec();
    let results = read_bytes(Format::Csv, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["1", "4"]);
    assert_eq!(
        messages(&results),
        [
            "input:3: record has 3 fields, the header has 2",
            "input:4: column \"text\" is not valid UTF-8",
        ]
    );

    let results = read_bytes(
        Format::Csv,
        b"id,title\n1,x\n".to_vec(),
        &ReadOptions::default(),
    );
    assert_eq!(results.len(), 1);
    let error = results[0].as_ref().unwrap_err();
    assert!(error.is_fatal());
    assert!(
        error.to_string().starts_with("input:1: no text column"),
        "{error}"
    );
}

#[test]
fn twitter_broken_item_truncated_file_and_wrong_format() {
    let input = br#"window.YTD.tweets.part0 = [
  { "tweet" : { "id_str" : "1", "full_text" : "one" } },
  { "tweet" : { "id_str" : "2", "full_text" : "two", } },
  { "tweet" : { "id_str" : "3" } },
  { "tweet" : { "id_str" : "4", "full_text" : "four" } },
  { "tweet" : { "id_str" : "5", "full_text" : "fi"#
        .to_vec();
    let results = read_bytes(Format::Twitter, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["1", "4"]);
    let errors = messages(&results);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].starts_with("input:3: trailing comma"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1], "input:4: missing field \"full_text\"");
    assert_eq!(
        errors[2],
        "input:6: truncated: the input ends inside this item"
    );

    let results = read_bytes(
        Format::Twitter,
        fixture_bytes("outbox.json"),
        &ReadOptions::default(),
    );
    assert_eq!(results.len(), 1);
    assert!(
        results[0]
            .as_ref()
            .is_err_and(|e| e.is_fatal() && e.to_string().contains("not a Twitter archive"))
    );
}

#[test]
fn mastodon_broken_item_truncated_and_wrong_format() {
    let input = br#"{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[
{"type":"Create","actor":"a","object":{"type":"Note","id":"n1","content":"<p>one</p>"}},
{"type":"Create","actor":"a","object":{"type":"Note","id":"n2","content":<p>two</p>}},
{"type":"Create","actor":"a","object":{"type":"Note","content":"no id"}},
{"type":"Create","actor":"a","object":{"type":"Note","id":"n4","published":"yesterday","content":"x"}},
{"type":"Create","actor":"a","object":{"type":"Note","id":"n5","content":"<p>five</p>"}},
{"type":"Create","actor":"a","object":{"type":"Note","id":"n6","#
        .to_vec();
    let results = read_bytes(Format::Mastodon, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["n1", "n5"]);
    let errors = messages(&results);
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(
        errors[0].starts_with("input:3: expected value"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1], "input:4: missing field \"object.id\"");
    assert!(
        errors[2].starts_with("input:5: field \"published\""),
        "{}",
        errors[2]
    );
    assert_eq!(
        errors[3],
        "input:7: truncated: the input ends inside this item"
    );

    for wrong in [
        fixture_bytes("tweets.js"),
        b"{\"id\":1,\"text\":\"hi\"}\n{\"id\":2}".to_vec(),
        Vec::new(),
    ] {
        let results = read_bytes(Format::Mastodon, wrong, &ReadOptions::default());
        assert_eq!(results.len(), 1);
        assert!(
            results[0].as_ref().is_err_and(|e| e.is_fatal()),
            "{results:?}"
        );
    }
}

#[test]
fn bluesky_bad_events() {
    let mut input = fixture_bytes("jetstream.jsonl");
    input.splice(0..0, b"{\"did\":\"did:plc:x\",\"kind\":\"commit\",\"commit\":{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"r\",\"record\":{\"createdAt\":\"2024-01-01T00:00:00Z\"}}}\nnot json\n\xfe\n".iter().copied());
    let results = read_bytes(Format::Bluesky, input, &ReadOptions::default());
    assert_eq!(posts(&results).len(), 3);
    let errors = messages(&results);
    assert_eq!(errors[0], "input:1: missing field \"commit.record.text\"");
    assert!(
        errors[1].starts_with("input:2: expected ident"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("input:3: invalid UTF-8"),
        "{}",
        errors[2]
    );
}

#[test]
fn reddit_bad_records() {
    let input = b"{\"id\":\"x\",\"subreddit\":\"a\"}\n{\"id\":\"y\",\"title\":\"t\",\"created_utc\":\"soon\"}\n{\"id\":\"z\",\"title\":\"ok\"}\n".to_vec();
    let results = read_bytes(Format::Reddit, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["t3_z"]);
    let errors = messages(&results);
    assert!(errors[0].starts_with("input:1: neither a submission"));
    assert!(errors[1].starts_with("input:2: field \"created_utc\""));
}

#[test]
fn wxr_truncated_malformed_and_wrong_format() {
    let full = String::from_utf8(fixture_bytes("wordpress.xml")).unwrap();
    // Cut inside the third comment of the first item.
    let cut = full.find("Best Cheap Pills").unwrap();
    let results = read_bytes(
        Format::Wxr,
        full.as_bytes()[..cut].to_vec(),
        &ReadOptions::default(),
    );
    assert!(posts(&results).is_empty());
    let errors = messages(&results);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("input:22: truncated"),
        "{}",
        errors[0]
    );

    // The first item loses its id, a new comment has no id, another has a stray tag.
    let broken = full
        .replacen("<wp:post_id>42</wp:post_id>", "", 1)
        .replacen("<wp:post_id>2</wp:post_id>", "<wp:post_id>2</wp:post_id><wp:comment><wp:comment_author>x</wp:comment_author></wp:comment><wp:comment><wp:comment_id>99</wp:comment_id><bad <</wp:comment>", 1);
    let results = read_bytes(Format::Wxr, broken.into_bytes(), &ReadOptions::default());
    let errors = messages(&results);
    assert!(
        errors[0].starts_with(
            "input:22: <item> without <wp:post_id>; the post and its 5 comments are skipped"
        ),
        "{errors:?}"
    );
    assert_eq!(errors[1], "input:142: comment without <wp:comment_id>");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(ids(&results), ["2", "c99"]);

    for wrong in [
        fixture_bytes("feed.rss"),
        fixture_bytes("outbox.json"),
        Vec::new(),
    ] {
        let results = read_bytes(Format::Wxr, wrong, &ReadOptions::default());
        assert_eq!(results.len(), 1, "{results:?}");
        assert!(
            results[0].as_ref().is_err_and(|e| e.is_fatal()),
            "{results:?}"
        );
    }
}

#[test]
fn disqus_truncated_broken_and_wrong_format() {
    let full = String::from_utf8(fixture_bytes("disqus.xml")).unwrap();
    // Cut inside the store's comment.
    let cut = full.find("Great read").unwrap();
    let results = read_bytes(
        Format::Disqus,
        full.as_bytes()[..cut].to_vec(),
        &ReadOptions::default(),
    );
    assert_eq!(ids(&results), ["t7203551845", "4370000101", "4370000102"]);
    let errors = messages(&results);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("input:72: truncated: "),
        "{}",
        errors[0]
    );

    // A comment loses its dsq:id, another names its thread only by the site's
    // identifier, a third has an unreadable date, and the link drop is never closed.
    let broken = full
        .replacen("<post dsq:id=\"4370000101\">", "<post>", 1)
        .replacen(
            "<thread dsq:id=\"7203551845\" />\n    <parent dsq:id=\"4370000101\" />",
            "<thread>42</thread>\n    <parent dsq:id=\"4370000101\" />",
            1,
        )
        .replacen(
            "<createdAt>2019-03-05T03:00:00Z</createdAt>",
            "<createdAt>yesterday</createdAt>",
            1,
        )
        .replacen(
            "<thread dsq:id=\"7203551845\" />\n  </post>\n  <post dsq:id=\"4370000105\">",
            "<thread dsq:id=\"7203551845\" />\n\n  <post dsq:id=\"4370000105\">",
            1,
        );
    let results = read_bytes(Format::Disqus, broken.into_bytes(), &ReadOptions::default());
    assert_eq!(
        messages(&results),
        [
            "input:42: <post> without dsq:id; skipped",
            "input:56: post 4370000102 has no <thread dsq:id=\"…\"/>, so its thread is unknown; skipped",
            "input:72: <createdAt>: cannot read \"yesterday\" as a date",
            "input:86: <post> is not closed before the next one; skipped",
        ]
    );
    assert_eq!(ids(&results), ["t7203551845", "4370000106", "4370000107"]);

    // A thread the file does not hold is no error: the comment gathers under its id,
    // as a WordPress comment whose parent was not exported does.
    let elsewhere = full.replacen(
        "<thread dsq:id=\"7203551846\" />\n  </post>",
        "<thread dsq:id=\"999\" />\n  </post>",
        1,
    );
    let results = read_bytes(
        Format::Disqus,
        elsewhere.into_bytes(),
        &ReadOptions::default(),
    );
    assert_eq!(messages(&results), Vec::<String>::new());
    let last = *posts(&results).last().unwrap();
    assert_eq!(
        (last.parent_id.as_deref(), last.thread_id.as_deref()),
        (Some("t999"), Some("t999"))
    );

    for wrong in [
        fixture_bytes("wordpress.xml"),
        fixture_bytes("feed.atom"),
        fixture_bytes("outbox.json"),
        Vec::new(),
    ] {
        let results = read_bytes(Format::Disqus, wrong, &ReadOptions::default());
        assert_eq!(results.len(), 1, "{results:?}");
        assert!(
            results[0].as_ref().is_err_and(|e| e.is_fatal()),
            "{results:?}"
        );
    }
    let results = read_bytes(
        Format::Disqus,
        fixture_bytes("wordpress.xml"),
        &ReadOptions::default(),
    );
    assert_eq!(
        messages(&results),
        ["input:9: not a Disqus export: the root element is <rss>, not <disqus>"]
    );
}

#[test]
fn disqus_oversized_records_are_skipped_and_the_rest_read() {
    let options = ReadOptions {
        max_record_bytes: 700,
        ..ReadOptions::default()
    };
    let results = read_bytes(Format::Disqus, fixture_bytes("disqus.xml"), &options);
    let problems = messages(&results);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("input:8: record is over the limit of 700 bytes"),
        "the essay's thread: {problems:?}"
    );
    assert!(
        problems[1].starts_with("input:86: record is over the limit of 700 bytes"),
        "the link drop: {problems:?}"
    );
    assert_eq!(
        ids(&results),
        [
            "4370000101",
            "4370000102",
            "4370000103",
            "4370000106",
            "4370000107"
        ]
    );
}

#[test]
fn feed_bad_date_truncation_and_wrong_format() {
    let input = br#"<rss version="2.0"><channel>
<item><title>one</title><guid>1</guid></item>
<item><title>two</title><guid>2</guid><pubDate>someday</pubDate></item>
<item><title>three</title><guid>3</guid><description>bad &#xD800; ref &nbsp;ok</description></item>
<item><title>four</title><guid>4</guid><descr"#
        .to_vec();
    let results = read_bytes(Format::Feed, input, &ReadOptions::default());
    assert_eq!(ids(&results), ["1", "3"]);
    let problems = messages(&results);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("input:3: <pubDate>: cannot read"),
        "{}",
        problems[0]
    );
    assert!(problems[1].starts_with("input:5:"), "{}", problems[1]);

    let results = read_bytes(
        Format::Feed,
        b"<html><body>hi</body></html>".to_vec(),
        &ReadOptions::default(),
    );
    assert!(
        results[0]
            .as_ref()
            .is_err_and(|e| e.is_fatal() && e.to_string().contains("root element is <html>"))
    );
}

#[test]
fn oversized_records_in_archives_and_xml() {
    let options = ReadOptions {
        max_record_bytes: 300,
        ..ReadOptions::default()
    };
    let results = read_bytes(Format::Twitter, fixture_bytes("tweets.js"), &options);
    assert!(posts(&results).is_empty());
    assert_eq!(messages(&results).len(), 3);
    assert!(messages(&results)[0].starts_with("input:2: record is over the limit of 300 bytes"));

    let options = ReadOptions {
        max_record_bytes: 1500,
        ..ReadOptions::default()
    };
    let results = read_bytes(Format::Wxr, fixture_bytes("wordpress.xml"), &options);
    assert_eq!(ids(&results), ["2"], "{:?}", messages(&results));
    let problems = messages(&results);
    assert!(
        problems[0].starts_with("input:22: record is over the limit of 1500 bytes"),
        "{problems:?}"
    );
}

/// A WXR export whose items carry the given `content:encoded` texts.
fn wxr_with_contents(contents: &[&str]) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n",
    );
    for (index, content) in contents.iter().enumerate() {
        xml.push_str(&format!(
            "<item>\n<title>Post {index}</title>\n<wp:post_id>{}</wp:post_id>\n<wp:post_type>post</wp:post_type>\n<wp:status>publish</wp:status>\n<content:encoded><![CDATA[{content}]]></content:encoded>\n</item>\n",
            index + 1
        ));
    }
    xml.push_str("</channel>\n</rss>\n");
    xml.into_bytes()
}

#[test]
fn xml_records_over_the_limit_are_skipped_inside_one_event() {
    let options = ReadOptions {
        max_record_bytes: 4096,
        ..ReadOptions::default()
    };
    // One CDATA section (a single quick-xml event) of 1 MiB between two small posts.
    let huge = "x".repeat(1 << 20);
    let input = wxr_with_contents(&["first post", &huge, "third post"]);
    let results = read_bytes(Format::Wxr, input, &options);
    assert_eq!(ids(&results), ["1", "3"], "{:?}", messages(&results));
    let errors = messages(&results);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("input:11: record is over the limit of 4096 bytes"),
        "{errors:?}"
    );

    // The same in a feed, with a huge text between records too.
    let feed = format!(
        "<rss version=\"2.0\"><channel><title>t</title>{huge}<item><guid>a</guid><description>{huge}</description></item><item><guid>b</guid><description>kept</description></item></channel></rss>"
    );
    let results = read_bytes(Format::Feed, feed.into_bytes(), &options);
    assert_eq!(ids(&results), ["b"], "{:?}", messages(&results));
    assert_eq!(messages(&results).len(), 2, "{:?}", messages(&results));
}

#[test]
fn endless_input_as_xml_fails_fast_with_bounded_memory() {
    // `/dev/zero` as a WordPress export: 64 MiB of NUL bytes and no `<`. The reader
    // must stop at the limit with an error rather than buffer everything.
    let options = ReadOptions {
        max_record_bytes: 1 << 20,
        ..ReadOptions::default()
    };
    struct Counting(std::rc::Rc<std::cell::Cell<u64>>);
    impl std::io::Read for Counting {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            out.fill(0);
            self.0.set(self.0.get() + out.len() as u64);
            Ok(out.len())
        }
    }
    let read = std::rc::Rc::new(std::cell::Cell::new(0));
    let reader = std::io::BufReader::new(Counting(read.clone()));
    let results: Vec<_> =
        discern_posts::read_posts(reader, Format::Wxr, &options, "/dev/zero").collect();
    assert_eq!(results.len(), 1);
    let error = results[0].as_ref().unwrap_err();
    assert!(error.is_fatal());
    assert_eq!(
        error.to_string(),
        "/dev/zero:1: not XML: no root element within the first 1048576 bytes (the record limit)"
    );
    // The endless input was read only a little past the limit, so the memory it could
    // take is bounded by the limit too.
    assert!(read.get() < 2 << 20, "read {} bytes", read.get());
}
