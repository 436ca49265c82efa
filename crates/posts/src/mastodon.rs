//! `mastodon`: the account archive's `outbox.json`, an ActivityStreams
//! `OrderedCollection` of the account's activities (an `OrderedCollectionPage` with
//! its own `orderedItems` reads the same way).
//!
//! `Create` of a Note (or Question/Article/Page) is a post; `Announce` (a boost) is a
//! `Share` with empty text and the boosted status in `links`. Other activities
//! (`Delete`, `Update`, `Like`, `Follow`, ...) are counted as skipped, and so is a
//! `Create` whose object is only a URL (outbox pages fetched from a server, not the
//! archive): the file does not hold that status's text. `thread_id` stays empty: one
//! archive cannot see a thread's root, so the threads stage resolves roots through
//! `parent_id` chains; the object's `conversation` is kept in `extra` for it.
//!
//! The archive holds every status the account wrote, direct messages included. They
//! are kept, as kind `Message` (they are the account's own writing, and a spam DM is
//! as much spam as a public one), and every post carries `extra.visibility`
//! (`public`, `unlisted`, `private` = followers only, `direct`) so a caller can leave
//! private ones out. Visibility comes from `to`/`cc` the way Mastodon writes them; an
//! object addressed to no one is left without it rather than guessed.

use serde_json::Value;
use serde_json::value::RawValue;

use crate::archive::{ItemParser, raw_member, string};
use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind, json_string};
use crate::time::parse_timestamp;

pub(crate) struct Outbox {
    pub(crate) skipped: SkipCounter,
}

const POST_OBJECT_TYPES: [&str; 4] = ["Note", "Question", "Article", "Page"];

/// The ways servers write the public collection in `to`/`cc`.
const PUBLIC: [&str; 3] = [
    "https://www.w3.org/ns/activitystreams#Public",
    "as:Public",
    "Public",
];

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

/// The addressees in `to` or `cc`: one IRI, a list of them, or objects with an `id`.
fn addressees(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(iri)) => vec![iri.as_str()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| item.as_str().or_else(|| string(item, "id")))
            .collect(),
        Some(Value::Object(_)) => value
            .and_then(|item| string(item, "id"))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// Mastodon's visibility from the addressing of the object (or, if it has none, of
/// the activity). `None` when nothing is addressed.
fn visibility(object: &Value, activity: &Value) -> Option<&'static str> {
    let addressed = |value: &Value| value.get("to").is_some() || value.get("cc").is_some();
    let source = if addressed(object) { object } else { activity };
    let to = addressees(source.get("to"));
    let cc = addressees(source.get("cc"));
    let public = |list: &[&str]| list.iter().any(|iri| PUBLIC.contains(iri));
    Some(if public(&to) {
        "public"
    } else if public(&cc) {
        "unlisted"
    } else if to.iter().chain(&cc).any(|iri| iri.ends_with("/followers")) {
        "private"
    } else if !to.is_empty() || !cc.is_empty() {
        "direct"
    } else {
        return None;
    })
}

/// A URL compared loosely: no scheme, no trailing slash, lower case.
fn loose(url: &str) -> String {
    let bare = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    bare.trim_end_matches('/').to_lowercase()
}

/// The host of a URL (`https://host/path` → `host`).
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// Where the content's mention and hashtag anchors may point, loosely compared.
/// Mastodon writes a Mention tag's `href` as the actor id (`/users/bob`, or a
/// Misskey `/users/9abc` id) but links the profile page (`/@bob`) in the content,
/// and hashtags link `/tags/<name>` (Pleroma: `/tag/<name>`) in the name's own case.
fn tag_targets(object: &Value) -> Vec<String> {
    let mut targets = Vec::new();
    let tags = match object.get("tag") {
        Some(Value::Array(tags)) => tags.as_slice(),
        Some(tag @ Value::Object(_)) => std::slice::from_ref(tag),
        _ => &[],
    };
    for tag in tags {
        let href = string(tag, "href");
        if let Some(href) = href {
            targets.push(loose(href));
        }
        let name = string(tag, "name").unwrap_or_default();
        match string(tag, "type") {
            Some("Mention") => {
                // `@user@domain`, or `@user` for the author's own server.
                let mut parts = name.trim_start_matches('@').splitn(2, '@');
                let user = parts.next().unwrap_or_default();
                if user.is_empty() {
                    continue;
                }
                let hosts = href.and_then(host).into_iter().chain(parts.next());
                for host in hosts {
                    targets.push(loose(&format!("{host}/@{user}")));
                    targets.push(loose(&format!("{host}/users/{user}")));
                }
            }
            Some("Hashtag") => {
                let tag_name = name.trim_start_matches('#');
                if let (Some(host), false) = (href.and_then(host), tag_name.is_empty()) {
                    targets.push(loose(&format!("{host}/tags/{tag_name}")));
                    targets.push(loose(&format!("{host}/tag/{tag_name}")));
                }
            }
            _ => {}
        }
    }
    targets
}

