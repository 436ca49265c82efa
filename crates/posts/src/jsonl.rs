//! `jsonl`: discern's native schema, one JSON object per line, or the same objects
//! as the items of one top-level JSON array (`[{"text": …}, …]`, pretty-printed or
//! not), streamed an item at a time. An array item without an `id` gets its 1-based
//! index in the array.
//!
//! This reader is on the hot path, so each line is parsed once into a borrowed view
//! (`&str` where the JSON has no escapes, `&RawValue` for fields passed through) and
//! only then copied into an owned [`Post`].

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use std::io::BufRead;

use crate::error::{ImportError, Position, Source, json_message};
use crate::json_array::{ArrayEvent, ArrayItems, JsonScanner};
use crate::line_reader::LineParser;
use crate::post::{Metrics, Post, PostKind};
use crate::time::{from_unix_text, parse_timestamp};

/// A string that borrows from the line unless it had escapes.
#[derive(Deserialize)]
struct Str<'a>(#[serde(borrow)] Cow<'a, str>);

#[derive(Deserialize)]
struct RawMetrics {
    replies: Option<u64>,
    likes: Option<u64>,
    shares: Option<u64>,
    views: Option<u64>,
}

/// One line, fields still borrowed from the line buffer.
#[derive(Default)]
struct LineView<'a> {
    id: Option<&'a RawValue>,
    text: Option<Cow<'a, str>>,
    author: Option<Cow<'a, str>>,
    created_at: Option<&'a RawValue>,
    platform: Option<Cow<'a, str>>,
    url: Option<Cow<'a, str>>,
    parent_id: Option<&'a RawValue>,
    thread_id: Option<&'a RawValue>,
    kind: Option<Cow<'a, str>>,
    links: Option<Vec<Str<'a>>>,
    metrics: Option<RawMetrics>,
    extra: Vec<(Cow<'a, str>, &'a RawValue)>,
}

impl<'de> Deserialize<'de> for LineView<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LineVisitor)
    }
}

struct LineVisitor;

/// Deserializes one field's value, naming the field in a type error.
fn field<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    name: &str,
) -> Result<T, A::Error> {
    map.next_value::<T>()
        .map_err(|error| de::Error::custom(format_args!("field {name:?}: {error}")))
}

fn optional_text<'de, A: MapAccess<'de>>(
    map: &mut A,
    name: &str,
) -> Result<Option<Cow<'de, str>>, A::Error> {
    Ok(field::<Option<Str<'de>>, A>(map, name)?.map(|text| text.0))
}

impl<'de> Visitor<'de> for LineVisitor {
    type Value = LineView<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut view = LineView::default();
        while let Some(key) = map.next_key::<Str<'de>>()? {
            match key.0.as_ref() {
                "id" => view.id = Some(map.next_value()?),
                "text" => view.text = optional_text(&mut map, "text")?,
                "author" => view.author = optional_text(&mut map, "author")?,
                "created_at" => view.created_at = Some(map.next_value()?),
                "platform" => view.platform = optional_text(&mut map, "platform")?,
                "url" => view.url = optional_text(&mut map, "url")?,
                "parent_id" => view.parent_id = Some(map.next_value()?),
                "thread_id" => view.thread_id = Some(map.next_value()?),
                "kind" => view.kind = optional_text(&mut map, "kind")?,
                "links" => view.links = field(&mut map, "links")?,
                "metrics" => view.metrics = field(&mut map, "metrics")?,
                _ => view.extra.push((key.0, map.next_value()?)),
            }
        }
        Ok(view)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Err(de::Error::custom("expected a JSON object, found an array"))
    }
}

