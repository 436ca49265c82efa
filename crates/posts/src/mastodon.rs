//! `mastodon`: the account archive's `outbox.json`, an ActivityStreams
//! `OrderedCollection` of the account's activities.
//!
//! `Create` of a Note (or Question/Article/Page) is a post; `Announce` (a boost) is a
//! `Share` with empty text and the boosted status in `links`. Other activities are
//! counted as skipped. `thread_id` stays empty: one archive cannot see a thread's root,
//! so the threads stage resolves roots through `parent_id` chains; the object's
//! `conversation` is kept in `extra` for it.

use serde_json::Value;

use crate::archive::{ItemParser, raw_member, string};
use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind};
use crate::time::parse_timestamp;

pub(crate) struct Outbox {
    pub(crate) skipped: SkipCounter,
}

const POST_OBJECT_TYPES: [&str; 4] = ["Note", "Question", "Article", "Page"];

/// A link member: a URL string, or an object with `href`/`id`.
fn link(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(url) => Some(url.clone()),
        Value::Object(object) => object
            .get("href")
            .or_else(|| object.get("id"))?
            .as_str()
            .map(str::to_owned),
        Value::Array(items) => items.iter().find_map(|item| link(Some(item))),
        _ => None,
    }
}

fn date(object: &Value, activity: &Value) -> Result<Option<chrono::DateTime<chrono::Utc>>, String> {
    string(object, "published")
        .or_else(|| string(activity, "published"))
        .map(|raw| parse_timestamp(raw).map_err(|error| format!("field \"published\": {error}")))
        .transpose()
}

impl ItemParser for Outbox {
    fn parse_item(&mut self, activity: &Value) -> Result<Option<Post>, String> {
        let kind = string(activity, "type").ok_or("missing field \"type\" (not an activity)")?;
        let actor = link(activity.get("actor"));
        match kind {
            "Create" => {
                let Some(object) = activity.get("object").filter(|object| object.is_object())
                else {
                    self.skipped.add_one();
                    return Ok(None);
                };
                if !string(object, "type").is_some_and(|kind| POST_OBJECT_TYPES.contains(&kind)) {
                    self.skipped.add_one();
                    return Ok(None);
                }
                let id = string(object, "id")
                    .ok_or("missing field \"object.id\"")?
                    .to_owned();
                let content = html_to_text(string(object, "content").unwrap_or_default());
                // Mention and hashtag links point at profiles and tag pages, not at
                // what the post links to.
                let tag_links: Vec<String> = object
                    .get("tag")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|tag| string(tag, "href"))
                    .map(str::to_owned)
                    .collect();
                let links = content
                    .links
                    .into_iter()
                    .filter(|href| !tag_links.contains(href))
                    .collect();
                let text = match string(object, "summary")
                    .filter(|summary| !summary.trim().is_empty())
                {
                    Some(warning) => format!("{}\n\n{}", html_to_text(warning).text, content.text),
                    None => content.text,
                };
                let parent_id = link(object.get("inReplyTo"));
                Ok(Some(Post {
                    id,
                    text,
                    author: link(object.get("attributedTo")).or(actor),
                    created_at: date(object, activity)?,
                    platform: Some("mastodon".to_owned()),
                    url: link(object.get("url")),
                    kind: if parent_id.is_some() {
                        PostKind::Reply
                    } else {
                        PostKind::Post
                    },
                    parent_id,
                    thread_id: None,
                    links,
                    extra: ["conversation", "sensitive"]
                        .iter()
                        .filter_map(|key| raw_member(object, key))
                        .collect(),
                    ..Post::default()
                }))
            }
            "Announce" => {
                let id = string(activity, "id")
                    .ok_or("missing field \"id\"")?
                    .to_owned();
                let boosted = link(activity.get("object")).ok_or("missing field \"object\"")?;
                Ok(Some(Post {
                    id,
                    text: String::new(),
                    author: actor,
                    created_at: date(&Value::Null, activity)?,
                    platform: Some("mastodon".to_owned()),
                    kind: PostKind::Share,
                    links: vec![boosted],
                    ..Post::default()
                }))
            }
            _ => {
                self.skipped.add_one();
                Ok(None)
            }
        }
    }
}
