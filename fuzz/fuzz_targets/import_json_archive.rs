//! Fuzzes the single-document JSON readers: Mastodon outbox.json, Twitter tweets.js,
//! the JSON Reddit serves (a comments page's Listings, replies nested in comments) and
//! the YouTube Data API's comment lists (pages one after another or one a line, arrays
//! of pages or of items).
#![no_main]

use std::io::Cursor;

use discern_posts::{Format, ReadOptions, read_posts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small record cap makes the oversized-record paths reachable.
    let options = ReadOptions { max_record_bytes: 4096, ..ReadOptions::default() };
    for format in [Format::Mastodon, Format::Twitter, Format::Reddit, Format::Youtube] {
        for result in read_posts(Cursor::new(data.to_vec()), format, &options, "fuzz") {
            // Every error must carry its source name; reading must never panic.
            if let Err(error) = result {
                assert_eq!(error.detail().source_name, "fuzz");
            }
        }
    }
});
