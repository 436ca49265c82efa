//! The store's contract, run against SQLite always and PostgreSQL when
//! `DISCERN_TEST_POSTGRES_URL` names a throwaway database (see scripts/server-postgres.sh).

use discern_store::*;

fn check(site_id: i64, author: &str, label: &str, created_at: i64) -> NewCheck {
    NewCheck {
        site_id,
        author: Some(author.into()),
        content: format!("text by {author}"),
        kind: "reply".into(),
        label: label.into(),
        scores: r#"{"spam":0.9}"#.into(),
        signals: "[]".into(),
        model_version: "m1".into(),
        source: Some(CheckSource::Akismet),
        created_at,
        ..Default::default()
    }
}

fn feedback(site_id: i64, label: &str, source: FeedbackSource) -> NewFeedback {
    NewFeedback {
        site_id,
        post_id: None,
        author: Some("bob".into()),
        content: "buy cheap pills".into(),
        label: label.into(),
        source,
        is_test: false,
        created_at: now(),
        dedupe_key: None,
        check_id: None,
        author_email: None,
        author_ip: None,
    }
}

/// Moderation: settings per site (off by default), the review queue, the label mix per
/// day and the shadow-mode summary, one site never seeing another's checks.
async fn moderation(store: &Store) {
    let key = store
        .create_key(None, Some("https://mod.example"))
        .await
        .unwrap();
    let site = key.site.unwrap();
    let other = store
        .site(key.record.id, "https://other.example")
        .await
        .unwrap();
    assert_eq!(site.moderation, Moderation::default(), "off by default");

    let band = UnsureBand::new(0.4, 0.8).unwrap();
    assert!(UnsureBand::new(0.8, 0.4).is_err());
    assert!(UnsureBand::new(-0.1, 0.4).is_err());
    assert!(band.contains(0.4) && band.contains(0.79) && !band.contains(0.8));
    assert!(!band.contains(0.39));
    assert!(UnsureBand::new(0.6, 1.0).unwrap().contains(1.0));
    let settings = Moderation {
        unsure: Some(band),
        shadow_since: Some(1_000),
    };
    store.set_moderation(site.id, settings).await.unwrap();
    let reread = store
        .site(key.record.id, "https://mod.example")
        .await
        .unwrap();
    assert_eq!(reread.moderation, settings);
    assert!(matches!(
        store.set_moderation(999_999, settings).await,
        Err(StoreError::NotFound(_))
    ));

    let day = (now() / 86_400 - 3) * 86_400;
    let flagged = |author: &str, label: &str, at: i64, flag: ReviewFlag| NewCheck {
        review: Some(flag),
        factors: Some(r#"{"promotes":0.7}"#.into()),
        ..check(site.id, author, label, at)
    };
    store
        .insert_checks(vec![
            check(site.id, "ann", "social", day + 10),
            flagged("bot1", "spam", day + 20, ReviewFlag::Shadow),
            flagged("bot2", "spam", day + 86_400 + 5, ReviewFlag::Shadow),
            flagged("amy", "social", day + 86_400 + 6, ReviewFlag::Unsure),
            check(other.id, "zed", "spam", day + 30),
        ])
        .await
        .unwrap();
    let all = store.recent_checks(site.id, false, 10).await.unwrap();
    let authors: Vec<_> = all.iter().map(|c| c.author.as_deref().unwrap()).collect();
    assert_eq!(
        authors,
        ["amy", "bot2", "bot1", "ann"],
        "newest first, this site only"
    );
    assert_eq!(all[0].review.as_deref(), Some("unsure"));
    assert_eq!(all[0].factors.as_deref(), Some(r#"{"promotes":0.7}"#));
    assert_eq!(all[3].review, None);
    assert_eq!(
        store.recent_checks(site.id, false, 2).await.unwrap().len(),
        2
    );
    assert_eq!(
        store.recent_checks(site.id, true, 10).await.unwrap().len(),
        3
    );
    let zed = store.recent_checks(other.id, false, 10).await.unwrap()[0].id;
    assert!(
        store.check(site.id, zed).await.unwrap().is_none(),
        "another site's check"
    );
    let bot1 = all[2].id;
    assert_eq!(
        store
            .check(site.id, bot1)
            .await
            .unwrap()
            .unwrap()
            .author
            .as_deref(),
        Some("bot1")
    );

    // A person reviews two shadow catches: one confirmed, one not spam after all (the
    // newest review counts).
    let review = |check_id: i64, label: &str| NewFeedback {
        check_id: Some(check_id),
        dedupe_key: Some(format!("review:{check_id}:{label}")),
        ..feedback(site.id, label, FeedbackSource::Correction)
    };
    let bot2 = all[1].id;
    for item in [
        review(bot1, "spam"),
        review(bot2, "spam"),
        review(bot2, "social"),
    ] {
        store
            .commit_feedback(FeedbackBatch {
                site_id: site.id,
                items: vec![item],
                adapter: None,
            })
            .await
            .unwrap();
    }
    let queue = store.recent_checks(site.id, true, 10).await.unwrap();
    assert_eq!(queue.len(), 1, "reviewed checks leave the queue");
    assert_eq!(queue[0].author.as_deref(), Some("amy"));
    let reviewed = store.check(site.id, bot2).await.unwrap().unwrap();
    assert_eq!(reviewed.reviewed.as_deref(), Some("social"));

    let summary = store.shadow_summary(site.id, day).await.unwrap();
    assert_eq!(
        summary,
        ShadowSummary {
            checks: 4,
            would_catch: 2,
            confirmed_spam: 1,
            said_not_spam: 1
        }
    );
    let later = store.shadow_summary(site.id, day + 86_400).await.unwrap();
    assert_eq!((later.checks, later.would_catch), (2, 1));

    let mix = store.label_mix(site.id, day).await.unwrap();
    let rows: Vec<_> = mix
        .iter()
        .map(|d| (d.day, d.label.as_str(), d.count))
        .collect();
    assert_eq!(
        rows,
        [
            (day, "social", 1),
            (day, "spam", 1),
            (day + 86_400, "social", 1),
            (day + 86_400, "spam", 1)
        ]
    );

    store
        .set_moderation(site.id, Moderation::default())
        .await
        .unwrap();
    let off = store
        .site(key.record.id, "https://mod.example")
        .await
        .unwrap();
    assert_eq!(off.moderation, Moderation::default(), "turned off again");
}

/// Everything the server relies on, against one store.
async fn exercise(store: &Store) {
    store.ping().await.unwrap();
    let salt = store.salt().await.unwrap();
    assert_eq!(salt, store.salt().await.unwrap(), "salt is stable");
    assert_eq!(
        hash_pii(&salt, "A@Example.com "),
        hash_pii(&salt, "a@example.com")
    );

    // Keys: shown once, stored hashed, verifiable, revocable.
    let k1 = store
        .create_key(Some(50), Some("https://blog.example"))
        .await
        .unwrap();
    let k2 = store.create_key(None, None).await.unwrap();
    assert!(is_well_formed_key(&k1.key));
    assert_eq!(k1.record.prefix, &k1.key[..4]);
    assert_eq!(
        store.verify_key(&k1.key).await.unwrap().unwrap().id,
        k1.record.id
    );
    assert_eq!(
        store.verify_key(&k1.key).await.unwrap().unwrap().rate_limit,
        Some(50)
    );
    assert!(store.verify_key("zzzzzzzzzzzz").await.unwrap().is_none());
    assert!(store.verify_key("short").await.unwrap().is_none());
    assert!(store.verify_key("'; DROP TABLE").await.unwrap().is_none());
    let keys = store.list_keys().await.unwrap();
    assert!(keys.iter().any(|k| k.id == k2.record.id));

    // Sites: get-or-create, per key.
    let s1 = k1.site.clone().unwrap();
    assert_eq!(
        store
            .site(k1.record.id, "https://blog.example")
            .await
            .unwrap()
            .id,
        s1.id
    );
    let s2 = store
        .site(k2.record.id, "https://other.example")
        .await
        .unwrap();
    assert_ne!(s1.id, s2.id);
    assert_eq!(store.sites_for_key(k1.record.id).await.unwrap().len(), 1);
    store.set_share_feedback(s2.id, true).await.unwrap();
    assert!(store.sites_for_key(k2.record.id).await.unwrap()[0].share_feedback);

    // Checks, profiles, usage, key-sites stats; a key sees only its own sites.
    let t = now();
    let mut test_check = check(s1.id, "alice", "spam", t);
    test_check.is_test = true;
    store
        .insert_checks(vec![
            check(s1.id, "alice", "social", t),
            check(s1.id, "alice", "spam", t),
            check(s1.id, "alice", "spam", t),
            check(s2.id, "alice", "marketing", t),
            test_check,
        ])
        .await
        .unwrap();
    let p = store.account_profile(k1.record.id, "alice").await.unwrap();
    assert_eq!(p.checks, 3);
    assert_eq!(
        p.labels,
        vec![("social".to_string(), 1), ("spam".to_string(), 2)]
    );
    let p2 = store.account_profile(k2.record.id, "alice").await.unwrap();
    assert_eq!(p2.labels, vec![("marketing".to_string(), 1)]);
    assert_eq!(store.usage(k1.record.id, t - 10).await.unwrap(), 3);

    // Feedback is durable and feeds the key-sites report.
    let f1 = store
        .insert_feedback(feedback(s1.id, "spam", FeedbackSource::SubmitSpam))
        .await
        .unwrap();
    let f2 = store
        .insert_feedback(feedback(s1.id, "social", FeedbackSource::SubmitHam))
        .await
        .unwrap();
    assert!(f2 > f1);
    let rows = store.feedback_for_site(s1.id).await.unwrap();
    assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), vec![f1, f2]);
    let stats = store
        .site_stats(k1.record.id, t - 10, t + 10)
        .await
        .unwrap();
    assert_eq!(
        stats,
        vec![SiteStats {
            site: "https://blog.example".into(),
            api_calls: 3,
            spam: 2,
            ham: 1,
            missed_spam: 1,
            false_positives: 1,
            is_revoked: false
        }]
    );

    // Adapters: versions, audit, rollback, model-version guard.
    let scope = AdapterScope::Site(s1.id);
    assert!(store.latest_adapter(scope, "m1").await.unwrap().is_none());
    let new = |bytes: &[u8], ids: Vec<i64>| NewAdapter {
        scope,
        model_version: "m1".into(),
        bytes: bytes.to_vec(),
        updates: ids.len() as u64,
        reason: "learn".into(),
        site_id: Some(s1.id),
        feedback_ids: ids,
        base_version: None,
    };
    assert_eq!(store.save_adapter(new(b"v1", vec![f1])).await.unwrap(), 1);
    assert_eq!(store.save_adapter(new(b"v2", vec![f2])).await.unwrap(), 2);
    assert_eq!(
        store
            .latest_adapter(scope, "m1")
            .await
            .unwrap()
            .unwrap()
            .bytes,
        b"v2"
    );
    assert!(
        store.latest_adapter(scope, "m2").await.unwrap().is_none(),
        "other model's adapter is ignored"
    );
    let back = store.rollback_adapter(scope, 1, Some(s1.id)).await.unwrap();
    assert_eq!(back.version, 3);
    assert_eq!(
        store
            .latest_adapter(scope, "m1")
            .await
            .unwrap()
            .unwrap()
            .bytes,
        b"v1"
    );
    assert!(matches!(
        store.rollback_adapter(scope, 99, None).await,
        Err(StoreError::NotFound(_))
    ));
    let versions: Vec<i64> = store
        .list_adapters(scope)
        .await
        .unwrap()
        .iter()
        .map(|a| a.version)
        .collect();
    assert_eq!(versions, vec![3, 2, 1]);
    let audit = store.audit(scope).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .map(|a| (a.adapter_version, a.feedback_id, a.action.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (1, Some(f1), "learn"),
            (2, Some(f2), "learn"),
            (3, None, "rollback to 1")
        ]
    );
    assert!(
        store
            .latest_adapter(AdapterScope::Global, "m1")
            .await
            .unwrap()
            .is_none(),
        "global scope is separate"
    );

    // Revocation.
    let revoked = store.revoke_key(&k2.key).await.unwrap();
    assert!(revoked.revoked_at.is_some());
    assert!(store.verify_key(&k2.key).await.unwrap().is_none());
    assert!(matches!(
        store.revoke_key(&k2.key).await,
        Err(StoreError::NotFound(_))
    ));

    // Retention really deletes.
    let before = store.count_checks().await.unwrap();
    store
        .insert_checks(vec![check(s1.id, "old", "spam", t - 40 * 86_400)])
        .await
        .unwrap();
    assert_eq!(store.count_checks().await.unwrap(), before + 1);
    assert_eq!(store.purge_checks_older_than(30).await.unwrap(), 1);
    assert_eq!(store.count_checks().await.unwrap(), before);
    assert_eq!(
        store
            .account_profile(k1.record.id, "old")
            .await
            .unwrap()
            .checks,
        0
    );
    feedback_batches(store).await;
    moderation(store).await;
    store.close().await.unwrap();
}

/// Feedback batches: rows and adapter commit together or not at all; idempotency keys;
/// the adapter's base-version guard; bounded adapter history; the write probe.
async fn feedback_batches(store: &Store) {
    store.check_writable().await.unwrap();
    let key = store
        .create_key(None, Some("https://batch.example"))
        .await
        .unwrap();
    let site = key.site.unwrap();
    let scope = AdapterScope::Site(site.id);
    let item = |k: &str| NewFeedback {
        dedupe_key: Some(k.into()),
        ..feedback(site.id, "spam", FeedbackSource::Correction)
    };
    let adapter = |bytes: &[u8], base: i64| NewAdapter {
        scope,
        model_version: "m1".into(),
        bytes: bytes.to_vec(),
        updates: 1,
        reason: "learn".into(),
        site_id: Some(site.id),
        feedback_ids: Vec::new(),
        base_version: Some(base),
    };
    let done = store
        .commit_feedback(FeedbackBatch {
            site_id: site.id,
            items: vec![item("a"), item("b")],
            adapter: Some(adapter(b"v1", 0)),
        })
        .await
        .unwrap();
    assert_eq!(done.feedback_ids.len(), 2);
    assert_eq!(done.adapter_version, Some(1));
    let audit: Vec<_> = store
        .audit(scope)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.feedback_id)
        .collect();
    assert_eq!(
        audit,
        done.feedback_ids
            .iter()
            .map(|&i| Some(i))
            .collect::<Vec<_>>(),
        "one audit row per committed feedback id"
    );
    let mut known = store
        .existing_feedback(site.id, vec!["a".into(), "z".into(), "b".into()])
        .await
        .unwrap();
    known.sort();
    assert_eq!(
        known,
        vec![
            ("a".to_string(), done.feedback_ids[0]),
            ("b".to_string(), done.feedback_ids[1])
        ]
    );

    // A batch repeating a stored id is refused whole: no row, no adapter version.
    let rows_before = store.feedback_for_site(site.id).await.unwrap().len();
    let err = store
        .commit_feedback(FeedbackBatch {
            site_id: site.id,
            items: vec![item("c"), item("a")],
            adapter: Some(adapter(b"v2", 1)),
        })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    // So is an adapter learned on a version that is no longer the newest.
    let err = store
        .commit_feedback(FeedbackBatch {
            site_id: site.id,
            items: vec![item("d")],
            adapter: Some(adapter(b"v2", 0)),
        })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(
        store.feedback_for_site(site.id).await.unwrap().len(),
        rows_before,
        "a refused batch leaves no row behind"
    );
    assert_eq!(store.adapter_head(scope).await.unwrap(), 1);

    // Bounded history: only the newest versions stay.
    let pruned = store.clone().keep_adapter_versions(Some(2));
    for (i, base) in (1..=4).enumerate() {
        let v = pruned
            .commit_feedback(FeedbackBatch {
                site_id: site.id,
                items: vec![item(&format!("p{i}"))],
                adapter: Some(adapter(format!("v{}", base + 1).as_bytes(), base)),
            })
            .await
            .unwrap();
        assert_eq!(v.adapter_version, Some(base + 1));
    }
    let versions: Vec<i64> = store
        .list_adapters(scope)
        .await
        .unwrap()
        .iter()
        .map(|a| a.version)
        .collect();
    assert_eq!(versions, vec![5, 4]);
    assert!(matches!(
        pruned.rollback_adapter(scope, 2, None).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        pruned
            .rollback_adapter(scope, 4, None)
            .await
            .unwrap()
            .version,
        6
    );
    assert_eq!(store.list_adapters(scope).await.unwrap().len(), 2);
}

#[tokio::test]
async fn sqlite_contract() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("d.db").to_str().unwrap())
        .await
        .unwrap();
    assert_eq!(store.backend_name(), "sqlite");
    exercise(&store).await;
}

