//! `wxr`: WordPress eXtended RSS export.
//!
//! Each `<item>` holding content (posts, pages, and custom post types such as
//! WooCommerce products or bbPress topics) is a post; every `<wp:comment>` inside it is
//! a post too. Comment ids are written `c<comment_id>` because WordPress numbers posts
//! and comments separately, and a bare `42` could be either. Comments of every
//! moderation state (approved `1`, pending `0`, `spam`, `trash`, `post-trashed`) are
//! emitted with their state in `extra.wp_status`, and Akismet's verdict in
//! `extra.akismet_result` when the export has it: the pending queue is what a blog
//! owner wants judged, and comments WordPress already marked are labelled examples
//! (WordPress's own exporter leaves `spam` out; other tools keep it). Deciding what is
//! spam is discern's job.
//!
//! Items that are not content (attachments, menu entries, revisions, templates, shop
//! orders) are counted as skipped, but comments on them still come through: visitors
//! comment on attachment pages too, and spammers favour them. Comments that are
//! machine notes rather than anyone talking (WooCommerce order notes, webhook and
//! action logs) are counted as skipped.
//!
//! Disqus's import format (WXR 1.0 with a `dsq:` namespace, which blogs also export
//! their comments in) has no `<wp:post_id>`; its `dsq:thread_identifier` stands in.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::value::RawValue;

use crate::html::{decode_entities, html_to_text};
use crate::options::SkipCounter;
use crate::post::{Post, PostKind, json_string};
use crate::time::{parse_rfc2822_or_other, parse_timestamp};
use crate::xml::{Element, RecordResults, XmlFormat, extra_field};

pub(crate) struct Wxr {
    skipped: SkipCounter,
    /// The site's users from the `<wp:author>` entries before the items, each by the
    /// one name both their posts and their comments are given here: by user id (a
    /// comment's `wp:comment_user_id`) and by login (an item's `dc:creator`).
    names_by_user_id: HashMap<String, String>,
    names_by_login: HashMap<String, String>,
}

/// The most `<wp:author>` entries kept: a site has a handful of authors, and a hostile
/// file must not grow the maps without end. Users past it are read as strangers.
const MAX_SITE_USERS: usize = 10_000;

impl Wxr {
    pub(crate) fn counting(skipped: SkipCounter) -> Self {
        Wxr {
            skipped,
            names_by_user_id: HashMap::new(),
            names_by_login: HashMap::new(),
        }
    }

    /// Keeps a `<wp:author>`'s name under its id and login. The name is the display
    /// name, else the login: a post names its author by login (`dc:creator`) and the
    /// same person's comment by the name they typed, so without one name for both the
    /// blogger answering under her own post reads as a stranger in her thread.
    fn remember_user(&mut self, author: &Element) {
        if self.names_by_user_id.len() >= MAX_SITE_USERS {
            return;
        }
        if let (Some(id), Some(login)) = (
            author.field("wp:author_id"),
            author.field("wp:author_login"),
        ) {
            let name = author
                .field("wp:author_display_name")
                .map(|name| decode_entities(&name))
                .filter(|name| !name.trim().is_empty())
                .unwrap_or_else(|| login.clone());
            self.names_by_user_id.insert(id, name.clone());
            self.names_by_login.insert(login, name);
        }
    }
}

/// Post types that are not content anyone reads as a post: WordPress's own internals
/// and those of WooCommerce and common plugins. Every other type (post, page, product,
/// topic, portfolio, …) is a post.
const NON_CONTENT_TYPES: &[&str] = &[
    "attachment",
    "revision",
    "nav_menu_item",
    "custom_css",
    "customize_changeset",
    "oembed_cache",
    "user_request",
    "wp_block",
    "wp_template",
    "wp_template_part",
    "wp_global_styles",
    "wp_navigation",
    "wp_font_family",
    "wp_font_face",
    "shop_order",
    "shop_order_refund",
    "shop_order_placehold",
    "shop_coupon",
    "shop_webhook",
    "product_variation",
    "scheduled-action",
    "wpcf7_contact_form",
    "acf-field-group",
    "acf-field",
    "elementor_library",
];

/// Comment types that plugins use for their own logs, not for anyone talking.
const NOTE_COMMENT_TYPES: &[&str] = &["order_note", "webhook_delivery", "action_log"];

/// `wp:commentmeta` keys kept in `extra`: Akismet's verdict, and the owner's own when
/// they overrode it (`"true"` = spam).
const COMMENT_META_KEPT: [&str; 2] = ["akismet_result", "akismet_user_result"];

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

