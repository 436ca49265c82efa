//! The Reddit listing reader's unit tests.
use std::io::{BufReader, Cursor};

use super::*;
use crate::format::{Format, detect};
use crate::options::ReadOptions;
use crate::read_posts;

/// A comments page as Reddit writes it (`kind` first), pretty-printed: a submission,
/// a comment with a reply chain (a deleted author, a removed body) and a `more`
/// stub, and a second top-level comment without replies.
const PAGE: &str = r#"[
  {
"kind": "Listing",
"data": {
  "after": null,
  "dist": 1,
  "children": [
    {
      "kind": "t3",
      "data": {
        "subreddit": "HomeImprovement",
        "selftext": "Budget is around $150 &amp; I own one screwdriver.",
        "title": "Which cordless drill?",
        "name": "t3_s1",
        "score": 684,
        "is_self": true,
        "created_utc": 1741706520.0,
        "author": "asker",
        "id": "s1",
        "num_comments": 4,
        "permalink": "/r/HomeImprovement/comments/s1/which_drill/",
        "url": "https://www.reddit.com/r/HomeImprovement/comments/s1/which_drill/"
      }
    }
  ],
  "before": null
}
  },
  {
"kind": "Listing",
"data": {
  "after": null,
  "children": [
    {
      "kind": "t1",
      "data": {
        "subreddit": "HomeImprovement",
        "replies": {
          "kind": "Listing",
          "data": {
            "children": [
              {
                "kind": "t1",
                "data": {
                  "replies": {
                    "kind": "Listing",
                    "data": {
                      "children": [
                        {
                          "kind": "t1",
                          "data": {
                            "replies": "",
                            "id": "c3",
                            "author": "[deleted]",
                            "body": "[removed]",
                            "parent_id": "t1_c2",
                            "link_id": "t3_s1",
                            "created_utc": 1741706900
                          }
                        }
                      ]
                    }
                  },
                  "id": "c2",
                  "author": "[deleted]",
                  "body": "Agreed, batteries are the platform.",
                  "parent_id": "t1_c1",
                  "link_id": "t3_s1",
                  "created_utc": 1741706800
                }
              },
              {
                "kind": "more",
                "data": {
                  "count": 2,
                  "name": "t1_c9",
                  "id": "c9",
                  "parent_id": "t1_c1",
                  "depth": 1,
                  "children": ["c9", "c10"]
                }
              }
            ]
          }
        },
        "id": "c1",
        "author": "handy",
        "body": "Pick a battery platform first.",
        "parent_id": "t3_s1",
        "link_id": "t3_s1",
        "score": 12,
        "permalink": "/r/HomeImprovement/comments/s1/which_drill/c1/",
        "created_utc": 1741706600.0
      }
    },
    {
      "kind": "t1",
      "data": {
        "replies": "",
        "id": "c4",
        "author": "brand_rep",
        "body": "Ours is on sale: https://drills.example/deal",
        "parent_id": "t3_s1",
        "link_id": "t3_s1",
        "created_utc": 1741707000
      }
    }
  ],
  "before": null
}
  }
]
"#;

fn one_line(pretty: &str) -> String {
    pretty.lines().map(str::trim).collect()
}

fn read(input: &str, options: &ReadOptions) -> Vec<Result<Post, ImportError>> {
    let reader = BufReader::with_capacity(64, Cursor::new(input.as_bytes().to_vec()));
    read_posts(reader, Format::Reddit, options, "thread.json").collect()
}

fn read_ok(input: &str) -> (Vec<Post>, u64) {
    let options = ReadOptions::default();
    let posts = read(input, &options)
        .into_iter()
        .map(|result| result.unwrap_or_else(|error| panic!("{error}")))
        .collect();
    (posts, options.skipped.get())
}

fn errors(results: &[Result<Post, ImportError>]) -> Vec<String> {
    results
        .iter()
        .filter_map(|result| result.as_ref().err().map(ToString::to_string))
        .collect()
}

fn ids(posts: &[Post]) -> Vec<&str> {
    posts.iter().map(|post| post.id.as_str()).collect()
}

