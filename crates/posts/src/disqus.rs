//! `disqus`: the XML export a Disqus admin downloads (Community → Export), root
//! `<disqus xmlns:dsq="http://disqus.com/disqus-internals">`.
//!
//! The export is three flat lists: `<category>`s, then the `<thread>`s (one per page of
//! the site, with its `link`, `title` and usually empty `message`), then every
//! `<post>` (a comment: HTML `message`, `createdAt`, `isDeleted`, `isSpam`, `author`
//! with `name`, `email`, `username` and `isAnonymous`, `ipAddress`) naming its thread
//! as `<thread dsq:id="…"/>` and, when it answers another comment, its parent as
//! `<parent dsq:id="…"/>`. Records name each other only by Disqus's internal
//! `dsq:id`, so nothing is looked up: a thread becomes a post of its own and every
//! comment points at it, and a reply to a comment that is not in the file (deleted, or
//! cut from a partial export) still gathers under its parent's id, as a WordPress
//! comment does.
//!
//! Ids: a comment keeps its Disqus id, the one the admin and the API know (so a
//! verdict can be acted on there); a thread is `t<dsq:id>`, since Disqus numbers
//! threads and posts separately. A thread's own `<id>` (the `disqus_identifier` the
//! site's embed code set) is kept in `extra.disqus_identifier`.
//!
//! Deleted posts and threads are counted as skipped; a deleted thread's comments still
//! come through. Comments Disqus marked as spam are read, with `extra.disqus_is_spam`
//! saying so: they are labelled examples, and deciding what is spam is discern's job.
//! Categories are the forum's settings and are not records. Links in comments that go
//! through Disqus's redirector (`disq.us/url?url=…`) are read as their target.

use chrono::{DateTime, Utc};
use serde_json::value::RawValue;

use crate::html::{decode_entities, html_to_text};
use crate::options::SkipCounter;
use crate::post::{Post, PostKind, json_bool};
use crate::time::parse_timestamp;
use crate::xml::{Element, RecordResults, XmlFormat, extra_field};

pub(crate) struct Disqus {
    pub(crate) skipped: SkipCounter,
}

const PLATFORM: &str = "disqus";

/// A `true`/`false` field (`1`/`0` also read); `None` if missing or anything else.
fn flag(element: &Element, field: &str) -> Option<bool> {
    match element.field(field)?.to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// The `dsq:id` attribute of an element, trimmed; `None` if missing or blank.
fn dsq_id(element: &Element) -> Option<&str> {
    element
        .attribute("dsq:id")
        .map(str::trim)
        .filter(|id| !id.is_empty())
}

fn thread_key(dsq_id: &str) -> String {
    format!("t{dsq_id}")
}

fn created_at(record: &Element) -> Result<Option<DateTime<Utc>>, (u64, String)> {
    record
        .field("createdAt")
        .map(|raw| {
            parse_timestamp(&raw).map_err(|error| (record.line, format!("<createdAt>: {error}")))
        })
        .transpose()
}

/// The author's display name, else their username.
fn author_name(record: &Element) -> Option<String> {
    let author = record.child("author")?;
    author.field("name").or_else(|| author.field("username"))
}

/// The visible text and links of a `message` (HTML, in CDATA or escaped).
fn message(record: &Element) -> (String, Vec<String>) {
    let html = record
        .child("message")
        .map(Element::deep_text)
        .unwrap_or_default();
    let converted = html_to_text(&html);
    let links = converted
        .links
        .into_iter()
        .map(|link| unwrap_redirect(&link).unwrap_or(link))
        .collect();
    (converted.text, links)
}

/// The target of a Disqus redirect link: `https://disq.us/url?url=<target,
/// percent-encoded>%3A<signature>&cuid=…` gives `<target>`. `None` for any other link.
fn unwrap_redirect(href: &str) -> Option<String> {
    let rest = href.split_once("://").map_or(href, |(_, rest)| rest);
    let (before_query, query) = rest.split_once('?')?;
    let (host, path) = before_query.split_once('/').unwrap_or((before_query, ""));
    let host = host.to_ascii_lowercase();
    if !(host == "disq.us" || host.ends_with(".disq.us")) || !matches!(path, "" | "url" | "url/") {
        return None;
    }
    let encoded = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("url="))?;
    let decoded = percent_decode(encoded);
    // Disqus appends `:` and a signature (27 base64url characters) to the target.
    let target = match decoded.rsplit_once(':') {
        Some((target, signature))
            if signature.len() >= 20
                && signature
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
        {
            target
        }
        _ => decoded.as_str(),
    };
    let target = target.trim();
    (!target.is_empty()).then(|| target.to_owned())
}

