//! `POST /v1/erase`: one person's data, erased by the operator over HTTP.

use serde_json::json;

use crate::common::*;

const TOKEN: &str = "operator-secret-0123456789";

async fn erase(s: &TestServer, token: Option<&str>, body: serde_json::Value) -> Reply {
    let mut req = s
        .client
        .post(s.url("/v1/erase"))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(t) = token {
        req = req.header("x-discern-operator", t);
    }
    Reply::from(req.send().await.unwrap()).await
}

#[tokio::test]
async fn the_operator_erases_a_commenter_by_email_or_ip() {
    let mut config = default_config();
    config.operator_token = Some(TOKEN.into());
    let s = TestServer::with_config(config).await;
    let comment = |author: &'static str, email: &'static str, ip: &'static str, text| {
        vec![
            ("comment_author", author),
            ("comment_author_email", email),
            ("user_ip", ip),
            ("user_agent", "Mozilla/5.0"),
            ("comment_content", text),
        ]
    };
    let ann = comment("Ann", "ann@example.com", "203.0.113.9", SPAM);
    assert_eq!(s.akismet("/1.1/comment-check", &ann).await.status, 200);
    assert_eq!(s.akismet("/1.1/submit-spam", &ann).await.status, 200);
    let bob = comment("Bob", "bob@example.com", "203.0.113.10", HAM);
    assert_eq!(s.akismet("/1.1/comment-check", &bob).await.status, 200);

    // Not the operator: refused before anything is read or erased.
    let by_key = s
        .json(
            "POST",
            "/v1/erase",
            Some(&s.key),
            Some(json!({"email": "ann@example.com"})),
        )
        .await;
    assert_eq!(by_key.status, 403, "{}", by_key.body);
    let wrong = erase(
        &s,
        Some("operator-secret-wrong-value"),
        json!({"email": "x@y.z"}),
    )
    .await;
    assert_eq!(wrong.status, 403);
    let both = erase(&s, Some(TOKEN), json!({"email": "a@b.c", "ip": "1.2.3.4"})).await;
    assert_eq!(both.status, 400, "{}", both.body);

    // The checks were still queued for the batched writer when the erasure came: it
    // writes them first, so they are erased too, not stored after.
    let r = erase(&s, Some(TOKEN), json!({"email": "Ann@Example.com"})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json(), json!({"erased": {"checks": 1, "feedback": 1}}));
    let again = erase(&s, Some(TOKEN), json!({"email": "ann@example.com"})).await;
    assert_eq!(
        again.json(),
        json!({"erased": {"checks": 0, "feedback": 0}})
    );

    let r = erase(&s, Some(TOKEN), json!({"ip": "203.0.113.10"})).await;
    assert_eq!(r.json(), json!({"erased": {"checks": 1, "feedback": 0}}));
    assert_eq!(s.store.count_checks().await.unwrap(), 0);
}

#[tokio::test]
async fn without_an_operator_token_erasure_is_the_cli_s() {
    let s = TestServer::start().await;
    let r = erase(&s, Some(TOKEN), json!({"email": "ann@example.com"})).await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("discern erase"), "{}", r.body);
}
