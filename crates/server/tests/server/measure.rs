//! Measuring through the real server (`serve_on`, so the peer address is real) on a real
//! SQLite file: campaigns, redirects and their codes, bot flags (X's GET + 3 HEADs is one
//! person), `--trust-proxy`, conversions and their idempotency, the pixel, the report.

use std::time::Duration;

use discern_server::ServeConfig;
use discern_store::Store;
use serde_json::{Value, json};

use crate::common::BLOG;

const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

struct Server {
    base: String,
    key: String,
    db: std::path::PathBuf,
    client: reqwest::Client,
    _dir: tempfile::TempDir,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start(measure: discern_measure::MeasureConfig) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("discern.db");
    let store = Store::open(&db.display().to_string()).await.unwrap();
    let key = store.create_key(None, Some(BLOG)).await.unwrap().key;
    let mut config = ServeConfig {
        database: db.display().to_string(),
        measure,
        ..ServeConfig::default()
    };
    config.limits.default_rate_limit = 0;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(discern_server::serve_on(listener, config, async move {
        let _ = rx.await;
    }));
    Server {
        base,
        key,
        db,
        // Redirects are what we test: never follow them.
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        _dir: dir,
        _stop: tx,
    }
}

impl Server {
    async fn api(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.key);
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(serde_json::to_vec(&b).unwrap());
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.api(
            reqwest::Method::POST,
            &format!("{path}?site={BLOG}"),
            Some(body),
        )
        .await
    }

    /// A click on `/l/{code}`: status, Location.
    async fn click(
        &self,
        method: reqwest::Method,
        path: &str,
        ua: Option<&str>,
        xff: Option<&str>,
    ) -> (u16, Option<String>) {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(ua) = ua {
            req = req.header("user-agent", ua);
        }
        if let Some(x) = xff {
            req = req.header("x-forwarded-for", x);
        }
        let r = req.send().await.unwrap();
        let location = r
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_string());
        (r.status().as_u16(), location)
    }

    async fn get(&self, path: &str, ua: &str) -> (u16, Option<String>) {
        self.click(reqwest::Method::GET, path, Some(ua), None).await
    }

    /// The report once `total` clicks are written (they are written in batches after the
    /// redirect answered). The deadline is generous because CI runs every test binary on
    /// two loaded cores, where a SQLite commit can wait seconds: five seconds once failed
    /// there although the click was queued.
    async fn report(&self, id: i64, query: &str, total: u64) -> Value {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let mut last = Value::Null;
        while std::time::Instant::now() < deadline {
            let (status, r) = self
                .api(
                    reqwest::Method::GET,
                    &format!("/v1/campaigns/{id}/report?site={BLOG}{query}"),
                    None,
                )
                .await;
            assert_eq!(status, 200, "{r}");
            if r["clicks"]["total"] == total {
                return r;
            }
            last = r;
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("clicks never reached {total} in 60 s; the last report: {last}");
    }

    async fn campaign(&self) -> i64 {
        let (status, c) = self
            .post("/v1/campaigns", json!({"name": "Spring sign-ups", "goal": "signups", "target": 4, "currency": "EUR", "budget": 120}))
            .await;
        assert_eq!(status, 201, "{c}");
        c["id"].as_i64().unwrap()
    }

    async fn link(&self, body: Value) -> Value {
        let (status, l) = self.post("/v1/links", body).await;
        assert_eq!(status, 201, "{l}");
        l
    }
}

