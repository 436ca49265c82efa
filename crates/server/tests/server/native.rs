//! The native JSON API.

use serde_json::json;

use crate::common::*;

fn redact_scores(mut v: serde_json::Value) -> serde_json::Value {
    // Probabilities belong to the model's tests; here the shape is the contract.
    if let Some(scores) = v.get_mut("scores").and_then(|s| s.as_object_mut()) {
        for p in scores.values_mut() {
            assert!(p.as_f64().is_some_and(|p| (0.0..=1.0).contains(&p)));
            *p = json!("[p]");
        }
    }
    if let Some(signals) = v.get_mut("signals") {
        *signals = json!("[signals]");
    }
    v
}

#[tokio::test]
async fn classify_single_and_batch() {
    let s = TestServer::start().await;
    let one = s
        .api(
            "POST",
            "/v1/classify",
            Some(json!({"id": "p1", "text": SPAM, "author": "x"})),
        )
        .await;
    assert_eq!(one.status, 200, "{}", one.body);
    assert_eq!(one.json()["label"], "spam");
    insta::assert_json_snapshot!("classify_single", redact_scores(one.json()));

    let batch = s
        .api(
            "POST",
            "/v1/classify",
            Some(
                json!({"posts": [{"text": HAM}, {"id": 7, "text": SPAM}, {"id": "c", "text": ""}]}),
            ),
        )
        .await;
    assert_eq!(batch.status, 200, "{}", batch.body);
    let verdicts: Vec<_> = batch.json()["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .cloned()
        .map(redact_scores)
        .collect();
    insta::assert_json_snapshot!("classify_batch", verdicts);

    let thread = s.api("POST", "/v1/threads/analyze", Some(json!({"posts": [{"id": "root", "text": HAM}, {"id": "r1", "parent_id": "root", "text": SPAM}]}))).await;
    assert_eq!(thread.status, 200, "{}", thread.body);
    assert_eq!(thread.json()["verdicts"].as_array().unwrap().len(), 2);
    let relevance = thread.json()["relevance"].as_array().unwrap().clone();
    assert_eq!(relevance.len(), 2);
    assert!(relevance[0].is_null(), "the root replies to nothing");
    let reply = relevance[1].as_f64().expect("the reply has a relevance");
    assert!((0.0..=1.0).contains(&reply));
    assert_eq!(
        thread.json()["verdicts"][1]["relevance"].as_f64(),
        Some(reply)
    );
}

#[tokio::test]
async fn auth_and_isolation() {
    let s = TestServer::start().await;
    let none = s
        .json("POST", "/v1/classify", None, Some(json!({"text": "hi"})))
        .await;
    assert_eq!(none.status, 401);
    insta::assert_json_snapshot!("unauthorized", none.json());
    let wrong = s
        .json(
            "POST",
            "/v1/classify",
            Some("zzzzzzzzzzzz"),
            Some(json!({"text": "hi"})),
        )
        .await;
    assert_eq!(wrong.status, 401);

    // Key A's checks by "mallory"…
    for text in [SPAM, SPAM, HAM] {
        s.api(
            "POST",
            "/v1/classify",
            Some(json!({"text": text, "author": "mallory"})),
        )
        .await;
    }
    s.akismet(
        "/1.1/comment-check",
        &[("comment_content", SPAM), ("comment_author", "mallory")],
    )
    .await;
    s.state.flush().await;
    let p = s.api("GET", "/v1/accounts/mallory", None).await;
    assert_eq!(p.status, 200, "{}", p.body);
    let p = p.json();
    assert_eq!(p["checks"], 4);
    assert_eq!(p["labels"]["spam"], 3);
    // …are invisible to key B.
    let other = s.store.create_key(None, None).await.unwrap().key;
    let q = s
        .json("GET", "/v1/accounts/mallory", Some(&other), None)
        .await;
    assert_eq!(q.json()["checks"], 0);
}

#[tokio::test]
async fn feedback_adapters_and_rollback() {
    let s = TestServer::start().await;
    let text = "Our agency offers professional SEO packages for small businesses, message us";
    let before = s
        .api(
            "POST",
            "/v1/classify?site=shop",
            Some(json!({"text": text})),
        )
        .await
        .json();

    let fb = s
        .api(
            "POST",
            "/v1/feedback?site=shop",
            Some(json!({"text": text, "label": "spam", "id": "p9"})),
        )
        .await;
    assert_eq!(fb.status, 200, "{}", fb.body);
    assert_eq!(fb.json()["adapter_version"], 1);
    let after = s
        .api(
            "POST",
            "/v1/classify?site=shop",
            Some(json!({"text": text})),
        )
        .await
        .json();
    assert_eq!(after["label"], "spam");
    assert!(
        after["scores"]["spam"].as_f64() > before["scores"]["spam"].as_f64(),
        "{before} -> {after}"
    );

    // Another site of the same key is unaffected (no sharing by default).
    let elsewhere = s
        .api(
            "POST",
            "/v1/classify?site=blog",
            Some(json!({"text": text})),
        )
        .await
        .json();
    assert_eq!(elsewhere["scores"], before["scores"]);

    let batch = s
        .api("POST", "/v1/feedback?site=shop", Some(json!({"feedback": [{"text": HAM, "label": "social"}, {"text": SPAM, "label": "spam"}]})))
        .await;
    assert_eq!(batch.json()["adapter_version"], 2);
    assert_eq!(batch.json()["stored"], 2);

    let bad = s
        .api(
            "POST",
            "/v1/feedback?site=shop",
            Some(json!({"text": "x", "label": "nonsense"})),
        )
        .await;
    assert_eq!(bad.status, 400);

    let list = s.api("GET", "/v1/adapters?site=shop", None).await.json();
    assert_eq!(list["current"], 2);
    assert_eq!(list["versions"].as_array().unwrap().len(), 2);

    let rb = s
        .api(
            "POST",
            "/v1/adapters/rollback?site=shop",
            Some(json!({"version": 1})),
        )
        .await;
    assert_eq!(rb.status, 200, "{}", rb.body);
    assert_eq!(rb.json()["version"], 3);
    let now = s
        .api(
            "POST",
            "/v1/classify?site=shop",
            Some(json!({"text": text})),
        )
        .await
        .json();
    assert_eq!(
        now["scores"], after["scores"],
        "rolled back to the adapter of version 1"
    );
    let missing = s
        .api(
            "POST",
            "/v1/adapters/rollback?site=shop",
            Some(json!({"version": 42})),
        )
        .await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn shared_feedback_goes_global() {
    let s = TestServer::start().await;
    let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
    let a = s.store.site(key.id, "a").await.unwrap();
    let b = s.store.site(key.id, "b").await.unwrap();
    s.store.set_share_feedback(a.id, true).await.unwrap();
    s.store.set_share_feedback(b.id, true).await.unwrap();
    let text = "Limited offer on premium garden furniture, order today with code SPRING";
    let base = s
        .api("POST", "/v1/classify?site=c", Some(json!({"text": text})))
        .await
        .json();
    s.api(
        "POST",
        "/v1/feedback?site=a",
        Some(json!({"text": text, "label": "spam"})),
    )
    .await;
    let on_b = s
        .api("POST", "/v1/classify?site=b", Some(json!({"text": text})))
        .await
        .json();
    assert_eq!(
        on_b["label"], "spam",
        "b shares, so it uses the global adapter a fed"
    );
    let on_c = s
        .api("POST", "/v1/classify?site=c", Some(json!({"text": text})))
        .await
        .json();
    assert_eq!(
        on_c["scores"], base["scores"],
        "c does not share, so a's feedback never reaches it"
    );
}
