//! Fuzzes input opening as the CLI does it for a stream: magic-byte sniffing (gzip,
//! zstd, a zip refused), format detection (YouTube API pages included), then whichever
//! importer was chosen.
#![no_main]

use std::io::Cursor;

use discern_posts::{ReadOptions, read_reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions { max_record_bytes: 4096, ..ReadOptions::default() };
    match read_reader(Cursor::new(data.to_vec()), "fuzz", None, &options) {
        Ok((_, posts)) => {
            // Decompression can multiply the input; a bounded number of records is enough.
            for result in posts.take(10_000) {
                if let Err(error) = result {
                    assert_eq!(error.detail().source_name, "fuzz");
                }
            }
        }
        Err(error) => assert_eq!(error.detail().source_name, "fuzz"),
    }
});