/// `%XX` escapes decoded (invalid UTF-8 replaced); anything else kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits: at most 255.
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Disqus {
    /// A `<thread>`: the page the comments are on, as a post of its own.
    fn thread(&self, thread: &Element) -> RecordResults {
        let line = thread.line;
        if flag(thread, "isDeleted") == Some(true) {
            self.skipped.add_one();
            return Vec::new();
        }
        let Some(dsq_id) = dsq_id(thread) else {
            return vec![Err((line, "<thread> without dsq:id; skipped".to_owned()))];
        };
        let id = thread_key(dsq_id);
        let (body, links) = message(thread);
        // Titles are sometimes exported entity-escaped twice (`Let&amp;#8217;s`).
        let title = thread.field("title").map(|title| decode_entities(&title));
        let text = match title {
            Some(title) if !body.is_empty() => format!("{title}\n\n{body}"),
            Some(title) => title,
            None => body,
        };
        let created_at = match created_at(thread) {
            Ok(time) => time,
            Err(error) => return vec![Err(error)],
        };
        let extra = extra_field(thread, "id", "disqus_identifier")
            .into_iter()
            .collect();
        vec![Ok(Post {
            thread_id: Some(id.clone()),
            id,
            text,
            author: author_name(thread),
            created_at,
            platform: Some(PLATFORM.to_owned()),
            url: thread.field("link"),
            parent_id: None,
            kind: PostKind::Post,
            links,
            extra,
            ..Post::default()
        })]
    }

    /// A `<post>`: a comment on its thread, or a reply to another comment.
    fn post(&self, post: &Element) -> RecordResults {
        let line = post.line;
        if flag(post, "isDeleted") == Some(true) {
            self.skipped.add_one();
            return Vec::new();
        }
        let Some(id) = dsq_id(post) else {
            return vec![Err((line, "<post> without dsq:id; skipped".to_owned()))];
        };
        let Some(thread_id) = post.child("thread").and_then(dsq_id).map(thread_key) else {
            let message = format!(
                "post {id} has no <thread dsq:id=\"…\"/>, so its thread is unknown; skipped"
            );
            return vec![Err((line, message))];
        };
        let parent_id = post
            .child("parent")
            .and_then(dsq_id)
            .map_or_else(|| thread_id.clone(), str::to_owned);
        let created_at = match created_at(post) {
            Ok(time) => time,
            Err(error) => return vec![Err(error)],
        };
        let (text, links) = message(post);
        vec![Ok(Post {
            id: id.to_owned(),
            text,
            author: author_name(post),
            created_at,
            platform: Some(PLATFORM.to_owned()),
            url: None,
            parent_id: Some(parent_id),
            thread_id: Some(thread_id),
            kind: PostKind::Reply,
            links,
            extra: post_extra(post),
            ..Post::default()
        })]
    }
}

/// What a comment's record says of its author and its moderation: the e-mail and IP
/// the comment form recorded (named as a WordPress comment's are), the username of a
/// registered commenter, whether they commented as a guest, and Disqus's spam mark.
fn post_extra(post: &Element) -> Vec<(String, Box<RawValue>)> {
    let mut extra: Vec<(String, Box<RawValue>)> = Vec::new();
    if let Some(author) = post.child("author") {
        extra.extend(extra_field(author, "email", "author_email"));
    }
    extra.extend(extra_field(post, "ipAddress", "author_ip"));
    if let Some(author) = post.child("author") {
        extra.extend(extra_field(author, "username", "author_username"));
        if let Some(anonymous) = flag(author, "isAnonymous") {
            extra.push(("disqus_is_anonymous".to_owned(), json_bool(anonymous)));
        }
    }
    if let Some(spam) = flag(post, "isSpam") {
        extra.push(("disqus_is_spam".to_owned(), json_bool(spam)));
    }
    extra
}

impl XmlFormat for Disqus {
    fn check_root(&mut self, root: &Element) -> Result<(), String> {
        if root.name == "disqus" {
            Ok(())
        } else {
            Err(format!(
                "not a Disqus export: the root element is <{}>, not <disqus>",
                root.name
            ))
        }
    }

    fn is_record(&self, name: &str) -> bool {
        name == "thread" || name == "post"
    }

    /// Inside a `<post>`, `<thread dsq:id="…"/>` names the post's thread.
    fn starts_record_inside(&self, name: &str, open: &str) -> bool {
        !(open == "post" && name == "thread")
    }

    fn map_record(&mut self, record: Element, _number: u64) -> RecordResults {
        match record.name.as_str() {
            "thread" => self.thread(&record),
            _ => self.post(&record),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, unwrap_redirect};

    #[test]
    fn unwraps_disqus_redirects() {
        assert_eq!(
            unwrap_redirect(
                "https://disq.us/url?url=https%3A%2F%2Fshop.example%2Foffer%3Fa%3D1%3AzjHJ9CS7YTS6D6-FWtZRTF8swk4&cuid=5002428"
            )
            .as_deref(),
            Some("https://shop.example/offer?a=1")
        );
        assert_eq!(
            unwrap_redirect("http://disq.us/?url=http%3A%2F%2Fexample.org").as_deref(),
            Some("http://example.org"),
            "no signature"
        );
        assert_eq!(
            unwrap_redirect("http://example.org:8080/?url=x"),
            None,
            "another host"
        );
        assert_eq!(
            unwrap_redirect("https://disq.us/p/2abc"),
            None,
            "a short link"
        );
        assert_eq!(unwrap_redirect("https://disq.us/url?cuid=1"), None);
    }

    #[test]
    fn percent_decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("a%20b%zz%4"), "a b%zz%4");
        assert_eq!(percent_decode("%E2%80%99"), "’");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }
}
