//! Feedback that tells the truth: atomic batches, idempotent retries, an in-memory adapter
//! that is always the stored one, bounded adapter history and size, operator-only
//! rollback of the shared adapter.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::*;

const SITE: &str = "/v1/feedback?site=shop";

fn items(n: usize, prefix: &str) -> Vec<serde_json::Value> {
    (0..n)
        .map(|i| {
            json!({
                "feedback_id": format!("{prefix}-{i}"),
                "text": format!("{prefix} {i}: cheap followers and likes, order now at example{i}.shop"),
                "label": if i % 3 == 0 { "social" } else { "spam" },
            })
        })
        .collect()
}

async fn feedback_rows(s: &TestServer, site: &str) -> usize {
    let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
    let site = s.store.site(key.id, site).await.unwrap();
    s.store.feedback_for_site(site.id).await.unwrap().len()
}

#[tokio::test]
async fn a_retried_batch_is_recognised_not_stored_twice() {
    let s = TestServer::start().await;
    let batch = json!({ "feedback": items(20, "retry") });
    let first = s.api("POST", SITE, Some(batch.clone())).await;
    assert_eq!(first.status, 200, "{}", first.body);
    let first = first.json();
    assert_eq!(first["stored"], 20);
    assert_eq!(first["learned"], 20);
    assert_eq!(first["duplicates"], 0);
    assert_eq!(first["adapter_version"], 1);

    let again = s.api("POST", SITE, Some(batch)).await.json();
    assert_eq!(again["stored"], 0, "{again}");
    assert_eq!(again["duplicates"], 20);
    assert_eq!(again["learned"], 0);
    assert_eq!(again["adapter_version"], 1, "nothing new learned");
    assert_eq!(
        again["feedback_ids"], first["feedback_ids"],
        "a duplicate names the row that holds it"
    );
    assert!(
        again["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["status"] == "duplicate")
    );
    assert_eq!(feedback_rows(&s, "shop").await, 20);

    // Half old, half new, and one id twice in the same batch.
    let mut mixed = items(30, "retry")[10..].to_vec();
    mixed.push(mixed[15].clone());
    let r = s
        .api("POST", SITE, Some(json!({ "feedback": mixed })))
        .await
        .json();
    assert_eq!(
        (r["stored"].as_u64(), r["duplicates"].as_u64()),
        (Some(10), Some(11)),
        "{r}"
    );
    assert_eq!(r["learned"], 10);
    assert_eq!(r["adapter_version"], 2);
    assert_eq!(feedback_rows(&s, "shop").await, 30);

    // Without a feedback_id, the post id and label identify a report.
    let one = json!({"id": "post-7", "text": "great recipe, thanks", "label": "social"});
    assert_eq!(
        s.api("POST", SITE, Some(one.clone())).await.json()["stored"],
        1
    );
    assert_eq!(s.api("POST", SITE, Some(one)).await.json()["duplicates"], 1);
}

#[tokio::test]
async fn a_batch_is_stored_and_learned_whole_or_not_at_all() {
    let mut config = default_config();
    // Room for a few reports' corrections, not for a whole batch's.
    config.limits.max_adapter_bytes = 1024;
    let s = TestServer::with_config(config).await;
    let r = s
        .api("POST", SITE, Some(json!({ "feedback": items(200, "big") })))
        .await;
    assert_eq!(r.status, 507, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "adapter_full");
    assert_eq!(
        feedback_rows(&s, "shop").await,
        0,
        "no row without its learning"
    );
    let list = s.api("GET", "/v1/adapters?site=shop", None).await.json();
    assert_eq!(list["versions"].as_array().unwrap().len(), 0);
    // A small report still fits, and is stored and learned together.
    let ok = s
        .api(
            "POST",
            SITE,
            Some(json!({"text": "hi there", "label": "social"})),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.json()["learned"], 1);
    assert_eq!(feedback_rows(&s, "shop").await, 1);
}

#[tokio::test]
async fn past_the_deadline_the_answer_still_says_what_was_committed() {
    let mut config = default_config();
    config.limits.request_timeout_ms = 100;
    let s = TestServer::with_config(config).await;
    let started = Instant::now();
    let r = s
        .api(
            "POST",
            SITE,
            Some(json!({ "feedback": items(10_000, "slow") })),
        )
        .await;
    let took = started.elapsed();
    let rows = feedback_rows(&s, "shop").await;
    if r.status == 408 {
        // Only the upload may time out, and then nothing at all was done.
        assert_eq!(rows, 0, "408 after a commit");
        return;
    }
    assert!(
        took > Duration::from_millis(100),
        "learning 10,000 reports took only {took:?}: the deadline was never at stake"
    );
    // Past the deadline, the commit in progress finishes and the answer says so.
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["stored"], 10_000);
    assert_eq!(r.json()["learned"], 10_000);
    assert_eq!(rows, 10_000);
}