/// The status's HTML: `content`, else the first language of `contentMap`.
fn content_html(object: &Value) -> &str {
    string(object, "content")
        .filter(|content| !content.is_empty())
        .or_else(|| {
            object
                .get("contentMap")
                .and_then(Value::as_object)
                .and_then(|map| map.values().find_map(Value::as_str))
        })
        .unwrap_or_default()
}

/// A poll's choices (`oneOf` for single choice, `anyOf` for multiple), one a line.
fn poll_choices(object: &Value) -> Option<String> {
    let choices: Vec<&str> = ["oneOf", "anyOf"]
        .iter()
        .filter_map(|key| object.get(*key).and_then(Value::as_array))
        .flatten()
        .filter_map(|choice| string(choice, "name"))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    (!choices.is_empty()).then(|| choices.join("\n"))
}

fn visibility_extra(visibility: Option<&str>) -> Option<(String, Box<RawValue>)> {
    Some(("visibility".to_owned(), json_string(visibility?)))
}

impl Outbox {
    fn status(&mut self, activity: &Value, object: &Value) -> Result<Option<Post>, String> {
        let object_type = string(object, "type");
        if !object_type.is_some_and(|kind| POST_OBJECT_TYPES.contains(&kind)) {
            self.skipped.add_one();
            return Ok(None);
        }
        let id = string(object, "id")
            .ok_or("missing field \"object.id\"")?
            .to_owned();
        let content = html_to_text(content_html(object));
        // Mention and hashtag links point at profiles and tag pages, not at what the
        // post links to.
        let tag_targets = tag_targets(object);
        let links = content
            .links
            .into_iter()
            .filter(|href| !tag_targets.contains(&loose(href)))
            .collect();
        let warning = string(object, "summary").map(|summary| html_to_text(summary).text);
        // Articles and pages (blog software speaking ActivityPub) carry a title.
        let title = string(object, "name")
            .filter(|_| matches!(object_type, Some("Article" | "Page")))
            .map(|name| html_to_text(name).text);
        let parts = [warning, title, Some(content.text), poll_choices(object)];
        let text = parts
            .into_iter()
            .flatten()
            .filter(|part| !part.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let parent_id = link(object.get("inReplyTo"));
        let visibility = visibility(object, activity);
        let kind = if visibility == Some("direct") {
            PostKind::Message
        } else if parent_id.is_some() {
            PostKind::Reply
        } else {
            PostKind::Post
        };
        let mut extra: Vec<_> = ["conversation", "sensitive"]
            .iter()
            .filter_map(|key| raw_member(object, key))
            .collect();
        extra.extend(visibility_extra(visibility));
        Ok(Some(Post {
            id,
            text,
            author: link(object.get("attributedTo")).or_else(|| link(activity.get("actor"))),
            created_at: date(object, activity)?,
            platform: Some("mastodon".to_owned()),
            url: link(object.get("url")),
            kind,
            parent_id,
            thread_id: None,
            links,
            extra,
            ..Post::default()
        }))
    }
}

impl ItemParser for Outbox {
    fn parse_item(&mut self, activity: &Value) -> Result<Option<Post>, String> {
        let kind = string(activity, "type").ok_or("missing field \"type\" (not an activity)")?;
        match kind {
            "Create" => match activity.get("object") {
                Some(object @ Value::Object(_)) => self.status(activity, object),
                // A URL: the status itself is not in this file.
                Some(Value::String(_)) => {
                    self.skipped.add_one();
                    Ok(None)
                }
                _ => Err("missing field \"object\"".to_owned()),
            },
            "Announce" => {
                let id = string(activity, "id")
                    .ok_or("missing field \"id\"")?
                    .to_owned();
                // The boosted status: a URL in Mastodon's archive, an embedded object
                // (with its `id`) from some other servers.
                let boosted = link(activity.get("object")).ok_or("missing field \"object\"")?;
                Ok(Some(Post {
                    id,
                    text: String::new(),
                    author: link(activity.get("actor")),
                    created_at: date(&Value::Null, activity)?,
                    platform: Some("mastodon".to_owned()),
                    url: link(activity.get("url")),
                    kind: PostKind::Share,
                    links: vec![boosted],
                    extra: visibility_extra(visibility(&Value::Null, activity))
                        .into_iter()
                        .collect(),
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
