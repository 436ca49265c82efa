//! Moderation through the real server: the unsure band and shadow mode change what
//! Akismet is told (and only when a site asks), the queue shows why each verdict was
//! given, a person's review is learned like submit-spam/submit-ham, and the dashboard's
//! page and assets come from the binary.

use discern_store::FeedbackSource;
use serde_json::{Value, json};

use crate::common::{BLOG, HAM, SPAM, TestServer};

fn site(path: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}site={BLOG}")
}

async fn check(s: &TestServer, text: &str) -> (String, Option<String>) {
    let r = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", text),
                ("comment_type", "comment"),
                ("user_ip", "192.0.2.7"),
                ("user_agent", "Mozilla/5.0"),
                ("referrer", "https://blog.example/"),
                ("permalink", "https://blog.example/roses"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    let tip = r.header("x-akismet-pro-tip").map(str::to_string);
    (r.body, tip)
}

async fn queue(s: &TestServer, status: &str) -> Vec<Value> {
    s.state.flush().await;
    let r = s
        .api(
            "GET",
            &site(&format!("/v1/moderation/queue?status={status}")),
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["checks"].as_array().unwrap().clone()
}

async fn review(s: &TestServer, id: i64, body: Value) -> crate::common::Reply {
    s.api(
        "POST",
        &site(&format!("/v1/moderation/checks/{id}")),
        Some(body),
    )
    .await
}

async fn settings(s: &TestServer, body: Value) -> (u16, Value) {
    let r = s
        .api("PUT", &site("/v1/moderation/settings"), Some(body))
        .await;
    (
        r.status,
        serde_json::from_str(&r.body).unwrap_or(Value::Null),
    )
}

fn p_spam(check: &Value) -> f64 {
    check["scores"]["spam"].as_f64().unwrap()
}

#[tokio::test]
async fn unsure_band_answers_false_and_flags_for_review() {
    let s = TestServer::start().await;
    // Off by default: the verdict's own answer, nothing flagged.
    let r = s.api("GET", &site("/v1/moderation/settings"), None).await;
    assert_eq!(
        r.json(),
        json!({"unsure": null, "shadow": false, "shadow_since": null})
    );
    assert_eq!(check(&s, SPAM).await.0, "true");
    assert_eq!(check(&s, HAM).await.0, "false");
    let all = queue(&s, "all").await;
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|c| c["review"].is_null()));
    assert!(queue(&s, "review").await.is_empty());
    let (spam, ham) = (&all[1], &all[0]);
    assert_eq!(spam["label"], "spam");
    let p = p_spam(spam);
    assert!(p_spam(ham) < p);

    // Why: the judgement first, then the factors behind it.
    assert!(
        spam["judged"].as_str().unwrap().starts_with("judged: spam"),
        "{spam}"
    );
    assert_eq!(spam["signals"][0], spam["judged"]);
    assert!(spam["factors"]["promotes"].as_f64().is_some(), "{spam}");

    // A band around this spam's probability: answered "false", flagged as unsure.
    let band = json!({"low": (p_spam(ham) + p) / 2.0, "high": 1.0});
    let (status, now) = settings(&s, json!({"unsure": band, "shadow": false})).await;
    assert_eq!(status, 200, "{now}");
    assert_eq!(now["unsure"], band);
    let (answer, tip) = check(&s, SPAM).await;
    assert_eq!((answer.as_str(), tip), ("false", None));
    // Below the band nothing changes.
    assert_eq!(check(&s, HAM).await.0, "false");
    let flagged = queue(&s, "review").await;
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert_eq!(flagged[0]["review"], "unsure");
    assert_eq!(flagged[0]["label"], "spam", "the verdict itself is kept");

    // A band that ends below this spam's probability leaves it "true".
    settings(
        &s,
        json!({"unsure": {"low": 0.0, "high": p_spam(ham) + 1e-6}, "shadow": false}),
    )
    .await;
    assert_eq!(check(&s, SPAM).await.0, "true");

    // Bad bands are refused; settings persist in the store.
    for bad in [
        json!({"unsure": {"low": 0.8, "high": 0.2}, "shadow": false}),
        json!({"unsure": {"low": -1, "high": 0.2}, "shadow": false}),
        json!({"shadow": "yes"}),
    ] {
        assert_eq!(settings(&s, bad.clone()).await.0, 400, "{bad}");
    }
    let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
    let stored = s.store.site(key.id, BLOG).await.unwrap().moderation;
    assert!(stored.unsure.is_some() && stored.shadow_since.is_none());
    let r = s
        .json(
            "PUT",
            &site("/v1/moderation/settings"),
            None,
            Some(json!({"shadow": true})),
        )
        .await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn shadow_mode_logs_what_it_would_have_caught() {
    let s = TestServer::start().await;
    let r = s.api("GET", &site("/v1/moderation/shadow"), None).await;
    assert_eq!(r.json(), json!({"shadow": false}));
    let (status, on) = settings(&s, json!({"unsure": null, "shadow": true})).await;
    assert_eq!(status, 200);
    let since = on["shadow_since"].as_i64().unwrap();
    // Spam, even with a filled honeypot (a certain catch), is answered "not spam".
    let (answer, tip) = check(&s, SPAM).await;
    assert_eq!((answer.as_str(), tip), ("false", None));
    let honeypot = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("honeypot_field_name", "hp"),
                ("hp", "filled"),
            ],
        )
        .await;
    assert_eq!(honeypot.body, "false");
    assert_eq!(check(&s, HAM).await.0, "false");
    // Turning it on again keeps the start of the trial.
    let (_, again) = settings(&s, json!({"unsure": null, "shadow": true})).await;
    assert_eq!(again["shadow_since"], since);

    let flagged = queue(&s, "review").await;
    assert_eq!(flagged.len(), 2, "{flagged:?}");
    assert!(flagged.iter().all(|c| c["review"] == "shadow"));

    // A person confirms one catch and says the other was fine.
    let (a, b) = (
        flagged[0]["id"].as_i64().unwrap(),
        flagged[1]["id"].as_i64().unwrap(),
    );
    assert_eq!(review(&s, a, json!({"label": "spam"})).await.status, 200);
    assert_eq!(review(&s, b, json!({"label": "social"})).await.status, 200);
    let r = s.api("GET", &site("/v1/moderation/shadow"), None).await;
    assert_eq!(
        r.json(),
        json!({"shadow": true, "since": since, "checks": 3, "would_catch": 2,
               "would_catch_share": 0.6667, "reviewed": 2, "confirmed_spam": 1, "said_not_spam": 1})
    );
    assert!(
        queue(&s, "review").await.is_empty(),
        "reviewed checks leave the queue"
    );

    // Off again: enforcing as before.
    settings(&s, json!({"unsure": null, "shadow": false})).await;
    assert_eq!(check(&s, SPAM).await.0, "true");
}

