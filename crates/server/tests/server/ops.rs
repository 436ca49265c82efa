//! Health, readiness, metrics, the OpenAPI contract, configuration, keys, graceful shutdown.

use std::collections::BTreeSet;

use discern_server::{KeysAction, ServeConfig, keys_command, route_table};

use crate::common::*;

#[tokio::test]
async fn health_ready_metrics() {
    let s = TestServer::start().await;
    assert_eq!(s.get("/healthz").await.body, "ok");
    assert_eq!(s.get("/readyz").await.body, "ready");
    s.akismet("/1.1/comment-check", &[("comment_content", SPAM)])
        .await;
    s.akismet("/1.1/comment-check", &[("comment_content", HAM)])
        .await;
    s.state.flush().await;
    let m = s.get("/metrics").await;
    assert!(
        m.header("content-type")
            .unwrap()
            .starts_with("application/openmetrics-text; version=1.0.0")
    );
    for line in [
        "discern_http_requests_total{route=\"/1.1/comment-check\",status=\"2xx\"} 2",
        "discern_http_request_duration_seconds_count{route=\"/1.1/comment-check\"} 2",
        "discern_akismet_answers_total{answer=\"true\"} 1",
        "discern_akismet_answers_total{answer=\"false\"} 1",
        "discern_verdicts_total{label=\"spam\"} 1",
        "discern_checks_written_total 2",
        "discern_http_request_duration_seconds_bucket{le=\"+Inf\",route=\"/1.1/comment-check\"} 2",
        "# TYPE discern_http_requests counter",
        "# EOF",
    ] {
        assert!(
            m.body.lines().any(|l| l == line),
            "missing {line:?} in\n{}",
            m.body
        );
    }
}

/// Every route is documented in openapi.yaml, and the spec documents nothing else.
#[test]
fn openapi_matches_router() {
    let spec: serde_yaml_ng::Value = serde_yaml_ng::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap(),
    )
    .unwrap();
    assert_eq!(spec["openapi"].as_str(), Some("3.1.0"));
    let mut documented = BTreeSet::new();
    for (path, item) in spec["paths"].as_mapping().unwrap() {
        for (method, _) in item.as_mapping().unwrap() {
            let m = method.as_str().unwrap();
            if ["get", "post", "put", "delete", "patch"].contains(&m) {
                documented.insert((m.to_uppercase(), path.as_str().unwrap().to_string()));
            }
        }
    }
    let served: BTreeSet<_> = route_table()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(served, documented, "router and openapi.yaml disagree");
}

#[tokio::test]
async fn keys_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db").display().to_string();
    let out = keys_command(
        &db,
        KeysAction::Create {
            site: Some(BLOG.into()),
            rate_limit: Some(10),
        },
    )
    .await
    .unwrap();
    let key = out.lines().next().unwrap().to_string();
    assert!(discern_store::is_well_formed_key(&key), "{out}");
    let list = keys_command(&db, KeysAction::List).await.unwrap();
    assert!(
        list.contains(&format!("{}********", &key[..4])) && !list.contains(&key),
        "{list}"
    );
    assert!(list.contains(BLOG));
    let shared = keys_command(
        &db,
        KeysAction::Share {
            key: key.clone(),
            site: BLOG.into(),
            share: true,
        },
    )
    .await
    .unwrap();
    assert!(shared.contains("shared"));
    let adapters = keys_command(
        &db,
        KeysAction::Adapters {
            key: key[..4].into(),
            site: BLOG.into(),
        },
    )
    .await
    .unwrap();
    assert!(adapters.starts_with("VERSION"));
    assert!(
        keys_command(
            &db,
            KeysAction::Rollback {
                key: key.clone(),
                site: BLOG.into(),
                version: 1
            }
        )
        .await
        .is_err()
    );
    let revoked = keys_command(&db, KeysAction::Revoke { key: key.clone() })
        .await
        .unwrap();
    assert!(revoked.starts_with("revoked"));
    assert!(keys_command(&db, KeysAction::Revoke { key }).await.is_err());
}

