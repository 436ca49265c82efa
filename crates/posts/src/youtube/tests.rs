//! The YouTube reader's unit tests.
use std::io::{BufReader, Cursor};

use super::*;
use crate::format::{Format, detect};
use crate::options::ReadOptions;
use crate::post::PostKind;
use crate::read_posts;

/// A `commentThreads.list` page as the API writes it (`kind` first), pretty-printed: a
/// viewer's question with two replies (the channel's own, and one whose
/// `textOriginal` the API left out), then the channel's own top-level comment.
const PAGE: &str = r#"{
  "kind": "youtube#commentThreadListResponse",
  "etag": "page-etag",
  "nextPageToken": "QURTSl9p",
  "pageInfo": {
    "totalResults": 2,
    "resultsPerPage": 20
  },
  "items": [
    {
      "kind": "youtube#commentThread",
      "etag": "t1-etag",
      "id": "UgwQuestion1",
      "snippet": {
        "channelId": "UCmaker",
        "videoId": "vid_Lathe01",
        "topLevelComment": {
          "kind": "youtube#comment",
          "etag": "c1-etag",
          "id": "UgwQuestion1",
          "snippet": {
            "channelId": "UCmaker",
            "videoId": "vid_Lathe01",
            "textDisplay": "Which chuck is that at 4:10?",
            "textOriginal": "Which chuck is that at 4:10?",
            "authorDisplayName": "@woodchips",
            "authorProfileImageUrl": "https://yt3.ggpht.example/a.jpg",
            "authorChannelUrl": "http://www.youtube.com/@woodchips",
            "authorChannelId": {
              "value": "UCviewer"
            },
            "canRate": true,
            "viewerRating": "none",
            "likeCount": 12,
            "publishedAt": "2024-05-01T10:00:00Z",
            "updatedAt": "2024-05-01T10:00:00Z"
          }
        },
        "canReply": true,
        "totalReplyCount": 2,
        "isPublic": true
      },
      "replies": {
        "comments": [
          {
            "kind": "youtube#comment",
            "etag": "r1-etag",
            "id": "UgwQuestion1.AAA",
            "snippet": {
              "channelId": "UCmaker",
              "videoId": "vid_Lathe01",
              "textDisplay": "A four-jaw, bought used.",
              "textOriginal": "A four-jaw, bought used.",
              "parentId": "UgwQuestion1",
              "authorDisplayName": "@maker",
              "authorChannelUrl": "http://www.youtube.com/@maker",
              "authorChannelId": {
                "value": "UCmaker"
              },
              "likeCount": 3,
              "publishedAt": "2024-05-01T11:30:00Z"
            }
          },
          {
            "kind": "youtube#comment",
            "etag": "r2-etag",
            "id": "UgwQuestion1.BBB",
            "snippet": {
              "channelId": "UCmaker",
              "videoId": "vid_Lathe01",
              "textDisplay": "Same one here &amp; it&#39;s great<br>see <a href=\"https://www.youtube.com/watch?v=vid_Lathe01&amp;t=250\">4:10</a>",
              "parentId": "UgwQuestion1",
              "authorDisplayName": "@turner",
              "authorChannelId": {
                "value": "UCturner"
              },
              "likeCount": 0,
              "publishedAt": "2024-05-02T08:00:00+02:00"
            }
          }
        ]
      }
    },
    {
      "kind": "youtube#commentThread",
      "etag": "t2-etag",
      "id": "UgxMakerNote",
      "snippet": {
        "channelId": "UCmaker",
        "videoId": "vid_Lathe01",
        "topLevelComment": {
          "kind": "youtube#comment",
          "etag": "c2-etag",
          "id": "UgxMakerNote",
          "snippet": {
            "channelId": "UCmaker",
            "videoId": "vid_Lathe01",
            "textDisplay": "Plans for the tool rest are in the description.",
            "textOriginal": "Plans for the tool rest are in the description.",
            "authorDisplayName": "@maker",
            "authorChannelUrl": "http://www.youtube.com/@maker",
            "authorChannelId": {
              "value": "UCmaker"
            },
            "likeCount": 40,
            "publishedAt": "2024-04-30T18:00:00Z"
          }
        },
        "canReply": true,
        "totalReplyCount": 0,
        "isPublic": true
      }
    }
  ]
}
"#;

