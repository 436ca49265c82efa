//! `feed`: RSS 2.0, RSS 1.0 (RDF) and Atom (1.0 and 0.3). Items without an id
//! (`guid`/`id`/`rdf:about`) fall back to their link, then to their 1-based position in
//! the feed.
//!
//! Atom threading (RFC 4685 `thr:in-reply-to`) makes an entry a reply, which is how
//! comment feeds and Blogger exports mark comments. A Blogger export also holds its
//! blog's settings and template as entries; those are not posts and are skipped.
//! WordPress's RSS 2.0 comments feed marks a comment by its `#comment-<id>` address, and
//! a Discourse topic's feed by its post number (`…/t/<slug>/<id>/<n>`, the first post
//! opening the topic).

use chrono::{DateTime, Utc};

use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind};
use crate::time::parse_feed_date;
use crate::xml::{Element, RecordResults, XmlFormat, extra_field};

#[derive(Default)]
pub(crate) struct Feed {
    /// "rss" or "atom", from the root element.
    flavour: &'static str,
    /// Entries that are valid but not posts (Blogger settings and templates).
    pub(crate) skipped: SkipCounter,
}

impl Feed {
    /// A reader that counts skipped entries in `skipped`.
    pub(crate) fn counting(skipped: SkipCounter) -> Self {
        Feed {
            skipped,
            ..Feed::default()
        }
    }
}

/// Blogger's entry kinds (`<category scheme="…#kind" term="…kind#settings"/>`) that are
/// not posts.
const BLOGGER_NON_POST_KINDS: [&str; 2] = ["#settings", "#template"];

/// Text and links of a text-bearing element. Atom's `type="text"` is plain text; inline
/// markup (Atom `type="xhtml"`, or HTML a sloppy RSS feed left unescaped) is rebuilt
/// as HTML so paragraphs stay apart; everything else is escaped HTML.
fn element_text(element: &Element) -> (String, Vec<String>) {
    let content_type = element
        .attribute("type")
        .map(|kind| kind.trim().to_ascii_lowercase());
    if matches!(content_type.as_deref(), Some("text" | "text/plain")) {
        return (element.deep_text().trim().to_owned(), Vec::new());
    }
    if !element.children.is_empty() {
        let mut html = String::new();
        inner_html(element, &mut html);
        let converted = html_to_text(&html);
        return (converted.text, converted.links);
    }
    let converted = html_to_text(&element.deep_text());
    let mut links = converted.links;
    element.deep_links(&mut links);
    (converted.text, links)
}

fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Writes `element`'s content back out as HTML (tag names without their namespace
/// prefix, `href` the only attribute kept).
fn inner_html(element: &Element, out: &mut String) {
    let segments = element.text_segments();
    for (segment, child) in segments.iter().zip(&element.children) {
        escape_html(segment, out);
        let name = child
            .name
            .rsplit_once(':')
            .map_or(child.name.as_str(), |(_, local)| local);
        out.push('<');
        out.push_str(name);
        if let Some(href) = child.attribute("href") {
            out.push_str(" href=\"");
            escape_html(href, out);
            out.push('"');
        }
        out.push('>');
        inner_html(child, out);
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }
    if let Some(last) = segments.last() {
        escape_html(last, out);
    }
}

/// Atom's `<link rel="alternate" href>` (rel defaults to alternate; an HTML one is
/// preferred over other media types; never a `self`, `edit` or `replies` link, which
/// are not the post's page), or RSS's text link.
fn item_link(item: &Element) -> Option<String> {
    let links: Vec<&Element> = item
        .children_named("link")
        .filter(|link| link.attribute("href").is_some_and(|href| !href.is_empty()))
        .collect();
    let is_alternate = |link: &&&Element| matches!(link.attribute("rel"), None | Some("alternate"));
    let is_html = |link: &&&Element| {
        matches!(
            link.attribute("type"),
            None | Some("text/html" | "application/xhtml+xml")
        )
    };
    let chosen = links
        .iter()
        .find(|link| is_alternate(link) && is_html(link))
        .or_else(|| links.iter().find(is_alternate))
        .or_else(|| {
            links.iter().find(|link| {
                !matches!(
                    link.attribute("rel"),
                    Some("self" | "edit" | "replies" | "enclosure")
                )
            })
        });
    match chosen.and_then(|link| link.attribute("href")) {
        Some(href) => Some(href.to_owned()),
        None => item.field("link"),
    }
}

/// A `guid` that is also the item's address (RSS's default, `isPermaLink="true"`).
fn permalink_guid(item: &Element) -> Option<String> {
    let guid = item.child("guid")?;
    if guid.attribute("isPermaLink").map(str::trim) == Some("false") {
        return None;
    }
    item.field("guid")
        .filter(|guid| guid.starts_with("http://") || guid.starts_with("https://"))
}

