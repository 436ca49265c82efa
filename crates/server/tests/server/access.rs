//! The access log: one line per request, with the key's prefix and never the key itself,
//! the query string or the comment text, wherever the client put the key.

use std::sync::{Arc, Mutex};

use tracing_subscriber::fmt::MakeWriter;

use crate::common::*;

/// A log sink the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn the_access_log_shows_a_key_prefix_never_the_key() {
    let logs = Captured::default();
    // Everything, at every level: no other log line may leak the key either. The test
    // runtime has one thread, so the server's tasks log through this subscriber.
    let subscriber = tracing_subscriber::fmt()
        .with_writer(logs.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let s = TestServer::start().await;
    let secret_text = "my private comment about the garden, 7c1e";
    // The key in the body, both spellings.
    let r = s
        .form("/1.1/verify-key", &[("key", &s.key), ("blog", BLOG)])
        .await;
    assert_eq!(r.body, "valid");
    let r = s
        .akismet(
            "/1.1/comment-check",
            &[("comment_content", secret_text), ("user_ip", "192.0.2.1")],
        )
        .await;
    assert_eq!(r.status, 200);
    // The key as the Host's first label.
    let r = s
        .client
        .post(s.url("/1.1/comment-check"))
        .header("host", format!("{}.localhost:{}", s.key, s.addr.port()))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[("blog", BLOG), ("comment_content", secret_text)]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // The key in the query.
    let usage = s
        .get(&format!("/1.2/usage-limit?key={}&blog=x", s.key))
        .await;
    assert_eq!(usage.status, 200, "{}", usage.body);
    // Bearer, and a path parameter that names a person.
    let r = s.api("GET", "/v1/accounts/Ann%20Smith", None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // A wrong key, and a path nobody serves.
    s.form(
        "/1.1/verify-key",
        &[("key", "zzzzyyyyxxxx"), ("blog", BLOG)],
    )
    .await;
    assert_eq!(s.get(&format!("/nope?key={}", s.key)).await.status, 404);

    s.state.flush().await;
    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    let prefix = &s.key[..4];
    assert!(
        !text.contains(&s.key),
        "the whole key is in the log:\n{text}"
    );
    assert!(!text.contains(secret_text), "comment text in the log");
    assert!(!text.contains("Ann"), "a path parameter in the log");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("discern::access"))
        .collect();
    let line = |path: &str| -> Vec<&str> {
        lines
            .iter()
            .copied()
            .filter(|l| l.contains(&format!("path={path} ")))
            .collect()
    };
    for (path, n) in [
        ("/1.1/verify-key", 2),
        ("/1.1/comment-check", 2),
        ("/1.2/usage-limit", 1),
        ("/v1/accounts/{author}", 1),
    ] {
        let found = line(path);
        assert_eq!(found.len(), n, "{path} in:\n{text}");
        assert!(
            found.iter().any(|l| l.contains(&format!("key={prefix}"))),
            "{path} names its key's prefix:\n{text}"
        );
        assert!(found.iter().all(|l| l.contains("client=127.0.0.1:")));
    }
    let comment = line("/1.1/comment-check")[0];
    for field in [
        "method=POST",
        "status=200",
        "latency_us=",
        "bytes_in=",
        "bytes_out=5",
    ] {
        assert!(comment.contains(field), "{field} in {comment}");
    }
    assert!(
        line("/1.1/verify-key")
            .iter()
            .any(|l| l.contains("key=zzzz"))
    );
    let missing = line("/nope");
    assert_eq!(missing.len(), 1, "{text}");
    assert!(missing[0].contains("status=404") && missing[0].contains("key=-"));
}