/// A `comments.list?parentId=UgwQuestion1` page: the replies, each naming its parent.
const REPLIES: &str = r#"{"kind":"youtube#commentListResponse","etag":"e","items":[{"kind":"youtube#comment","etag":"r","id":"UgwQuestion1.CCC","snippet":{"channelId":"UCmaker","textDisplay":"Thanks!","textOriginal":"Thanks!","parentId":"UgwQuestion1","authorDisplayName":"@woodchips","authorChannelId":{"value":"UCviewer"},"likeCount":"2","publishedAt":"2024-05-03T09:00:00Z"}}]}"#;

fn read_with(input: &str, options: &ReadOptions) -> Vec<Result<Post, ImportError>> {
    let reader = BufReader::with_capacity(64, Cursor::new(input.as_bytes().to_vec()));
    read_posts(reader, Format::Youtube, options, "yt.json").collect()
}

fn read(input: &str) -> Vec<Result<Post, ImportError>> {
    read_with(input, &ReadOptions::default())
}

fn posts(input: &str) -> Vec<Post> {
    read(input)
        .into_iter()
        .map(|result| result.unwrap_or_else(|error| panic!("{error}")))
        .collect()
}

fn ids(posts: &[Post]) -> Vec<&str> {
    posts.iter().map(|post| post.id.as_str()).collect()
}

fn messages(results: &[Result<Post, ImportError>]) -> Vec<String> {
    results
        .iter()
        .filter_map(|result| result.as_ref().err().map(ToString::to_string))
        .collect()
}

fn extra<'a>(post: &'a Post, key: &str) -> Option<&'a str> {
    post.extra
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value.get())
}

/// `PAGE` on one line.
fn one_line(text: &str) -> String {
    serde_json::to_string(&serde_json::from_str::<serde_json::Value>(text).unwrap()).unwrap()
}

#[test]
fn a_thread_page_maps_every_comment_in_order() {
    let posts = posts(PAGE);
    assert_eq!(
        ids(&posts),
        [
            "UgwQuestion1",
            "UgwQuestion1.AAA",
            "UgwQuestion1.BBB",
            "UgxMakerNote"
        ]
    );
    let question = &posts[0];
    assert_eq!(question.text, "Which chuck is that at 4:10?");
    assert_eq!(question.author.as_deref(), Some("@woodchips"));
    assert_eq!(question.platform.as_deref(), Some("youtube"));
    assert_eq!(question.kind, PostKind::Reply);
    assert!(question.lands_elsewhere());
    // The comment answers the video, a post of the channel's.
    assert_eq!(question.parent_id.as_deref(), Some("vid_Lathe01"));
    assert_eq!(question.thread_id.as_deref(), Some("vid_Lathe01"));
    assert_eq!(
        question.created_at.map(|time| time.to_rfc3339()),
        Some("2024-05-01T10:00:00+00:00".to_owned())
    );
    assert_eq!(question.metrics.likes, Some(12));
    assert_eq!(question.metrics.replies, Some(2));
    assert_eq!(
        question.url.as_deref(),
        Some("https://www.youtube.com/watch?v=vid_Lathe01&lc=UgwQuestion1")
    );
    assert_eq!(extra(question, "channel_id"), Some("\"UCmaker\""));
    assert_eq!(extra(question, "author_channel_id"), Some("\"UCviewer\""));
    assert_eq!(
        extra(question, "author_channel_url"),
        Some("\"http://www.youtube.com/@woodchips\"")
    );
    assert_eq!(
        extra(question, "author_url"),
        None,
        "a channel page is not the commenter's website"
    );

    let answer = &posts[1];
    assert_eq!(answer.parent_id.as_deref(), Some("UgwQuestion1"));
    assert_eq!(answer.thread_id.as_deref(), Some("vid_Lathe01"));
    assert_eq!(answer.metrics.replies, None);
    assert_eq!(answer.metrics.likes, Some(3));
    // The creator on their own video: the two channel ids are the same.
    assert_eq!(extra(answer, "author_channel_id"), Some("\"UCmaker\""));
    assert_eq!(extra(answer, "channel_id"), Some("\"UCmaker\""));

    let html = &posts[2];
    assert_eq!(html.text, "Same one here & it's great\nsee 4:10");
    assert!(html.links.is_empty(), "YouTube's own timestamp link");
    assert_eq!(
        html.created_at.map(|time| time.to_rfc3339()),
        Some("2024-05-02T06:00:00+00:00".to_owned())
    );
    assert_eq!(extra(html, "author_channel_url"), None);

    let note = &posts[3];
    assert_eq!(note.author.as_deref(), Some("@maker"));
    assert_eq!(note.parent_id.as_deref(), Some("vid_Lathe01"));
    assert_eq!(note.metrics.replies, Some(0));
}

