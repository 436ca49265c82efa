//! `bluesky`: Jetstream events, one JSON object per line.
//!
//! A `create` commit in `app.bsky.feed.post` is a post; one in `app.bsky.feed.repost`
//! is a `Share` with empty text and the reposted record's URI in `links`. Every other
//! event (identity, account, updates, deletes, likes, follows, profiles) is valid but
//! not a post: it is counted in `ReadOptions::skipped`, not reported as an error.
//!
//! Recordings made before Jetstream 0.1 (October 2024) name the event kind in `type`
//! (`com`, `id`, `acc`) and the commit operation in `commit.type` (`c`, `u`, `d`);
//! both spellings are read.
//!
//! Links: facet links (`app.bsky.richtext.facet#link`, not mentions or tags), then the
//! embed's targets: an external card's `uri`, a quoted record's `at://` URI
//! (`app.bsky.embed.record`), and both of those inside `recordWithMedia`. Images and
//! videos link nothing. `createdAt` is written by the client; when it is not a
//! readable date the event's `time_us` (when Jetstream saw it) is used instead.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::error::json_message;
use crate::line_reader::LineParser;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind};
use crate::time::parse_timestamp;

const POST_COLLECTION: &str = "app.bsky.feed.post";
const REPOST_COLLECTION: &str = "app.bsky.feed.repost";
const LINK_FEATURE: &str = "app.bsky.richtext.facet#link";

#[derive(Deserialize)]
struct Event<'a> {
    #[serde(borrow)]
    did: Option<Cow<'a, str>>,
    time_us: Option<i64>,
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    /// The kind before Jetstream 0.1: `com`, `id`, `acc`.
    #[serde(rename = "type", borrow)]
    legacy_kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    commit: Option<Commit<'a>>,
}

#[derive(Deserialize)]
struct Commit<'a> {
    #[serde(borrow)]
    operation: Option<Cow<'a, str>>,
    /// The operation before Jetstream 0.1: `c`, `u`, `d`.
    #[serde(rename = "type", borrow)]
    legacy_operation: Option<Cow<'a, str>>,
    #[serde(borrow)]
    collection: Cow<'a, str>,
    #[serde(borrow)]
    rkey: Cow<'a, str>,
    #[serde(borrow)]
    record: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PostRecord<'a> {
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    created_at: Option<Cow<'a, str>>,
    #[serde(borrow)]
    reply: Option<Reply<'a>>,
    #[serde(borrow, default)]
    facets: Vec<Facet<'a>>,
    /// Read loosely: its shape depends on its `$type`, and an embed this importer
    /// does not know must not cost the post.
    embed: Option<Value>,
    #[serde(borrow)]
    langs: Option<&'a RawValue>,
    /// Self-labels (`porn`, `nudity`, `graphic-media`, ...), kept verbatim.
    #[serde(borrow)]
    labels: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Reply<'a> {
    #[serde(borrow)]
    parent: Option<StrongRef<'a>>,
    #[serde(borrow)]
    root: Option<StrongRef<'a>>,
}

#[derive(Deserialize)]
struct StrongRef<'a> {
    #[serde(borrow)]
    uri: Cow<'a, str>,
}

#[derive(Deserialize)]
struct Facet<'a> {
    #[serde(borrow, default)]
    features: Vec<Feature<'a>>,
}

#[derive(Deserialize)]
struct Feature<'a> {
    #[serde(rename = "$type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    uri: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RepostRecord<'a> {
    #[serde(borrow)]
    subject: StrongRef<'a>,
    #[serde(borrow)]
    created_at: Option<Cow<'a, str>>,
}

pub(crate) struct Jetstream {
    pub(crate) skipped: SkipCounter,
}