/// The things of a page one a line (`replies` emptied), as the NDJSON path reads them.
fn as_ndjson(page: &str) -> String {
    fn things(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::Array(items) => items.iter().for_each(|item| things(item, out)),
            serde_json::Value::Object(object) => {
                let data = &object["data"];
                if object["kind"] == "Listing" {
                    return things(&data["children"], out);
                }
                let mut flat = value.clone();
                if data.get("replies").is_some() {
                    flat["data"]["replies"] = "".into();
                }
                out.push_str(&flat.to_string());
                out.push('\n');
                if let Some(replies) = data.get("replies").filter(|r| r.is_object()) {
                    things(replies, out);
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    things(&serde_json::from_str(page).unwrap(), &mut out);
    out
}

#[test]
fn reads_a_comments_page_depth_first() {
    let (posts, skipped) = read_ok(PAGE);
    assert_eq!(ids(&posts), ["t3_s1", "t1_c1", "t1_c2", "t1_c3", "t1_c4"]);
    assert_eq!(skipped, 1, "the \"more\" stub");

    let submission = &posts[0];
    assert_eq!(
        submission.text,
        "Which cordless drill?\n\nBudget is around $150 & I own one screwdriver."
    );
    assert_eq!(submission.thread_id.as_deref(), Some("t3_s1"));
    assert_eq!(submission.author.as_deref(), Some("asker"));
    assert_eq!(submission.metrics.likes, Some(684));
    assert!(submission.links.is_empty(), "a self post");

    let [c1, c2, c3, c4] = [&posts[1], &posts[2], &posts[3], &posts[4]];
    assert_eq!(c1.parent_id.as_deref(), Some("t3_s1"));
    assert_eq!(c1.thread_id.as_deref(), Some("t3_s1"));
    assert_eq!(
        c1.url.as_deref(),
        Some("https://www.reddit.com/r/HomeImprovement/comments/s1/which_drill/c1/")
    );
    assert_eq!(
        c1.created_at.map(|time| time.timestamp()),
        Some(1_741_706_600)
    );
    assert_eq!(c2.parent_id.as_deref(), Some("t1_c1"));
    assert_eq!(c2.author, None, "[deleted] means no author");
    assert_eq!(c3.parent_id.as_deref(), Some("t1_c2"));
    assert_eq!(c3.text, "", "the removed body is gone");
    let removed = c3.extra.iter().find(|(key, _)| key == "removed");
    assert_eq!(removed.map(|(_, value)| value.get()), Some("\"[removed]\""));
    assert_eq!(c4.parent_id.as_deref(), Some("t3_s1"));
}

#[test]
fn one_line_and_pretty_read_alike_and_as_the_ndjson_path_does() {
    let (pretty, _) = read_ok(PAGE);
    let (compact, _) = read_ok(&one_line(PAGE));
    assert_eq!(pretty, compact);
    let (ndjson, skipped) = read_ok(&as_ndjson(PAGE));
    assert_eq!(pretty, ndjson, "the same mapping of every thing");
    assert_eq!(skipped, 1);
}

#[test]
fn reads_a_single_listing_and_listings_one_a_line() {
    let listing = r#"{"kind": "Listing", "data": {"after": "t3_b", "dist": 2, "children": [
        {"kind": "t3", "data": {"id": "a", "title": "First", "selftext": "", "author": "x", "subreddit": "rust", "created_utc": 1700000000}},
        {"kind": "t3", "data": {"id": "b", "title": "Second", "url": "https://shop.example/", "is_self": false, "author": "y", "subreddit": "rust"}}
    ], "before": null}}"#;
    let (posts, _) = read_ok(listing);
    assert_eq!(ids(&posts), ["t3_a", "t3_b"]);
    assert_eq!(posts[1].links, ["https://shop.example/"]);

    let comments = r#"{"kind":"Listing","data":{"children":[{"kind":"t1","data":{"id":"k","body":"hi","link_id":"t3_a","parent_id":"t3_a","author":"z"}}]}}"#;
    let two = format!("\u{feff}{}\n{comments}\n", one_line(listing));
    let (posts, _) = read_ok(&two);
    assert_eq!(ids(&posts), ["t3_a", "t3_b", "t1_k"]);
}