/// An id-like field: a string, a number (kept as written), or null.
fn id_text(raw: &RawValue, name: &str) -> Result<Option<String>, String> {
    let json = raw.get();
    match json.as_bytes().first() {
        // A string without escapes is what lies between its quotes: the raw value was
        // checked as JSON when the line was read (no control characters), and a second
        // parser for three ids a line cost ~700 instructions.
        Some(b'"') if json.len() >= 2 && !json.as_bytes().contains(&b'\\') => {
            Ok(json.get(1..json.len() - 1).map(str::to_owned))
        }
        Some(b'"') => serde_json::from_str::<Str>(json)
            .map(|text| Some(text.0.into_owned()))
            .map_err(|error| format!("field {name:?}: {}", json_message(&error))),
        Some(b'-' | b'0'..=b'9') => Ok(Some(json.to_owned())),
        Some(b'n') => Ok(None),
        _ => Err(format!("field {name:?} must be a string or a number")),
    }
}

pub(crate) fn parse_kind(name: &str) -> Result<PostKind, String> {
    Ok(match name {
        "post" | "status" | "article" => PostKind::Post,
        "reply" | "comment" => PostKind::Reply,
        "share" | "repost" | "retweet" | "boost" => PostKind::Share,
        "pingback" => PostKind::Pingback,
        "trackback" => PostKind::Trackback,
        "message" | "dm" | "direct_message" | "sms" | "email" | "mail" => PostKind::Message,
        other => {
            return Err(format!(
                "unknown kind {other:?} (expected post, reply, comment, share, pingback, \
                 trackback or message)"
            ));
        }
    })
}

fn created_at(raw: &RawValue) -> Result<Option<chrono::DateTime<chrono::Utc>>, String> {
    let json = raw.get();
    match json.as_bytes().first() {
        Some(b'"') => {
            let text = serde_json::from_str::<Str>(json)
                .map_err(|error| format!("field \"created_at\": {}", json_message(&error)))?;
            parse_timestamp(&text.0)
                .map(Some)
                .map_err(|error| format!("field \"created_at\": {error}"))
        }
        Some(b'-' | b'0'..=b'9') => from_unix_text(json)
            .map(Some)
            .ok_or_else(|| format!("field \"created_at\": {json} is out of range as Unix seconds")),
        Some(b'n') => Ok(None),
        _ => Err("field \"created_at\" must be an RFC 3339 string or Unix seconds".to_owned()),
    }
}

/// The native-schema line parser.
pub(crate) struct NativeJson;

impl LineParser for NativeJson {
    fn parse_line(&mut self, line: &str, line_number: u64) -> Result<Option<Post>, String> {
        let view: LineView = serde_json::from_str(line).map_err(|error| json_message(&error))?;
        let text = view.text.ok_or("missing field \"text\"")?;
        let id = match view.id {
            Some(raw) => id_text(raw, "id")?,
            None => None,
        }
        .unwrap_or_else(|| line_number.to_string());
        let parent_id = view
            .parent_id
            .map(|raw| id_text(raw, "parent_id"))
            .transpose()?
            .flatten();
        let thread_id = view
            .thread_id
            .map(|raw| id_text(raw, "thread_id"))
            .transpose()?
            .flatten();
        let kind = match &view.kind {
            Some(name) => parse_kind(name)?,
            // A reply that does not say so is still a reply.
            None => PostKind::unstated(parent_id.is_some(), view.platform.as_deref()),
        };
        let metrics = view.metrics.map_or_else(Metrics::default, |m| Metrics {
            replies: m.replies,
            likes: m.likes,
            shares: m.shares,
            views: m.views,
        });
        Ok(Some(Post {
            id,
            text: text.into_owned(),
            author: view.author.map(Cow::into_owned),
            created_at: view.created_at.map(created_at).transpose()?.flatten(),
            platform: view.platform.map(Cow::into_owned),
            url: view.url.map(Cow::into_owned),
            parent_id,
            thread_id,
            kind,
            links: view
                .links
                .unwrap_or_default()
                .into_iter()
                .map(|link| link.0.into_owned())
                .collect(),
            metrics,
            extra: view
                .extra
                .into_iter()
                .map(|(key, value)| (key.into_owned(), value.to_owned()))
                .collect(),
        }))
    }
}

