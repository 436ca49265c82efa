//! Fuzzes the line-delimited platform formats: Bluesky Jetstream and Reddit (an input
//! that opens with `[` or a Listing takes Reddit's document path, also fuzzed by
//! `import_json_archive`).
#![no_main]

use std::io::Cursor;

use discern_posts::{Format, ReadOptions, read_posts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small record cap makes the oversized-record paths reachable.
    let options = ReadOptions { max_record_bytes: 4096, ..ReadOptions::default() };
    for format in [Format::Bluesky, Format::Reddit] {
        for result in read_posts(Cursor::new(data.to_vec()), format, &options, "fuzz") {
            // Every error must carry its source name; reading must never panic.
            if let Err(error) = result {
                assert_eq!(error.detail().source_name, "fuzz");
            }
        }
    }
});
