//! `feed`: RSS 2.0, RSS 1.0 (RDF) and Atom. Items without an id (`guid`/`id`) fall
//! back to their link, then to their 1-based position in the feed.

use crate::html::html_to_text;
use crate::post::{Post, PostKind};
use crate::time::{parse_rfc2822_or_other, parse_timestamp};
use crate::xml::{Element, RecordResults, XmlFormat};

#[derive(Default)]
pub(crate) struct Feed {
    /// "rss" or "atom", from the root element.
    flavour: &'static str,
}

/// Text and links of an HTML-bearing element. Atom's `type="text"` is plain text;
/// everything else is treated as HTML, escaped or (sloppily) inline.
fn element_text(element: &Element) -> (String, Vec<String>) {
    let raw = element.deep_text();
    if element.attribute("type") == Some("text") {
        return (raw.trim().to_owned(), Vec::new());
    }
    let converted = html_to_text(&raw);
    let mut links = converted.links;
    element.deep_links(&mut links);
    (converted.text, links)
}

/// Atom's `<link rel="alternate" href>` (rel defaults to alternate), or RSS's text link.
fn item_link(item: &Element) -> Option<String> {
    let links: Vec<&Element> = item.children_named("link").collect();
    let alternate = links
        .iter()
        .find(|link| {
            matches!(link.attribute("rel"), None | Some("alternate"))
                && link.attribute("href").is_some()
        })
        .or_else(|| links.iter().find(|link| link.attribute("href").is_some()));
    match alternate.and_then(|link| link.attribute("href")) {
        Some(href) => Some(href.to_owned()),
        None => item.field("link"),
    }
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
        let title = item
            .child("title")
            .map(|title| element_text(title).0)
            .filter(|title| !title.is_empty());
        let body_element = ["content:encoded", "content", "description", "summary"]
            .iter()
            .find_map(|name| {
                item.child(name)
                    .filter(|element| !element.deep_text().trim().is_empty())
            });
        let (body, links) = body_element.map(element_text).unwrap_or_default();
        let text = match title {
            Some(title) if !body.is_empty() => format!("{title}\n\n{body}"),
            Some(title) => title,
            None => body,
        };
        let url = item_link(&item);
        let id = item
            .field("guid")
            .or_else(|| item.field("id"))
            .or_else(|| url.clone())
            .unwrap_or_else(|| number.to_string());
        let dated = match item.field("pubDate") {
            Some(raw) => {
                Some(parse_rfc2822_or_other(&raw).map_err(|error| format!("<pubDate>: {error}")))
            }
            None => ["published", "updated", "dc:date"].iter().find_map(|name| {
                item.field(name)
                    .map(|raw| parse_timestamp(&raw).map_err(|error| format!("<{name}>: {error}")))
            }),
        };
        let created_at = match dated.transpose() {
            Ok(time) => time,
            Err(message) => return vec![Err((line, message))],
        };
        let author = item
            .child("author")
            .and_then(|author| author.field("name").or_else(|| item.field("author")))
            .or_else(|| item.field("dc:creator"));
        vec![Ok(Post {
            id,
            text,
            author,
            created_at,
            platform: Some(self.flavour.to_owned()),
            url,
            kind: PostKind::Post,
            links,
            ..Post::default()
        })]
    }
}
