//! One item of a YouTube Data API list (a comment thread, or a comment) to posts.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::json_message;
use crate::html::html_to_text;
use crate::options::SkipCounter;
use crate::post::{Metrics, Post, PostKind, json_string};
use crate::reddit::count;
use crate::time::parse_timestamp;

const THREAD: &str = "youtube#commentThread";
const COMMENT: &str = "youtube#comment";

const NOT_AN_ITEM: &str = "not a YouTube comment thread or comment: no \"kind\" and no \"snippet\"";

/// What an item says of itself before its kind decides how it is read.
#[derive(Deserialize)]
struct Item<'a> {
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    snippet: Option<&'a RawValue>,
    #[serde(borrow)]
    replies: Option<&'a RawValue>,
    /// What the API answers instead of a list when a request fails (quota, a video
    /// with comments turned off), saved in the list's place.
    #[serde(borrow)]
    error: Option<ApiError<'a>>,
}

#[derive(Deserialize)]
struct ApiError<'a> {
    #[serde(borrow)]
    code: Option<&'a RawValue>,
    #[serde(borrow)]
    message: Option<Cow<'a, str>>,
}

/// A `commentThread`'s `snippet`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ThreadSnippet<'a> {
    #[serde(borrow)]
    channel_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    video_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    top_level_comment: Option<&'a RawValue>,
    #[serde(borrow)]
    total_reply_count: Option<&'a RawValue>,
}

/// A `commentThread`'s `replies`: some of the thread's replies, not always all.
#[derive(Deserialize)]
struct Replies<'a> {
    #[serde(borrow)]
    comments: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
struct Comment<'a> {
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    snippet: Option<CommentSnippet<'a>>,
}

/// A `comment`'s `snippet`, the fields discern reads.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CommentSnippet<'a> {
    #[serde(borrow)]
    author_display_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    author_channel_url: Option<Cow<'a, str>>,
    /// `{"value": "UC…"}` (a bare string in some older tools' output).
    #[serde(borrow)]
    author_channel_id: Option<&'a RawValue>,
    /// The channel of the video the comment is on (the channel itself for a comment
    /// on a channel).
    #[serde(borrow)]
    channel_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    video_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text_display: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text_original: Option<Cow<'a, str>>,
    #[serde(borrow)]
    parent_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    like_count: Option<&'a RawValue>,
    #[serde(borrow)]
    published_at: Option<Cow<'a, str>>,
    #[serde(borrow)]
    moderation_status: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct WrappedId<'a> {
    #[serde(borrow)]
    value: Option<Cow<'a, str>>,
}

/// What a comment inherits from the thread it was listed in.
#[derive(Default)]
struct Thread<'a> {
    id: Option<&'a str>,
    video_id: Option<&'a str>,
    channel_id: Option<&'a str>,
    reply_count: Option<u64>,
}

/// Where a comment was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A thread's `topLevelComment`.
    Top,
    /// One of a thread's `replies.comments`.
    Reply,
    /// An item of its own (`comments.list`, or a bare comment).
    Alone,
}

/// A post or an error, with the byte offset in the item of the comment it comes from.
pub(crate) type Mapped = Vec<(usize, Result<Post, String>)>;

/// Maps items to posts, counting the valid items that are not comments.
pub(crate) struct Mapper {
    pub(crate) skipped: SkipCounter,
}