/// Whether the input's first non-blank byte (after a byte-order mark) opens an array.
pub(crate) fn starts_with_array<R: BufRead>(reader: &mut R) -> bool {
    let Ok(head) = reader.fill_buf() else {
        return false;
    };
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'[')
}

/// Posts from the items of a top-level JSON array of native objects.
pub(crate) struct ArrayRecords<R> {
    scanner: Option<JsonScanner<R>>,
    items: Option<ArrayItems<R>>,
    source: Source,
    max_bytes: usize,
    index: u64,
}

impl<R: BufRead> ArrayRecords<R> {
    pub(crate) fn new(reader: R, source: Source, max_bytes: usize) -> Self {
        ArrayRecords {
            scanner: Some(JsonScanner::new(reader)),
            items: None,
            source,
            max_bytes,
            index: 0,
        }
    }
}

impl<R: BufRead> Iterator for ArrayRecords<R> {
    type Item = Result<Post, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(mut scanner) = self.scanner.take() {
            match scanner.skip_whitespace() {
                Ok(Some(b'[')) => scanner.bump(),
                Ok(_) => {
                    let message = "expected a JSON array";
                    return Some(Err(self
                        .source
                        .fatal(Position::Line(scanner.line()), message)));
                }
                Err(error) => return Some(Err(self.source.io(scanner.line(), &error))),
            }
            self.items = Some(ArrayItems::new(scanner, self.max_bytes));
        }
        let items = self.items.as_mut()?;
        match items.next_event()? {
            ArrayEvent::Io { line, error } => Some(Err(self.source.io(line, &error))),
            ArrayEvent::Problem { line, message } => Some(Err(self.source.record(line, message))),
            ArrayEvent::Skipped { line, message } => {
                self.index += 1;
                Some(Err(self.source.record(line, message)))
            }
            ArrayEvent::Item { line, bytes } => {
                self.index += 1;
                let result = match std::str::from_utf8(bytes) {
                    Ok(text) => NativeJson
                        .parse_line(text, self.index)
                        .map(|post| post.expect("native records are always posts")),
                    Err(error) => Err(format!(
                        "invalid UTF-8 at byte {} of the item",
                        error.valid_up_to() + 1
                    )),
                };
                Some(result.map_err(|message| self.source.record(line, message)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Post, String> {
        NativeJson
            .parse_line(line, 7)
            .map(|post| post.expect("native lines are always posts"))
    }

    #[test]
    fn maps_fields_and_keeps_extras_in_order() {
        let post = parse(
            r#"{"id":42,"z":1,"text":"hi \"there\"","author":"ann","created_at":"2024-01-02T03:04:05Z","kind":"reply","parent_id":"41","links":["https://a.test"],"metrics":{"likes":3},"a":{"nested":[1,2]}}"#,
        )
        .unwrap();
        assert_eq!(post.id, "42");
        assert_eq!(post.text, "hi \"there\"");
        assert_eq!(post.author.as_deref(), Some("ann"));
        assert_eq!(post.kind, PostKind::Reply);
        assert_eq!(post.parent_id.as_deref(), Some("41"));
        assert_eq!(post.links, ["https://a.test"]);
        assert_eq!(post.metrics.likes, Some(3));
        let extra: Vec<(&str, &str)> = post
            .extra
            .iter()
            .map(|(k, v)| (k.as_str(), v.get()))
            .collect();
        assert_eq!(extra, [("z", "1"), ("a", r#"{"nested":[1,2]}"#)]);
    }

    /// Ids read between their quotes are what the JSON parser reads, escapes or not.
    #[test]
    fn string_ids_are_what_json_reads() {
        for id in [
            r#""plain-1""#,
            r#""""#,
            r#""café ☕""#,
            r#""with \"quotes\" and \\""#,
            r#""\u00e9t\u00e9""#,
            r#""tab\tin""#,
        ] {
            let raw: Box<RawValue> = serde_json::from_str(id).unwrap();
            let expected: String = serde_json::from_str(id).unwrap();
            assert_eq!(id_text(&raw, "id"), Ok(Some(expected)), "{id}");
        }
    }

    #[test]
    fn defaults_id_to_line_number_and_reads_unix_seconds() {
        let post = parse(r#"{"text":"x","created_at":1700000000}"#).unwrap();
        assert_eq!(post.id, "7");
        assert_eq!(post.created_at.map(|t| t.timestamp()), Some(1_700_000_000));
    }

    #[test]
    fn a_record_without_a_kind_takes_the_one_its_platform_implies() {
        let kind = |line: &str| parse(line).unwrap().kind;
        // The YouTube Spam Collection's shape: comments that do not say they are.
        assert_eq!(
            kind(r#"{"text":"x","platform":"youtube"}"#),
            PostKind::Reply
        );
        assert_eq!(
            kind(r#"{"text":"x","platform":"News-Comments"}"#),
            PostKind::Reply
        );
        assert_eq!(kind(r#"{"text":"x","platform":"sms"}"#), PostKind::Message);
        // A kind or a parent said outright wins; other platforms imply nothing.
        assert_eq!(
            kind(r#"{"text":"x","platform":"youtube","kind":"post"}"#),
            PostKind::Post
        );
        assert_eq!(kind(r#"{"text":"x","platform":"twitter"}"#), PostKind::Post);
        assert_eq!(kind(r#"{"text":"x","platform":"email"}"#), PostKind::Post);
        assert_eq!(kind(r#"{"text":"x"}"#), PostKind::Post);
    }

    fn read_array(input: &str) -> Vec<Result<Post, ImportError>> {
        let reader = std::io::BufReader::with_capacity(16, input.as_bytes());
        ArrayRecords::new(reader, Source::new("a.json"), 200).collect()
    }

    #[test]
    fn reads_a_top_level_array() {
        let mut input = String::from(
            "\u{feff} [\n  {\"id\": \"a\", \"text\": \"first\", \"label\": \"spam\"},\n  {\"text\": \"second\"},\n",
        );
        input.push_str("  {\"id\": 3},\n  {\"text\": \"");
        input.push_str(&"x".repeat(300));
        input.push_str("\"},\n  {\"text\": \"after\"}\n]\n");
        let results = read_array(&input);
        let shown: Vec<String> = results
            .iter()
            .map(|result| match result {
                Ok(post) => format!("{}={}", post.id, post.text),
                Err(error) => error.to_string(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "a=first",
                "2=second",
                "a.json:4: missing field \"text\"",
                "a.json:5: record is over the limit of 200 bytes (312 bytes read); skipped",
                "5=after",
            ]
        );
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.extra[0].0, "label");
        assert!(read_array("[]").is_empty());
        assert!(read_array("[{\"text\":\"cut").last().unwrap().is_err());
    }

    #[test]
    fn reports_bad_records() {
        assert_eq!(
            parse(r#"{"id":"1"}"#).unwrap_err(),
            "missing field \"text\""
        );
        assert!(
            parse(r#"{"text":5}"#)
                .unwrap_err()
                .starts_with("field \"text\": invalid type")
        );
        assert!(
            parse(r#"{"text":"x","kind":"rant"}"#)
                .unwrap_err()
                .starts_with("unknown kind")
        );
        assert!(
            parse(r#"{"text":"x","id":[1]}"#)
                .unwrap_err()
                .contains("string or a number")
        );
        assert!(
            parse("[1,2]")
                .unwrap_err()
                .contains("expected a JSON object")
        );
        assert!(parse(r#"{"text":"x""#).is_err());
        assert!(
            parse(r#"{"text":"x","created_at":"soon"}"#)
                .unwrap_err()
                .contains("created_at")
        );
    }
}