fn event_time(
    created_at: Option<&str>,
    time_us: Option<i64>,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, String> {
    let seen = time_us.and_then(chrono::DateTime::from_timestamp_micros);
    match created_at {
        Some(raw) => match parse_timestamp(raw) {
            Ok(time) => Ok(Some(time)),
            Err(_) if seen.is_some() => Ok(seen),
            Err(error) => Err(format!("field \"createdAt\": {error}")),
        },
        None => Ok(seen),
    }
}

/// The event kind, in either spelling.
fn event_kind<'e>(event: &'e Event<'_>) -> Option<&'e str> {
    match (event.kind.as_deref(), event.legacy_kind.as_deref()) {
        (Some(kind), _) => Some(kind),
        (None, Some("com")) => Some("commit"),
        (None, Some("id")) => Some("identity"),
        (None, Some("acc")) => Some("account"),
        (None, _) => None,
    }
}

/// The commit operation, in either spelling.
fn operation<'c>(commit: &'c Commit<'_>) -> Option<&'c str> {
    match (
        commit.operation.as_deref(),
        commit.legacy_operation.as_deref(),
    ) {
        (Some(operation), _) => Some(operation),
        (None, Some("c")) => Some("create"),
        (None, Some("u")) => Some("update"),
        (None, Some("d")) => Some("delete"),
        (None, other) => other,
    }
}

/// An embed's link targets: `external.uri` (link card), `record.uri` (quote post),
/// `record.record.uri` and `media` (quote with media, whose media may be a card).
fn embed_links(embed: &Value, links: &mut Vec<String>, depth: u8) {
    fn uri(value: Option<&Value>) -> Option<&str> {
        value?.get("uri")?.as_str()
    }
    let external = uri(embed.get("external"));
    let record = embed.get("record");
    let quoted = uri(record).or_else(|| uri(record.and_then(|r| r.get("record"))));
    for target in [external, quoted].into_iter().flatten() {
        if !target.is_empty() && !links.iter().any(|link| link == target) {
            links.push(target.to_owned());
        }
    }
    if depth == 0
        && let Some(media) = embed.get("media")
    {
        embed_links(media, links, 1);
    }
}

impl LineParser for Jetstream {
    fn parse_line(&mut self, line: &str, _line_number: u64) -> Result<Option<Post>, String> {
        let event: Event = serde_json::from_str(line).map_err(|error| json_message(&error))?;
        let is_commit =
            event_kind(&event).ok_or("missing field \"kind\" (not a Jetstream event)")? == "commit";
        let commit = match (is_commit, event.commit) {
            (true, Some(commit)) => commit,
            (true, None) => return Err("missing field \"commit\"".to_owned()),
            (false, _) => {
                self.skipped.add_one();
                return Ok(None);
            }
        };
        match operation(&commit) {
            Some("create") => {}
            Some(_) => {
                self.skipped.add_one();
                return Ok(None);
            }
            None => return Err("missing field \"commit.operation\"".to_owned()),
        }
        let is_post = commit.collection == POST_COLLECTION;
        if !is_post && commit.collection != REPOST_COLLECTION {
            self.skipped.add_one();
            return Ok(None);
        }
        let did = event.did.ok_or("missing field \"did\"")?;
        let record = commit.record.ok_or("missing field \"commit.record\"")?;
        let id = format!("at://{did}/{}/{}", commit.collection, commit.rkey);
        let record_error =
            |error: serde_json::Error| format!("commit.record: {}", json_message(&error));
        if !is_post {
            let repost: RepostRecord = serde_json::from_str(record.get()).map_err(record_error)?;
            return Ok(Some(Post {
                id,
                author: Some(did.into_owned()),
                created_at: event_time(repost.created_at.as_deref(), event.time_us)?,
                platform: Some("bluesky".to_owned()),
                kind: PostKind::Share,
                links: vec![repost.subject.uri.into_owned()],
                ..Post::default()
            }));
        }
        let record: PostRecord = serde_json::from_str(record.get()).map_err(record_error)?;
        let text = record.text.ok_or("missing field \"commit.record.text\"")?;
        let reply = record.reply.as_ref();
        let parent_id = reply
            .and_then(|reply| reply.parent.as_ref())
            .map(|parent| parent.uri.to_string());
        let thread_id = reply
            .and_then(|reply| reply.root.as_ref())
            .map(|root| root.uri.to_string());
        let mut links: Vec<String> = record
            .facets
            .iter()
            .flat_map(|facet| &facet.features)
            .filter(|feature| feature.kind.as_deref() == Some(LINK_FEATURE))
            .filter_map(|feature| feature.uri.as_deref().map(str::to_owned))
            .collect();
        if let Some(embed) = &record.embed {
            embed_links(embed, &mut links, 0);
        }
        let extra = [("langs", record.langs), ("labels", record.labels)]
            .into_iter()
            .filter_map(|(key, raw)| Some((key.to_owned(), raw?.to_owned())))
            .collect();
        Ok(Some(Post {
            thread_id: Some(thread_id.unwrap_or_else(|| id.clone())),
            id,
            text: text.into_owned(),
            author: Some(did.into_owned()),
            created_at: event_time(record.created_at.as_deref(), event.time_us)?,
            platform: Some("bluesky".to_owned()),
            url: None,
            kind: if parent_id.is_some() {
                PostKind::Reply
            } else {
                PostKind::Post
            },
            parent_id,
            links,
            metrics: Default::default(),
            extra,
        }))
    }
}
