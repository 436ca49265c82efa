//! kill -9 in the middle of a feedback stream loses no acknowledged write.
//!
//! The server runs as a child process: this same test binary, re-executed with
//! `DISCERN_CHILD_DB` set, runs [`child_server_entry`] as a real server.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common::*;

/// Only does something when re-executed by [`kill_9_loses_no_acknowledged_feedback`].
#[test]
fn child_server_entry() {
    let Ok(db) = std::env::var("DISCERN_CHILD_DB") else {
        return;
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async move {
        let config = discern_server::ServeConfig {
            database: db,
            ..default_config()
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        println!("LISTENING {}", listener.local_addr().unwrap());
        discern_server::serve_on(listener, config, std::future::pending())
            .await
            .unwrap();
    });
}

#[tokio::test]
async fn kill_9_loses_no_acknowledged_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k9.db").display().to_string();
    let key = {
        let store = discern_store::Store::open(&db).await.unwrap();
        let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
        store.close().await.unwrap();
        key
    };
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "durability::child_server_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("DISCERN_CHILD_DB", &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("child exited before listening")
            .unwrap();
        if let Some((_, a)) = line.split_once("LISTENING ") {
            break a.to_string();
        }
    };

    // Four writers stream Akismet submit-spam and native feedback; every 2xx answer is an
    // acknowledgement that must survive.
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let client = reqwest::Client::new();
    let mut writers = Vec::new();
    for w in 0..4 {
        let (acked, client, addr, key) = (acked.clone(), client.clone(), addr.clone(), key.clone());
        writers.push(tokio::spawn(async move {
            for i in 0.. {
                let text = format!("writer {w} feedback {i} buy cheap followers now");
                let req = if i % 2 == 0 {
                    client
                        .post(format!("http://{addr}/1.1/submit-spam"))
                        .body(encode(&[
                            ("api_key", &key),
                            ("blog", BLOG),
                            ("comment_content", &text),
                        ]))
                } else {
                    client
                        .post(format!(
                            "http://{addr}/v1/feedback?site={}",
                            percent_encoding::utf8_percent_encode(
                                BLOG,
                                percent_encoding::NON_ALPHANUMERIC
                            )
                        ))
                        .header("authorization", format!("Bearer {key}"))
                        .body(serde_json::json!({"text": text, "label": "spam"}).to_string())
                };
                match req.send().await {
                    Ok(r) if r.status().is_success() => {
                        if r.text().await.is_ok() {
                            acked.lock().unwrap().push(text);
                        }
                    }
                    Ok(r) => {
                        eprintln!("writer {w}: stopped on HTTP {}", r.status());
                        break;
                    }
                    Err(_) => break,
                }
            }
        }));
    }
    // Let the stream run, then kill -9 mid-stream.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let n = acked.lock().unwrap().len();
        if n >= 60 {
            break;
        }
        if std::time::Instant::now() > deadline || writers.iter().all(|w| w.is_finished()) {
            let _ = child.kill();
            panic!("feedback stream stalled after {n} acknowledgements");
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    for w in writers {
        w.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();

    let store = discern_store::Store::open(&db).await.unwrap();
    let key_id = store.verify_key(&key).await.unwrap().unwrap().id;
    let site = store.site(key_id, BLOG).await.unwrap();
    let stored: std::collections::HashSet<String> = store
        .feedback_for_site(site.id)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.content)
        .collect();
    let lost: Vec<_> = acked.iter().filter(|t| !stored.contains(*t)).collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged writes lost: {lost:?}",
        lost.len(),
        acked.len()
    );
    assert!(acked.len() >= 60);
}
