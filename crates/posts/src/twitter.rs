//! `twitter`: the account archive's `data/tweets.js` (`tweet.js` in archives from
//! before 2022, `tweets-part1.js`... for big accounts, `deleted-tweets.js`), and its
//! `data/note-tweet.js`, which holds the full text of long posts.
//!
//! Items are `{"tweet": {...}}` in current archives and the bare tweet object in early
//! ones. The bare objects of the 2012–2018 archives (`data/js/tweets/2015_01.js`,
//! once its `Grailbird.data.tweets_2015_01 =` line is gone) read too: their
//! `created_at` is `2015-01-24 02:02:37 +0000`, a retweet carries
//! `retweeted_status`, and `user.screen_name` names the author.
//!
//! Tweet text keeps Twitter's HTML escaping (`&amp;`, `&lt;`, `&gt;`), decoded here;
//! note text is stored unescaped. `entities.urls` give `links` (`expanded_url`, the
//! real target of the `t.co` link in the text), and each `t.co` link in the text is
//! replaced by its target there too, so the model reads the domain a tweet points at
//! rather than Twitter's shortener; `entities.media` do neither, as they point at the
//! tweet's own photos.

use serde_json::Value;

use crate::archive::{ItemParser, count, id_like, raw_member, string};
use crate::html::decode_entities;
use crate::post::{Metrics, Post, PostKind};
use crate::time::{parse_timestamp, parse_twitter_date};

/// The author of an archive's tweets when neither `account.js` nor the tweets name one.
pub const UNNAMED_OWNER: &str = "(archive owner)";

pub(crate) struct Tweets {
    /// The archive's owner; tweets do not name their author.
    pub(crate) author: Option<String>,
}

/// `expanded_url` (or `expandedUrl` in notes) of each URL entity, else its `url`.
fn url_entities(urls: Option<&Value>, expanded: &str, short: &str) -> Vec<String> {
    let mut links: Vec<String> = Vec::new();
    for entity in urls.and_then(Value::as_array).into_iter().flatten() {
        let target = string(entity, expanded)
            .filter(|url| !url.is_empty())
            .or_else(|| string(entity, short).filter(|url| !url.is_empty()));
        if let Some(target) = target
            && !links.iter().any(|link| link == target)
        {
            links.push(target.to_owned());
        }
    }
    links
}

/// The text with each URL entity's short link (`url`, the `t.co` link) replaced by its
/// target (`expanded_url`), as the tweet shows it to people.
fn expand_short_links(text: String, urls: Option<&Value>, expanded: &str, short: &str) -> String {
    let mut text = text;
    for entity in urls.and_then(Value::as_array).into_iter().flatten() {
        let (Some(short), Some(target)) = (string(entity, short), string(entity, expanded)) else {
            continue;
        };
        if !short.is_empty() && !target.is_empty() && text.contains(short) {
            text = text.replace(short, target);
        }
    }
    text
}

/// A record of another archive file (`{"like": {...}}`, `{"follower": {...}}`), which
/// the Twitter format reads with the same opener: name its wrapper in the error.
fn other_record(item: &Value) -> Option<&str> {
    let object = item.as_object()?;
    if object.len() != 1 {
        return None;
    }
    let (key, value) = object.iter().next()?;
    value.is_object().then_some(key.as_str())
}

impl Tweets {
    fn url(&self, author: Option<&str>, id: &str) -> String {
        match author {
            Some(author) => format!("https://twitter.com/{author}/status/{id}"),
            None => format!("https://twitter.com/i/web/status/{id}"),
        }
    }

