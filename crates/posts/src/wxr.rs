//! `wxr`: WordPress eXtended RSS export.
//!
//! Each `<item>` of type post or page is a post; every `<wp:comment>` inside it is a
//! post too. Comment ids are written `c<comment_id>` because WordPress numbers posts
//! and comments separately, and a bare `42` could be either. Comments marked spam or
//! trash are still emitted (their status is in `extra.wp_status`): deciding what is
//! spam is discern's job. Items of other types (attachments, menu entries) are counted
//! as skipped.

use chrono::{DateTime, Utc};
use serde_json::value::RawValue;

use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind};
use crate::time::{parse_rfc2822_or_other, parse_timestamp};
use crate::xml::{Element, RecordResults, XmlFormat};

pub(crate) struct Wxr {
    pub(crate) skipped: SkipCounter,
}

const POST_TYPES: [&str; 2] = ["post", "page"];

fn json_string(value: &str) -> Box<RawValue> {
    // Serializing a &str cannot fail; fall back to null rather than panic.
    serde_json::to_string(value)
        .ok()
        .and_then(|json| RawValue::from_string(json).ok())
        .unwrap_or_else(|| RawValue::NULL.to_owned())
}

fn extra_field(element: &Element, field: &str, key: &str) -> Option<(String, Box<RawValue>)> {
    element
        .field(field)
        .map(|value| (key.to_owned(), json_string(&value)))
}

/// A `wp:*_date_gmt` value; drafts carry `0000-00-00 00:00:00`, meaning none.
fn gmt_date(element: &Element, field: &str) -> Result<Option<DateTime<Utc>>, String> {
    match element.field(field) {
        Some(raw) if !raw.starts_with("0000") => parse_timestamp(&raw)
            .map(Some)
            .map_err(|error| format!("<{field}>: {error}")),
        _ => Ok(None),
    }
}

/// The host of a URL (`https://spam.example/x` → `spam.example`).
fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

fn comment(comment: &Element, post_id: &str) -> Result<Post, (u64, String)> {
    let line = comment.line;
    let comment_id = comment
        .field("wp:comment_id")
        .ok_or((line, "comment without <wp:comment_id>".to_owned()))?;
    let parent_id = match comment.field("wp:comment_parent") {
        Some(parent) if parent != "0" => format!("c{parent}"),
        _ => post_id.to_owned(),
    };
    let kind = match comment.field("wp:comment_type").as_deref() {
        Some("pingback") => PostKind::Pingback,
        Some("trackback") => PostKind::Trackback,
        _ => PostKind::Reply,
    };
    let content = html_to_text(
        &comment
            .child("wp:comment_content")
            .map(Element::deep_text)
            .unwrap_or_default(),
    );
    let author_url = comment.field("wp:comment_author_url");
    let mut links = content.links;
    if let Some(host) = author_url.as_deref().and_then(domain) {
        links.push(host);
    }
    let extra = [
        extra_field(comment, "wp:comment_approved", "wp_status"),
        extra_field(comment, "wp:comment_author_email", "author_email"),
        extra_field(comment, "wp:comment_author_IP", "author_ip"),
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(Post {
        id: format!("c{comment_id}"),
        text: content.text,
        author: comment.field("wp:comment_author"),
        created_at: gmt_date(comment, "wp:comment_date_gmt").map_err(|message| (line, message))?,
        platform: Some("wordpress".to_owned()),
        url: author_url,
        parent_id: Some(parent_id),
        thread_id: Some(post_id.to_owned()),
        kind,
        links,
        extra,
        ..Post::default()
    })
}

impl XmlFormat for Wxr {
    fn check_root(&mut self, root: &Element) -> Result<(), String> {
        if root.name != "rss" {
            return Err(format!(
                "not a WordPress export: the root element is <{}>, not <rss>",
                root.name
            ));
        }
        if root.attribute("xmlns:wp").is_none() {
            return Err("not a WordPress export: <rss> does not declare xmlns:wp (a plain feed? use the feed format)".to_owned());
        }
        Ok(())
    }

    fn is_record(&self, name: &str) -> bool {
        name == "item"
    }

    fn map_record(&mut self, item: Element, _number: u64) -> RecordResults {
        let line = item.line;
        let post_type = item
            .field("wp:post_type")
            .unwrap_or_else(|| "post".to_owned());
        if !POST_TYPES.contains(&post_type.as_str()) {
            self.skipped.add_one();
            return Vec::new();
        }
        let comments: Vec<&Element> = item.children_named("wp:comment").collect();
        let Some(post_id) = item.field("wp:post_id") else {
            let message = format!(
                "<item> without <wp:post_id>; the post and its {} comments are skipped",
                comments.len()
            );
            return vec![Err((line, message))];
        };
        let body = html_to_text(
            &item
                .child("content:encoded")
                .map(Element::deep_text)
                .unwrap_or_default(),
        );
        let text = match item.field("title") {
            Some(title) if !body.text.is_empty() => format!("{title}\n\n{}", body.text),
            Some(title) => title,
            None => body.text,
        };
        let created_at = match gmt_date(&item, "wp:post_date_gmt") {
            Ok(Some(date)) => Ok(Some(date)),
            Ok(None) => item
                .field("pubDate")
                .map(|raw| {
                    parse_rfc2822_or_other(&raw).map_err(|error| format!("<pubDate>: {error}"))
                })
                .transpose(),
            Err(message) => Err(message),
        };
        let mut results = Vec::with_capacity(comments.len() + 1);
        match created_at {
            Ok(created_at) => {
                let extra = [
                    extra_field(&item, "wp:status", "wp_status"),
                    Some(("post_type".to_owned(), json_string(&post_type))),
                ]
                .into_iter()
                .flatten()
                .collect();
                results.push(Ok(Post {
                    id: post_id.clone(),
                    text,
                    author: item.field("dc:creator"),
                    created_at,
                    platform: Some("wordpress".to_owned()),
                    url: item.field("link"),
                    parent_id: None,
                    thread_id: Some(post_id.clone()),
                    kind: PostKind::Post,
                    links: body.links,
                    extra,
                    ..Post::default()
                }));
            }
            Err(message) => results.push(Err((line, message))),
        }
        results.extend(
            comments
                .into_iter()
                .map(|element| comment(element, &post_id)),
        );
        results
    }
}

#[cfg(test)]
mod tests {
    use super::domain;

    #[test]
    fn extracts_domains() {
        assert_eq!(
            domain("https://Cheap-Pills.example/buy?now").as_deref(),
            Some("cheap-pills.example")
        );
        assert_eq!(
            domain("http://user@host.test:8080").as_deref(),
            Some("host.test")
        );
        assert_eq!(domain("example.org/path").as_deref(), Some("example.org"));
        assert_eq!(domain("not a url"), None);
    }
}