fn click_id(location: &str) -> String {
    location
        .split("dsc_click=")
        .nth(1)
        .unwrap()
        .split(['&', '#'])
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn campaigns_refuse_engagement_and_links_redirect() {
    let s = start(Default::default()).await;
    let (status, e) = s
        .post(
            "/v1/campaigns",
            json!({"name": "x", "goal": "engagement", "target": 1000}),
        )
        .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["error"]["code"], "engagement_goal");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("conversions")
    );
    let (status, _) = s
        .post(
            "/v1/campaigns",
            json!({"name": "x", "goal": "awareness", "metric": "impressions", "target": 9}),
        )
        .await;
    assert_eq!(status, 422);
    let (status, _) = s
        .post(
            "/v1/campaigns",
            json!({"name": "x", "goal": "signups", "metric": "revenue", "target": 9}),
        )
        .await;
    assert_eq!(status, 400);
    let id = s.campaign().await;
    let (status, list) = s
        .api(
            reqwest::Method::GET,
            &format!("/v1/campaigns?site={BLOG}"),
            None,
        )
        .await;
    assert_eq!(
        (status, list["campaigns"][0]["id"].as_i64()),
        (200, Some(id))
    );

    let l = s
        .link(json!({"campaign_id": id, "destination": "https://shop.example/join?plan=pro#form", "code": "spring",
                     "channel": "mastodon", "utm_source": "mastodon", "utm_campaign": "spring"}))
        .await;
    assert_eq!(l["path"], "/l/spring");
    assert_eq!(
        l["destination"],
        "https://shop.example/join?plan=pro&utm_source=mastodon&utm_medium=social&utm_campaign=spring#form"
    );
    let (status, location) = s
        .get(
            "/l/spring?ref=bio&utm_source=forged&dsc_click=forged",
            CHROME,
        )
        .await;
    assert_eq!(status, 302);
    let location = location.unwrap();
    let cid = click_id(&location);
    assert_eq!(cid.len(), 16);
    assert_eq!(
        location,
        format!(
            "https://shop.example/join?plan=pro&utm_source=mastodon&utm_medium=social&utm_campaign=spring&ref=bio&dsc_click={cid}#form"
        )
    );
    // Taken code; another key's campaign; unknown code; expired and disabled links.
    let (status, _) = s
        .post(
            "/v1/links",
            json!({"campaign_id": id, "destination": "https://a.example/", "code": "spring"}),
        )
        .await;
    assert_eq!(status, 409);
    let (status, _) = s
        .post(
            "/v1/links",
            json!({"campaign_id": id + 1, "destination": "https://a.example/"}),
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(s.get("/l/nosuchcode", CHROME).await.0, 404);
    assert_eq!(s.get("/l/bad%20code", CHROME).await.0, 404);
    s.link(json!({"campaign_id": id, "destination": "https://a.example/", "code": "old", "expires_at": "2020-01-01T00:00:00Z"})).await;
    assert_eq!(s.get("/l/old", CHROME).await.0, 410);
    s.link(json!({"campaign_id": id, "destination": "https://a.example/", "code": "off"}))
        .await;
    let db = discern_measure::MeasureDb::open(&s.db).await.unwrap();
    db.set_link_disabled("off", true).await.unwrap();
    assert_eq!(s.get("/l/off", CHROME).await.0, 410);
    // Without a key the API refuses, the redirect does not need one.
    let r = s
        .client
        .post(format!("{}/v1/campaigns", s.base))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
}

#[tokio::test]
async fn bots_are_flagged_and_x_counts_once() {
    let s = start(Default::default()).await;
    let id = s.campaign().await;
    s.link(json!({"campaign_id": id, "destination": "https://shop.example/", "code": "x", "channel": "x"})).await;
    // X: one GET and three HEADs, all with a browser's agent.
    assert_eq!(s.get("/l/x", CHROME).await.0, 302);
    for _ in 0..3 {
        assert_eq!(
            s.click(reqwest::Method::HEAD, "/l/x", Some(CHROME), None)
                .await
                .0,
            302
        );
    }
    // Crawlers, previews, a mail scanner, no agent, a repeat within 30 minutes.
    for ua in [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (compatible; Mimecast URL Protect)",
    ] {
        assert_eq!(s.get("/l/x", ua).await.0, 302, "{ua}");
    }
    assert_eq!(
        s.click(reqwest::Method::GET, "/l/x", None, None).await.0,
        302
    );
    assert_eq!(s.get("/l/x", CHROME).await.0, 302);
    assert_eq!(s.get("/l/x", IPHONE).await.0, 302);
    let r = s.report(id, "", 11).await;
    assert_eq!(r["clicks"]["human"], 2, "{r}");
    assert_eq!(r["clicks"]["repeats"], 1);
    assert_eq!(r["clicks"]["bot"], 8);
    assert_eq!(
        r["clicks"]["bot_reasons"],
        json!({"crawler": 1, "head_request": 3, "link_preview": 2, "mail_scanner": 1, "no_user_agent": 1})
    );
}