    /// A `note-tweet.js` item: the full text of a post longer than 280 characters. Its
    /// id is the note's, not the tweet's (the archive does not link the two; the tweet
    /// in `tweets.js` holds the first 280 characters), so it has no URL.
    fn note(&self, note: &Value) -> Result<Option<Post>, String> {
        let id = id_like(note, "noteTweetId").ok_or("missing field \"noteTweetId\"")?;
        let core = note.get("core").unwrap_or(&Value::Null);
        let text = string(core, "text").ok_or("missing field \"core.text\"")?;
        let created_at = string(note, "createdAt")
            .or_else(|| string(note, "updatedAt"))
            .map(|raw| {
                parse_timestamp(raw).map_err(|error| format!("field \"createdAt\": {error}"))
            })
            .transpose()?;
        let note_flag =
            serde_json::value::to_raw_value(&true).map_err(|error| error.to_string())?;
        let text = expand_short_links(text.to_owned(), core.get("urls"), "expandedUrl", "shortUrl");
        Ok(Some(Post {
            id,
            text,
            author: self.author.clone(),
            created_at,
            platform: Some("twitter".to_owned()),
            links: url_entities(core.get("urls"), "expandedUrl", "shortUrl"),
            extra: vec![("note_tweet".to_owned(), note_flag)],
            ..Post::default()
        }))
    }
}

impl ItemParser for Tweets {
    fn parse_item(&mut self, item: &Value) -> Result<Option<Post>, String> {
        if let Some(note) = item.get("noteTweet") {
            return self.note(note);
        }
        // Current archives wrap each tweet as {"tweet": {...}}; early ones did not.
        let tweet = item.get("tweet").unwrap_or(item);
        if !tweet.is_object() {
            return Err("expected a tweet object".to_owned());
        }
        let looks_like_tweet = ["id_str", "id", "full_text", "text", "created_at"]
            .iter()
            .any(|key| tweet.get(*key).is_some());
        if !looks_like_tweet && let Some(wrapper) = other_record(item) {
            return Err(format!(
                "a {wrapper:?} record, not a tweet (this file is not tweets.js)"
            ));
        }
        let id = id_like(tweet, "id_str")
            .or_else(|| id_like(tweet, "id"))
            .ok_or("missing field \"id_str\"")?;
        let raw_text = string(tweet, "full_text")
            .or_else(|| string(tweet, "text"))
            .ok_or("missing field \"full_text\"")?;
        // The archive keeps Twitter's HTML escaping (`&amp;`, `&lt;`) in the text.
        let text = decode_entities(raw_text);
        let created_at = string(tweet, "created_at")
            .map(|raw| {
                parse_twitter_date(raw).map_err(|error| format!("field \"created_at\": {error}"))
            })
            .transpose()?;
        let parent_id = id_like(tweet, "in_reply_to_status_id_str")
            .or_else(|| id_like(tweet, "in_reply_to_status_id"));
        let retweet = tweet.get("retweeted_status").is_some_and(Value::is_object);
        let kind = if retweet || text.starts_with("RT @") {
            PostKind::Share
        } else if parent_id.is_some() {
            PostKind::Reply
        } else {
            PostKind::Post
        };
        let url_entities_json = tweet
            .get("entities")
            .and_then(|entities| entities.get("urls"));
        let links = url_entities(url_entities_json, "expanded_url", "url");
        let text = expand_short_links(text, url_entities_json, "expanded_url", "url");
        // Old archives name the author on every tweet; the option wins when given.
        let author = self.author.clone().or_else(|| {
            tweet
                .get("user")
                .and_then(|user| string(user, "screen_name"))
                .map(str::to_owned)
        });
        let url = self.url(author.as_deref(), &id);
        // Every tweet of an archive is its owner's: without `account.js` to name them
        // they are still one author, so the account's measures (its feed's mix, its
        // answers) see one account rather than none.
        let author = author.or_else(|| Some(UNNAMED_OWNER.to_owned()));
        let extra = [
            "lang",
            "in_reply_to_screen_name",
            "in_reply_to_user_id_str",
            "possibly_sensitive",
            "deleted_at",
        ]
        .iter()
        .filter_map(|key| raw_member(tweet, key))
        .collect();
        Ok(Some(Post {
            id,
            text,
            author,
            created_at,
            platform: Some("twitter".to_owned()),
            url: Some(url),
            parent_id,
            thread_id: None,
            kind,
            links,
            metrics: Metrics {
                likes: count(tweet, "favorite_count"),
                shares: count(tweet, "retweet_count"),
                ..Metrics::default()
            },
            extra,
        }))
    }
}
