//! `bluesky`: Jetstream events, one JSON object per line.
//!
//! A `create` commit in `app.bsky.feed.post` is a post; one in `app.bsky.feed.repost`
//! is a `Share` with empty text and the reposted record's URI in `links`. Every other
//! event (identity, account, deletes, likes, follows) is valid but not a post: it is
//! counted in `ReadOptions::skipped`, not reported as an error.

use std::borrow::Cow;

use serde::Deserialize;
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
    #[serde(borrow)]
    commit: Option<Commit<'a>>,
}

#[derive(Deserialize)]
struct Commit<'a> {
    #[serde(borrow)]
    operation: Cow<'a, str>,
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
    #[serde(borrow)]
    embed: Option<Embed<'a>>,
    #[serde(borrow)]
    langs: Option<&'a RawValue>,
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
struct Embed<'a> {
    #[serde(borrow)]
    external: Option<StrongRef<'a>>,
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
    match created_at {
        Some(raw) => parse_timestamp(raw)
            .map(Some)
            .map_err(|error| format!("field \"createdAt\": {error}")),
        None => Ok(time_us.and_then(chrono::DateTime::from_timestamp_micros)),
    }
}

impl LineParser for Jetstream {
    fn parse_line(&mut self, line: &str, _line_number: u64) -> Result<Option<Post>, String> {
        let event: Event = serde_json::from_str(line).map_err(|error| json_message(&error))?;
        let kind = event
            .kind
            .ok_or("missing field \"kind\" (not a Jetstream event)")?;
        let commit = match (kind.as_ref(), event.commit) {
            ("commit", Some(commit)) if commit.operation == "create" => commit,
            ("commit", None) => return Err("missing field \"commit\"".to_owned()),
            _ => {
                self.skipped.add_one();
                return Ok(None);
            }
        };
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
        if let Some(external) = record
            .embed
            .as_ref()
            .and_then(|embed| embed.external.as_ref())
            && !links.iter().any(|link| *link == external.uri)
        {
            links.push(external.uri.to_string());
        }
        let extra = record
            .langs
            .map(|langs| ("langs".to_owned(), langs.to_owned()))
            .into_iter()
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
