//! The measuring crate against a real SQLite file: shipped bot list, storage, idempotency,
//! salts, site isolation, the report end to end, and the conversation read from the
//! store's own checks.

use discern_measure::attribution::Model;
use discern_measure::bots::{BotReason, BotRules};
use discern_measure::visitor::{DAY, day_of};
use discern_measure::*;

const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

#[derive(serde::Deserialize)]
struct Entry {
    pattern: String,
    instances: Vec<String>,
}

/// Every pattern of the shipped list compiles here, and every example agent it ships is
/// flagged (as a crawler or a link preview, or as a mail scanner when it names one).
#[test]
fn shipped_list_flags_every_listed_agent() {
    let rules = BotRules::shipped().unwrap();
    assert!(
        rules.skipped_patterns().is_empty(),
        "patterns Rust's regex cannot compile: {:?}",
        rules.skipped_patterns()
    );
    let entries: Vec<Entry> =
        serde_json::from_str(include_str!("../data/crawler-user-agents.json")).unwrap();
    assert!(entries.len() > 1000);
    let mut checked = 0;
    for e in &entries {
        for ua in &e.instances {
            let flag = rules.classify(false, Some(ua), None);
            assert!(
                flag.is_some(),
                "{ua:?} (pattern {:?}) passed as a person",
                e.pattern
            );
            checked += 1;
        }
    }
    assert!(checked > 2000, "{checked}");
    assert_eq!(rules.classify(false, Some(CHROME), None), None);
}

fn campaign(site_id: i64, goal: &str, target: f64) -> NewCampaign {
    NewCampaign {
        site_id,
        name: format!("{goal} campaign"),
        goal: Goal::new(GoalKind::parse(goal, None).unwrap(), None, target).unwrap(),
        currency: Some("eur".into()),
        budget: Some(200.0),
        starts_at: Some(1_000 * DAY),
        ends_at: None,
    }
}

fn click(link: &Link, id: &str, visitor: &str, at: i64, bot: Option<BotReason>) -> Click {
    Click {
        click_id: id.into(),
        link_id: link.id,
        at,
        referrer: None,
        ua_class: if bot.is_some() { "bot" } else { "mobile" },
        visitor: visitor.into(),
        bot: bot.map(|reason| BotFlag {
            reason,
            detail: "test".into(),
        }),
    }
}

fn conversion(key: &str, click_id: Option<&str>, at: i64, cents: i64) -> NewConversion {
    NewConversion {
        site_id: 1,
        idempotency_key: key.into(),
        click_id: click_id.map(str::to_string),
        visitors: vec![],
        campaign_id: None,
        kind: ConversionKind::Signup,
        amount_cents: cents,
        currency: Some("EUR".into()),
        at,
        source: ConversionSource::Api,
    }
}