#[test]
fn every_shape_of_the_same_page_reads_the_same() {
    let expected = posts(PAGE);
    let line = one_line(PAGE);
    let value: serde_json::Value = serde_json::from_str(PAGE).unwrap();
    let items = serde_json::to_string_pretty(&value["items"]).unwrap();
    let items_by_line: String = value["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| format!("{item}\n"))
        .collect();
    // serde_json's map sorts keys: `items` before `kind`.
    let sorted = serde_json::to_string(&value).unwrap();
    assert!(sorted.find("\"items\"") < sorted.find("\"kind\""));
    for (name, input) in [
        ("one line", line.clone()),
        ("items", items),
        ("items one a line", items_by_line),
        ("sorted keys", sorted),
        ("an array of one page", format!("[{PAGE}]")),
    ] {
        assert_eq!(posts(&input), expected, "{name}");
        assert_eq!(detect(input.as_bytes(), None), Format::Youtube, "{name}");
    }
    let twice = [expected.clone(), expected.clone()].concat();
    for (name, input) in [
        ("JSONL of pages", format!("{line}\n{line}\n")),
        ("pages one after another", format!("{PAGE}{PAGE}")),
        ("an array of pages", format!("[{PAGE}, {line}]")),
    ] {
        assert_eq!(posts(&input), twice, "{name}");
        assert_eq!(detect(input.as_bytes(), None), Format::Youtube, "{name}");
    }
    assert_eq!(
        detect(PAGE.as_bytes(), Some("comments.json")),
        Format::Youtube
    );
}

#[test]
fn a_comment_list_of_replies_names_each_parent() {
    assert_eq!(detect(REPLIES.as_bytes(), None), Format::Youtube);
    let posts = posts(REPLIES);
    assert_eq!(ids(&posts), ["UgwQuestion1.CCC"]);
    let reply = &posts[0];
    assert_eq!(reply.parent_id.as_deref(), Some("UgwQuestion1"));
    // No videoId: its thread is its parent's, which the conversation looks up.
    assert_eq!(reply.thread_id, None);
    assert_eq!(reply.url, None);
    assert_eq!(reply.metrics.likes, Some(2), "a count written as a string");
    assert_eq!(extra(reply, "channel_id"), Some("\"UCmaker\""));
}

#[test]
fn a_comment_on_a_channel_is_its_own_thread() {
    let thread = r#"{"kind":"youtube#commentThread","id":"UgzChan","snippet":{"channelId":"UCmaker","topLevelComment":{"id":"UgzChan","snippet":{"textOriginal":"Love the channel","authorDisplayName":"Fan","authorChannelId":"UCfan"}}},"replies":{"comments":[{"id":"UgzChan.R","snippet":{"textOriginal":"Thank you!","authorDisplayName":"Maker"}}]}}"#;
    let posts = posts(thread);
    assert_eq!(ids(&posts), ["UgzChan", "UgzChan.R"]);
    assert_eq!(posts[0].parent_id, None);
    assert_eq!(posts[0].thread_id.as_deref(), Some("UgzChan"));
    assert_eq!(
        posts[0].kind,
        PostKind::Reply,
        "a comment, though it answers no post"
    );
    assert_eq!(extra(&posts[0], "author_channel_id"), Some("\"UCfan\""));
    // A reply without `parentId` answers its thread's top-level comment.
    assert_eq!(posts[1].parent_id.as_deref(), Some("UgzChan"));
    assert_eq!(posts[1].thread_id.as_deref(), Some("UgzChan"));
    assert_eq!(posts[0].url, None);
}

#[test]
fn items_without_kinds_are_read_by_their_fields() {
    let input = r#"[{"id":"T1","snippet":{"videoId":"v1","topLevelComment":{"id":"T1","snippet":{"textOriginal":"first"}}}},
{"id":"T1.r","snippet":{"videoId":"v1","parentId":"T1","textOriginal":"second"}}]"#;
    assert_eq!(detect(input.as_bytes(), None), Format::Youtube);
    let posts = posts(input);
    assert_eq!(ids(&posts), ["T1", "T1.r"]);
    assert_eq!(posts[0].parent_id.as_deref(), Some("v1"));
    assert_eq!(posts[1].parent_id.as_deref(), Some("T1"));
    assert_eq!(posts[1].thread_id.as_deref(), Some("v1"));
}