#[test]
fn keeps_a_moderators_mark() {
    let comments = r#"{"kind":"Listing","data":{"children":[
        {"kind":"t1","data":{"id":"m","body":"Rules: no affiliate links.","link_id":"t3_a","parent_id":"t3_a","author":"mod_ann","distinguished":"moderator"}},
        {"kind":"t1","data":{"id":"k","body":"hi","link_id":"t3_a","parent_id":"t3_a","author":"z","distinguished":null}}
    ]}}"#;
    let (posts, _) = read_ok(comments);
    let mark = |post: &Post| {
        post.extra
            .iter()
            .find(|(key, _)| key == "distinguished")
            .map(|(_, raw)| raw.get().to_owned())
    };
    assert_eq!(mark(&posts[0]).as_deref(), Some("\"moderator\""));
    assert_eq!(mark(&posts[1]), None);
}

#[test]
fn reads_keys_in_any_order() {
    // Re-serialised with sorted keys: `data` before `kind`.
    let sorted = r#"[{"data":{"after":null,"children":[{"data":{"author":"a","body":"hello","id":"c1","link_id":"t3_s","parent_id":"t3_s","replies":{"data":{"children":[{"data":{"body":"reply","id":"c2","link_id":"t3_s","parent_id":"t1_c1","replies":""},"kind":"t1"}]},"kind":"Listing"}},"kind":"t1"}]},"kind":"Listing"}]"#;
    let (posts, _) = read_ok(sorted);
    assert_eq!(ids(&posts), ["t1_c1", "t1_c2"]);
    assert_eq!(
        detect(sorted.as_bytes(), Some("thread.json")),
        Format::Reddit
    );
}

