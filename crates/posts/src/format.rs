//! Input format names and content sniffing.

use std::fmt;
use std::str::FromStr;

/// An input format discern can import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// discern's native schema, one JSON object per line.
    Jsonl,
    /// A table with a header row.
    Csv,
    /// Plain text, one post per non-empty line.
    Lines,
    /// WordPress eXtended RSS export (posts and their comments).
    Wxr,
    /// Mastodon account archive `outbox.json`.
    Mastodon,
    /// Bluesky Jetstream events, one JSON object per line.
    Bluesky,
    /// Twitter/X account archive `data/tweets.js`.
    Twitter,
    /// Reddit submissions and comments: Pushshift-style NDJSON, or the JSON Reddit
    /// serves for a comments page or a listing.
    Reddit,
    /// RSS 2.0, RSS 1.0 (RDF) or Atom feed.
    Feed,
    /// Disqus comments export (`<disqus>`: threads and their posts).
    Disqus,
    /// YouTube Data API v3 comments: `commentThreads.list` and `comments.list`
    /// responses, or their items.
    Youtube,
}

impl Format {
    /// Every format, in the order they are listed to users.
    pub const ALL: [Format; 11] = [
        Format::Jsonl,
        Format::Csv,
        Format::Lines,
        Format::Wxr,
        Format::Mastodon,
        Format::Bluesky,
        Format::Twitter,
        Format::Reddit,
        Format::Feed,
        Format::Disqus,
        Format::Youtube,
    ];

    /// The canonical name, as accepted by `FromStr`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Lines => "lines",
            Format::Wxr => "wxr",
            Format::Mastodon => "mastodon",
            Format::Bluesky => "bluesky",
            Format::Twitter => "twitter",
            Format::Reddit => "reddit",
            Format::Feed => "feed",
            Format::Disqus => "disqus",
            Format::Youtube => "youtube",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name `FromStr` does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown format {0:?} (expected jsonl, csv, lines, wxr, mastodon, bluesky, twitter, reddit, rss, atom, feed, disqus or youtube)"
)]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Ok(match name.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "lines" | "text" | "txt" => Format::Lines,
            "wxr" | "wordpress" => Format::Wxr,
            "mastodon" | "activitypub" => Format::Mastodon,
            "bluesky" | "jetstream" => Format::Bluesky,
            "twitter" | "x" => Format::Twitter,
            "reddit" | "pushshift" => Format::Reddit,
            "feed" | "rss" | "atom" => Format::Feed,
            "disqus" => Format::Disqus,
            "youtube" | "yt" => Format::Youtube,
            _ => return Err(UnknownFormat(name.to_owned())),
        })
    }
}

/// Guesses the format from the first few KB of the input and, when the content is not
/// conclusive, the file name's extension. Content wins over the name because archives
/// are often renamed (`outbox.json` → `alice.json`).
pub fn detect(head: &[u8], file_name: Option<&str>) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let body = &head[start..];
    let extension = file_name
        .and_then(|name| name.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();

    if body.starts_with(b"window.YTD.") || body.starts_with(b"Grailbird.data.") {
        return Format::Twitter;
    }
    if body.starts_with(b"<") {
        let lower = body.to_ascii_lowercase();
        let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
        if root_name(body) == Some(b"disqus".as_slice()) {
            return Format::Disqus;
        }
        if has(b"<rss") && (has(b"xmlns:wp=") || has(b"wordpress.org/export")) {
            return Format::Wxr;
        }
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Format::Feed;
        }
    }
    // What Reddit serves: a thread's two Listings, or one Listing.
    if (body.starts_with(b"{") || body.starts_with(b"["))
        && crate::reddit_listing::listing_head(body).is_reddit()
    {
        return Format::Reddit;
    }
    // What the YouTube Data API answers for comments, or its items.
    if (body.starts_with(b"{") || body.starts_with(b"["))
        && crate::youtube::looks_like_youtube(body)
    {
        return Format::Youtube;
    }
    if body.starts_with(b"{") {
        return detect_json_object(body);
    }
    if body.starts_with(b"[") && looks_like_tweets(body) {
        return Format::Twitter;
    }
    match extension.as_str() {
        "csv" => return Format::Csv,
        "jsonl" | "ndjson" | "json" => return Format::Jsonl,
        "js" => return Format::Twitter,
        "xml" | "rss" | "atom" => return Format::Feed,
        "txt" => return Format::Lines,
        "tsv" | "tab" => return Format::Csv,
        _ => {}
    }
    // A top-level array of post objects (not tweets, checked above).
    if let Some(after) = body.strip_prefix(b"[")
        && matches!(
            after.iter().find(|byte| !byte.is_ascii_whitespace()),
            Some(b'{' | b']') | None
        )
    {
        return Format::Jsonl;
    }
    if looks_like_csv_header(body) {
        Format::Csv
    } else {
        Format::Lines
    }
}

