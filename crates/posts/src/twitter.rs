//! `twitter`: the account archive's `data/tweets.js`.

use serde_json::Value;

use crate::archive::{ItemParser, count, id_like, raw_member, string};
use crate::html::decode_entities;
use crate::post::{Metrics, Post, PostKind};
use crate::time::parse_twitter_date;

pub(crate) struct Tweets {
    /// The archive's owner; tweets do not name their author.
    pub(crate) author: Option<String>,
}

impl ItemParser for Tweets {
    fn parse_item(&mut self, item: &Value) -> Result<Option<Post>, String> {
        // Current archives wrap each tweet as {"tweet": {...}}; early ones did not.
        let tweet = item.get("tweet").unwrap_or(item);
        if !tweet.is_object() {
            return Err("expected a tweet object".to_owned());
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
        let kind = if text.starts_with("RT @") {
            PostKind::Share
        } else if parent_id.is_some() {
            PostKind::Reply
        } else {
            PostKind::Post
        };
        let links = tweet
            .get("entities")
            .and_then(|entities| entities.get("urls"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|url| string(url, "expanded_url").or_else(|| string(url, "url")))
            .map(str::to_owned)
            .collect();
        let url = match &self.author {
            Some(author) => format!("https://twitter.com/{author}/status/{id}"),
            None => format!("https://twitter.com/i/web/status/{id}"),
        };
        let extra = ["lang", "in_reply_to_screen_name", "in_reply_to_user_id_str"]
            .iter()
            .filter_map(|key| raw_member(tweet, key))
            .collect();
        Ok(Some(Post {
            id,
            text,
            author: self.author.clone(),
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