/// The first date field that reads; if all that are present fail, the first one's
/// error. RSS `pubDate` wins, then Atom `published` (the first version), `updated`,
/// Dublin Core `dc:date`, and Atom 0.3's `issued`, `created`, `modified`.
fn item_date(item: &Element) -> Result<Option<DateTime<Utc>>, String> {
    let mut first_error = None;
    for name in [
        "pubDate",
        "published",
        "updated",
        "dc:date",
        "issued",
        "created",
        "modified",
    ] {
        if let Some(raw) = item.field(name) {
            match parse_feed_date(&raw) {
                Ok(time) => return Ok(Some(time)),
                Err(error) => {
                    first_error.get_or_insert_with(|| format!("<{name}>: {error}"));
                }
            }
        }
    }
    first_error.map_or(Ok(None), Err)
}

/// Blogger's kind of an entry (`…/kind#post`, `…#comment`, `…#settings`), if any.
fn blogger_kind(item: &Element) -> Option<&str> {
    item.children_named("category")
        .find(|category| {
            category
                .attribute("scheme")
                .is_some_and(|scheme| scheme.ends_with("/g/2005#kind"))
        })
        .and_then(|category| category.attribute("term"))
}

impl XmlFormat for Feed {
    fn check_root(&mut self, root: &Element) -> Result<(), String> {
        self.flavour = match root.name.as_str() {
            "rss" | "rdf:RDF" => "rss",
            "feed" => "atom",
            other => {
                return Err(format!(
                    "not an RSS or Atom feed: the root element is <{other}>"
                ));
            }
        };
        Ok(())
    }

    fn is_record(&self, name: &str) -> bool {
        name == "item" || name == "entry"
    }

    fn map_record(&mut self, item: Element, number: u64) -> RecordResults {
        let line = item.line;
        if blogger_kind(&item).is_some_and(|kind| {
            BLOGGER_NON_POST_KINDS
                .iter()
                .any(|suffix| kind.ends_with(suffix))
        }) {
            self.skipped.add_one();
            return Vec::new();
        }
        let url = item_link(&item).or_else(|| permalink_guid(&item));
        let parent_id = item
            .child("thr:in-reply-to")
            .and_then(|reply| reply.attribute("ref"))
            .map(str::trim)
            .filter(|parent| !parent.is_empty())
            .map(str::to_owned);
        // WordPress's RSS 2.0 comments feed (`/comments/feed/`) has no threading
        // element: a comment is known by its address, the post's permalink and a
        // `#comment-<id>` anchor, and answers that post.
        let commented_post = match &parent_id {
            Some(_) => None,
            None => url
                .as_deref()
                .or(item.field("guid").as_deref())
                .and_then(post_of_comment_link),
        };
        // A Discourse topic's feed (`/t/<slug>/<id>.rss`): each item is a post of the
        // topic, at `…/t/<slug>/<id>/<n>`; the first opens it, the rest answer it.
        let topic = match (&parent_id, &commented_post) {
            (None, None) => url.as_deref().and_then(discourse_topic),
            _ => None,
        };
        let commented_post = commented_post.or_else(|| {
            topic
                .as_ref()
                .filter(|(_, number)| *number > 1)
                .map(|(topic, _)| topic.clone())
        });
        let is_comment = parent_id.is_some() || commented_post.is_some();
        // A comment's title is the feed's own ("Comment on <post> by <name>", "By:
        // <name>"), not anything its author wrote.
        let title = item
            .child("title")
            .filter(|_| !is_comment)
            .map(|title| element_text(title).0)
            .filter(|title| !title.is_empty());
        let body_element = ["content:encoded", "content", "description", "summary"]
            .iter()
            .find_map(|name| {
                item.child(name)
                    .filter(|element| !element.deep_text().trim().is_empty())
            });
        let (body, links) = body_element.map(element_text).unwrap_or_default();
        let body = match &topic {
            Some(_) => without_discourse_wrapper(&body).to_owned(),
            None => body,
        };
        let text = match title {
            Some(title) if !body.is_empty() => format!("{title}\n\n{body}"),
            Some(title) => title,
            None => body,
        };
        let id = item
            .field("guid")
            .or_else(|| item.field("id"))
            .or_else(|| {
                item.attribute("rdf:about")
                    .map(str::trim)
                    .filter(|about| !about.is_empty())
                    .map(str::to_owned)
            })
            .or_else(|| url.clone())
            .unwrap_or_else(|| number.to_string());
        let created_at = match item_date(&item) {
            Ok(time) => time,
            Err(message) => return vec![Err((line, message))],
        };
        let author = item
            .child("author")
            .and_then(|author| author.field("name").or_else(|| item.field("author")))
            .or_else(|| item.field("dc:creator"));
        let kind = if is_comment {
            PostKind::Reply
        } else {
            PostKind::Post
        };
        let thread_id = commented_post
            .clone()
            .or_else(|| topic.map(|(topic, _)| topic));
        let parent_id = parent_id.or(commented_post);
        // A comment's author in a comments feed (WordPress serves Atom's `<author><uri>`
        // and `<email>` from the comment form's website and e-mail fields): what a
        // WXR export gives as the commenter's details, kept the same way.
        let mut extra = Vec::new();
        if kind == PostKind::Reply
            && let Some(author) = item.child("author")
        {
            extra.extend(extra_field(author, "uri", "author_url"));
            extra.extend(extra_field(author, "email", "author_email"));
        }
        vec![Ok(Post {
            id,
            text,
            author,
            created_at,
            platform: Some(self.flavour.to_owned()),
            url,
            parent_id,
            thread_id,
            kind,
            links,
            extra,
            ..Post::default()
        })]
    }
}

