//! The Akismet API, byte for byte where clients compare bytes.

use crate::common::*;

#[tokio::test]
async fn verify_key_all_spellings() {
    let s = TestServer::start().await;
    for field in ["key", "api_key"] {
        let r = s
            .form("/1.1/verify-key", &[(field, &s.key), ("blog", BLOG)])
            .await;
        assert_eq!((r.status, r.body.as_str()), (200, "valid"));
        assert!(
            r.header("x-akismet-debug-help").is_none(),
            "no debug header on a good answer"
        );
        assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    }
    // Key as the first label of the Host header (akismet-api's convention).
    let r = s
        .client
        .post(s.url("/1.1/comment-check"))
        .header("host", format!("{}.localhost:{}", s.key, s.addr.port()))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(encode(&[
            ("blog", BLOG),
            ("comment_content", HAM),
            ("user_agent", "UA"),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.text().await.unwrap(), "false");

    let bad = s
        .form(
            "/1.1/verify-key",
            &[("key", "abcdefghijkl"), ("blog", BLOG)],
        )
        .await;
    assert_eq!((bad.status, bad.body.as_str()), (200, "invalid"));
    assert!(bad.header("x-akismet-debug-help").is_some());
    let short = s
        .form("/1.1/verify-key", &[("key", "abc"), ("blog", BLOG)])
        .await;
    assert_eq!(short.body, "invalid");
    let no_blog = s.form("/1.1/verify-key", &[("key", &s.key)]).await;
    assert_eq!(no_blog.body, "invalid");
    assert_eq!(
        no_blog.header("x-akismet-debug-help"),
        Some("Empty \"blog\" value")
    );
    let nothing = s.form("/1.1/verify-key", &[]).await;
    assert_eq!(
        nothing.header("x-akismet-debug-help"),
        Some("Empty \"api_key\" value")
    );
}

#[tokio::test]
async fn comment_check_answers() {
    let s = TestServer::start().await;
    let ham = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("comment_author", "Rose"),
                ("user_ip", "10.0.0.1"),
            ],
        )
        .await;
    assert_eq!((ham.status, ham.body.as_str()), (200, "false"));
    assert!(ham.header("x-akismet-debug-help").is_none());
    assert!(ham.header("x-akismet-pro-tip").is_none());

    let spam = s
        .akismet(
            "/1.1/comment-check",
            &[("comment_content", SPAM), ("user_ip", "10.0.0.2")],
        )
        .await;
    assert_eq!(spam.body, "true");
    assert!(spam.header("x-akismet-debug-help").is_none());

    let guaranteed = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("comment_author", "akismet-guaranteed-spam"),
            ],
        )
        .await;
    assert_eq!(guaranteed.body, "true");
    let by_email = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                (
                    "comment_author_email",
                    "akismet-guaranteed-spam@example.com",
                ),
            ],
        )
        .await;
    assert_eq!(by_email.body, "true");
    let older_test_author = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("comment_author", "viagra-test-123"),
            ],
        )
        .await;
    assert_eq!(older_test_author.body, "true");
    let admin = s
        .akismet(
            "/1.1/comment-check",
            &[("comment_content", SPAM), ("user_role", "administrator")],
        )
        .await;
    assert_eq!(admin.body, "false");

    // A filled honeypot is blatant: spam, and safe to discard.
    let honeypot = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("honeypot_field_name", "hp_email"),
                ("hp_email", "bot@x.example"),
            ],
        )
        .await;
    assert_eq!(honeypot.body, "true");
    assert_eq!(honeypot.header("x-akismet-pro-tip"), Some("discard"));

    // Unknown extra fields, arrays and both date formats are tolerated.
    let extra = s
        .akismet(
            "/1.1/comment-check",
            &[
                ("comment_content", HAM),
                ("comment_date_gmt", "2024-05-01T10:00:00.000Z"),
                ("comment_post_modified_gmt", "1714557600"),
                ("comment_context[0]", "roses"),
                ("comment_context[]", "garden"),
                ("POST_foo", "bar"),
                ("HTTP_ACCEPT", "*/*"),
                ("blog_lang", "en"),
                ("comment_type", "comment"),
                ("is_test", "1"),
            ],
        )
        .await;
    assert_eq!(extra.body, "false");

    let invalid = s
        .form(
            "/1.1/comment-check",
            &[
                ("api_key", "zzzzzzzzzzzz"),
                ("blog", BLOG),
                ("comment_content", HAM),
            ],
        )
        .await;
    assert_eq!(invalid.body, "invalid");
    assert!(invalid.header("x-akismet-debug-help").is_some());
    let no_blog = s
        .form(
            "/1.1/comment-check",
            &[("api_key", &s.key), ("comment_content", HAM)],
        )
        .await;
    assert_eq!(no_blog.body, "invalid");

    // Checks are stored (batched), privacy by default: no clear IPs.
    s.state.flush().await;
    assert!(s.store.count_checks().await.unwrap() >= 3);
    let conn = rusqlite::Connection::open(s.dir.path().join("discern.db")).unwrap();
    let ips: Vec<String> = conn
        .prepare("SELECT author_ip FROM checks WHERE author_ip IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ips.len(), 2);
    assert!(
        ips.iter().all(|ip| ip.len() == 32 && !ip.contains('.')),
        "{ips:?}"
    );
    let test_rows: i64 = conn
        .query_row("SELECT COUNT(*) FROM checks WHERE is_test = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(test_rows, 1);
}

#[tokio::test]
async fn submit_spam_and_ham_store_and_learn() {
    let s = TestServer::start().await;
    let text = "Visit my shop for handmade leather wallets, great prices this week";
    let r = s
        .akismet(
            "/1.1/submit-spam",
            &[("comment_content", text), ("comment_author", "Seller")],
        )
        .await;
    assert_eq!((r.status, r.body.as_str()), (200, SUBMIT_THANKS));
    assert!(r.header("x-akismet-debug-help").is_none());
    let r = s
        .akismet("/1.1/submit-ham", &[("comment_content", HAM)])
        .await;
    assert_eq!(r.body, SUBMIT_THANKS);
    let r = s
        .akismet(
            "/1.1/submit-ham",
            &[("comment_content", HAM), ("is_test", "true")],
        )
        .await;
    assert_eq!(r.body, SUBMIT_THANKS);

    let site = s
        .store
        .site(s.store.verify_key(&s.key).await.unwrap().unwrap().id, BLOG)
        .await
        .unwrap();
    let rows = s.store.feedback_for_site(site.id).await.unwrap();
    assert_eq!(
        rows.iter()
            .map(|r| (r.source.as_str(), r.is_test))
            .collect::<Vec<_>>(),
        vec![
            ("submit-spam", false),
            ("submit-ham", false),
            ("submit-ham", true)
        ]
    );
    assert_eq!(rows[0].label, "spam");
    assert_ne!(rows[1].label, "spam");
    // Two learned (the test one is stored, not learned): two adapter versions, audited.
    let versions = s
        .store
        .list_adapters(discern_store::AdapterScope::Site(site.id))
        .await
        .unwrap();
    assert_eq!(versions.len(), 2);
    let audit = s
        .store
        .audit(discern_store::AdapterScope::Site(site.id))
        .await
        .unwrap();
    assert_eq!(
        audit.iter().map(|a| a.feedback_id).collect::<Vec<_>>(),
        vec![Some(rows[0].id), Some(rows[1].id)]
    );

    // The site now calls that text spam.
    let again = s
        .akismet("/1.1/comment-check", &[("comment_content", text)])
        .await;
    assert_eq!(again.body, "true");

    let invalid = s
        .form(
            "/1.1/submit-spam",
            &[("api_key", "zzzzzzzzzzzz"), ("blog", BLOG)],
        )
        .await;
    assert_eq!(invalid.body, "invalid");
}

#[tokio::test]
async fn usage_limit_and_key_sites() {
    let s = TestServer::start().await;
    for _ in 0..3 {
        s.akismet("/1.1/comment-check", &[("comment_content", SPAM)])
            .await;
    }
    s.akismet("/1.1/comment-check", &[("comment_content", HAM)])
        .await;
    s.akismet("/1.1/submit-spam", &[("comment_content", "missed one")])
        .await;
    s.state.flush().await;

    let usage = s.form("/1.2/usage-limit", &[("api_key", &s.key)]).await;
    assert_eq!(usage.header("content-type"), Some("application/json"));
    insta::assert_json_snapshot!("usage_limit", usage.json());

    // GET with a query string, as the Python client sends it.
    let get = s.get(&format!("/1.2/usage-limit?api_key={}", s.key)).await;
    assert_eq!(get.json()["usage"], 4);

    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let sites = s.form("/1.2/key-sites", &[("api_key", &s.key)]).await;
    let body = sites.body.replace(&month, "MONTH");
    insta::assert_snapshot!("key_sites_json", body);

    let csv = s
        .form("/1.2/key-sites", &[("api_key", &s.key), ("format", "csv")])
        .await;
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let body = csv
        .body
        .replace(&month, "MONTH")
        .replace(&s.key[..4], "PREF");
    insta::assert_snapshot!("key_sites_csv", body);

    let bad_month = s
        .form("/1.2/key-sites", &[("api_key", &s.key), ("month", "May")])
        .await;
    assert_eq!(bad_month.status, 400);
}

pub use discern_server::SUBMIT_THANKS;

/// Customer-service wording ("our team") under a blog's article, addressed to every
/// reader, answers no customer: the article asked no business anything.
#[tokio::test]
async fn business_pitches_and_backlinks_are_spam_under_the_article() {
    let s = TestServer::start().await;
    let pitch = "Soil health is so important for any garden. If anyone in Yorkshire needs \
                 help setting up raised beds, our team at Leeds Landscaping offers free \
                 consultations and competitive quotes. Call 0113 496 0123 today!";
    let fields = [
        ("comment_content", pitch),
        ("comment_author", "Mark Stevens"),
        ("comment_author_url", "https://landscapingleeds.co.uk"),
        ("comment_type", "comment"),
    ];
    let check = s.akismet("/1.1/comment-check", &fields).await;
    assert_eq!(check.body, "true");
    let top_level = s
        .akismet(
            "/1.1/comment-check",
            &[fields.as_slice(), &[("comment_parent", "0")]].concat(),
        )
        .await;
    assert_eq!(top_level.body, "true");

    // The classic pair: a keyword for a name and a keyword domain for a website (the
    // anchor text and address of a backlink), under a spun kit sentence; and a help
    // desk's name with a toll-free number printed in groups.
    let backlink = s
        .akismet(
            "/1.1/comment-check",
            &[
                (
                    "comment_content",
                    "Very nice post. I just stumbled upon your blog and wanted to say that I \
                     have truly enjoyed surfing around your blog posts.",
                ),
                ("comment_author", "cheap car insurance"),
                (
                    "comment_author_url",
                    "http://cheap-car-insurance-quotes.example",
                ),
            ],
        )
        .await;
    assert_eq!(backlink.body, "true");
    let help_desk = s
        .akismet(
            "/1.1/comment-check",
            &[
                (
                    "comment_content",
                    "Thanks for the wonderful article. If you are facing problems with your \
                     printer, call our toll free number 1 888 555 0142 for instant HP printer \
                     support.",
                ),
                ("comment_author", "HP Printer Support"),
                ("comment_author_url", "http://printer-help-247.example"),
            ],
        )
        .await;
    assert_eq!(help_desk.body, "true");
}

/// Every `true`/`false` answer says why in headers clients ignore (`X-Discern-Verdict`,
/// `X-Discern-Reasons`, percent-encoded UTF-8), and never in the one @cedx/akismet
/// throws on.
#[tokio::test]
async fn comment_check_explains_itself_in_headers() {
    let s = TestServer::start().await;
    let spam = s
        .akismet(
            "/1.1/comment-check",
            &[("comment_content", SPAM), ("user_ip", "10.0.0.2")],
        )
        .await;
    assert_eq!(spam.body, "true");
    let verdict = spam.header("x-discern-verdict").expect("verdict header");
    assert!(verdict.starts_with("spam p_spam="), "{verdict}");
    let reasons = spam.header("x-discern-reasons").expect("reasons header");
    assert!(reasons.starts_with("judged: spam"), "{reasons}");
    assert!(reasons.is_ascii());
    assert!(spam.header("x-akismet-debug-help").is_none());
}

/// WordPress sends its locale as `blog_lang`: a comment in another language under an
/// English-only blog cannot be taking part, so the website it leaves is placed there.
#[tokio::test]
async fn an_off_language_comment_with_a_website_is_spam_on_an_english_blog() {
    let s = TestServer::start().await;
    let fields = |lang: &'static str| {
        vec![
            (
                "comment_content",
                "Купить строительные материалы оптом по низким ценам. Доставка по всей России.",
            ),
            ("comment_author", "Андрей"),
            ("comment_author_url", "http://stroy-materialy-opt.example"),
            ("comment_type", "comment"),
            ("blog_lang", lang),
        ]
    };
    let english = s.akismet("/1.1/comment-check", &fields("en_US")).await;
    assert_eq!(english.body, "true");
    let reasons = english.header("x-discern-reasons").unwrap_or_default();
    assert!(reasons.contains("not in the blog"), "{reasons}");
    let russian = s.akismet("/1.1/comment-check", &fields("ru_RU")).await;
    assert_eq!(russian.body, "false");
}
