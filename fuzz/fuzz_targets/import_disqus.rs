//! Fuzzes the Disqus export reader on its own, with what every post it gives must hold:
//! a thread's post is its own thread, and a comment names its parent and its thread.
#![no_main]

use std::io::Cursor;

use discern_posts::{Format, PostKind, ReadOptions, read_posts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small record cap makes the oversized-record paths reachable.
    let options = ReadOptions { max_record_bytes: 4096, ..ReadOptions::default() };
    for result in read_posts(Cursor::new(data.to_vec()), Format::Disqus, &options, "fuzz") {
        match result {
            Ok(post) => {
                assert!(!post.id.is_empty());
                let thread = post.thread_id.as_deref().expect("every post names its thread");
                assert!(thread.starts_with('t'));
                match post.kind {
                    PostKind::Post => {
                        assert_eq!(thread, post.id);
                        assert!(post.parent_id.is_none());
                    }
                    PostKind::Reply => assert!(post.parent_id.is_some()),
                    other => panic!("a Disqus record read as {other:?}"),
                }
            }
            // Every error must carry its source name; reading must never panic.
            Err(error) => assert_eq!(error.detail().source_name, "fuzz"),
        }
    }
});
