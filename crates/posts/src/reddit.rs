//! `reddit`: submissions and comments as Pushshift-style NDJSON, one thing a line, and
//! the mapping of one thing to a post. The JSON Reddit itself serves (a comments page's
//! two Listings with replies nested in comments, or one Listing) is walked by
//! `reddit_listing`, which maps every thing it finds with [`Pushshift::parse_thing`].
//!
//! Ids carry Reddit's type prefix (`t3_` submission, `t1_` comment) so they share one
//! id space with `parent_id` and `link_id`, which already use it.
//!
//! Dumps vary: Pushshift and Arctic Shift write flat objects with `created_utc` as an
//! integer, a float or a string; scrapes of Reddit's API wrap each thing as
//! `{"kind": "t3", "data": {…}}`. A body or selftext that is only Reddit's placeholder
//! (`[removed]`, `[deleted]`, `[ Removed by Reddit ]`) becomes empty text with the
//! placeholder in `extra.removed`: the words are gone, but the record stays so that
//! replies keep their parent (a submission keeps its title). Records of other kinds
//! (accounts, subreddits, messages, "more" stubs) are passed over. The author
//! `[deleted]` means none.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::json_message;
use crate::html::decode_entities;
use crate::line_reader::LineParser;
use crate::options::SkipCounter;
use crate::post::{Metrics, Post, PostKind, json_string};
use crate::time::from_unix_text;

#[derive(Deserialize)]
struct Thing<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    selftext: Option<Cow<'a, str>>,
    #[serde(borrow)]
    body: Option<Cow<'a, str>>,
    #[serde(borrow)]
    author: Option<Cow<'a, str>>,
    #[serde(borrow)]
    created_utc: Option<&'a RawValue>,
    #[serde(borrow)]
    subreddit: Option<&'a RawValue>,
    /// "moderator" or "admin" where the author spoke as the community's moderator (the
    /// green [M]) or as Reddit's staff.
    #[serde(borrow)]
    distinguished: Option<&'a RawValue>,
    #[serde(borrow)]
    url: Option<Cow<'a, str>>,
    #[serde(borrow)]
    permalink: Option<Cow<'a, str>>,
    #[serde(borrow)]
    score: Option<&'a RawValue>,
    #[serde(borrow)]
    num_comments: Option<&'a RawValue>,
    #[serde(borrow)]
    parent_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    link_id: Option<Cow<'a, str>>,
    is_self: Option<bool>,
    /// Reddit API wrapper: `{"kind": "t1", "data": {…}}`.
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

pub(crate) struct Pushshift {
    /// Records that are valid but not posts (accounts, subreddits, "more" stubs).
    pub(crate) skipped: SkipCounter,
}

/// A JSON number or numeric string as its text.
fn number_text(raw: &RawValue) -> Option<&str> {
    let json = raw.get();
    let text = json
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
        .unwrap_or(json);
    (!text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'e' | b'E' | b'+')))
    .then_some(text)
}

/// A count written as a JSON number or a numeric string; a negative one is none.
pub(crate) fn count(raw: Option<&RawValue>) -> Option<u64> {
    let text = number_text(raw?)?;
    text.parse::<u64>().ok().or_else(|| {
        text.parse::<f64>()
            .ok()
            .filter(|n| *n >= 0.0 && n.is_finite())
            .map(|n| n as u64)
    })
}

/// `name` with Reddit's type prefix added if the dump left it out.
fn prefixed(prefix: &str, name: &str) -> String {
    if name.starts_with("t1_") || name.starts_with("t3_") {
        name.to_owned()
    } else {
        format!("{prefix}{name}")
    }
}

/// What Reddit writes in place of a body or selftext that was removed or deleted.
fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    matches!(text, "[removed]" | "[deleted]")
        || (text.starts_with("[ Removed by Reddit") && text.ends_with(']'))
}

/// Type prefixes of Reddit things that are not posts: account, message, subreddit,
/// award.
const NON_POST_PREFIXES: [&str; 4] = ["t2_", "t4_", "t5_", "t6_"];

/// Whether `target` is the submission's own Reddit page (old dumps have no `is_self`
/// and write the URL with another scheme or host than the permalink).
fn links_to_itself(target: &str, id: &str) -> bool {
    let bare = id.strip_prefix("t3_").unwrap_or(id);
    target.contains("reddit.com/") && target.contains(&format!("/comments/{bare}/"))
}

impl LineParser for Pushshift {
    fn parse_line(&mut self, line: &str, _line_number: u64) -> Result<Option<Post>, String> {
        self.parse_thing(line)
    }
}