#[tokio::test]
async fn forwarded_for_only_with_trust_proxy() {
    let ranges = vec!["198.51.100.0/24".to_string()];
    for trust in [false, true] {
        let s = start(discern_measure::MeasureConfig {
            trust_proxy: trust,
            datacenter_ranges: ranges.clone(),
        })
        .await;
        let id = s.campaign().await;
        s.link(json!({"campaign_id": id, "destination": "https://shop.example/", "code": "p"}))
            .await;
        s.click(
            reqwest::Method::GET,
            "/l/p",
            Some(CHROME),
            Some("198.51.100.9"),
        )
        .await;
        // Two people behind the proxy: same agent, different addresses.
        s.click(
            reqwest::Method::GET,
            "/l/p",
            Some(CHROME),
            Some("203.0.113.1"),
        )
        .await;
        s.click(
            reqwest::Method::GET,
            "/l/p",
            Some(CHROME),
            Some("203.0.113.2"),
        )
        .await;
        let r = s.report(id, "", 3).await;
        if trust {
            assert_eq!(
                (
                    r["clicks"]["human"].as_u64(),
                    r["clicks"]["bot_reasons"]["datacenter"].as_u64()
                ),
                (Some(2), Some(1)),
                "{r}"
            );
        } else {
            // The header is ignored: one address (loopback), one agent, one person.
            assert_eq!(
                (
                    r["clicks"]["human"].as_u64(),
                    r["clicks"]["repeats"].as_u64(),
                    r["clicks"]["bot"].as_u64()
                ),
                (Some(1), Some(2), Some(0)),
                "{r}"
            );
        }
    }
}

/// Replaces what changes from run to run (times, ids, click ids) so the shape is snapshotted.
fn stable(mut v: Value) -> Value {
    for path in [["campaign", "starts_at"], ["campaign", "id"]] {
        v[path[0]][path[1]] = json!("[redacted]");
    }
    // The days are today's.
    for day in v["timeline"].as_array_mut().into_iter().flatten() {
        day["day"] = json!("[redacted]");
    }
    v
}