#[tokio::test]
async fn reviews_are_learned_like_akismet_feedback() {
    let s = TestServer::start().await;
    check(&s, SPAM).await;
    check(&s, HAM).await;
    let all = queue(&s, "all").await;
    let (ham, spam) = (
        all[0]["id"].as_i64().unwrap(),
        all[1]["id"].as_i64().unwrap(),
    );

    // Confirming the spam verdict: stored, learned into the site's adapter.
    let r = review(&s, spam, json!({"label": "spam"})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(
        (
            v["status"].as_str(),
            v["confirmed"].as_bool(),
            v["source"].as_str()
        ),
        (Some("stored"), Some(true), Some("correction"))
    );
    assert_eq!(
        (v["learned"].as_u64(), v["adapter_version"].as_i64()),
        (Some(1), Some(1))
    );
    // A retry is a duplicate: nothing stored or learned twice.
    let again = review(&s, spam, json!({"label": "spam"})).await.json();
    assert_eq!(again["status"], "duplicate");
    assert_eq!(again["feedback_row"], v["feedback_row"]);
    assert_eq!(again["adapter_version"], 1);

    // Correcting the ham to spam counts as a submit-spam (missed spam), as Akismet would.
    let corrected = review(&s, ham, json!({"label": "spam"})).await.json();
    assert_eq!(corrected["source"], "submit-spam");
    assert_eq!(corrected["adapter_version"], 2);
    let adapters = s.api("GET", &site("/v1/adapters"), None).await.json();
    assert_eq!(adapters["current"], 2);

    let key = s.store.verify_key(&s.key).await.unwrap().unwrap();
    let blog = s.store.site(key.id, BLOG).await.unwrap();
    let rows = s.store.feedback_for_site(blog.id).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].source, FeedbackSource::SubmitSpam.as_str());
    assert_eq!(rows[1].content, all[0]["content"].as_str().unwrap());
    // The audit names the feedback rows each adapter version learned.
    let audit = s
        .store
        .audit(discern_store::AdapterScope::Site(blog.id))
        .await
        .unwrap();
    assert_eq!(
        audit.iter().map(|a| a.feedback_id).collect::<Vec<_>>(),
        [Some(rows[0].id), Some(rows[1].id)]
    );
    let reviewed = queue(&s, "all").await;
    assert_eq!(reviewed[0]["reviewed"], "spam");

    // Refusals: an unknown label, another site's check, a missing check, no key.
    assert_eq!(review(&s, ham, json!({"label": "eggs"})).await.status, 400);
    assert_eq!(review(&s, ham, json!({"labels": "spam"})).await.status, 400);
    assert_eq!(
        review(&s, 999_999, json!({"label": "spam"})).await.status,
        404
    );
    let other = s
        .api(
            "POST",
            &format!("/v1/moderation/checks/{ham}?site=https://other.example"),
            Some(json!({"label": "spam"})),
        )
        .await;
    assert_eq!(other.status, 404, "another site's check is a missing one");
    let anon = s
        .json(
            "POST",
            &site(&format!("/v1/moderation/checks/{ham}")),
            None,
            Some(json!({"label": "spam"})),
        )
        .await;
    assert_eq!(anon.status, 401);
}