/// The name of an XML document's root element: the first tag that is not a
/// declaration, processing instruction, comment or doctype. `None` if the head holds
/// none.
fn root_name(body: &[u8]) -> Option<&[u8]> {
    let mut rest = body;
    loop {
        let at = memchr::memchr(b'<', rest)?;
        rest = &rest[at + 1..];
        if let Some(comment) = rest.strip_prefix(b"!--") {
            let end = memchr::memmem::find(comment, b"-->")?;
            rest = &comment[end + 3..];
        } else if rest.starts_with(b"?") || rest.starts_with(b"!") {
            let end = memchr::memchr(b'>', rest)?;
            rest = &rest[end + 1..];
        } else {
            let end = rest
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
                .unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
    }
}

/// An array of tweets: the current archive's `{"tweet": …}` items, or the 2012–2018
/// archive's bare items (`id_str`, `text`, `created_at` and the author's `user`).
fn looks_like_tweets(body: &[u8]) -> bool {
    contains(body, b"\"tweet\"")
        || contains(body, b"\"full_text\"")
        || (contains(body, b"\"id_str\"")
            && contains(body, b"\"created_at\"")
            && contains(body, b"\"user\""))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

fn detect_json_object(body: &[u8]) -> Format {
    if contains(body, b"\"@context\"")
        && (contains(body, b"\"orderedItems\"") || contains(body, b"activitystreams"))
    {
        return Format::Mastodon;
    }
    // Judge line-oriented JSON by its first record only: later lines may be cut off.
    let first_line = body.split(|&b| b == b'\n').next().unwrap_or(body);
    let compact: Vec<u8> = first_line.iter().copied().filter(|b| *b != b' ').collect();
    if contains(&compact, b"\"kind\":\"commit\"")
        || contains(&compact, b"\"kind\":\"identity\"")
        || contains(&compact, b"\"kind\":\"account\"")
        // A commit's collection, not any "app.bsky." string: a plain post whose id is
        // its AT URI ("at://did:plc:…/app.bsky.feed.post/…") is the generic JSONL.
        || contains(&compact, b"\"collection\":\"app.bsky.")
        // Jetstream before 0.1 (2024): `type` "com" / "id" / "acc" beside `time_us`.
        || (contains(&compact, b"\"time_us\"")
            && (contains(&compact, b"\"type\":\"com\"")
                || contains(&compact, b"\"type\":\"id\"")
                || contains(&compact, b"\"type\":\"acc\"")))
    {
        return Format::Bluesky;
    }
    if contains(&compact, b"\"subreddit\"")
        || contains(&compact, b"\"link_id\":\"t3_")
        || contains(&compact, b"\"parent_id\":\"t1_")
        || contains(&compact, b"\"parent_id\":\"t3_")
    {
        return Format::Reddit;
    }
    Format::Jsonl
}

/// A first line with a recognised text column header, separated by the delimiter the
/// CSV reader would sniff (`,` `;` tab `|`).
fn looks_like_csv_header(body: &[u8]) -> bool {
    let delimiter = crate::csv_table::sniff_delimiter(body) as char;
    let Some(first_line) = body.split(|&b| b == b'\n').next() else {
        return false;
    };
    let Ok(first_line) = std::str::from_utf8(first_line) else {
        return false;
    };
    first_line.contains(delimiter)
        && first_line.split(delimiter).any(|cell| {
            let cell = cell.trim().trim_matches('"');
            crate::csv_table::DEFAULT_TEXT_COLUMNS
                .iter()
                .any(|name| cell.eq_ignore_ascii_case(name))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in Format::ALL {
            assert_eq!(format.to_string().parse::<Format>(), Ok(format));
        }
        assert_eq!("RSS".parse::<Format>(), Ok(Format::Feed));
        assert_eq!("atom".parse::<Format>(), Ok(Format::Feed));
        assert_eq!("YouTube".parse::<Format>(), Ok(Format::Youtube));
        assert!("yaml".parse::<Format>().is_err());
    }

    #[test]
    fn sniffs_content() {
        assert_eq!(
            detect(b"window.YTD.tweets.part0 = [", None),
            Format::Twitter
        );
        assert_eq!(
            detect(
                b"<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">",
                None
            ),
            Format::Wxr
        );
        assert_eq!(
            detect(b"<?xml version=\"1.0\"?><rss version=\"2.0\">", None),
            Format::Feed
        );
        assert_eq!(
            detect(
                b"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- export -->\n<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">",
                Some("blog-2024-all.xml")
            ),
            Format::Disqus
        );
        assert_eq!(
            detect(b"<disqus>", None),
            Format::Disqus,
            "no declaration, no namespaces"
        );
        assert_eq!(
            detect(
                b"<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><content:encoded><![CDATA[<disqus> tags]]>",
                None
            ),
            Format::Wxr,
            "only the root decides"
        );
        assert_eq!(
            detect(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", None),
            Format::Feed
        );
        assert_eq!(
            detect(
                b"{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"orderedItems\": [",
                None
            ),
            Format::Mastodon
        );
        assert_eq!(
            detect(
                b"{\"id\": \"at://did:plc:bq3a/app.bsky.feed.post/3m4q\", \"text\": \"hi\", \"platform\": \"bluesky\"}\n",
                Some("thread.jsonl")
            ),
            Format::Jsonl,
            "a plain post whose id is its AT URI is no Jetstream event"
        );
        assert_eq!(
            detect(
                b"{\"did\":\"did:plc:x\",\"time_us\":1,\"commit\":{\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\"}}\n",
                None
            ),
            Format::Bluesky,
            "a commit without its kind"
        );
        assert_eq!(
            detect(
                b"{\"did\":\"did:plc:x\",\"time_us\":1,\"kind\":\"commit\",\"commit\":{}}\n",
                None
            ),
            Format::Bluesky
        );
        assert_eq!(
            detect(
                b"{\"did\":\"did:plc:x\",\"time_us\":1,\"type\":\"id\",\"identity\":{}}\n",
                None
            ),
            Format::Bluesky,
            "Jetstream before 0.1"
        );
        assert_eq!(
            detect(b"{\"id\":\"a\",\"subreddit\":\"rust\"}\n", None),
            Format::Reddit
        );
        assert_eq!(
            detect(
                b"[\n  {\n    \"kind\": \"Listing\",\n    \"data\": {\"children\": [{\"kind\": \"t3\"",
                Some("thread.json")
            ),
            Format::Reddit,
            "a comments page as Reddit serves it"
        );
        assert_eq!(
            detect(b"{\"kind\":\"Listing\",\"data\":{\"children\":[]}}", None),
            Format::Reddit
        );
        assert_eq!(
            detect(
                b"{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t5\"",
                None
            ),
            Format::Jsonl,
            "a Listing of subreddits holds no posts"
        );
        assert_eq!(
            detect(
                b"{\"kind\":\"youtube#commentThreadListResponse\",\"etag\":\"e\",\"items\":[{\"kind\":\"youtube#commentThread\"",
                Some("comments.jsonl")
            ),
            Format::Youtube,
            "YouTube API pages one a line, whatever the extension"
        );
        assert_eq!(
            detect(b"[\n  {\n    \"kind\": \"youtube#commentThread\",", None),
            Format::Youtube
        );
        assert_eq!(
            detect(b"{\"id\":\"1\",\"text\":\"hi\"}\n", None),
            Format::Jsonl
        );
        assert_eq!(
            detect(b"id,text\n1,hello\n", Some("posts.csv")),
            Format::Csv
        );
        assert_eq!(detect(b"id,content\n1,hello\n", None), Format::Csv);
        assert_eq!(detect(b"id;text\n1;hello\n", None), Format::Csv);
        assert_eq!(detect(b"\"id\"\t\"Body\"\n1\thello\n", None), Format::Csv);
        assert_eq!(detect(b"id\ttext\n", Some("x.tsv")), Format::Csv);
        assert_eq!(detect(b"[{\"text\":\"a\"}]", None), Format::Jsonl);
        assert_eq!(detect(b"  [\n]", None), Format::Jsonl);
        assert_eq!(detect(b"[URGENT] call me\n", None), Format::Lines);
        assert_eq!(detect(b"hello there\nsecond post\n", None), Format::Lines);
        assert_eq!(
            detect(b"\xEF\xBB\xBF  window.YTD.like.part0 = []", None),
            Format::Twitter
        );
    }
}