#[test]
fn resources_that_are_not_comments_are_counted() {
    let options = ReadOptions::default();
    let skipped = options.skipped.clone();
    let input = r#"{"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"v1","snippet":{"title":"A lathe"}}]}
{"kind":"youtube#channel","id":"UCmaker"}
{"kind":"youtube#commentThreadListResponse","etag":"e","pageInfo":{"totalResults":0,"resultsPerPage":20}}"#;
    let results = read_with(input, &options);
    assert!(results.is_empty(), "{:?}", messages(&results));
    assert_eq!(skipped.get(), 2, "a page without items is nothing to skip");
}

#[test]
fn a_bad_comment_is_reported_on_its_own_line_and_the_others_are_read() {
    // The second reply has no id; the next thread's date cannot be read.
    let input = PAGE
        .replacen("\"id\": \"UgwQuestion1.BBB\",", "", 1)
        .replacen("2024-04-30T18:00:00Z", "yesterday", 1);
    let results = read(&input);
    assert_eq!(
        messages(&results),
        [
            "yt.json:64: a comment without \"id\"",
            "yt.json:91: comment UgxMakerNote: field \"publishedAt\": cannot read \"yesterday\" as a date"
        ]
    );
    let read: Vec<Post> = results.into_iter().filter_map(Result::ok).collect();
    assert_eq!(ids(&read), ["UgwQuestion1", "UgwQuestion1.AAA"]);
    assert_eq!(PAGE.lines().nth(63).unwrap().trim(), "{");
    assert!(
        PAGE.lines()
            .nth(90)
            .unwrap()
            .contains("\"topLevelComment\": {")
    );
}

#[test]
fn broken_items_are_reported_and_reading_goes_on() {
    let input = concat!(
        r#"{"kind":"youtube#commentThreadListResponse","items":["#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"A","snippet":{"topLevelComment":{"id":"A","snippet":{"textOriginal":"ok"}}}},"#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"B","snippet":{"topLevelComment":{"id":"B","snippet":{"textOriginal":bad}}}},"#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"C","snippet":{"channelId":"UC"}},"#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"D"},"#,
        "\n",
        r#"{"kind":"youtube#comment","id":"E","snippet":{"authorDisplayName":"x"}},"#,
        "\n",
        r#"{"id":"F"},"#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"G","snippet":{"topLevelComment":{"id":"G","snippet":{"textOriginal":"fine"}}},"replies":{"comments":{}}},"#,
        "\n",
        r#"7,"#,
        "\n",
        r#"{"kind":"youtube#commentThread","id":"H","snippet":{"topLevelComment":{"kind":"youtube#video","id":"H","snippet":{"textOriginal":"x"}}}},"#,
        "\n",
        "{\"kind\":\"youtube#comment\",\"id\":\"I\",\"snippet\":{\"textOriginal\":\"\u{e9}t\u{e9}\"}}\n",
        "]}\n"
    );
    let results = read(input);
    assert_eq!(
        messages(&results),
        [
            "yt.json:3: expected value (column 107)",
            "yt.json:4: thread C: no \"topLevelComment\"",
            "yt.json:5: thread D: no \"snippet\"",
            "yt.json:6: comment E: neither \"textOriginal\" nor \"textDisplay\"",
            "yt.json:7: not a YouTube comment thread or comment: no \"kind\" and no \"snippet\"",
            "yt.json:8: thread G: \"replies\": invalid type: map, expected a sequence (column 12)",
            "yt.json:9: invalid type: integer `7`, expected struct Item (column 1)",
            "yt.json:10: comment H: a \"youtube#video\" resource where a youtube#comment was expected",
        ]
    );
    let read: Vec<String> = results
        .into_iter()
        .filter_map(Result::ok)
        .map(|post| format!("{}:{}", post.id, post.text))
        .collect();
    assert_eq!(read, ["A:ok", "G:fine", "I:\u{e9}t\u{e9}"]);
}

