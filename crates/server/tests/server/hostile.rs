//! Hostile and broken requests get a 4xx (or a well-formed answer), never a crash.

use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::*;

#[tokio::test]
async fn sql_fragments_are_just_text() {
    let s = TestServer::start().await;
    for evil in [
        "'; DROP TABLE checks; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM keys;--",
    ] {
        let r = s
            .akismet(
                "/1.1/comment-check",
                &[
                    ("comment_content", evil),
                    ("comment_author", evil),
                    ("blog", evil),
                ],
            )
            .await;
        assert!(r.body == "true" || r.body == "false", "{}", r.body);
        let r = s
            .form("/1.1/verify-key", &[("key", evil), ("blog", BLOG)])
            .await;
        assert_eq!(r.body, "invalid");
        let r = s
            .api(
                "GET",
                &format!(
                    "/v1/accounts/{}",
                    percent_encoding::utf8_percent_encode(evil, percent_encoding::NON_ALPHANUMERIC)
                ),
                None,
            )
            .await;
        assert_eq!(r.status, 200);
    }
    s.state.flush().await;
    assert!(
        s.store.verify_key(&s.key).await.unwrap().is_some(),
        "keys table intact"
    );
    assert!(s.store.count_checks().await.unwrap() >= 3);
}

#[tokio::test]
async fn bad_bodies() {
    let s = TestServer::start().await;
    // Invalid UTF-8, raw and percent-encoded.
    let raw = s
        .raw(
            "/1.1/comment-check",
            "application/x-www-form-urlencoded",
            b"api_key=x&comment_content=\xff\xfe".to_vec(),
        )
        .await;
    assert_eq!(raw.status, 400);
    let mut body = format!("api_key={}&blog=b&comment_content=", s.key).into_bytes();
    body.extend_from_slice(b"%C3%28");
    assert_eq!(
        s.raw(
            "/1.1/comment-check",
            "application/x-www-form-urlencoded",
            body
        )
        .await
        .status,
        400
    );

    // Huge fields: over the Akismet body limit.
    let huge = "a".repeat(100 * 1024);
    let r = s
        .akismet("/1.1/comment-check", &[("comment_content", &huge)])
        .await;
    assert_eq!(r.status, 413);
    // Just under it is fine.
    let big = "word".repeat(12_000);
    assert_eq!(
        s.akismet("/1.1/comment-check", &[("comment_content", &big)])
            .await
            .status,
        200
    );

    // Missing fields.
    assert_eq!(s.form("/1.1/comment-check", &[]).await.body, "invalid");
    assert_eq!(
        s.akismet("/1.1/comment-check", &[]).await.status,
        200,
        "empty comment still gets an answer"
    );

    // Broken JSON, wrong shapes.
    for body in [
        &b"{"[..],
        b"[]",
        b"{\"posts\": 3}",
        b"{\"text\": 5}",
        b"\xff",
        b"null",
    ] {
        let key = s.key.clone();
        let r = s
            .client
            .post(s.url("/v1/classify"))
            .header("authorization", format!("Bearer {key}"))
            .body(body.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status().as_u16(),
            400,
            "{:?}",
            String::from_utf8_lossy(body)
        );
    }
    let too_many: Vec<_> = (0..10_001)
        .map(|i| json!({"text": i.to_string()}))
        .collect();
    assert_eq!(
        s.api("POST", "/v1/classify", Some(json!({"posts": too_many})))
            .await
            .status,
        400
    );
    let r = s
        .api(
            "POST",
            "/v1/feedback",
            Some(json!({"text": "x", "label": "spam", "evil": 1})),
        )
        .await;
    assert_eq!(r.status, 400);

    // Wrong methods and paths.
    assert_eq!(s.get("/1.1/comment-check").await.status, 405);
    assert_eq!(s.get("/nope").await.status, 404);
    assert_eq!(s.get("/healthz").await.status, 200, "still alive");
}

#[tokio::test]
async fn slow_body_gets_408() {
    let mut config = default_config();
    config.limits.request_timeout_ms = 300;
    let s = TestServer::with_config(config).await;
    let mut sock = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    let head = "POST /1.1/comment-check HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: 1000\r\n\r\n";
    sock.write_all(head.as_bytes()).await.unwrap();
    sock.write_all(b"api_key=").await.unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    let _ = sock.write_all(b"abc").await;
    let mut buf = vec![0u8; 1024];
    let n = tokio::time::timeout(Duration::from_secs(5), sock.read(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let head = String::from_utf8_lossy(&buf[..n]);
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");
    assert_eq!(s.get("/healthz").await.status, 200);
}

#[tokio::test]
async fn rate_limit_gives_429_with_retry_after() {
    let s = TestServer::start().await;
    let limited = s.store.create_key(Some(2), Some(BLOG)).await.unwrap().key;
    let mut statuses = Vec::new();
    let mut retry = None;
    for _ in 0..5 {
        let r = s
            .form(
                "/1.1/comment-check",
                &[
                    ("api_key", &limited),
                    ("blog", BLOG),
                    ("comment_content", HAM),
                ],
            )
            .await;
        statuses.push(r.status);
        if r.status == 429 {
            retry = r.header("retry-after").map(str::to_string);
        }
    }
    assert_eq!(&statuses[..2], &[200, 200]);
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(retry.as_deref(), Some("1"));
    let r = s
        .json(
            "POST",
            "/v1/classify",
            Some(&limited),
            Some(json!({"text": "hi"})),
        )
        .await;
    assert_eq!(r.status, 429);
    assert_eq!(r.json()["error"]["code"], "rate_limited");
}