#[tokio::test]
async fn graceful_shutdown_flushes_checks() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db").display().to_string();
    let key = discern_store::Store::open(&db)
        .await
        .unwrap()
        .create_key(None, Some(BLOG))
        .await
        .unwrap()
        .key;
    let mut config = ServeConfig {
        database: db.clone(),
        ..default_config()
    };
    config.listen = "127.0.0.1:0".into();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(discern_server::serve_on(listener, config, async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::new();
    for _ in 0..20 {
        let r = client
            .post(format!("http://{addr}/1.1/comment-check"))
            .body(encode(&[
                ("api_key", &key),
                ("blog", BLOG),
                ("comment_content", HAM),
            ]))
            .send()
            .await
            .unwrap();
        assert_eq!(r.text().await.unwrap(), "false");
    }
    tx.send(()).unwrap();
    server.await.unwrap().unwrap();
    let store = discern_store::Store::open(&db).await.unwrap();
    assert_eq!(
        store.count_checks().await.unwrap(),
        20,
        "every answered check was written before exit"
    );
}

#[tokio::test]
async fn read_only_database_answers_503() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    let key = {
        let store = discern_store::Store::open(path.to_str().unwrap())
            .await
            .unwrap();
        let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
        store.close().await.unwrap();
        key
    };
    // Root ignores file permissions, so read-only is forced at open; the error path is the
    // same SQLITE_READONLY a read-only file or mount gives.
    let store = discern_store::Store::open(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .unwrap();
    let s = TestServer::on_store(dir, store, key, default_config()).await;
    // Reads still work, but every acknowledgement needs a write: not ready.
    let ready = s.get("/readyz").await;
    assert_eq!(ready.status, 503, "{}", ready.body);
    assert_eq!(ready.json()["error"]["code"], "not_ready");
    assert_eq!(
        s.akismet("/1.1/verify-key", &[]).await.body,
        "valid",
        "a known key still verifies"
    );
    let r = s
        .akismet("/1.1/submit-spam", &[("comment_content", SPAM)])
        .await;
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "unavailable");
    let r = s
        .form(
            "/1.1/comment-check",
            &[
                ("api_key", &s.key),
                ("blog", "https://new-site.example"),
                ("comment_content", HAM),
            ],
        )
        .await;
    assert_eq!(r.status, 503, "registering a new site needs a write");
    // Known site: the answer does not depend on the write; the lost check is counted.
    let r = s
        .akismet("/1.1/comment-check", &[("comment_content", HAM)])
        .await;
    assert_eq!(r.body, "false");
    s.state.flush().await;
    assert!(
        s.get("/metrics")
            .await
            .body
            .contains("discern_checks_failed_total 1")
    );
    assert_eq!(s.get("/healthz").await.status, 200, "still alive");
}

#[tokio::test]
async fn full_database_answers_503_and_keeps_serving() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("full.db");
    let key = {
        let store = discern_store::Store::open(path.to_str().unwrap())
            .await
            .unwrap();
        let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
        store.close().await.unwrap();
        key
    };
    let pages = {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.query_row("PRAGMA page_count", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    // Capped at its current size: the next page SQLite needs is SQLITE_FULL, the error a
    // full disk gives.
    let store =
        discern_store::Store::open(&format!("sqlite://{}?max_pages={pages}", path.display()))
            .await
            .unwrap();
    let s = TestServer::on_store(dir, store, key, default_config()).await;
    let mut answered = 0;
    let mut unavailable = 0;
    let long_comment = format!("{SPAM} {}", "filler words to take up pages ".repeat(200));
    for _ in 0..50 {
        let r = s
            .akismet("/1.1/submit-spam", &[("comment_content", &long_comment)])
            .await;
        match r.status {
            200 => answered += 1,
            503 => {
                unavailable += 1;
                assert_eq!(r.json()["error"]["code"], "unavailable", "{}", r.body);
            }
            other => panic!("unexpected status {other}: {}", r.body),
        }
    }
    assert!(
        unavailable > 0,
        "the cap was reached ({answered} writes fitted)"
    );
    assert_eq!(s.get("/healthz").await.status, 200, "still alive");
    let r = s
        .akismet("/1.1/comment-check", &[("comment_content", HAM)])
        .await;
    assert_eq!(r.status, 200, "checks are still answered: {}", r.body);
}

#[tokio::test]
async fn postgres_end_to_end() {
    let Ok(url) = std::env::var("DISCERN_TEST_POSTGRES_URL") else {
        eprintln!(
            "note: DISCERN_TEST_POSTGRES_URL is unset; skipping the PostgreSQL server test (scripts/server-postgres.sh runs it)"
        );
        return;
    };
    let store = discern_store::Store::open(&url).await.unwrap();
    let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
    let s = TestServer::on_store(tempfile::tempdir().unwrap(), store, key, default_config()).await;
    assert_eq!(s.get("/readyz").await.body, "ready");
    assert_eq!(s.akismet("/1.1/verify-key", &[]).await.body, "valid");
    assert_eq!(
        s.akismet(
            "/1.1/comment-check",
            &[("comment_content", SPAM), ("comment_author", "pg")]
        )
        .await
        .body,
        "true"
    );
    assert_eq!(
        s.akismet("/1.1/submit-spam", &[("comment_content", "pg feedback")])
            .await
            .body,
        SUBMIT_THANKS
    );
    s.state.flush().await;
    assert_eq!(
        s.api("GET", "/v1/accounts/pg", None).await.json()["checks"],
        1
    );
    assert!(
        s.form("/1.2/usage-limit", &[("api_key", &s.key)])
            .await
            .json()["usage"]
            .as_u64()
            .unwrap()
            >= 1
    );
}

use discern_server::SUBMIT_THANKS;