impl Pushshift {
    /// One thing: a flat submission or comment, or the API's `{"kind", "data"}` wrapper.
    pub(crate) fn parse_thing(&mut self, json: &str) -> Result<Option<Post>, String> {
        let thing: Thing = serde_json::from_str(json).map_err(|error| json_message(&error))?;
        if let (Some(kind), Some(data)) = (thing.kind.as_deref(), thing.data)
            && data.get().starts_with('{')
        {
            return match kind {
                "t1" | "t3" => self.parse_thing(data.get()),
                _ => {
                    self.skipped.add_one();
                    Ok(None)
                }
            };
        }
        let is_comment = thing.body.is_some() || thing.parent_id.is_some();
        if !is_comment && thing.title.is_none() {
            let other_kind = thing
                .name
                .as_deref()
                .is_some_and(|name| NON_POST_PREFIXES.iter().any(|p| name.starts_with(p)));
            if other_kind {
                self.skipped.add_one();
                return Ok(None);
            }
            return Err(
                "neither a submission (no \"title\") nor a comment (no \"body\")".to_owned(),
            );
        }
        let prefix = if is_comment { "t1_" } else { "t3_" };
        let bare_id = match thing.id {
            Some(raw) => match serde_json::from_str::<Cow<str>>(raw.get()) {
                Ok(id) => Some(id.into_owned()),
                Err(_) => number_text(raw).map(str::to_owned),
            },
            None => None,
        };
        let id = bare_id
            .or_else(|| thing.name.as_deref().map(str::to_owned))
            .map(|id| prefixed(prefix, &id))
            .ok_or("missing field \"id\"")?;
        let created_at = match thing.created_utc {
            Some(raw) => Some(number_text(raw).and_then(from_unix_text).ok_or_else(|| {
                format!(
                    "field \"created_utc\": cannot read {} as Unix seconds",
                    raw.get()
                )
            })?),
            None => None,
        };
        let url = thing.permalink.as_deref().map(|permalink| {
            if permalink.starts_with("http") {
                permalink.to_owned()
            } else {
                format!("https://www.reddit.com{permalink}")
            }
        });
        let mut extra = Vec::new();
        if let Some(subreddit) = thing.subreddit {
            extra.push(("subreddit".to_owned(), subreddit.to_owned()));
        }
        if let Some(distinguished) = thing.distinguished
            && distinguished.get() != "null"
        {
            extra.push(("distinguished".to_owned(), distinguished.to_owned()));
        }
        let placeholder = if is_comment {
            thing.body.as_deref()
        } else {
            thing.selftext.as_deref()
        }
        .filter(|text| is_placeholder(text))
        .map(|text| text.trim().to_owned());
        if let Some(placeholder) = &placeholder {
            // What was written is gone; the record stays so replies keep their parent.
            extra.push(("removed".to_owned(), json_string(placeholder)));
        }
        let score = thing
            .score
            .and_then(number_text)
            .and_then(|text| text.parse::<i64>().ok());
        if let (Some(score), Some(raw)) = (score, thing.score)
            && score < 0
        {
            // Metrics are counts; a negative score is kept as written instead.
            extra.push(("score".to_owned(), raw.to_owned()));
        }
        let metrics = Metrics {
            likes: score.and_then(|score| u64::try_from(score).ok()),
            replies: count(thing.num_comments),
            ..Metrics::default()
        };
        let author = thing
            .author
            .filter(|author| !matches!(author.trim(), "" | "[deleted]" | "[removed]"))
            .map(Cow::into_owned);
        let post = if is_comment {
            let text = thing.body.ok_or("missing field \"body\"")?;
            Post {
                text: if placeholder.is_some() {
                    String::new()
                } else {
                    decode_entities(&text)
                },
                parent_id: thing.parent_id.map(|parent| prefixed("t1_", &parent)),
                thread_id: thing.link_id.map(|link| prefixed("t3_", &link)),
                kind: PostKind::Reply,
                id,
                ..Post::default()
            }
        } else {
            let title = decode_entities(thing.title.as_deref().unwrap_or_default());
            let body = match (&placeholder, thing.selftext.as_deref()) {
                (None, Some(selftext)) => decode_entities(selftext),
                _ => String::new(),
            };
            let text = if body.trim().is_empty() {
                title
            } else {
                format!("{title}\n\n{body}")
            };
            // A link submission's target is what the post promotes.
            let links = match (&thing.url, thing.is_self) {
                (Some(target), Some(false) | None)
                    if !target.is_empty()
                        && url.as_deref() != Some(target.as_ref())
                        && !target.starts_with('/')
                        && !links_to_itself(target, &id) =>
                {
                    vec![target.to_string()]
                }
                _ => Vec::new(),
            };
            Post {
                text,
                thread_id: Some(id.clone()),
                id,
                kind: PostKind::Post,
                links,
                ..Post::default()
            }
        };
        Ok(Some(Post {
            author,
            created_at,
            platform: Some("reddit".to_owned()),
            url: url.or_else(|| {
                if is_comment {
                    None
                } else {
                    thing.url.map(Cow::into_owned)
                }
            }),
            metrics,
            extra,
            ..post
        }))
    }
}
