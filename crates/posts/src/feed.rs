//! `feed`: RSS 2.0, RSS 1.0 (RDF) and Atom (1.0 and 0.3). Items without an id
//! (`guid`/`id`/`rdf:about`) fall back to their link, then to their 1-based position in
//! the feed.
//!
//! Atom threading (RFC 4685 `thr:in-reply-to`) makes an entry a reply, which is how
//! comment feeds and Blogger exports mark comments. A Blogger export also holds its
//! blog's settings and template as entries; those are not posts and are skipped.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};

use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Post, PostKind};
use crate::time::parse_rfc2822_or_other;
use crate::xml::{Element, RecordResults, XmlFormat};

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

/// The time zones feeds write by name (RFC 822's, and common ones that sloppy
/// generators use instead of an offset), in seconds east of UTC. Ambiguous names (IST,
/// CST outside the US sense) are left out.
fn zone_offset(zone: &str) -> Option<i32> {
    let upper = zone.to_ascii_uppercase();
    let hours = match upper.as_str() {
        "Z" | "UT" | "UTC" | "GMT" | "WET" => 0,
        "EST" => -5,
        "EDT" | "AST" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" | "AKDT" => -7,
        "AKST" => -9,
        "HST" => -10,
        "CET" | "BST" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "JST" | "KST" => 9,
        "AEST" => 10,
        "AEDT" => 11,
        "NZST" => 12,
        "NZDT" => 13,
        _ => {
            let sign = match upper.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = upper[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (h, m) = (
                digits[..2].parse::<i32>().ok()?,
                digits[2..].parse::<i32>().ok()?,
            );
            return (h < 24 && m < 60).then_some(sign * (h * 3600 + m * 60));
        }
    };
    Some(hours * 3600)
}

/// An RFC 822 date as sloppy feeds write it: a wrong or spelled-out weekday (which is
/// ignored), a full month name, one-digit hours, `+00:00`, a zone name RFC 822 does
/// not know (`UTC`, `CEST`), or no zone at all (taken as UTC, like the other
/// zone-less forms this crate reads).
fn parse_sloppy_rfc822(raw: &str) -> Option<DateTime<Utc>> {
    let mut tokens: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|token| !token.is_empty())
        .collect();
    if tokens
        .first()
        .is_some_and(|token| token.chars().all(|c| c.is_ascii_alphabetic()))
    {
        tokens.remove(0);
    }
    let (day, month, year, time, zone) = match tokens.as_slice() {
        [day, month, year, time] => (day, month, year, time, None),
        [day, month, year, time, zone] => (day, month, year, time, Some(*zone)),
        _ => return None,
    };
    let month = month.get(..3)?.to_ascii_lowercase();
    let month = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|name| *name == month)?;
    let year: i32 = match year.parse::<i32>().ok()? {
        two_digit @ 0..=49 if year.len() == 2 => 2000 + two_digit,
        two_digit @ 50..=99 if year.len() == 2 => 1900 + two_digit,
        full => full,
    };
    let date = NaiveDate::from_ymd_opt(year, month as u32 + 1, day.parse().ok()?)?;
    let mut parts = time.split(':').map(str::parse::<u32>);
    let (hour, minute) = (parts.next()?.ok()?, parts.next()?.ok()?);
    let second = parts.next().transpose().ok()?.unwrap_or(0);
    if parts.next().is_some() {
        return None;
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let offset = FixedOffset::east_opt(zone.map_or(Some(0), zone_offset)?)?;
    Some(
        date.and_time(time)
            .and_local_timezone(offset)
            .single()?
            .with_timezone(&Utc),
    )
}

/// A W3C-DTF date that RFC 3339 does not cover: minutes without seconds
/// (`2024-01-07T09:15+01:00`), or only a year and month.
fn parse_w3c_dtf(raw: &str) -> Option<DateTime<Utc>> {
    let text = raw.trim();
    let with_offset = text
        .strip_suffix(['Z', 'z'])
        .map_or_else(|| text.to_owned(), |local| format!("{local}+00:00"));
    if let Ok(time) = DateTime::parse_from_str(&with_offset, "%Y-%m-%dT%H:%M%#z") {
        return Some(time.with_timezone(&Utc));
    }
    let (year, month) = text.split_once('-')?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
        .map(|date| date.and_time(NaiveTime::MIN).and_utc())
}

/// Any date form found in feeds, RFC 822 and ISO 8601 alike (generators mix them up).
fn parse_feed_date(raw: &str) -> Result<DateTime<Utc>, String> {
    parse_rfc2822_or_other(raw)
        .or_else(|error| parse_sloppy_rfc822(raw).ok_or(error))
        .or_else(|error| parse_w3c_dtf(raw).ok_or(error))
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
        let url = item_link(&item).or_else(|| permalink_guid(&item));
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
        let parent_id = item
            .child("thr:in-reply-to")
            .and_then(|reply| reply.attribute("ref"))
            .map(str::trim)
            .filter(|parent| !parent.is_empty())
            .map(str::to_owned);
        let kind = if parent_id.is_some() {
            PostKind::Reply
        } else {
            PostKind::Post
        };
        vec![Ok(Post {
            id,
            text,
            author,
            created_at,
            platform: Some(self.flavour.to_owned()),
            url,
            parent_id,
            kind,
            links,
            ..Post::default()
        })]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> Option<DateTime<Utc>> {
        Some(
            DateTime::parse_from_rfc3339(text)
                .unwrap()
                .with_timezone(&Utc),
        )
    }

    #[test]
    fn reads_sloppy_rfc822_dates() {
        let cases = [
            ("Mon, 04 Mar 2019 12:30:00 UTC", "2019-03-04T12:30:00Z"),
            ("Tue, 04 Mar 2019 12:30:00 +0000", "2019-03-04T12:30:00Z"),
            ("Monday, 4 March 2019 2:30:00 GMT", "2019-03-04T02:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00 +01:00", "2019-03-04T11:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00 CEST", "2019-03-04T10:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00", "2019-03-04T12:30:00Z"),
            ("04 Mar 99 12:30 EST", "1999-03-04T17:30:00Z"),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_sloppy_rfc822(raw), utc(expected), "{raw}");
        }
        for bad in [
            "Mon, 32 Mar 2019 12:30:00 GMT",
            "Mon, 04 Foo 2019 12:30:00 GMT",
            "Mon, 04 Mar 2019 12:30:00 XYZ",
            "Mon, 04 Mar 2019 25:30:00 GMT",
            "yesterday",
        ] {
            assert_eq!(parse_sloppy_rfc822(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_w3c_dtf_dates() {
        assert_eq!(
            parse_w3c_dtf("2024-01-07T09:15+01:00"),
            utc("2024-01-07T08:15:00Z")
        );
        assert_eq!(
            parse_w3c_dtf("2024-01-07T09:15Z"),
            utc("2024-01-07T09:15:00Z")
        );
        assert_eq!(parse_w3c_dtf("2024-01"), utc("2024-01-01T00:00:00Z"));
        assert_eq!(parse_w3c_dtf("2024-13"), None);
    }
}