#[test]
fn oversized_records_are_skipped_whatever_their_place() {
    let options = ReadOptions {
        max_record_bytes: 700,
        ..ReadOptions::default()
    };
    // The first thread (with its replies) is over 700 bytes, the second is under.
    let results = read_with(&one_line(PAGE), &options);
    assert_eq!(messages(&results).len(), 1, "{:?}", messages(&results));
    assert!(messages(&results)[0].contains("over the limit of 700 bytes"));
    let read: Vec<Post> = results.into_iter().filter_map(Result::ok).collect();
    assert_eq!(ids(&read), ["UgxMakerNote"]);
    // A top-level item over the limit, then one under it.
    let value: serde_json::Value = serde_json::from_str(PAGE).unwrap();
    let big = value["items"][0].to_string();
    let small = value["items"][1].to_string();
    let results = read_with(&format!("{big}\n{small}\n"), &options);
    assert_eq!(
        messages(&results),
        [format!(
            "yt.json:1: record is over the limit of 700 bytes ({} bytes read); skipped",
            big.len()
        )]
    );
    let read: Vec<Post> = results.into_iter().filter_map(Result::ok).collect();
    assert_eq!(ids(&read), ["UgxMakerNote"]);
}

#[test]
fn unreadable_documents_stop_with_a_clear_error() {
    for (input, expected) in [
        ("hello", "yt.json:1: not YouTube Data API JSON"),
        (
            "{\"kind\": \"youtube#commentThreadListResponse\",\n\"items\": [",
            "yt.json:2: truncated: the input ends before the array's closing ']'",
        ),
        (
            "{\"kind\": \"youtube#commentThreadListResponse\"",
            "yt.json:1: truncated: the input ends inside a top-level object",
        ),
        ("[1]", "yt.json:1: not YouTube Data API JSON"),
        (
            "{\"kind\" 1}",
            "yt.json:1: malformed JSON: expected ':' after \"kind\"",
        ),
        (
            "{\"a\":1 \"b\":2}",
            "yt.json:1: malformed JSON: expected an object key",
        ),
        (
            "{\"a\": \"x",
            "yt.json:1: truncated: the input ends inside \"a\"",
        ),
    ] {
        let results = read(input);
        let last = results.last().and_then(|result| result.as_ref().err());
        assert!(
            last.is_some_and(|error| error.to_string().starts_with(expected)),
            "{input}: {:?}",
            messages(&results)
        );
    }
    assert!(read("").is_empty());
    assert!(read("  \n[]\n{\"items\": []}").is_empty());
}

#[test]
fn hostile_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "{{\"items\":[{{\"id\":\"X\",\"snippet\":{{\"textOriginal\":\"x\",\"a\":{}{}}}}}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    // serde_json skips an unknown field's value without recursing.
    let results = read(&deep);
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().map(|post| post.text.as_str()), Ok("x"));
    let in_a_field = deep.replace("\"textOriginal\":\"x\",\"a\"", "\"textOriginal\"");
    let results = read(&in_a_field);
    assert_eq!(results.len(), 1);
    assert!(results[0].is_err());
    let top_level = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let results = read(&top_level);
    assert!(results.iter().all(Result::is_err));
}

#[test]
fn a_broken_line_between_pages_is_reported_and_the_next_page_read() {
    let line = one_line(PAGE);
    let input = format!(
        "{line}\nfetching page 2 of 3...\n{{\"error\": {{\"code\": 403, \"message\": \"The video has disabled comments.\", \"errors\": []}}}}\n{line}\n"
    );
    let results = read(&input);
    assert_eq!(
        messages(&results),
        [
            "yt.json:2: not YouTube Data API JSON: expected a `{\"kind\": \"youtube#commentThreadListResponse\", …, \"items\": […]}` (or a commentListResponse, a commentThread, a comment), or an array of them",
            "yt.json:3: an API error response, not comments (403: The video has disabled comments.)",
        ]
    );
    assert!(
        results
            .iter()
            .all(|result| !result.as_ref().is_err_and(ImportError::is_fatal))
    );
    let got: Vec<Post> = results.into_iter().filter_map(Result::ok).collect();
    assert_eq!(got, [posts(PAGE), posts(PAGE)].concat());
    // With nothing read before it and nothing after it, it is not YouTube's at all.
    let results = read("{\"a\" 1}\n");
    assert!(
        results
            .last()
            .unwrap()
            .as_ref()
            .is_err_and(ImportError::is_fatal)
    );
}
