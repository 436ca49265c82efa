//! Erasing one person's data, on a real SQLite file always and on PostgreSQL when
//! `DISCERN_TEST_POSTGRES_URL` names a throwaway database (see scripts/server-postgres.sh).

use discern_store::*;

/// A marker unique to this run, so tests sharing one PostgreSQL database never see each
/// other's rows.
fn unique() -> String {
    format!(
        "{}{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

fn check(site_id: i64, author: &str, content: &str) -> NewCheck {
    NewCheck {
        site_id,
        author: Some(author.into()),
        content: content.into(),
        kind: "reply".into(),
        label: "social".into(),
        scores: "{}".into(),
        signals: "[]".into(),
        model_version: "m1".into(),
        source: Some(CheckSource::Akismet),
        created_at: now(),
        ..Default::default()
    }
}

fn feedback(site_id: i64, author: &str, content: &str) -> NewFeedback {
    NewFeedback {
        site_id,
        post_id: None,
        author: Some(author.into()),
        content: content.into(),
        label: "spam".into(),
        source: FeedbackSource::SubmitSpam,
        is_test: false,
        created_at: now(),
        dedupe_key: None,
        author_email: None,
        author_ip: None,
        check_id: None,
    }
}

/// Runs the erasure contract; returns Ann's secret text, which must be gone from storage.
async fn erase_contract(store: &Store) -> String {
    let run = unique();
    let salt = store.salt().await.unwrap();
    let email = format!("ann-{run}@example.com");
    let ip = "10.20.30.40";
    let secret = format!("ann's private words {run}");
    let a = store
        .create_key(None, Some(&format!("https://a-{run}.example")))
        .await
        .unwrap();
    let b = store
        .create_key(None, Some(&format!("https://b-{run}.example")))
        .await
        .unwrap();
    let (site_a, site_b) = (a.site.unwrap().id, b.site.unwrap().id);

    store
        .insert_checks(vec![
            // Hashed e-mail and IP (the default).
            NewCheck {
                author_email: Some(hash_pii(&salt, &email)),
                author_ip: Some(hash_pii(&salt, ip)),
                ..check(site_a, "Ann", &secret)
            },
            // In clear, as the client cased it (an operator who opted in).
            NewCheck {
                author_email: Some(format!(" Ann-{run}@Example.COM")),
                ..check(site_a, "Ann", &format!("second comment {run}"))
            },
            // Another key's site: the operator's erasure covers every site.
            NewCheck {
                author_email: Some(hash_pii(&salt, &email)),
                ..check(site_b, "Ann", &format!("elsewhere {run}"))
            },
            // Someone else, and a check of Ann's that carries no e-mail (native API):
            // nothing links it to the address, so it stays.
            NewCheck {
                author_email: Some(hash_pii(&salt, &format!("bob-{run}@example.com"))),
                ..check(site_a, "Bob", &format!("bob's words {run}"))
            },
            check(site_a, "Ann", &format!("no address given {run}")),
            // A check reported from a dual-stack server: IPv4-mapped IPv6, hashed.
            NewCheck {
                author_ip: Some(hash_pii(&salt, "::ffff:192.0.2.7")),
                ..check(site_b, "Cy", &format!("from a mapped address {run}"))
            },
        ])
        .await
        .unwrap();
    // A copy of Ann's text reported as spam before feedback kept e-mails; a later report
    // that carries her hashed e-mail (its check already gone to retention); Bob's report.
    for f in [
        feedback(site_a, "Ann", &secret),
        NewFeedback {
            author_email: Some(hash_pii(&salt, &email)),
            ..feedback(site_a, "Ann", &format!("only in feedback {run}"))
        },
        feedback(site_a, "Bob", &format!("bob's words {run}")),
    ] {
        store.insert_feedback(f).await.unwrap();
    }

    let erased = store.erase(&Person::Email(email.clone())).await.unwrap();
    assert_eq!(
        erased,
        Erased {
            checks: 3,
            feedback: 2
        }
    );
    let left = store.feedback_for_site(site_a).await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].author.as_deref(), Some("Bob"));
    let ann = store.account_profile(a.record.id, "Ann").await.unwrap();
    assert_eq!(ann.checks, 1, "only the unlinked check of Ann's is left");
    let bob = store.account_profile(a.record.id, "Bob").await.unwrap();
    assert_eq!(bob.checks, 1, "another person's rows are untouched");
    assert_eq!(
        store
            .account_profile(b.record.id, "Ann")
            .await
            .unwrap()
            .checks,
        0
    );

    // Idempotent: erasing the same person again (however the address is cased) finds
    // nothing.
    assert_eq!(
        store
            .erase(&Person::Email(email.to_uppercase()))
            .await
            .unwrap(),
        Erased::default()
    );

    // By IP: the plain IPv4 address finds the check stored under its mapped form.
    assert_eq!(
        store.erase(&Person::Ip("192.0.2.7".into())).await.unwrap(),
        Erased {
            checks: 1,
            feedback: 0
        }
    );
    assert_eq!(
        store
            .account_profile(b.record.id, "Cy")
            .await
            .unwrap()
            .checks,
        0
    );
    secret
}

/// Whether `needle` occurs in the database file or its WAL.
fn on_disk(path: &std::path::Path, needle: &str) -> bool {
    let mut bytes = std::fs::read(path).unwrap();
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if let Ok(w) = std::fs::read(&wal) {
        bytes.extend(w);
    }
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn sqlite_erase_removes_rows_and_their_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("erase.db");
    let store = Store::open(path.to_str().unwrap()).await.unwrap();
    // The text is on disk before the erasure (so the check below can fail)...
    let key = store
        .create_key(None, Some("https://x.example"))
        .await
        .unwrap();
    store
        .insert_checks(vec![check(key.site.unwrap().id, "Dee", "probe text 7f3a")])
        .await
        .unwrap();
    assert!(on_disk(&path, "probe text 7f3a"));
    let secret = erase_contract(&store).await;
    // ...and no copy of Ann's is left in the file or the WAL afterwards.
    assert!(
        !on_disk(&path, &secret),
        "erased text still readable in the database file"
    );
    store.close().await.unwrap();

    // The rows stay gone after a reopen.
    let store = Store::open(path.to_str().unwrap()).await.unwrap();
    assert_eq!(store.count_checks().await.unwrap(), 3);
}

#[tokio::test]
async fn postgres_erase() {
    let Ok(url) = std::env::var("DISCERN_TEST_POSTGRES_URL") else {
        eprintln!(
            "note: DISCERN_TEST_POSTGRES_URL is unset; skipping the PostgreSQL erase test (scripts/server-postgres.sh runs it)"
        );
        return;
    };
    let store = Store::open(&url).await.unwrap();
    assert_eq!(store.backend_name(), "postgres");
    erase_contract(&store).await;
}