#[tokio::test]
async fn sqlite_reopen_keeps_data_and_salt() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let (key, salt) = {
        let store = Store::open(&url).await.unwrap();
        let k = store
            .create_key(None, Some("https://a.example"))
            .await
            .unwrap();
        (k.key, store.salt().await.unwrap())
    };
    let store = Store::open(&url).await.unwrap();
    assert!(store.verify_key(&key).await.unwrap().is_some());
    assert_eq!(store.salt().await.unwrap(), salt);
}

#[tokio::test]
async fn sqlite_read_only_gives_clean_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    {
        let store = Store::open(path.to_str().unwrap()).await.unwrap();
        store
            .create_key(None, Some("https://a.example"))
            .await
            .unwrap();
        store.close().await.unwrap();
    }
    let store = Store::open(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .unwrap();
    store.ping().await.unwrap();
    let err = store.check_writable().await.unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err:?}");
    let err = store.create_key(None, None).await.unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err:?}");
    assert!(err.is_unavailable());
}

#[tokio::test]
async fn not_a_database_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.db");
    std::fs::write(
        &path,
        b"this is not sqlite, just some bytes that are long enough to be a header....",
    )
    .unwrap();
    assert!(Store::open(path.to_str().unwrap()).await.is_err());
    assert!(matches!(
        Store::open("sqlite://").await,
        Err(StoreError::InvalidUrl(_))
    ));
}