impl Mapper {
    /// Every post and error of one item, in document order. `Err`: the item is not
    /// JSON, or not an object.
    pub(crate) fn map_item(&self, text: &str, out: &mut Mapped) -> Result<(), serde_json::Error> {
        let item: Item = serde_json::from_str(text)?;
        let thread = match item.kind.as_deref() {
            Some(THREAD) => true,
            Some(COMMENT) => false,
            // A list response without `items` (an empty page, or `items` not an array)
            // holds nothing.
            Some(kind) if kind.starts_with("youtube#") && kind.ends_with("ListResponse") => {
                return Ok(());
            }
            // Videos, channels, playlists: valid resources, not comments.
            Some(_) => {
                self.skipped.add_one();
                return Ok(());
            }
            None => match item.snippet {
                Some(snippet) => serde_json::from_str::<ThreadSnippet>(snippet.get())
                    .is_ok_and(|snippet| snippet.top_level_comment.is_some()),
                None => {
                    let message = match item.error {
                        Some(error) => format!(
                            "an API error response, not comments ({}: {})",
                            error.code.map_or("no code", RawValue::get),
                            error.message.as_deref().unwrap_or("no message")
                        ),
                        None => NOT_AN_ITEM.to_owned(),
                    };
                    out.push((0, Err(message)));
                    return Ok(());
                }
            },
        };
        if thread {
            map_thread(text, &item, out);
        } else {
            out.push((0, comment_post(text, &Thread::default(), Role::Alone)));
        }
        Ok(())
    }
}

