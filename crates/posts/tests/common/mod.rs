//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::{BufReader, Cursor};
use std::path::PathBuf;

use discern_posts::{Format, ImportError, Post, ReadOptions, read_posts};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture exists")
}

pub fn read_bytes(
    format: Format,
    bytes: Vec<u8>,
    options: &ReadOptions,
) -> Vec<Result<Post, ImportError>> {
    read_posts(
        BufReader::with_capacity(1024, Cursor::new(bytes)),
        format,
        options,
        "input",
    )
    .collect()
}

/// Every result of reading a fixture, and how many valid non-post records were skipped.
pub fn read_counting(
    format: Format,
    name: &str,
    options: ReadOptions,
) -> (Vec<Result<Post, ImportError>>, u64) {
    let skipped = options.skipped.clone();
    let results = read_bytes(format, fixture_bytes(name), &options);
    (results, skipped.get())
}

pub fn read_fixture(format: Format, name: &str) -> Vec<Post> {
    read_bytes(format, fixture_bytes(name), &ReadOptions::default())
        .into_iter()
        .map(|result| result.unwrap_or_else(|error| panic!("{name}: {error}")))
        .collect()
}

pub fn posts(results: &[Result<Post, ImportError>]) -> Vec<&Post> {
    results
        .iter()
        .filter_map(|result| result.as_ref().ok())
        .collect()
}

pub fn messages(results: &[Result<Post, ImportError>]) -> Vec<String> {
    results
        .iter()
        .filter_map(|result| result.as_ref().err())
        .map(ToString::to_string)
        .collect()
}

pub fn extra<'a>(post: &'a Post, key: &str) -> Option<&'a str> {
    post.extra
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.get())
}

pub fn ts(post: &Post) -> Option<String> {
    post.created_at
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}
