//! Recognising YouTube Data API JSON from the first bytes of an input.

use crate::reddit_listing::{skip_space, string_end};

/// Where an open container sits in the document, as far as recognising YouTube goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A top-level array (of list responses or of items).
    RootArray,
    /// A top-level object, or an object in the top-level array: a list response, a
    /// comment thread or a comment.
    Top,
    /// A list response's `items`.
    Items,
    /// One of `items`: a comment thread or a comment.
    Item,
    /// The `snippet` of a top-level object or of an item.
    Snippet,
    Other,
}

/// Whether the head of an input (cut off anywhere) is YouTube Data API JSON: the first
/// top-level object (or the first object of a top-level array) is, or lists in its
/// `items`, a resource whose `kind` starts `youtube#comment` (`commentThreadListResponse`,
/// `commentListResponse`, `commentThread`, `comment`), or, written without `kind`s, has
/// a `snippet` holding a comment's fields (`topLevelComment`, `textOriginal`,
/// `textDisplay`, `authorDisplayName`). Only these places are looked at, so a post whose
/// text quotes such JSON is not taken for it.
pub(crate) fn looks_like_youtube(head: &[u8]) -> bool {
    struct Level<'a> {
        place: Place,
        object: bool,
        key: Option<&'a [u8]>,
        expect_key: bool,
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut at = skip_space(head, 0);
    let root = match head.get(at) {
        Some(b'[') => Place::RootArray,
        Some(b'{') => Place::Top,
        _ => return false,
    };
    let mut stack = vec![Level {
        place: root,
        object: root == Place::Top,
        key: None,
        expect_key: root == Place::Top,
    }];
    at += 1;
    while let (Some(&byte), Some(level)) = (head.get(at), stack.last_mut()) {
        match byte {
            b'"' => {
                let Some(end) = string_end(head, at) else {
                    return false;
                };
                let content = &head[at + 1..end - 1];
                if level.object && level.expect_key {
                    if level.place == Place::Snippet
                        && matches!(
                            content,
                            b"topLevelComment"
                                | b"textOriginal"
                                | b"textDisplay"
                                | b"authorDisplayName"
                        )
                    {
                        return true;
                    }
                    level.key = Some(content);
                    level.expect_key = false;
                } else if level.key == Some(b"kind".as_slice())
                    && matches!(level.place, Place::Top | Place::Item)
                {
                    return content.starts_with(b"youtube#comment");
                }
                at = end;
                continue;
            }
            b'{' | b'[' => {
                let place = match (level.place, level.key, byte) {
                    (Place::RootArray, _, b'{') => Place::Top,
                    (Place::Top, Some(b"items"), b'[') => Place::Items,
                    (Place::Items, _, b'{') => Place::Item,
                    (Place::Top | Place::Item, Some(b"snippet"), b'{') => Place::Snippet,
                    _ => Place::Other,
                };
                stack.push(Level {
                    place,
                    object: byte == b'{',
                    key: None,
                    expect_key: byte == b'{',
                });
            }
            b'}' | b']' => {
                // The first top-level object (or the top-level array) decides.
                let closed = stack.pop().map(|level| level.place);
                if matches!(closed, Some(Place::Top | Place::RootArray)) {
                    return false;
                }
            }
            b',' if level.object => {
                level.expect_key = true;
                level.key = None;
            }
            _ => {}
        }
        at += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::looks_like_youtube;

    #[test]
    fn recognises_each_shape_by_its_kind_or_its_fields() {
        for head in [
            r#"{"kind": "youtube#commentThreadListResponse", "etag": "x", "items": ["#,
            r#"{"kind":"youtube#commentListResponse","items":[]}"#,
            "\u{feff}  [\n {\"kind\": \"youtube#commentThread\", \"id\": \"Ug1\"",
            r#"[{"kind":"youtube#commentThreadListResponse","items":[]},"#,
            r#"{"kind":"youtube#comment","id":"Ug1","snippet":{}}"#,
            // Sorted keys: the response's `items` come before its `kind`.
            r#"{"etag": "e", "items": [{"etag": "f", "id": "Ug1", "kind": "youtube#commentThread""#,
            // No `kind` anywhere (a tool that drops it).
            r#"[{"id": "Ug1", "snippet": {"videoId": "v", "topLevelComment": {"#,
            r#"{"items":[{"id":"Ug1","snippet":{"textOriginal":"hi"}}]}"#,
        ] {
            assert!(looks_like_youtube(head.as_bytes()), "{head}");
        }
    }

    #[test]
    fn other_json_is_not_youtube() {
        for head in [
            r#"{"id": "1", "text": "{\"kind\":\"youtube#commentThread\"}"}"#,
            r#"{"kind": "Listing", "data": {"children": []}}"#,
            r#"{"kind": "youtube#videoListResponse", "items": []}"#,
            r#"{"id": "1", "text": "hi"}
{"kind": "youtube#comment"}"#,
            r#"[{"id": "1", "raw": {"kind": "youtube#comment"}}]"#,
            r#"{"id": "1", "extra": {"snippet": {"textOriginal": "x"}}}"#,
            r#"[1, 2]"#,
            "",
            "youtube#comment",
        ] {
            assert!(!looks_like_youtube(head.as_bytes()), "{head}");
        }
    }
}