/// The byte offset of `part` (a slice of `whole`) in `whole`.
fn offset(whole: &str, part: &RawValue) -> usize {
    (part.get().as_ptr() as usize)
        .checked_sub(whole.as_ptr() as usize)
        .filter(|at| *at <= whole.len())
        .unwrap_or(0)
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

/// A thread's top-level comment, then the replies it carries.
fn map_thread(text: &str, item: &Item, out: &mut Mapped) {
    let named = item.id.as_deref().and_then(non_empty);
    let what = named.map_or_else(
        || "a comment thread".to_owned(),
        |id| format!("thread {id}"),
    );
    let Some(raw) = item.snippet else {
        out.push((0, Err(format!("{what}: no \"snippet\""))));
        return;
    };
    let snippet: ThreadSnippet = match serde_json::from_str(raw.get()) {
        Ok(snippet) => snippet,
        Err(error) => {
            let message = format!("{what}: \"snippet\": {}", json_message(&error));
            out.push((offset(text, raw), Err(message)));
            return;
        }
    };
    let Some(top) = snippet.top_level_comment else {
        out.push((
            offset(text, raw),
            Err(format!("{what}: no \"topLevelComment\"")),
        ));
        return;
    };
    let thread = Thread {
        id: named,
        video_id: snippet.video_id.as_deref().and_then(non_empty),
        channel_id: snippet.channel_id.as_deref().and_then(non_empty),
        reply_count: count(snippet.total_reply_count),
    };
    let first = comment_post(top.get(), &thread, Role::Top);
    // The thread's id is its top-level comment's, which replies name as their parent.
    let top_id = first.as_ref().ok().map(|post| post.id.clone());
    out.push((offset(text, top), first));
    let Some(raw) = item.replies else {
        return;
    };
    let replies: Replies = match serde_json::from_str(raw.get()) {
        Ok(replies) => replies,
        Err(error) => {
            let message = format!("{what}: \"replies\": {}", json_message(&error));
            out.push((offset(text, raw), Err(message)));
            return;
        }
    };
    let thread = Thread {
        id: thread.id.or(top_id.as_deref()),
        ..thread
    };
    for reply in replies.comments.unwrap_or_default() {
        out.push((
            offset(text, reply),
            comment_post(reply.get(), &thread, Role::Reply),
        ));
    }
}

/// A comment's words: `textOriginal` as written, else `textDisplay`, which is HTML
/// unless the request asked for `textFormat=plainText`.
fn comment_text(id: &str, snippet: &CommentSnippet) -> Result<String, String> {
    match (&snippet.text_original, &snippet.text_display) {
        (Some(original), _) => Ok(original.to_string()),
        (None, Some(display)) if display.contains(['<', '&']) => Ok(html_to_text(display).text),
        (None, Some(display)) => Ok(display.to_string()),
        (None, None) => Err(format!(
            "comment {id}: neither \"textOriginal\" nor \"textDisplay\""
        )),
    }
}

/// The author's channel id: `{"value": "UC…"}`, or a bare string.
fn channel_ref(raw: &RawValue) -> Option<String> {
    let json = raw.get();
    let id = if json.starts_with('"') {
        serde_json::from_str::<Cow<str>>(json).ok()
    } else {
        serde_json::from_str::<WrappedId>(json).ok()?.value
    }?;
    non_empty(&id).map(str::to_owned)
}

/// Whether `text` can stand in a URL's query as it is (YouTube's ids always can).
fn url_safe(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// One comment as a post; `thread` is what the list said around it.
fn comment_post(json: &str, thread: &Thread, role: Role) -> Result<Post, String> {
    let comment: Comment = serde_json::from_str(json).map_err(|error| json_message(&error))?;
    let id = comment
        .id
        .as_deref()
        .and_then(non_empty)
        .ok_or("a comment without \"id\"")?
        .to_owned();
    if let Some(kind) = comment.kind.as_deref()
        && kind != COMMENT
    {
        return Err(format!(
            "comment {id}: a {kind:?} resource where a youtube#comment was expected"
        ));
    }
    let snippet = comment
        .snippet
        .ok_or_else(|| format!("comment {id}: no \"snippet\""))?;
    let text = comment_text(&id, &snippet)?;
    let created_at = match snippet.published_at.as_deref() {
        Some(raw) => Some(
            parse_timestamp(raw)
                .map_err(|error| format!("comment {id}: field \"publishedAt\": {error}"))?,
        ),
        None => None,
    };
    let video = thread
        .video_id
        .or_else(|| snippet.video_id.as_deref().and_then(non_empty));
    let channel = thread
        .channel_id
        .or_else(|| snippet.channel_id.as_deref().and_then(non_empty));
    let parent = snippet.parent_id.as_deref().and_then(non_empty);
    // A top-level comment answers the video (a post its channel made); a reply answers
    // the top-level comment. Without a video (a comment on a channel), the thread is
    // the top-level comment's.
    let (parent_id, thread_id) = match (role, parent) {
        (Role::Top, _) | (Role::Alone, None) => (video, video.or(thread.id).or(Some(&id))),
        (Role::Reply, parent) => (parent.or(thread.id), video.or(thread.id)),
        // A reply listed on its own: its thread is its parent's, looked up downstream
        // when its video is not named.
        (Role::Alone, Some(parent)) => (Some(parent), video),
    };
    let url = video
        .filter(|video| url_safe(video) && url_safe(&id))
        .map(|video| format!("https://www.youtube.com/watch?v={video}&lc={id}"));
    let mut extra = Vec::new();
    if let Some(channel) = channel {
        extra.push(("channel_id".to_owned(), json_string(channel)));
    }
    if let Some(author_channel) = snippet.author_channel_id.and_then(channel_ref) {
        extra.push(("author_channel_id".to_owned(), json_string(&author_channel)));
    }
    // The author's channel page on YouTube, not a website they chose to leave: kept
    // under its own name, since `author_url` is read as the commenter's website.
    if let Some(url) = snippet.author_channel_url.as_deref().and_then(non_empty) {
        extra.push(("author_channel_url".to_owned(), json_string(url)));
    }
    // Only in answers to the channel's owner: heldForReview, likelySpam, published,
    // rejected.
    if let Some(status) = snippet.moderation_status.as_deref().and_then(non_empty) {
        extra.push(("moderation_status".to_owned(), json_string(status)));
    }
    Ok(Post {
        text,
        author: snippet
            .author_display_name
            .as_deref()
            .and_then(non_empty)
            .map(str::to_owned),
        created_at,
        platform: Some("youtube".to_owned()),
        url,
        parent_id: parent_id.map(str::to_owned),
        thread_id: thread_id.map(str::to_owned),
        kind: PostKind::Reply,
        metrics: Metrics {
            likes: count(snippet.like_count),
            replies: if role == Role::Top {
                thread.reply_count
            } else {
                None
            },
            ..Metrics::default()
        },
        extra,
        id,
        ..Post::default()
    })
}