#[tokio::test]
async fn content_mix_counts_the_sites_verdicts() {
    let s = TestServer::start().await;
    check(&s, SPAM).await;
    check(&s, SPAM).await;
    check(&s, HAM).await;
    // Test calls are left out.
    s.akismet(
        "/1.1/comment-check",
        &[("comment_content", SPAM), ("is_test", "1")],
    )
    .await;
    s.state.flush().await;
    let mix = s
        .api("GET", &site("/v1/content-mix?days=7"), None)
        .await
        .json();
    let labels: Vec<&str> = mix["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(labels.contains(&"spam") && labels.contains(&"social"));
    assert_eq!(mix["totals"]["spam"], 2, "{mix}");
    let all: u64 = mix["totals"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(all, 3);
    assert_eq!(mix["days"].as_array().unwrap().len(), 1);
    let sites = s.api("GET", "/v1/sites", None).await.json();
    assert_eq!(sites["sites"][0]["url"], BLOG);
    assert_eq!(sites["sites"][0]["moderation"]["shadow"], false);
}

#[tokio::test]
async fn dashboard_is_served_from_the_binary() {
    let s = TestServer::start().await;
    let page = s.get("/").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"));
    assert!(page.body.contains("<script src=\"/dashboard/app.js\""));
    assert!(page.body.contains("<label for=\"key\""));
    for (path, kind) in [
        ("/dashboard/app.js", "text/javascript; charset=utf-8"),
        ("/dashboard/app.css", "text/css; charset=utf-8"),
    ] {
        let r = s.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(kind));
        assert!(!r.body.is_empty());
    }
    // Nothing is fetched from elsewhere: no absolute URL in any asset (the SVG namespace
    // is a name, never fetched).
    for path in ["/", "/dashboard/app.js", "/dashboard/app.css"] {
        let body = s
            .get(path)
            .await
            .body
            .replace("http://www.w3.org/2000/svg", "");
        assert!(
            !body.contains("http://") && !body.contains("https://") && !body.contains("//cdn"),
            "{path} names an outside URL"
        );
    }
    // The key is never put in a URL, and never in localStorage (it outlives the tab).
    let js = s.get("/dashboard/app.js").await.body;
    assert!(js.contains("sessionStorage") && !js.contains("localStorage"));
    assert!(
        !js.contains("innerHTML"),
        "user text is never parsed as HTML"
    );
}
