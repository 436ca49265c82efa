//! Property tests: no importer panics on any bytes, JSONL round-trips every mapped
//! field, and a Disqus export, a Reddit comments page and YouTube API pages written from
//! any comments read back as written.

mod common;

use chrono::{DateTime, Utc};
use common::*;
use discern_posts::{Format, Metrics, Post, PostKind, ReadOptions, detect};
use proptest::prelude::*;
use serde_json::{Value, json};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_importer_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let options = ReadOptions { max_record_bytes: 200, ..ReadOptions::default() };
        for format in Format::ALL {
            let _ = read_bytes(format, bytes.clone(), &options);
        }
    }

    #[test]
    fn no_importer_panics_on_mangled_fixtures(
        fixture_index in 0usize..12,
        cut in any::<prop::sample::Index>(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let names = ["wordpress.xml", "outbox.json", "jetstream.jsonl", "tweets.js", "reddit.ndjson", "feed.rss", "feed.atom", "posts.csv", "disqus.xml", "reddit-thread.json", "youtube-threads.json", "youtube-pages.jsonl"];
        let mut bytes = fixture_bytes(names[fixture_index]);
        for (at, byte) in flips {
            let index = at.index(bytes.len());
            bytes[index] = byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        for format in Format::ALL {
            let _ = read_bytes(format, bytes.clone(), &ReadOptions::default());
        }
    }

    /// Whatever the csv crate writes (quotes, doubled quotes, delimiters and line
    /// breaks inside fields), with any of the sniffed delimiters, reads back as written.
    #[test]
    fn csv_written_by_the_csv_crate_reads_back(
        texts in proptest::collection::vec("[a-z ,;|\t\"\r\n\u{e9}]{0,24}", 1..6),
        delimiter in prop::sample::select(vec![b',', b';', b'\t', b'|']),
    ) {
        let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
        writer.write_record(["id", "text"]).unwrap();
        for (index, text) in texts.iter().enumerate() {
            writer.write_record([index.to_string().as_str(), text.as_str()]).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let results = read_bytes(Format::Csv, bytes, &ReadOptions::default());
        let read: Vec<String> = results
            .into_iter()
            .map(|result| result.map(|post| post.text).map_err(|error| error.to_string()))
            .collect::<Result<_, _>>()
            .unwrap();
        prop_assert_eq!(read, texts);
    }

    /// The same posts as one top-level JSON array, compact or pretty-printed, read back
    /// as they were written.
    #[test]
    fn json_array_round_trip_is_lossless(
        posts in proptest::collection::vec(post_strategy(), 0..6),
        pretty in any::<bool>(),
    ) {
        let input = if pretty {
            serde_json::to_vec_pretty(&posts).unwrap()
        } else {
            serde_json::to_vec(&posts).unwrap()
        };
        let read: Vec<Post> = read_bytes(Format::Jsonl, input, &ReadOptions::default())
            .into_iter()
            .map(|result| result.unwrap())
            .collect();
        prop_assert_eq!(read, posts);
    }

    /// A Disqus export of threads and comments (any text with markup characters, in
    /// CDATA or escaped, deleted and spam-marked comments, replies to earlier comments)
    /// reads back as written: every comment that is not deleted, with its text, author,
    /// parent, thread and spam mark, and the deleted ones counted as skipped.
    #[test]
    fn disqus_export_round_trips(
        threads in proptest::collection::vec(words(), 1..4),
        comments in proptest::collection::vec(disqus_comment(), 0..12),
    ) {
        let (xml, expected, deleted) = disqus_export(&threads, &comments);
        let options = ReadOptions::default();
        let skipped = options.skipped.clone();
        let read: Vec<Post> = read_bytes(Format::Disqus, xml.clone().into_bytes(), &options)
            .into_iter()
            .map(|result| result.unwrap_or_else(|error| panic!("{error}\n{xml}")))
            .collect();
        let read: Vec<Fields> = read.iter().map(|p| fields_with(p, "disqus_is_spam")).collect();
        prop_assert_eq!(read, expected);
        prop_assert_eq!(skipped.get(), deleted);
    }

    /// A Reddit comments page (two Listings, replies nested in their comments, `more`
    /// stubs, removed bodies, deleted authors), pretty-printed or on one line, reads back
    /// as written: the submission, then each comment before its replies, each post as
    /// the NDJSON path maps the same thing on a line of its own.
    #[test]
    fn reddit_page_round_trips(
        comments in proptest::collection::vec(reddit_comment(), 0..14),
        pretty in any::<bool>(),
    ) {
        let (page, ndjson, expected, stubs) = reddit_page(&comments);
        let text = if pretty {
            serde_json::to_vec_pretty(&page).unwrap()
        } else {
            serde_json::to_vec(&page).unwrap()
        };
        prop_assert_eq!(detect(&text, Some("thread.json")), Format::Reddit);
        let options = ReadOptions::default();
        let skipped = options.skipped.clone();
        let read: Vec<Post> = read_bytes(Format::Reddit, text, &options)
            .into_iter()
            .map(|result| result.unwrap_or_else(|error| panic!("{error}")))
            .collect();
        let fields: Vec<RedditFields> = read.iter().map(reddit_fields).collect();
        prop_assert_eq!(fields, expected);
        prop_assert_eq!(skipped.get(), stubs);
        let line_by_line: Vec<Post> = read_bytes(Format::Reddit, ndjson.into_bytes(), &ReadOptions::default())
            .into_iter()
            .map(|result| result.unwrap())
            .collect();
        prop_assert_eq!(read, line_by_line);
    }

    /// Bytes after the start of a YouTube page, of an item or of an array never make the
    /// reader panic, and every error names the input.
    #[test]
    fn youtube_reader_never_panics(
        start in prop::sample::select(vec![
            "",
            "{\"kind\":\"youtube#commentThreadListResponse\",\"items\":[",
            "{\"kind\":\"youtube#commentThread\",\"id\":\"T\",\"snippet\":{\"topLevelComment\":",
            "[{\"items\":[{\"id\":\"C\",\"snippet\":{\"textOriginal\":",
            "{\"etag\":",
        ]),
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
        max_record_bytes in 16usize..400,
    ) {
        let mut input = start.as_bytes().to_vec();
        input.extend_from_slice(&bytes);
        let options = ReadOptions { max_record_bytes, ..ReadOptions::default() };
        for result in read_bytes(Format::Youtube, input, &options) {
            if let Err(error) = result {
                prop_assert_eq!(&error.detail().source_name, "input");
            }
        }
    }

    /// YouTube `commentThreads.list` pages (any text, threads with and without replies,
    /// the creator's comments), in every shape people save them (pretty-printed pages one
    /// after another, one a line, an array of pages, the bare items), read back as
    /// written: one post per comment, in order, with its text, author, parent and thread.
    #[test]
    fn youtube_pages_round_trip(
        threads in proptest::collection::vec(youtube_thread(), 0..10),
        per_page in 1usize..5,
        shape in 0usize..4,
    ) {
        let (input, expected) = youtube_pages(&threads, per_page, shape);
        if !expected.is_empty() {
            prop_assert_eq!(detect(input.as_bytes(), None), Format::Youtube);
        }
        let options = ReadOptions::default();
        let skipped = options.skipped.clone();
        let read: Vec<Post> = read_bytes(Format::Youtube, input.clone().into_bytes(), &options)
            .into_iter()
            .map(|result| result.unwrap_or_else(|error| panic!("{error}\n{input}")))
            .collect();
        prop_assert_eq!(read.len(), expected.len());
        let read: Vec<Fields> = read.iter().map(|p| fields_with(p, "author_channel_id")).collect();
        prop_assert_eq!(read, expected);
        prop_assert_eq!(skipped.get(), 0);
    }

    #[test]
    fn jsonl_round_trip_is_lossless(posts in proptest::collection::vec(post_strategy(), 1..8)) {
        let mut input = Vec::new();
        for post in &posts {
            serde_json::to_writer(&mut input, post).unwrap();
            input.push(b'\n');
        }
        let read: Vec<Post> = read_bytes(Format::Jsonl, input, &ReadOptions::default())
            .into_iter()
            .map(|result| result.unwrap())
            .collect();
        prop_assert_eq!(read, posts);
    }
}

fn optional_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(any::<String>())
}

fn post_strategy() -> impl Strategy<Value = Post> {
    let kinds = prop_oneof![
        Just(PostKind::Post),
        Just(PostKind::Reply),
        Just(PostKind::Share),
        Just(PostKind::Pingback),
        Just(PostKind::Trackback),
        Just(PostKind::Message),
    ];
    let time = proptest::option::of((-2_000_000_000i64..8_000_000_000, 0u32..1_000_000_000))
        .prop_map(|time| {
            time.and_then(|(secs, nanos)| DateTime::<Utc>::from_timestamp(secs, nanos))
        });
    let metrics = proptest::array::uniform4(proptest::option::of(any::<u64>())).prop_map(
        |[replies, likes, shares, views]| Metrics {
            replies,
            likes,
            shares,
            views,
        },
    );
    (
        (
            any::<String>(),
            any::<String>(),
            optional_text(),
            time,
            optional_text(),
        ),
        (optional_text(), optional_text(), optional_text(), kinds),
        (proptest::collection::vec(any::<String>(), 0..3), metrics),
    )
        .prop_map(
            |(
                (id, text, author, created_at, platform),
                (url, parent_id, thread_id, kind),
                (links, metrics),
            )| Post {
                id,
                text,
                author,
                created_at,
                platform,
                url,
                parent_id,
                thread_id,
                kind,
                links,
                metrics,
                extra: Vec::new(),
            },
        )
}

/// One to six words of letters, digits and the characters markup escapes, one space
/// apart (HTML collapses any other spacing).
fn words() -> impl Strategy<Value = String> {
    proptest::collection::vec("[A-Za-z0-9&<>\"'.,!?é€]{1,8}", 1..7)
        .prop_map(|words| words.join(" "))
}

/// A comment: its text, author, thread (an index), the earlier comment it answers (an
/// index), how its message is written, and whether Disqus marked it deleted or spam.
#[derive(Debug, Clone)]
struct DisqusComment {
    text: String,
    author: Option<String>,
    thread: usize,
    parent: Option<usize>,
    cdata: bool,
    deleted: bool,
    spam: Option<bool>,
}

fn disqus_comment() -> impl Strategy<Value = DisqusComment> {
    (
        words(),
        proptest::option::of("[A-Za-z][A-Za-z &']{0,10}[A-Za-z]"),
        any::<usize>(),
        proptest::option::of(any::<usize>()),
        any::<bool>(),
        proptest::bool::weighted(0.2),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(text, author, thread, parent, cdata, deleted, spam)| DisqusComment {
                text,
                author,
                thread,
                parent,
                cdata,
                deleted,
                spam,
            },
        )
}

/// What the Disqus and YouTube round trips compare: id, text, author, parent, thread,
/// and one field of `extra` (Disqus's spam mark, the YouTube author's channel).
type Fields = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn fields_with(post: &Post, extra_key: &str) -> Fields {
    (
        post.id.clone(),
        post.text.clone(),
        post.author.clone(),
        post.parent_id.clone(),
        post.thread_id.clone(),
        extra(post, extra_key).map(str::to_owned),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The export, what reading it must give (id, text, author, parent, thread, spam mark)
/// and how many records are deleted.
fn disqus_export(threads: &[String], comments: &[DisqusComment]) -> (String, Vec<Fields>, u64) {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n<category dsq:id=\"1\"><forum>f</forum><title>General</title></category>\n",
    );
    let mut expected = Vec::new();
    for (index, title) in threads.iter().enumerate() {
        xml.push_str(&format!(
            "<thread dsq:id=\"{}\">\n<id>{index}</id>\n<link>https://blog.example/{index}</link>\n<title>{}</title>\n<message />\n<isDeleted>false</isDeleted>\n</thread>\n",
            900 + index,
            escape(&escape(title)),
        ));
        let id = format!("t{}", 900 + index);
        expected.push((id.clone(), title.clone(), None, None, Some(id), None));
    }
    let mut deleted = 0;
    for (index, comment) in comments.iter().enumerate() {
        let thread = format!("{}", 900 + comment.thread % threads.len());
        let html = format!("<p>{}</p>", escape(&comment.text));
        let message = if comment.cdata {
            format!("<![CDATA[{html}]]>")
        } else {
            escape(&html)
        };
        let parent = comment
            .parent
            .filter(|_| index > 0)
            .map(|parent| format!("{}", 5000 + parent % index));
        let author = comment.author.as_ref().map_or(String::new(), |name| {
            format!("<name>{}</name>", escape(name))
        });
        let spam = comment
            .spam
            .map_or(String::new(), |spam| format!("<isSpam>{spam}</isSpam>"));
        xml.push_str(&format!(
            "<post dsq:id=\"{}\">\n<id />\n<message>{message}</message>\n<createdAt>2020-01-01T00:00:00Z</createdAt>\n<isDeleted>{}</isDeleted>\n{spam}\n<author>{author}<isAnonymous>true</isAnonymous></author>\n<thread dsq:id=\"{thread}\" />\n{}</post>\n",
            5000 + index,
            comment.deleted,
            parent
                .as_ref()
                .map_or(String::new(), |parent| format!("<parent dsq:id=\"{parent}\" />\n")),
        ));
        if comment.deleted {
            deleted += 1;
            continue;
        }
        expected.push((
            format!("{}", 5000 + index),
            comment.text.clone(),
            comment.author.clone(),
            Some(parent.unwrap_or_else(|| format!("t{thread}"))),
            Some(format!("t{thread}")),
            comment.spam.map(|spam| spam.to_string()),
        ));
    }
    xml.push_str("</disqus>\n");
    // Threads come first in an export; the expected list is in file order.
    (xml, expected, deleted)
}

/// A Reddit comment: its body, author, the earlier comment it answers (an index), and
/// whether it was removed, its author deleted, and a `more` stub follows its replies.
#[derive(Debug, Clone)]
struct RedditComment {
    body: String,
    author: String,
    parent: Option<usize>,
    removed: bool,
    deleted_author: bool,
    more: bool,
}

fn reddit_comment() -> impl Strategy<Value = RedditComment> {
    // Words without `&`: Reddit escapes it (`&amp;`), and a bare `&lt` would be decoded.
    let body = proptest::collection::vec("[A-Za-z0-9<>\"'.,!?é€]{1,8}", 1..7)
        .prop_map(|words| words.join(" "));
    (
        body,
        "[A-Za-z0-9_-]{3,12}",
        proptest::option::of(any::<usize>()),
        proptest::bool::weighted(0.2),
        proptest::bool::weighted(0.2),
        proptest::bool::weighted(0.2),
    )
        .prop_map(
            |(body, author, parent, removed, deleted_author, more)| RedditComment {
                body,
                author,
                parent,
                removed,
                deleted_author,
                more,
            },
        )
}

/// What the Reddit round trip compares: id, text, author, parent, thread.
type RedditFields = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn reddit_fields(post: &Post) -> RedditFields {
    (
        post.id.clone(),
        post.text.clone(),
        post.author.clone(),
        post.parent_id.clone(),
        post.thread_id.clone(),
    )
}

fn listing(children: Vec<Value>) -> Value {
    json!({"kind": "Listing", "data": {"after": null, "dist": null, "children": children, "before": null}})
}

/// The page, its things one a line (replies emptied), the fields reading must give in
/// document order, and how many `more` stubs it holds.
fn reddit_page(comments: &[RedditComment]) -> (Value, String, Vec<RedditFields>, u64) {
    // The earlier comment each one answers, if any.
    let parents: Vec<Option<usize>> = comments
        .iter()
        .enumerate()
        .map(|(index, comment)| comment.parent.filter(|_| index > 0).map(|p| p % index))
        .collect();
    let mut ndjson = String::new();
    let mut expected = Vec::new();
    let mut stubs = 0;
    let submission = json!({"kind": "t3", "data": {
        "id": "s", "name": "t3_s", "title": "Question", "selftext": "", "author": "asker",
        "subreddit": "test", "created_utc": 1_700_000_000.0, "is_self": true,
        "permalink": "/r/test/comments/s/question/",
    }});
    ndjson.push_str(&format!("{submission}\n"));
    expected.push((
        "t3_s".to_owned(),
        "Question".to_owned(),
        Some("asker".to_owned()),
        None,
        Some("t3_s".to_owned()),
    ));

    /// The comment `index` with its replies, adding what reading it gives.
    fn thing(
        index: usize,
        comments: &[RedditComment],
        parents: &[Option<usize>],
        out: &mut (String, Vec<RedditFields>, u64),
    ) -> Value {
        let comment = &comments[index];
        let parent_id = parents[index].map_or("t3_s".to_owned(), |p| format!("t1_c{p}"));
        let body = if comment.removed {
            "[removed]"
        } else {
            comment.body.as_str()
        };
        let author = if comment.deleted_author {
            "[deleted]"
        } else {
            comment.author.as_str()
        };
        let mut data = json!({
            "id": format!("c{index}"), "name": format!("t1_c{index}"), "body": body,
            "author": author, "parent_id": parent_id, "link_id": "t3_s",
            "created_utc": 1_700_000_100 + index, "score": index, "replies": "",
        });
        out.0
            .push_str(&format!("{}\n", json!({"kind": "t1", "data": data})));
        out.1.push((
            format!("t1_c{index}"),
            if comment.removed {
                String::new()
            } else {
                comment.body.clone()
            },
            (!comment.deleted_author).then(|| comment.author.clone()),
            Some(parent_id),
            Some("t3_s".to_owned()),
        ));
        let mut replies: Vec<Value> = (index + 1..comments.len())
            .filter(|reply| parents[*reply] == Some(index))
            .map(|reply| thing(reply, comments, parents, out))
            .collect();
        if comment.more {
            out.2 += 1;
            replies.push(json!({"kind": "more", "data": {
                "count": 1, "name": "t1_m", "id": "m", "parent_id": format!("t1_c{index}"),
                "depth": 1, "children": ["m"],
            }}));
        }
        if !replies.is_empty() {
            data["replies"] = listing(replies);
        }
        json!({"kind": "t1", "data": data})
    }

    let mut out = (ndjson, expected, stubs);
    let top: Vec<Value> = (0..comments.len())
        .filter(|index| parents[*index].is_none())
        .map(|index| thing(index, comments, &parents, &mut out))
        .collect();
    (ndjson, expected, stubs) = out;
    let page = json!([listing(vec![submission]), listing(top)]);
    (page, ndjson, expected, stubs)
}

/// A YouTube comment: its text, author, and whether the channel's owner wrote it.
#[derive(Debug, Clone)]
struct YoutubeComment {
    text: String,
    author: Option<String>,
    by_creator: bool,
}

fn youtube_comment() -> impl Strategy<Value = YoutubeComment> {
    (
        any::<String>(),
        proptest::option::of("@[a-z0-9_.]{1,12}"),
        proptest::bool::weighted(0.2),
    )
        .prop_map(|(text, author, by_creator)| YoutubeComment {
            text,
            author,
            by_creator,
        })
}

/// A thread: its top-level comment, the replies it carries, and whether it is on a
/// video (else on the channel).
#[derive(Debug, Clone)]
struct YoutubeThread {
    top: YoutubeComment,
    replies: Vec<YoutubeComment>,
    on_video: bool,
}

fn youtube_thread() -> impl Strategy<Value = YoutubeThread> {
    (
        youtube_comment(),
        proptest::collection::vec(youtube_comment(), 0..4),
        proptest::bool::weighted(0.9),
    )
        .prop_map(|(top, replies, on_video)| YoutubeThread {
            top,
            replies,
            on_video,
        })
}

/// The pages in `shape` (0: pretty pages one after another, 1: pages one a line, 2: an
/// array of pages, 3: the bare items) and the fields reading them must give.
fn youtube_pages(
    threads: &[YoutubeThread],
    per_page: usize,
    shape: usize,
) -> (String, Vec<Fields>) {
    const CHANNEL: &str = "UCcreator";
    let mut expected = Vec::new();
    let mut items = Vec::new();
    for (index, thread) in threads.iter().enumerate() {
        let thread_id = format!("Ugw{index}");
        let video = thread.on_video.then(|| format!("vid{}", index % 3));
        let thread_key = video.clone().unwrap_or_else(|| thread_id.clone());
        let comment = |id: &str, comment: &YoutubeComment, parent: Option<&str>| {
            let author_channel = if comment.by_creator {
                CHANNEL.to_owned()
            } else {
                format!("UC{id}")
            };
            let mut snippet = json!({
                "channelId": CHANNEL, "textDisplay": "<b>not read</b>",
                "textOriginal": comment.text, "authorChannelId": {"value": author_channel},
                "likeCount": 1, "publishedAt": "2024-01-02T03:04:05Z",
            });
            if let Some(author) = &comment.author {
                snippet["authorDisplayName"] = json!(author);
            }
            if let Some(video) = &video {
                snippet["videoId"] = json!(video);
            }
            if let Some(parent) = parent {
                snippet["parentId"] = json!(parent);
            }
            let fields = (
                id.to_owned(),
                comment.text.clone(),
                comment.author.clone(),
                parent.map(str::to_owned).or_else(|| video.clone()),
                Some(thread_key.clone()),
                Some(format!("\"{author_channel}\"")),
            );
            (
                json!({"kind": "youtube#comment", "etag": "e", "id": id, "snippet": snippet}),
                fields,
            )
        };
        let (top, fields) = comment(&thread_id, &thread.top, None);
        expected.push(fields);
        let mut snippet = json!({
            "channelId": CHANNEL, "topLevelComment": top, "canReply": true,
            "totalReplyCount": thread.replies.len(), "isPublic": true,
        });
        if let Some(video) = &video {
            snippet["videoId"] = json!(video);
        }
        let mut item = json!({"kind": "youtube#commentThread", "etag": "t", "id": thread_id, "snippet": snippet});
        if !thread.replies.is_empty() {
            let replies: Vec<Value> = thread
                .replies
                .iter()
                .enumerate()
                .map(|(at, reply)| {
                    let (reply, fields) =
                        comment(&format!("{thread_id}.r{at}"), reply, Some(&thread_id));
                    expected.push(fields);
                    reply
                })
                .collect();
            item["replies"] = json!({"comments": replies});
        }
        items.push(item);
    }
    let pages: Vec<Value> = items
        .chunks(per_page)
        .map(|chunk| {
            json!({
                "kind": "youtube#commentThreadListResponse", "etag": "p",
                "nextPageToken": "next", "pageInfo": {"totalResults": items.len(), "resultsPerPage": per_page},
                "items": chunk,
            })
        })
        .collect();
    let input = match shape {
        0 => pages
            .iter()
            .map(|page| serde_json::to_string_pretty(page).unwrap())
            .collect(),
        1 => pages.iter().map(|page| format!("{page}\n")).collect(),
        2 => serde_json::to_string_pretty(&pages).unwrap(),
        _ => serde_json::to_string(&items).unwrap(),
    };
    (input, expected)
}