#[test]
fn errors_name_the_file_and_line_and_reading_goes_on() {
    // A bad date on c2, reported at the line its thing opens on (the one before its
    // `"kind"`, the page's second t1).
    let bad = PAGE.replace("1741706800", "\"soon\"");
    let results = read(&bad, &ReadOptions::default());
    let kind_line = bad
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains("\"kind\": \"t1\""))
        .nth(1)
        .map(|(index, _)| index as u64 + 1)
        .unwrap();
    let thing_line = kind_line - 1;
    assert_eq!(thing_line, 42);
    assert_eq!(
        errors(&results),
        [format!(
            "thread.json:{thing_line}: field \"created_utc\": cannot read \"soon\" as Unix seconds"
        )]
    );
    assert_eq!(results.len(), 5, "c3 under it is still read");

    let options = ReadOptions {
        max_record_bytes: 600,
        ..ReadOptions::default()
    };
    let results = read(&one_line(PAGE), &options);
    let messages = errors(&results);
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].starts_with("thread.json:1: record is over the limit of 600 bytes"),
        "{messages:?}"
    );
    let posts: Vec<&str> = results
        .iter()
        .filter_map(|result| result.as_ref().ok().map(|post| post.id.as_str()))
        .collect();
    assert_eq!(
        posts,
        ["t3_s1", "t1_c4"],
        "the oversized comment tree is skipped"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let mut text = String::from(r#"[{"kind":"Listing","data":{"children":["#);
    for level in 0..depth {
        text.push_str(&format!(
            r#"{{"kind":"t1","data":{{"id":"c{level}","body":"b","link_id":"t3_s","replies":{{"kind":"Listing","data":{{"children":["#
        ));
    }
    text.push_str(&"]}}}}".repeat(depth));
    text.push_str(r#",{"kind":"t1","data":{"id":"after","body":"b","link_id":"t3_s"}}]}}]"#);
    let options = ReadOptions {
        max_record_bytes: 64 << 20,
        ..ReadOptions::default()
    };
    let results = read(&text, &options);
    assert_eq!(
        errors(&results),
        [format!(
            "thread.json:1: replies nested more than {MAX_REPLY_DEPTH} deep; the replies from \
             here on are skipped"
        )]
    );
    let posts: Vec<&Post> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(posts.len(), MAX_REPLY_DEPTH + 2);
    assert_eq!(posts[MAX_REPLY_DEPTH].id, format!("t1_c{MAX_REPLY_DEPTH}"));
    assert_eq!(posts[MAX_REPLY_DEPTH + 1].id, "t1_after");

    // Brackets alone, at the top or as a child: errors, read without recursion.
    for hostile in [
        "[".repeat(depth),
        format!(
            r#"{{"kind":"Listing","data":{{"children":[{}"#,
            "[".repeat(depth)
        ),
        format!(
            r#"{{"kind":"Listing","data":{{"children":[{}{}]}}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        ),
        format!(
            r#"{{"kind":"Listing","data":{{"children":[{{"kind":"t1","data":{{"x":{}1{},"body":"b","id":"d"}}}}]}}}}"#,
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ),
    ] {
        let results = read(&hostile, &options);
        assert!(!results.is_empty());
        for result in &results {
            if let Err(error) = result {
                assert_eq!(error.detail().source_name, "thread.json");
            }
        }
    }
}

#[test]
fn what_is_not_a_listing_is_reported() {
    let results = read(
        r#"[{"kind":"t3","data":{"id":"a","title":"t"}}, {"id":"b","title":"flat"}]"#,
        &ReadOptions::default(),
    );
    let messages = errors(&results);
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("not a Reddit Listing but a \"t3\" thing"));
    assert!(messages[1].contains("not a Reddit Listing"));

    let results = read(
        r#"[{"kind":"Listing","data":{"children":[{"kind":"t1","data":{"id":"a","body":"ok"}},"#,
        &ReadOptions::default(),
    );
    assert!(results[0].is_ok());
    assert_eq!(errors(&results).len(), 1, "truncated, once");
    assert!(
        results[1]
            .as_ref()
            .is_err_and(|error| error.to_string().contains("truncated"))
    );

    // A thing one a line stays NDJSON.
    let (posts, _) = read_ok("{\"kind\":\"t1\",\"data\":{\"id\":\"a\",\"body\":\"hi\"}}\n");
    assert_eq!(ids(&posts), ["t1_a"]);
}

#[test]
fn recognises_listings_from_their_first_bytes() {
    let page = PAGE.as_bytes();
    assert!(listing_head(page).is_reddit());
    assert!(listing_head(&page[..120]).is_reddit(), "cut off early");
    assert!(listing_head(one_line(PAGE).as_bytes()).is_reddit());
    assert!(listing_head(br#"{"kind":"Listing","data":{"children":[]}}"#).is_reddit());
    let subreddits = br#"{"kind":"Listing","data":{"children":[{"kind":"t5","data":{}}]}}"#;
    assert!(listing_head(subreddits).is_listing());
    assert!(!listing_head(subreddits).is_reddit());
    assert!(!listing_head(br#"{"kind":"t1","data":{"body":"Listing"}}"#).is_listing());
    assert!(!listing_head(br#"{"text":"{\"kind\":\"Listing\"}"}"#).is_listing());
    assert!(!listing_head(br#"[{"text":"a","kind":"post"}]"#).is_listing());
    assert!(
        listing_head(br#"{"data":{"after":null,"children":[{"data":{"body":"x"},"kind":"t1""#)
            .is_reddit(),
        "sorted keys, cut off before the Listing's kind"
    );
    assert!(!listing_head(br#"{"data":{"body":"x","parent_id":"t3_a"},"kind":"t1"#).is_listing());
    for (bytes, format) in [
        (page, Format::Reddit),
        (&page[..300], Format::Reddit),
        (
            br#"{"kind": "Listing", "data": {"children": []}}"#.as_slice(),
            Format::Reddit,
        ),
        (subreddits.as_slice(), Format::Jsonl),
    ] {
        assert_eq!(detect(bytes, Some("thread.json")), format);
        assert_eq!(detect(bytes, None), format);
    }
}

#[test]
fn value_ends() {
    let text = br#"{"a":"}\"]","b":[1,{"c":[]}]} , 12 ,"s\\" x"#;
    assert_eq!(value_end(text, 0), Some(29));
    assert_eq!(value_end(text, 32), Some(34));
    assert_eq!(value_end(text, 36), Some(41));
    assert_eq!(value_end(b"[[[", 0), None);
    assert_eq!(value_end(b"]", 0), Some(0));
    assert_eq!(string_end(br#""abc\"#, 0), None);
}