/// The topic and the post's number in it, of a Discourse post's address
/// (`https://forum.example/t/some-slug/4417/16` gives `…/t/some-slug/4417` and 16; the
/// topic's own address is its first post).
fn discourse_topic(link: &str) -> Option<(String, u32)> {
    let link = link.split(['?', '#']).next()?.trim_end_matches('/');
    let (before, path) = link.split_once("/t/")?;
    if !before.contains("://") {
        return None;
    }
    let parts: Vec<&str> = path.split('/').collect();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let (topic_len, number) = match parts.as_slice() {
        [slug, id] if !slug.is_empty() && digits(id) => (link.len(), 1),
        [slug, id, n] if !slug.is_empty() && digits(id) && digits(n) => {
            (link.len() - n.len() - 1, n.parse().ok()?)
        }
        _ => return None,
    };
    Some((link[..topic_len].to_owned(), number))
}

/// A Discourse feed item's words without the feed's wrapper ("@name wrote:" before the
/// post, "Read full topic" after it), which the author did not write.
fn without_discourse_wrapper(body: &str) -> &str {
    let mut text = body.trim();
    if text.starts_with('@')
        && let Some((first, rest)) = text.split_once('\n')
        && first.trim_end().ends_with(" wrote:")
    {
        text = rest.trim_start();
    }
    text.strip_suffix("Read full topic")
        .unwrap_or(text)
        .trim_end()
}

/// The post a comment's address points into: `…/my-post/#comment-5133` or
/// `…/?p=1902#comment-5133` gives the part before the anchor.
fn post_of_comment_link(link: &str) -> Option<String> {
    let (post, anchor) = link.split_once("#comment-")?;
    (!post.is_empty() && !anchor.is_empty() && anchor.bytes().all(|b| b.is_ascii_digit()))
        .then(|| post.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{discourse_topic, without_discourse_wrapper};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_address_or_body_is_read_without_a_panic(text in "\\PC{0,80}") {
            let _ = discourse_topic(&text);
            let _ = without_discourse_wrapper(&text);
        }

        #[test]
        fn a_topics_posts_name_the_topic(
            host in "[a-z]{1,12}\\.[a-z]{2,3}",
            slug in "[a-z0-9-]{1,24}",
            id in 1u32..1_000_000,
            number in 1u32..10_000,
        ) {
            let topic = format!("https://{host}/t/{slug}/{id}");
            prop_assert_eq!(
                discourse_topic(&format!("{topic}/{number}")),
                Some((topic, number))
            );
        }
    }

    #[test]
    fn a_discourse_posts_address_names_its_topic_and_number() {
        let topic = "https://forum.example/t/skipping-stitches/4417";
        assert_eq!(
            discourse_topic(&format!("{topic}/16")),
            Some((topic.to_owned(), 16))
        );
        assert_eq!(discourse_topic(topic), Some((topic.to_owned(), 1)));
        assert_eq!(
            discourse_topic(&format!("{topic}/3?u=someone")),
            Some((topic.to_owned(), 3))
        );
        for other in [
            "https://blog.example/2025/t/",
            "https://forum.example/t/slug/notanumber",
            "https://forum.example/t/slug/12/3/4",
            "/t/slug/12/3",
        ] {
            assert_eq!(discourse_topic(other), None, "{other}");
        }
    }

    #[test]
    fn the_feeds_wrapper_is_not_the_authors_words() {
        assert_eq!(
            without_discourse_wrapper("@walt wrote:\n\nCheck the needle first.\n\nRead full topic"),
            "Check the needle first."
        );
        assert_eq!(without_discourse_wrapper("Plain text"), "Plain text");
    }
}