#[tokio::test]
async fn campaigns_links_and_site_isolation() {
    let dir = tempfile::tempdir().unwrap();
    let db = MeasureDb::open(dir.path().join("m.db")).await.unwrap();
    let c = db
        .create_campaign(campaign(1, "signups", 50.0), 5)
        .await
        .unwrap();
    assert_eq!(
        (c.currency.as_str(), c.goal.metric),
        ("EUR", Metric::Conversions)
    );
    assert_eq!(db.campaign(Some(1), c.id).await.unwrap(), c);
    // Another site's key sees nothing, not even that it exists.
    assert!(matches!(
        db.campaign(Some(2), c.id).await,
        Err(MeasureError::NotFound(_))
    ));
    assert!(matches!(
        db.create_link(
            Some(2),
            NewLink {
                campaign_id: c.id,
                destination: "https://a.example/".into(),
                ..Default::default()
            },
            5
        )
        .await,
        Err(MeasureError::NotFound(_))
    ));
    let link = db
        .create_link(
            Some(1),
            NewLink {
                campaign_id: c.id,
                destination: "https://a.example/".into(),
                code: Some("spring".into()),
                channel: Some("mastodon".into()),
                ..Default::default()
            },
            5,
        )
        .await
        .unwrap();
    assert_eq!(db.link_by_code("spring").await.unwrap().unwrap(), link);
    let taken = db
        .create_link(
            Some(1),
            NewLink {
                campaign_id: c.id,
                destination: "https://b.example/".into(),
                code: Some("spring".into()),
                ..Default::default()
            },
            5,
        )
        .await;
    assert!(matches!(taken, Err(MeasureError::Conflict(_))), "{taken:?}");
    let generated = db
        .create_link(
            None,
            NewLink {
                campaign_id: c.id,
                destination: "https://b.example/".into(),
                ..Default::default()
            },
            5,
        )
        .await
        .unwrap();
    assert_eq!(generated.code.len(), 7);
    assert!(
        db.create_link(
            None,
            NewLink {
                campaign_id: c.id,
                destination: "javascript:x".into(),
                ..Default::default()
            },
            5
        )
        .await
        .is_err()
    );
    db.set_link_disabled("spring", true).await.unwrap();
    assert!(db.link_by_code("spring").await.unwrap().unwrap().disabled);
    assert_eq!(db.campaigns(Some(1)).await.unwrap().len(), 1);
    assert!(db.campaigns(Some(2)).await.unwrap().is_empty());
    // Reopening migrates nothing twice.
    drop(db);
    let db = MeasureDb::open(dir.path().join("m.db")).await.unwrap();
    assert_eq!(db.links(c.id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn conversions_are_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = MeasureDb::open(dir.path().join("m.db")).await.unwrap();
    let (first, replay) = db
        .insert_conversion(conversion("order-1", Some("C1"), 10, 990), 10)
        .await
        .unwrap();
    assert!(!replay);
    let (again, replay) = db
        .insert_conversion(conversion("order-1", Some("C1"), 11, 990), 11)
        .await
        .unwrap();
    assert!(replay);
    assert_eq!(again, first, "the replay answers the stored conversion");
    let other = db
        .insert_conversion(conversion("order-1", Some("C1"), 12, 1990), 12)
        .await;
    assert!(matches!(other, Err(MeasureError::Conflict(_))), "{other:?}");
    // The same key on another site is another conversion.
    let (_, replay) = db
        .insert_conversion(
            NewConversion {
                site_id: 2,
                ..conversion("order-1", Some("C1"), 10, 990)
            },
            10,
        )
        .await
        .unwrap();
    assert!(!replay);
    assert_eq!(db.conversions(1, 0).await.unwrap().len(), 1);
    let none = db
        .insert_conversion(
            NewConversion {
                click_id: None,
                ..conversion("x", None, 1, 0)
            },
            1,
        )
        .await;
    assert!(matches!(none, Err(MeasureError::Invalid(_))));
}

#[tokio::test]
async fn salts_are_stored_and_destroyed_after_48_hours() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let db = MeasureDb::open(&path).await.unwrap();
    let t0 = 20_000 * DAY + 100;
    let mut book = visitor::SaltBook::from_stored(db.salts().await.unwrap());
    db.save_rotation(book.rotate(t0), t0).await.unwrap();
    db.save_rotation(book.rotate(t0 + DAY), t0 + DAY)
        .await
        .unwrap();
    assert_eq!(db.salts().await.unwrap().len(), 2);
    let first = db.salts().await.unwrap()[1].1;
    db.save_rotation(book.rotate(t0 + 2 * DAY), t0 + 2 * DAY)
        .await
        .unwrap();
    let days: Vec<i64> = db.salts().await.unwrap().iter().map(|s| s.0).collect();
    assert_eq!(days, vec![day_of(t0) + 2, day_of(t0) + 1]);
    // Gone from the file itself (secure_delete, WAL truncated), not just unlinked.
    drop(db);
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !bytes.windows(32).any(|w| w == first),
        "a destroyed salt is still in the file"
    );
}