#[tokio::test]
async fn postgres_contract() {
    let Ok(url) = std::env::var("DISCERN_TEST_POSTGRES_URL") else {
        eprintln!(
            "note: DISCERN_TEST_POSTGRES_URL is unset; skipping the PostgreSQL store test (scripts/server-postgres.sh runs it)"
        );
        return;
    };
    let store = Store::open(&url).await.unwrap();
    assert_eq!(store.backend_name(), "postgres");
    exercise(&store).await;

    // The database drops every connection (as a restart or failover does): the store
    // reconnects on its own instead of failing from then on.
    let (admin, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let killed = admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    assert!(killed >= 1, "the store's connections were there to kill");
    store.ping().await.unwrap();
    store.check_writable().await.unwrap();
    let key = store
        .create_key(None, Some("https://after.example"))
        .await
        .unwrap();
    assert!(store.verify_key(&key.key).await.unwrap().is_some());

    // TLS: `sslmode=require` encrypts and verifies the server's certificate.
    let Ok(ca) = std::env::var("DISCERN_TEST_POSTGRES_CA") else {
        return;
    };
    let tls_connections = || async {
        admin
            .query_one(
                "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                 WHERE s.ssl AND a.datname = current_database()",
                &[],
            )
            .await
            .unwrap()
            .get::<_, i64>(0)
    };
    assert_eq!(tls_connections().await, 0);
    let tls = Store::open(&format!("{url}?sslmode=require&sslrootcert={ca}"))
        .await
        .unwrap();
    assert!(tls.verify_key(&key.key).await.unwrap().is_some());
    assert!(
        tls_connections().await >= 1,
        "the store's connection uses TLS"
    );
    // Not trusted (the system roots do not know this certificate): refused, not downgraded.
    assert!(
        Store::open(&format!("{url}?sslmode=require"))
            .await
            .is_err()
    );
}