#[tokio::test]
async fn the_adapter_in_memory_is_the_stored_one() {
    let s = TestServer::start().await;
    // A second server over the same database: another process, loaded before s learns.
    let other = TestServer::on_store(
        tempfile::tempdir().unwrap(),
        s.store.clone(),
        s.key.clone(),
        default_config(),
    )
    .await;
    let probe = json!({"text": "Limited offer on premium garden furniture, order today"});
    let base = other
        .api("POST", "/v1/classify?site=shop", Some(probe.clone()))
        .await
        .json();

    let a = s
        .api("POST", SITE, Some(json!({ "feedback": items(300, "a") })))
        .await
        .json();
    assert_eq!(a["adapter_version"], 1);
    // `other` still holds the empty adapter; its next feedback must build on version 1,
    // not overwrite it.
    let b = other
        .api("POST", SITE, Some(json!({ "feedback": items(5, "b") })))
        .await;
    assert_eq!(b.status, 200, "{}", b.body);
    assert_eq!(b.json()["adapter_version"], 2);
    let scope = {
        let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
        discern_store::AdapterScope::Site(s.store.site(key.id, "shop").await.unwrap().id)
    };
    let versions = s.store.list_adapters(scope).await.unwrap();
    assert_eq!(versions[0].updates, 305, "no learning lost: {versions:?}");

    // A fresh process reading the database classifies exactly as `other` does now.
    let fresh = TestServer::on_store(
        tempfile::tempdir().unwrap(),
        s.store.clone(),
        s.key.clone(),
        default_config(),
    )
    .await;
    let live = other
        .api("POST", "/v1/classify?site=shop", Some(probe.clone()))
        .await
        .json();
    let stored = fresh
        .api("POST", "/v1/classify?site=shop", Some(probe))
        .await
        .json();
    assert_eq!(live["scores"], stored["scores"]);
    assert_ne!(
        live["scores"], base["scores"],
        "the feedback moved the verdict"
    );
}

#[tokio::test]
async fn adapter_history_is_pruned_to_the_configured_versions() {
    let mut config = default_config();
    config.limits.adapter_versions = 3;
    let s = TestServer::with_config(config).await;
    for i in 0..5 {
        let r = s
            .api(
                "POST",
                SITE,
                Some(json!({ "feedback": items(1, &format!("v{i}")) })),
            )
            .await;
        assert_eq!(r.json()["adapter_version"], i + 1);
    }
    let list = s.api("GET", "/v1/adapters?site=shop", None).await.json();
    let versions: Vec<_> = list["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_i64().unwrap())
        .collect();
    assert_eq!(versions, vec![5, 4, 3]);
    let gone = s
        .api(
            "POST",
            "/v1/adapters/rollback?site=shop",
            Some(json!({"version": 1})),
        )
        .await;
    assert_eq!(gone.status, 404);
}

#[tokio::test]
async fn only_the_operator_rolls_back_the_shared_adapter() {
    let mut config = default_config();
    config.operator_token = Some("operator-secret-0123456789".into());
    let s = TestServer::with_config(config).await;
    let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
    let shared = s.store.site(key.id, "shared").await.unwrap();
    s.store.set_share_feedback(shared.id, true).await.unwrap();
    for i in 0..2 {
        let r = s
            .api(
                "POST",
                "/v1/feedback?site=shared",
                Some(json!({ "feedback": items(2, &format!("g{i}")) })),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let rollback = |token: Option<&str>| {
        let mut req = s
            .client
            .post(s.url("/v1/adapters/rollback?site=shared"))
            .header("authorization", format!("Bearer {}", s.key))
            .body(json!({"version": 1}).to_string());
        if let Some(t) = token {
            req = req.header("x-discern-operator", t);
        }
        async move { Reply::from(req.send().await.unwrap()).await }
    };
    let by_site = rollback(None).await;
    assert_eq!(by_site.status, 403, "{}", by_site.body);
    assert_eq!(
        rollback(Some("operator-secret-wrong-value")).await.status,
        403
    );
    let list = s.api("GET", "/v1/adapters?site=shared", None).await.json();
    assert_eq!(list["current"], 2, "refused rollbacks changed nothing");
    let by_operator = rollback(Some("operator-secret-0123456789")).await;
    assert_eq!(by_operator.status, 200, "{}", by_operator.body);
    assert_eq!(by_operator.json()["version"], 3);

    // A site's own adapter is still its key's to roll back.
    s.api("POST", SITE, Some(json!({ "feedback": items(1, "own") })))
        .await;
    s.api("POST", SITE, Some(json!({ "feedback": items(1, "own2") })))
        .await;
    let own = s
        .api(
            "POST",
            "/v1/adapters/rollback?site=shop",
            Some(json!({"version": 1})),
        )
        .await;
    assert_eq!(own.status, 200, "{}", own.body);
}