#[tokio::test]
async fn report_from_the_database_with_the_conversation_from_checks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("discern.db");
    // The store's own tables first, as `discern serve` makes them.
    let store = discern_store::Store::open(&path.display().to_string())
        .await
        .unwrap();
    let key = store
        .create_key(None, Some("https://shop.example"))
        .await
        .unwrap();
    let site = key.site.unwrap().id;
    let check =
        |post: &str, author: &str, parent: Option<&str>, label: &str| discern_store::NewCheck {
            site_id: site,
            post_id: Some(post.into()),
            author: Some(author.into()),
            content: "text".into(),
            kind: "comment".into(),
            parent_id: parent.map(str::to_string),
            thread_id: Some("p1".into()),
            label: label.into(),
            scores: "{}".into(),
            signals: "[]".into(),
            model_version: "test".into(),
            created_at: 1,
            ..Default::default()
        };
    store
        .insert_checks(vec![
            check("p1", "shop", None, "marketing"),
            check("r1", "ann", Some("p1"), "social"),
            check("r2", "shop", Some("r1"), "social"),
            check("r3", "spammy", Some("p1"), "spam"),
            // Another thread's post: not part of this conversation.
            discern_store::NewCheck {
                thread_id: Some("other".into()),
                ..check("other", "zed", None, "social")
            },
        ])
        .await
        .unwrap();

    let db = MeasureDb::open(&path).await.unwrap();
    let c = db
        .create_campaign(
            NewCampaign {
                site_id: site,
                ..campaign(site, "signups", 4.0)
            },
            5,
        )
        .await
        .unwrap();
    let t = c.starts_at;
    let mk = |code: &str, channel: &str, post: Option<&str>| NewLink {
        campaign_id: c.id,
        destination: "https://shop.example/join".into(),
        code: Some(code.into()),
        channel: Some(channel.into()),
        post_id: post.map(str::to_string),
        ..Default::default()
    };
    let social = db
        .create_link(Some(site), mk("soc", "mastodon", Some("p1")), t)
        .await
        .unwrap();
    let mail = db
        .create_link(Some(site), mk("mail", "newsletter", None), t)
        .await
        .unwrap();
    db.insert_clicks(vec![
        click(&social, "s1", "v1", t + 10, None),
        click(&social, "s2", "v1", t + 100, None), // repeat
        click(&social, "s3", "v2", t + 200, None),
        click(&social, "h1", "v1", t + 11, Some(BotReason::HeadRequest)),
        click(&social, "h2", "v1", t + 12, Some(BotReason::HeadRequest)),
        click(&mail, "m1", "v3", t + 300, None),
        click(&mail, "x1", "v9", t + 301, Some(BotReason::MailScanner)),
        click(&mail, "old", "v4", t - 10, None), // before the campaign: not in it
    ])
    .await
    .unwrap();
    assert_eq!(db.count_clicks().await.unwrap(), 8);
    for (key, click_id, at) in [
        ("a", "s1", t + 2 * DAY),
        ("b", "m1", t + 3 * DAY),
        ("c", "s3", t + 31 * DAY), // 31 days after its click: unattributed
    ] {
        db.insert_conversion(
            NewConversion {
                site_id: site,
                ..conversion(key, Some(click_id), at, 0)
            },
            at,
        )
        .await
        .unwrap();
    }
    let r = service::report(&db, Some(site), c.id, ReportOptions::default())
        .await
        .unwrap();
    assert_eq!(
        (
            r.clicks.total,
            r.clicks.human,
            r.clicks.repeats,
            r.clicks.bot
        ),
        (7, 3, 1, 3)
    );
    assert_eq!(r.clicks.bot_reasons.get("head_request"), Some(&2));
    assert_eq!(r.clicks.bot_reasons.get("mail_scanner"), Some(&1));
    assert_eq!(
        (r.conversions.count, r.conversions.attribution.conversions),
        (3, 2.0)
    );
    assert_eq!(r.conversions.unattributed.count, 1);
    assert_eq!((r.goal.value, r.goal.progress), (2.0, 0.5));
    assert_eq!(r.marketing.cost_per_conversion, Some(100.0));
    assert_eq!(
        (r.social.posts, r.social.replies, r.social.distinct_repliers),
        (1, 3, 2)
    );
    assert_eq!(
        (
            r.social.answered,
            r.social.spam_replies,
            r.social.thread_depth
        ),
        (1, 1, 2)
    );
    let lines: Vec<_> = r
        .channels
        .iter()
        .map(|c| (c.channel.as_str(), c.human_clicks, c.bot_clicks))
        .collect();
    assert_eq!(lines, vec![("mastodon", 2, 2), ("newsletter", 1, 1)]);
    // A longer lookback brings the late conversion in.
    let long = service::report(
        &db,
        Some(site),
        c.id,
        ReportOptions {
            lookback_days: 60,
            model: Model::FirstClick,
            all_models: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(
        (
            long.conversions.attribution.conversions,
            long.conversions.unattributed.count
        ),
        (3.0, 0)
    );
    assert!(matches!(
        service::report(&db, Some(site + 1), c.id, ReportOptions::default()).await,
        Err(MeasureError::NotFound(_))
    ));
}

/// The store's writer shares the database file. While it commits read-then-write
/// transactions every half millisecond, every click batch is still written: a write
/// transaction that took its lock late failed at once with "database is locked" and lost
/// its batch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn click_batches_survive_another_writer_on_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let db = MeasureDb::open(&path).await.unwrap();
    let site = 1;
    let c = db
        .create_campaign(campaign(site, "signups", 10.0), 1_000 * DAY)
        .await
        .unwrap();
    let link = db
        .create_link(
            Some(site),
            NewLink {
                campaign_id: c.id,
                destination: "https://shop.example/".into(),
                code: Some("w".into()),
                ..Default::default()
            },
            1_000 * DAY,
        )
        .await
        .unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (started, running) = std::sync::mpsc::channel();
    let other = {
        let stop = stop.clone();
        let path = path.clone();
        std::thread::spawn(move || {
            let mut conn = rusqlite::Connection::open(path).unwrap();
            conn.busy_timeout(std::time::Duration::from_secs(5))
                .unwrap();
            conn.execute_batch("CREATE TABLE other_writer (n INTEGER)")
                .unwrap();
            let mut commits = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let tx = conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                    .unwrap();
                let n: i64 = tx
                    .query_row("SELECT COUNT(*) FROM other_writer", [], |r| r.get(0))
                    .unwrap();
                tx.execute("INSERT INTO other_writer (n) VALUES (?1)", [n])
                    .unwrap();
                tx.commit().unwrap();
                if commits == 0 {
                    started.send(()).unwrap();
                }
                commits += 1;
                // A busy writer, not one that never lets go: SQLite's busy wait is not
                // fair, and back-to-back commits could starve any other writer.
                std::thread::sleep(std::time::Duration::from_micros(500));
            }
            commits
        })
    };
    // Clicks are written only once the other writer is committing.
    running.recv().unwrap();
    let batches = 200;
    for b in 0..batches {
        let at = 1_000 * DAY + b;
        db.insert_clicks(vec![
            click(&link, &format!("a{b}"), "v1", at, None),
            click(&link, &format!("b{b}"), "v2", at, None),
        ])
        .await
        .unwrap_or_else(|e| panic!("batch {b}: {e}"));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let commits = other.join().unwrap();
    assert!(commits > 0);
    assert_eq!(db.count_clicks().await.unwrap(), 2 * batches as u64);
}
