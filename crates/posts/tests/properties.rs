//! Property tests: no importer panics on any bytes, and JSONL round-trips every
//! mapped field.

mod common;

use chrono::{DateTime, Utc};
use common::*;
use discern_posts::{Format, Metrics, Post, PostKind, ReadOptions};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_importer_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let options = ReadOptions { max_record_bytes: 200, ..ReadOptions::default() };
        for format in Format::ALL {
            let _ = read_bytes(format, bytes.clone(), &options);
        }
    }

    #[test]
    fn no_importer_panics_on_mangled_fixtures(
        fixture_index in 0usize..9,
        cut in any::<prop::sample::Index>(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let names = ["wordpress.xml", "outbox.json", "jetstream.jsonl", "tweets.js", "reddit.ndjson", "feed.rss", "feed.atom", "posts.csv", "disqus.xml"];
        let mut bytes = fixture_bytes(names[fixture_index]);
        for (at, byte) in flips {
            let index = at.index(bytes.len());
            bytes[index] = byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        for format in Format::ALL {
            let _ = read_bytes(format, bytes.clone(), &ReadOptions::default());
        }
    }

    /// Whatever the csv crate writes (quotes, doubled quotes, delimiters and line
    /// breaks inside fields), with any of the sniffed delimiters, reads back as written.
    #[test]
    fn csv_written_by_the_csv_crate_reads_back(
        texts in proptest::collection::vec("[a-z ,;|\t\"\r\n\u{e9}]{0,24}", 1..6),
        delimiter in prop::sample::select(vec![b',', b';', b'\t', b'|']),
    ) {
        let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
        writer.write_record(["id", "text"]).unwrap();
        for (index, text) in texts.iter().enumerate() {
            writer.write_record([index.to_string().as_str(), text.as_str()]).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let results = read_bytes(Format::Csv, bytes, &ReadOptions::default());
        let read: Vec<String> = results
            .into_iter()
            .map(|result| result.map(|post| post.text).map_err(|error| error.to_string()))
            .collect::<Result<_, _>>()
            .unwrap();
        prop_assert_eq!(read, texts);
    }

    /// The same posts as one top-level JSON array, compact or pretty-printed, read back
    /// as they were written.
    #[test]
    fn json_array_round_trip_is_lossless(
        posts in proptest::collection::vec(post_strategy(), 0..6),
        pretty in any::<bool>(),
    ) {
        let input = if pretty {
            serde_json::to_vec_pretty(&posts).unwrap()
        } else {
            serde_json::to_vec(&posts).unwrap()
        };
        let read: Vec<Post> = read_bytes(Format::Jsonl, input, &ReadOptions::default())
            .into_iter()
            .map(|result| result.unwrap())
            .collect();
        prop_assert_eq!(read, posts);
    }

    #[test]
    fn jsonl_round_trip_is_lossless(posts in proptest::collection::vec(post_strategy(), 1..8)) {
        let mut input = Vec::new();
        for post in &posts {
            serde_json::to_writer(&mut input, post).unwrap();
            input.push(b'\n');
        }
        let read: Vec<Post> = read_bytes(Format::Jsonl, input, &ReadOptions::default())
            .into_iter()
            .map(|result| result.unwrap())
            .collect();
        prop_assert_eq!(read, posts);
    }
}

fn optional_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(any::<String>())
}

fn post_strategy() -> impl Strategy<Value = Post> {
    let kinds = prop_oneof![
        Just(PostKind::Post),
        Just(PostKind::Reply),
        Just(PostKind::Share),
        Just(PostKind::Pingback),
        Just(PostKind::Trackback),
        Just(PostKind::Message),
    ];
    let time = proptest::option::of((-2_000_000_000i64..8_000_000_000, 0u32..1_000_000_000))
        .prop_map(|time| {
            time.and_then(|(secs, nanos)| DateTime::<Utc>::from_timestamp(secs, nanos))
        });
    let metrics = proptest::array::uniform4(proptest::option::of(any::<u64>())).prop_map(
        |[replies, likes, shares, views]| Metrics {
            replies,
            likes,
            shares,
            views,
        },
    );
    (
        (
            any::<String>(),
            any::<String>(),
            optional_text(),
            time,
            optional_text(),
        ),
        (optional_text(), optional_text(), optional_text(), kinds),
        (proptest::collection::vec(any::<String>(), 0..3), metrics),
    )
        .prop_map(
            |(
                (id, text, author, created_at, platform),
                (url, parent_id, thread_id, kind),
                (links, metrics),
            )| Post {
                id,
                text,
                author,
                created_at,
                platform,
                url,
                parent_id,
                thread_id,
                kind,
                links,
                metrics,
                extra: Vec::new(),
            },
        )
}