#[tokio::test]
async fn conversions_idempotency_pixel_and_report() {
    let s = start(Default::default()).await;
    let id = s.campaign().await;
    s.link(json!({"campaign_id": id, "destination": "https://shop.example/", "code": "m", "channel": "mastodon"})).await;
    s.link(json!({"campaign_id": id, "destination": "https://shop.example/", "code": "n", "channel": "newsletter", "paid": true})).await;
    let a = click_id(&s.get("/l/m", CHROME).await.1.unwrap());
    let b = click_id(&s.get("/l/n", IPHONE).await.1.unwrap());
    s.click(reqwest::Method::HEAD, "/l/m", Some(CHROME), None)
        .await;
    s.report(id, "", 3).await;

    let sale = json!({"idempotency_key": "order-1", "click_id": a, "kind": "signup", "amount": 30, "currency": "EUR"});
    let (status, first) = s.post("/v1/conversions", sale.clone()).await;
    assert_eq!(
        (status, &first["replayed"]),
        (201, &json!(false)),
        "{first}"
    );
    let (status, again) = s.post("/v1/conversions", sale).await;
    assert_eq!(
        (status, &again["replayed"], &again["id"]),
        (200, &json!(true), &first["id"])
    );
    let (status, _) = s
        .post("/v1/conversions", json!({"idempotency_key": "order-1", "click_id": a, "kind": "signup", "amount": 99, "currency": "EUR"}))
        .await;
    assert_eq!(status, 409);
    // A visitor matched by address and agent (the server's loopback view of the phone).
    let (status, _) = s
        .post("/v1/conversions", json!({"idempotency_key": "order-2", "visitor": {"ip": "127.0.0.1", "user_agent": IPHONE}, "kind": "signup"}))
        .await;
    assert_eq!(status, 201);
    // Named for the campaign but with no click: unattributed, and shown as such.
    let (status, _) = s
        .post("/v1/conversions", json!({"idempotency_key": "order-3", "campaign_id": id, "kind": "signup", "amount": 10, "currency": "EUR"}))
        .await;
    assert_eq!(status, 201);
    // The pixel, from the newsletter click's browser; a reload counts once.
    for _ in 0..2 {
        let r = s
            .client
            .get(format!(
                "{}/v1/pixel.gif?click={b}&kind=signup&amount=5&currency=EUR",
                s.base
            ))
            .header("user-agent", IPHONE)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "image/gif");
        assert!(r.bytes().await.unwrap().starts_with(b"GIF89a"));
    }
    let r = s
        .client
        .get(format!("{}/v1/pixel.gif?click=nope", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let script = s
        .client
        .get(format!("{}/v1/script.js", s.base))
        .send()
        .await
        .unwrap();
    assert!(script.text().await.unwrap().contains("/v1/pixel.gif?"));

    let r = s.report(id, "&attribution=all", 3).await;
    // By hand: order-1 (link m, 30 €), order-2 and the pixel (link n, 0 € and 5 €),
    // order-3 unattributed (10 €). Four conversions, three credited; goal 3 of 4.
    assert_eq!(r["conversions"]["count"], 4, "{r}");
    assert_eq!(r["conversions"]["value"], 45.0);
    assert_eq!(
        r["conversions"]["unattributed"],
        json!({"count": 1, "value": 10.0})
    );
    assert_eq!(r["goal"]["value"], 3.0);
    assert_eq!(r["marketing"]["cost_per_conversion"], 40.0);
    insta::assert_json_snapshot!("report", stable(r));

    // Another key sees no such campaign.
    let store = Store::open(&s.db.display().to_string()).await.unwrap();
    let other = store
        .create_key(None, Some("https://other.example"))
        .await
        .unwrap()
        .key;
    let r = s
        .client
        .get(format!(
            "{}/v1/campaigns/{id}/report?site=https://other.example",
            s.base
        ))
        .bearer_auth(other)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

#[test]
fn measure_settings_from_file_and_environment() {
    let mut c: ServeConfig =
        toml::from_str("[measure]\ntrust_proxy = true\ndatacenter_ranges = [\"192.0.2.0/24\"]\n")
            .unwrap();
    assert!(c.measure.trust_proxy);
    let ranges = |r: &str| discern_server::Settings {
        datacenter_ranges: Some(r.split(',').map(str::to_string).collect()),
        ..Default::default()
    };
    ranges("198.51.100.0/24, 2001:db8::/32").apply(&mut c);
    c.validate().unwrap();
    assert_eq!(
        c.measure.datacenter_ranges,
        ["198.51.100.0/24", "2001:db8::/32"]
    );
    ranges("10.0.0.0/40").apply(&mut c);
    let bad = c.validate();
    assert!(bad.unwrap_err().to_string().contains("10.0.0.0/40"));
    assert!(toml::from_str::<ServeConfig>("[measure]\ntrust_proxies = true\n").is_err());
}

#[tokio::test]
async fn html_report_is_one_page_with_names_escaped() {
    let s = start(Default::default()).await;
    let (status, c) = s
        .post(
            "/v1/campaigns",
            json!({"name": "<script>alert(1)</script> launch", "goal": "signups", "target": 2}),
        )
        .await;
    assert_eq!(status, 201, "{c}");
    let id = c["id"].as_i64().unwrap();
    s.link(json!({"campaign_id": id, "destination": "https://shop.example/", "code": "h", "channel": "<img src=x onerror=alert(2)>"})).await;
    s.get("/l/h", CHROME).await;
    let json = s.report(id, "", 1).await;
    let r = s
        .client
        .get(format!(
            "{}/v1/campaigns/{id}/report.html?site={BLOG}",
            s.base
        ))
        .bearer_auth(&s.key)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "text/html; charset=utf-8");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    let html = r.text().await.unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; launch"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // The same numbers as the JSON report: one human click of a goal of two.
    assert_eq!(json["clicks"]["human"], 1);
    assert!(
        html.contains("attribution: <strong>last_click</strong>"),
        "{html}"
    );
    assert!(html.contains("<th scope=\"row\">Human clicks</th><td class=\"n\">1</td>"));
    // Key-authenticated like the JSON report; another site's campaign is a missing one.
    let anon = s
        .client
        .get(format!(
            "{}/v1/campaigns/{id}/report.html?site={BLOG}",
            s.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(anon.status().as_u16(), 401);
    let (status, _) = s
        .api(
            reqwest::Method::GET,
            &format!("/v1/campaigns/{id}/report.html?site=https://other.example"),
            None,
        )
        .await;
    assert_eq!(status, 404);
}