fn comment(
    comment: &Element,
    post_id: &str,
    site_user_name: Option<String>,
) -> Result<Post, (u64, String)> {
    let line = comment.line;
    let comment_id = comment
        .field("wp:comment_id")
        .ok_or((line, "comment without <wp:comment_id>".to_owned()))?;
    let parent_id = match comment.field("wp:comment_parent") {
        Some(parent) if parent != "0" => format!("c{parent}"),
        _ => post_id.to_owned(),
    };
    let comment_type = comment.field("wp:comment_type");
    let kind = match comment_type.as_deref() {
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
    let mut extra: Vec<(String, Box<RawValue>)> = [
        extra_field(comment, "wp:comment_approved", "wp_status"),
        extra_field(comment, "wp:comment_author_email", "author_email"),
        extra_field(comment, "wp:comment_author_IP", "author_ip"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(custom) = comment_type
        .as_deref()
        .filter(|kind| !matches!(*kind, "comment" | "pingback" | "trackback"))
    {
        // A plugin's type (a WooCommerce "review", …): still someone talking.
        extra.push(("comment_type".to_owned(), json_string(custom)));
    }
    if let Some(user) = comment
        .field("wp:comment_user_id")
        .filter(|user| user != "0")
    {
        // Written by a logged-in user of the site (the owner answering, say).
        extra.push(("user_id".to_owned(), json_string(&user)));
    }
    for meta in comment.children_named("wp:commentmeta") {
        if let (Some(key), Some(value)) = (meta.field("wp:meta_key"), meta.field("wp:meta_value"))
            && COMMENT_META_KEPT.contains(&key.as_str())
            && !extra.iter().any(|(kept, _)| *kept == key)
        {
            extra.push((key, json_string(&value)));
        }
    }
    Ok(Post {
        id: format!("c{comment_id}"),
        text: content.text,
        // A logged-in user of the site (the blogger answering) by the name their posts
        // carry; anyone else as they typed it, which WordPress stores HTML-escaped
        // (`Sam &amp; Alex`).
        author: site_user_name.or_else(|| {
            comment
                .field("wp:comment_author")
                .map(|author| decode_entities(&author))
        }),
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
        name == "item" || name == "wp:author"
    }

    fn map_record(&mut self, item: Element, _number: u64) -> RecordResults {
        if item.name == "wp:author" {
            self.remember_user(&item);
            return Vec::new();
        }
        let line = item.line;
        let post_type = item
            .field("wp:post_type")
            .unwrap_or_else(|| "post".to_owned());
        let is_content = !NON_CONTENT_TYPES.contains(&post_type.as_str());
        let mut comments = Vec::new();
        for element in item.children_named("wp:comment") {
            let is_note = element
                .field("wp:comment_type")
                .is_some_and(|kind| NOTE_COMMENT_TYPES.contains(&kind.as_str()));
            if is_note {
                self.skipped.add_one();
            } else {
                comments.push(element);
            }
        }
        let post_id = item
            .field("wp:post_id")
            .or_else(|| item.field("dsq:thread_identifier"));
        let Some(post_id) = post_id else {
            if !is_content && comments.is_empty() {
                self.skipped.add_one();
                return Vec::new();
            }
            let message = format!(
                "<item> without <wp:post_id>; the post and its {} comments are skipped",
                comments.len()
            );
            return vec![Err((line, message))];
        };
        let mut results = Vec::with_capacity(comments.len() + 1);
        if is_content {
            let author = item
                .field("dc:creator")
                .map(|login| self.names_by_login.get(&login).cloned().unwrap_or(login));
            results.push(item_post(&item, &post_id, &post_type, author));
        } else {
            self.skipped.add_one();
        }
        results.extend(comments.into_iter().map(|element| {
            let site_user = element
                .field("wp:comment_user_id")
                .filter(|user| user != "0")
                .and_then(|user| self.names_by_user_id.get(&user).cloned());
            comment(element, &post_id, site_user)
        }));
        results
    }
}

/// The post an `<item>` of a content type stands for.
fn item_post(
    item: &Element,
    post_id: &str,
    post_type: &str,
    author: Option<String>,
) -> Result<Post, (u64, String)> {
    let line = item.line;
    let body = html_to_text(
        &item
            .child("content:encoded")
            .map(Element::deep_text)
            .unwrap_or_default(),
    );
    // Titles are exported as `the_title_rss` writes them, entities and all.
    let text = match item.field("title").map(|title| decode_entities(&title)) {
        Some(title) if !body.text.is_empty() => format!("{title}\n\n{}", body.text),
        Some(title) => title,
        None => body.text,
    };
    let created_at = match gmt_date(item, "wp:post_date_gmt").map_err(|message| (line, message))? {
        Some(date) => Some(date),
        None => item
            .field("pubDate")
            .map(|raw| {
                parse_rfc2822_or_other(&raw).map_err(|error| (line, format!("<pubDate>: {error}")))
            })
            .transpose()?,
    };
    let extra = [
        extra_field(item, "wp:status", "wp_status"),
        Some(("post_type".to_owned(), json_string(post_type))),
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(Post {
        id: post_id.to_owned(),
        text,
        author,
        created_at,
        platform: Some("wordpress".to_owned()),
        url: item.field("link"),
        parent_id: None,
        thread_id: Some(post_id.to_owned()),
        kind: PostKind::Post,
        links: body.links,
        extra,
        ..Post::default()
    })
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
