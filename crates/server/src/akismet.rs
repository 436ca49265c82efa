//! The Akismet-compatible API: the byte-level contract WordPress and the Akismet client
//! libraries rely on.
//!
//! * Answers are `text/plain` bodies compared byte for byte by clients: `valid`/`invalid`,
//!   `true`/`false`, `Thanks for making the web a better place.`
//! * `X-akismet-debug-help` appears only on `invalid` answers: @cedx/akismet throws when it
//!   sees that header on any answer.
//! * Only the `spam` label answers `true`. Akismet asks "is it spam?"; a marketing comment
//!   is a legitimate (if commercial) comment, so it answers `false`. The native API exposes
//!   the three labels.
//! * The key may come as `api_key`, as `key`, or as the first label of the Host header
//!   (`KEY.host`, Akismet's original convention, used by the npm `akismet-api` client).

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use discern_posts::{Post, PostKind};
use discern_store::{
    CheckSource, FeedbackSource, KeyRecord, NewCheck, NewFeedback, ReviewFlag, SiteRecord,
    hash_pii, is_well_formed_key,
};

use crate::AppState;
use crate::body::read_limited;
use crate::engine::{self, Verdict};
use crate::error::{AppError, AppResult};
use crate::form::Form;

pub const SUBMIT_THANKS: &str = "Thanks for making the web a better place.";
const INVALID_KEY_HELP: &str =
    "Invalid API key. Keys are 12 characters; create one with `discern keys create`.";

fn text(body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// Reads an Akismet form: a `Content-Length` over `limits.akismet_body_bytes` (64 KiB) is
/// refused before a byte is read, and a chunked body is cut there. A client may put its
/// key anywhere in the form, so the form is read before the key is known; the small limit
/// is what bounds an unauthenticated client.
async fn read_form(
    state: &AppState,
    query: Option<&str>,
    headers: &HeaderMap,
    body: Body,
) -> AppResult<Form> {
    let limits = &state.config().limits;
    let body = read_limited(
        body,
        headers,
        limits.akismet_body_bytes,
        state.config().request_timeout(),
    )
    .await?;
    params(query, &body)
}

/// Body fields, then query-string fields (the Python client sends the 1.2 calls as GET).
pub fn params(query: Option<&str>, body: &[u8]) -> AppResult<Form> {
    let mut form = Form::parse(body).map_err(AppError::BadRequest)?;
    if let Some(q) = query {
        form.extend(Form::parse(q.as_bytes()).map_err(AppError::BadRequest)?);
    }
    Ok(form)
}

/// The key as sent: `api_key`, `key`, or the Host header's first label.
fn key_of<'a>(form: &'a Form, headers: &'a HeaderMap) -> Option<&'a str> {
    if let Some(k) = form.non_empty("api_key").or_else(|| form.non_empty("key")) {
        return Some(k);
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let (label, rest) = host.split_once('.')?;
    (is_well_formed_key(label) && !rest.is_empty()).then_some(label)
}

/// Checks key and blog the way Akismet does, and takes a rate-limit token.
async fn authenticate(
    state: &AppState,
    form: &Form,
    headers: &HeaderMap,
    need_blog: bool,
) -> AppResult<(KeyRecord, Option<SiteRecord>)> {
    let Some(key) = key_of(form, headers) else {
        return Err(AppError::AkismetInvalid("Empty \"api_key\" value".into()));
    };
    let Some(record) = state.key(key).await? else {
        return Err(AppError::AkismetInvalid(INVALID_KEY_HELP.into()));
    };
    state.rate_limit(&record)?;
    let site = match form.non_empty("blog") {
        Some(blog) => Some(state.site(&record, blog).await?),
        None if need_blog => return Err(AppError::AkismetInvalid("Empty \"blog\" value".into())),
        None => None,
    };
    Ok((record, site))
}

/// `POST /1.1/verify-key`
pub async fn verify_key(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let form = read_form(&state, q.as_deref(), &headers, body).await?;
    authenticate(&state, &form, &headers, true).await?;
    Ok(text("valid"))
}

/// What the request's extra fields say beyond the text.
#[derive(Debug, Default)]
pub struct FormSignals {
    pub honeypot_filled: bool,
    pub signals: Vec<String>,
    /// Whether the comment shares words with the page's `comment_context[]` tags, when
    /// the request sent any.
    pub on_context: Option<bool>,
    /// Seconds from the post's last change (`comment_post_modified_gmt`) to the comment.
    pub seconds_after_post: Option<i64>,
    /// The comment is not in English while the blog says (`blog_lang`) it is written in
    /// English only: it cannot be taking part in the page's conversation.
    pub off_language: bool,
}

/// Maps an Akismet request onto a [`Post`], plus the signals only the request carries.
pub fn post_from_form(form: &Form, id: String) -> (Post, FormSignals) {
    let get = |n: &str| form.non_empty(n).map(str::to_string);
    let kind = match form
        .non_empty("comment_type")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pingback") => PostKind::Pingback,
        Some("trackback") => PostKind::Trackback,
        // The site's own article; a member's new forum topic (`forum-post`) lands in
        // the site's forum, someone else's page, as a comment does.
        Some("blog-post") => PostKind::Post,
        Some("message" | "contact-form" | "signup") => PostKind::Message,
        _ => PostKind::Reply,
    };
    let author_url = get("comment_author_url");
    let post = Post {
        id,
        text: unslashed(form.get("comment_content").unwrap_or("")),
        author: get("comment_author"),
        created_at: form.non_empty("comment_date_gmt").and_then(parse_date),
        platform: Some("akismet".into()),
        url: author_url.clone(),
        parent_id: get("comment_parent"),
        thread_id: get("permalink"),
        kind,
        links: author_url.into_iter().collect(),
        extra: form
            .non_empty("comment_author_email")
            .map(|email| {
                let raw = serde_json::value::to_raw_value(email).expect("a string serialises");
                ("author_email".to_string(), raw)
            })
            .into_iter()
            .collect(),
        ..Post::default()
    };

    let mut s = FormSignals::default();
    // A honeypot is a form field hidden from people; only bots fill it in.
    if let Some(field) = form.non_empty("honeypot_field_name")
        && form.non_empty(field).is_some()
    {
        s.honeypot_filled = true;
        s.signals
            .push(format!("honeypot field {field:?} was filled in"));
    }
    if matches!(kind, PostKind::Pingback | PostKind::Trackback) {
        s.signals.push(format!(
            "{} (machine notice)",
            if kind == PostKind::Pingback {
                "pingback"
            } else {
                "trackback"
            }
        ));
    }
    let context = form.array("comment_context");
    if !context.is_empty() && !post.text.trim().is_empty() {
        let words: std::collections::HashSet<String> = post
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_lowercase)
            .collect();
        let on_topic = context
            .iter()
            .flat_map(|tag| tag.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.len() > 2)
            .any(|w| words.contains(&w.to_lowercase()));
        s.on_context = Some(on_topic);
        if !on_topic {
            s.signals
                .push("off-topic: shares no word with the page's context tags".into());
        }
    }
    if let Some(blog_lang) = form.non_empty("blog_lang")
        && english_only(blog_lang)
        && let Some(why) = discern_engine::language::not_english(
            &post.text,
            &discern_engine::Analysis::new(&post.text),
        )
    {
        s.off_language = true;
        s.signals.push(format!(
            "not in the blog's language ({why}; blog_lang {blog_lang:?})"
        ));
    }
    // Each is a weak hint on its own (privacy tools strip them too), so they are reported,
    // not acted on.
    for (field, what) in [
        ("user_agent", "no user agent"),
        ("referrer", "no referrer"),
        ("permalink", "no permalink"),
    ] {
        if form.non_empty(field).is_none() {
            s.signals.push(format!("{what} (weak bot signal)"));
        }
    }
    if let (Some(posted), Some(modified)) = (
        post.created_at,
        form.non_empty("comment_post_modified_gmt")
            .and_then(parse_date),
    ) {
        let seconds = (posted - modified).num_seconds();
        s.seconds_after_post = Some(seconds);
        if seconds > 365 * 86_400 {
            s.signals
                .push("comment on a post untouched for over a year".into());
        } else if (0..BOT_FAST_SECONDS).contains(&seconds) {
            s.signals.push(format!(
                "comment {seconds} s after the post went up (faster than reading it)"
            ));
        }
    }
    (post, s)
}

/// Whether a `blog_lang` (WordPress sends its locale, "en_US"; the field may list
/// several, "en, fr_ca") names only English: the one language whose absence from a
/// comment discern can tell ([`discern_engine::language::not_english`]).
fn english_only(blog_lang: &str) -> bool {
    let mut languages = blog_lang
        .split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    languages.peek().is_some()
        && languages.all(|l| {
            let code = l.split(['_', '-']).next().unwrap_or(l);
            code.eq_ignore_ascii_case("en")
        })
}

/// The comment as written. WordPress sends `comment-check` its comment still "slashed"
/// by PHP's magic quotes legacy (`it\'s`, `<a href=\"…\">`) while submit-spam and
/// submit-ham get clean text; a text with an escaped quote is unslashed as PHP's
/// `stripslashes` does, so both paths see the same words.
fn unslashed(text: &str) -> String {
    if !(text.contains("\\'") || text.contains("\\\"")) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A comment sooner than this after its post changed was written before the post
/// could be read: at a brisk 250 words a minute a 100-word post takes 24 s.
pub const BOT_FAST_SECONDS: i64 = 20;

/// ISO 8601 / RFC 3339, WordPress's `YYYY-MM-DD HH:MM:SS` (UTC), or Unix seconds.
pub fn parse_date(s: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<i64>() {
        return chrono::DateTime::from_timestamp(secs, 0);
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&chrono::Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc());
        }
    }
    None
}

pub(crate) fn spam_probability(v: &Verdict) -> f32 {
    v.scores
        .iter()
        .find(|(l, _)| l == "spam")
        .map_or(0.0, |s| s.1)
}

/// Akismet's documented test values, which must give fixed answers. "viagra-test-123" is the
/// older documentation's test author, still used by client libraries' own test suites.
fn test_convention(form: &Form) -> Option<bool> {
    if matches!(
        form.get("comment_author"),
        Some("akismet-guaranteed-spam" | "viagra-test-123")
    ) || form.get("comment_author_email") == Some("akismet-guaranteed-spam@example.com")
    {
        return Some(true);
    }
    if form
        .get("user_role")
        .is_some_and(|r| r.eq_ignore_ascii_case("administrator"))
    {
        return Some(false);
    }
    None
}

/// Classifies a mapped request with the site's adapter and folds in the request signals.
pub async fn judge(
    state: &AppState,
    site: &SiteRecord,
    post: &Post,
    extra: FormSignals,
) -> AppResult<(Verdict, Option<i64>)> {
    let adapter = state.adapter_for(site).await?;
    let verdict = judge_with(state, adapter.as_ref(), post, extra);
    Ok((verdict, adapter.map(|a| a.version)))
}

/// [`judge`] with the adapter already in hand (synchronous: batches run it on the
/// blocking pool).
pub fn judge_with(
    state: &AppState,
    adapter: Option<&crate::state::Loaded>,
    post: &Post,
    extra: FormSignals,
) -> Verdict {
    let mut verdict = engine::classify(state.model(), adapter.map(|a| &*a.adapter), post);
    engine::judge_comment(&mut verdict, post, &extra);
    if extra.honeypot_filled {
        verdict.label = "spam".into();
    }
    verdict.signals.extend(extra.signals);
    verdict
}

/// The commenter's e-mail and IP as the store keeps them: salted hashes, or in clear where
/// the operator opted in. Checks and feedback both go through here, so erasing a person
/// (`discern erase`) finds every row by the same forms.
fn stored_pii(state: &AppState, form: Option<&Form>) -> (Option<String>, Option<String>) {
    let privacy = &state.config().privacy;
    let pii = |name: &str, clear: bool| {
        form.and_then(|f| f.non_empty(name)).map(|v| {
            if clear {
                v.to_string()
            } else {
                hash_pii(state.salt(), v)
            }
        })
    };
    (
        pii("comment_author_email", privacy.store_email),
        pii("user_ip", privacy.store_ip),
    )
}

pub fn new_check(
    state: &AppState,
    site: &SiteRecord,
    post: &Post,
    verdict: &Verdict,
    adapter_version: Option<i64>,
    form: Option<&Form>,
    is_test: bool,
) -> NewCheck {
    let (author_email, author_ip) = stored_pii(state, form);
    NewCheck {
        site_id: site.id,
        post_id: Some(post.id.clone()),
        author: post.author.clone(),
        author_email,
        author_ip,
        author_url: post.url.clone(),
        content: post.text.clone(),
        kind: serde_json::to_value(post.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        parent_id: post.parent_id.clone(),
        thread_id: post.thread_id.clone(),
        label: verdict.label.clone(),
        scores: serde_json::to_string(&crate::api::scores_map(&verdict.scores))
            .unwrap_or_else(|_| "{}".into()),
        signals: serde_json::to_string(&verdict.signals).unwrap_or_else(|_| "[]".into()),
        model_version: state.model_version().to_string(),
        adapter_version,
        is_test,
        source: Some(if form.is_some() {
            CheckSource::Akismet
        } else {
            CheckSource::Api
        }),
        created_at: discern_store::now(),
        review: None,
        // The factors as the verdict's JSON writes them (rounded, the evidence in words):
        // the engine owns that form, so it is taken from there rather than rebuilt here.
        factors: verdict
            .factors
            .as_ref()
            .and_then(|_| serde_json::to_value(verdict).ok())
            .and_then(|mut v| v.get_mut("factors").map(serde_json::Value::take))
            .map(|f| f.to_string()),
    }
}

/// `POST /1.1/comment-check`
pub async fn comment_check(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let form = read_form(&state, q.as_deref(), &headers, body).await?;
    let (_, site) = authenticate(&state, &form, &headers, true).await?;
    let site = site.ok_or_else(|| AppError::AkismetInvalid("Empty \"blog\" value".into()))?;
    let metrics = state.metrics();
    if let Some(answer) = test_convention(&form) {
        let counter = if answer {
            &metrics.akismet_true
        } else {
            &metrics.akismet_false
        };
        counter.inc();
        return Ok(text(if answer { "true" } else { "false" }));
    }
    let is_test = form.is_true("is_test");
    let (post, extra) = post_from_form(&form, state.next_id());
    let honeypot = extra.honeypot_filled;
    let (verdict, adapter_version) = judge(&state, &site, &post, extra).await?;
    let is_spam = verdict.label == "spam";
    let p_spam = spam_probability(&verdict);
    let discard = is_spam && (honeypot || p_spam >= state.config().discard_threshold);
    // The site's moderation settings decide what Akismet is told; the verdict and the
    // check keep what the engine said.
    let answer = moderate(
        &site.moderation,
        is_spam,
        discard,
        f64::from(p_spam),
        honeypot,
    );

    if !is_test {
        metrics.verdict(&verdict.label);
    }
    let counter = if answer.spam {
        &metrics.akismet_true
    } else {
        &metrics.akismet_false
    };
    counter.inc();
    if answer.discard {
        metrics.akismet_discard.inc();
    }
    let mut check = new_check(
        &state,
        &site,
        &post,
        &verdict,
        adapter_version,
        Some(&form),
        is_test,
    );
    check.review = answer.review;
    state.record_check(check).await;

    let mut response = text(if answer.spam { "true" } else { "false" });
    if answer.discard {
        response
            .headers_mut()
            .insert("x-akismet-pro-tip", HeaderValue::from_static("discard"));
    }
    explain_in_headers(response.headers_mut(), &verdict, p_spam);
    Ok(response)
}

/// The most of a verdict's reasons one header carries, in bytes once encoded: proxies
/// and client libraries cap a header's size (8 KiB is common for all of them together).
const REASONS_HEADER_BYTES: usize = 2_048;

/// Why the engine answered as it did, for whoever debugs a site: `X-Discern-Verdict`
/// (the label and the spam probability) and `X-Discern-Reasons` (the verdict's signals,
/// "; "-separated, percent-encoded as UTF-8 so a header stays visible ASCII). Clients
/// ignore headers they do not know; only `X-akismet-debug-help` must stay off a
/// `true`/`false` answer.
fn explain_in_headers(headers: &mut HeaderMap, verdict: &Verdict, p_spam: f32) {
    use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
    /// Controls, `%` and `;` (the separator) are encoded; the rest of ASCII stays legible.
    const REASON: &AsciiSet = &CONTROLS.add(b'%').add(b';');
    let summary = format!("{} p_spam={p_spam:.3}", verdict.label);
    if let Ok(value) = HeaderValue::from_str(&summary) {
        headers.insert("x-discern-verdict", value);
    }
    let mut reasons = String::new();
    for signal in &verdict.signals {
        let encoded = utf8_percent_encode(signal, REASON).to_string();
        let separator = if reasons.is_empty() { 0 } else { 2 };
        if reasons.len() + separator + encoded.len() > REASONS_HEADER_BYTES {
            break;
        }
        if separator > 0 {
            reasons.push_str("; ");
        }
        reasons.push_str(&encoded);
    }
    if !reasons.is_empty()
        && let Ok(value) = HeaderValue::from_str(&reasons)
    {
        headers.insert("x-discern-reasons", value);
    }
}

/// What comment-check answers once a site's moderation settings have had their say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// `true`: spam.
    pub spam: bool,
    /// Send `X-akismet-pro-tip: discard`.
    pub discard: bool,
    /// Why the check waits in the moderation queue, if it does.
    pub review: Option<ReviewFlag>,
}

/// Applies a site's moderation settings to a verdict: with both off (the default) the
/// answer is the verdict's. Shadow mode answers "not spam" always and flags what it would
/// have caught; the unsure band answers "not spam" and flags for review. A filled honeypot
/// is certain, never unsure.
pub fn moderate(
    m: &discern_store::Moderation,
    is_spam: bool,
    discard: bool,
    p_spam: f64,
    honeypot: bool,
) -> Answer {
    let unsure = !honeypot && m.unsure.is_some_and(|band| band.contains(p_spam));
    if m.shadow_since.is_some() {
        let review = if is_spam {
            Some(ReviewFlag::Shadow)
        } else {
            unsure.then_some(ReviewFlag::Unsure)
        };
        return Answer {
            spam: false,
            discard: false,
            review,
        };
    }
    if unsure {
        return Answer {
            spam: false,
            discard: false,
            review: Some(ReviewFlag::Unsure),
        };
    }
    Answer {
        spam: is_spam,
        discard,
        review: None,
    }
}

/// `POST /1.1/submit-spam`
pub async fn submit_spam(
    state: State<AppState>,
    q: RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    submit(state, q, headers, body, FeedbackSource::SubmitSpam).await
}

/// `POST /1.1/submit-ham`
pub async fn submit_ham(
    state: State<AppState>,
    q: RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    submit(state, q, headers, body, FeedbackSource::SubmitHam).await
}

async fn submit(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Body,
    source: FeedbackSource,
) -> AppResult<Response> {
    let form = read_form(&state, q.as_deref(), &headers, body).await?;
    let (_, site) = authenticate(&state, &form, &headers, true).await?;
    let site = site.ok_or_else(|| AppError::AkismetInvalid("Empty \"blog\" value".into()))?;
    let is_test = form.is_true("is_test");
    let (post, extra) = post_from_form(&form, state.next_id());
    let label = match source {
        FeedbackSource::SubmitSpam => "spam".to_string(),
        // Ham only says "not spam": teach the non-spam label the model already finds most
        // likely for this text (usually social; marketing for an ad that was wrongly
        // called spam). Precise corrections go through POST /v1/feedback.
        _ => {
            let (verdict, _) = judge(&state, &site, &post, extra).await?;
            verdict
                .scores
                .iter()
                .filter(|(l, _)| l != "spam")
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map_or_else(|| "social".to_string(), |s| s.0.clone())
        }
    };
    // The report and what is learned from it commit together, so "Thanks" means both
    // (test submissions and empty comments are stored without learning).
    let learn = !is_test && !post.text.trim().is_empty();
    let (author_email, author_ip) = stored_pii(&state, Some(&form));
    let row = NewFeedback {
        site_id: site.id,
        post_id: None,
        author: post.author.clone(),
        content: post.text.clone(),
        label,
        source,
        is_test,
        created_at: discern_store::now(),
        dedupe_key: None,
        check_id: None,
        author_email,
        author_ip,
    };
    state.commit_feedback(&site, vec![row], learn).await?;
    Ok(text(SUBMIT_THANKS))
}

fn month_bounds(month: Option<&str>) -> AppResult<(String, i64, i64)> {
    use chrono::{Datelike, NaiveDate};
    let first = match month {
        Some(m) => NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d")
            .map_err(|_| AppError::BadRequest(format!("month must be YYYY-MM, not {m:?}")))?,
        None => {
            let today = chrono::Utc::now().date_naive();
            NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today)
        }
    };
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first);
    let ts = |d: NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp())
    };
    Ok((first.format("%Y-%m").to_string(), ts(first), ts(next)))
}

/// `POST|GET /1.2/usage-limit`
pub async fn usage_limit(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let form = read_form(&state, q.as_deref(), &headers, body).await?;
    let (key, _) = authenticate(&state, &form, &headers, false).await?;
    let (_, from, _) = month_bounds(None)?;
    let usage = state.store().usage(key.id, from).await?;
    let body = match state.config().limits.monthly_limit {
        Some(limit) => {
            let pct = if limit == 0 {
                100.0
            } else {
                usage as f64 * 100.0 / limit as f64
            };
            serde_json::json!({ "limit": limit, "usage": usage, "percentage": format!("{pct:.2}"), "throttled": false })
        }
        None => {
            serde_json::json!({ "limit": "none", "usage": usage, "percentage": "0.00", "throttled": false })
        }
    };
    Ok(axum::Json(body).into_response())
}

/// `POST|GET /1.2/key-sites`
pub async fn key_sites(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let form = read_form(&state, q.as_deref(), &headers, body).await?;
    let (key, _) = authenticate(&state, &form, &headers, false).await?;
    let (month, from, to) = month_bounds(form.non_empty("month"))?;
    let limit: usize = form
        .non_empty("limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let offset: usize = form
        .non_empty("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut sites = state.store().site_stats(key.id, from, to).await?;
    if let Some(filter) = form.non_empty("filter") {
        sites.retain(|s| s.site.contains(filter));
    }
    match form.non_empty("order").unwrap_or("total") {
        "spam" => sites.sort_by_key(|s| std::cmp::Reverse(s.spam)),
        "ham" => sites.sort_by_key(|s| std::cmp::Reverse(s.ham)),
        "missed_spam" => sites.sort_by_key(|s| std::cmp::Reverse(s.missed_spam)),
        "false_positives" => sites.sort_by_key(|s| std::cmp::Reverse(s.false_positives)),
        _ => sites.sort_by_key(|s| std::cmp::Reverse(s.api_calls)),
    }
    let total = sites.len();
    let page: Vec<_> = sites.into_iter().skip(offset).take(limit).collect();
    if form.non_empty("format") == Some("csv") {
        // The key itself is never echoed; its display prefix identifies it.
        let mut out = format!(
            "Active sites for {}******** during {month} (limit:{limit}, offset: {offset}, total: {total})\n\
             Site,Total API Calls,Spam,Ham,Missed Spam,False Positives,Is Revoked\n",
            key.prefix
        );
        for s in &page {
            let site = if s.site.contains([',', '"', '\n']) {
                format!("\"{}\"", s.site.replace('"', "\"\""))
            } else {
                s.site.clone()
            };
            out.push_str(&format!(
                "{site},{},{},{},{},{},{}\n",
                s.api_calls, s.spam, s.ham, s.missed_spam, s.false_positives, s.is_revoked
            ));
        }
        return Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], out).into_response());
    }
    // Akismet reports the counts as strings.
    let rows: Vec<_> = page
        .iter()
        .map(|s| {
            serde_json::json!({
                "site": s.site, "api_calls": s.api_calls.to_string(), "spam": s.spam.to_string(),
                "ham": s.ham.to_string(), "missed_spam": s.missed_spam.to_string(),
                "false_positives": s.false_positives.to_string(), "is_revoked": s.is_revoked,
            })
        })
        .collect();
    let mut body = serde_json::Map::new();
    body.insert(month, serde_json::Value::Array(rows));
    body.insert("limit".into(), limit.into());
    body.insert("offset".into(), offset.into());
    body.insert("total".into(), total.into());
    Ok(axum::Json(serde_json::Value::Object(body)).into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn wordpress_slashed_comments_are_unslashed() {
        assert_eq!(
            super::unslashed(r#"it\'s <a href=\"http://x.example\">x</a> C:\\temp"#),
            r#"it's <a href="http://x.example">x</a> C:\temp"#
        );
        assert_eq!(super::unslashed(r"C:\temp is fine"), r"C:\temp is fine");
    }

    use super::*;

    #[test]
    fn dates() {
        let want = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        assert_eq!(parse_date("1700000000"), Some(want));
        assert_eq!(parse_date("2023-11-14T22:13:20Z"), Some(want));
        assert_eq!(parse_date("2023-11-14T22:13:20.000Z"), Some(want));
        assert_eq!(parse_date("2023-11-14 22:13:20"), Some(want));
        assert_eq!(parse_date("2023-11-14T23:13:20+01:00"), Some(want));
        assert_eq!(parse_date("yesterday"), None);
    }

    /// WordPress sends its locale as `blog_lang`; a comment not in English under a blog
    /// that is English only stands apart from the page, and one under a blog that also
    /// speaks another language (or names none) does not.
    #[test]
    fn a_comment_not_in_the_blogs_language_stands_apart() {
        let russian = "comment_content=%D0%9A%D1%83%D0%BF%D0%B8%D1%82%D1%8C+%D1%81%D1%82%D1%80%D0%BE%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D0%BD%D1%8B%D0%B5+%D0%BC%D0%B0%D1%82%D0%B5%D1%80%D0%B8%D0%B0%D0%BB%D1%8B";
        for (lang, off) in [
            ("&blog_lang=en_US", true),
            ("&blog_lang=en%2C+en_gb", true),
            ("&blog_lang=en_US%2C+ru_RU", false),
            ("&blog_lang=ru_RU", false),
            ("", false),
        ] {
            let form = Form::parse(format!("{russian}{lang}").as_bytes()).unwrap();
            let (_, s) = post_from_form(&form, "c1".into());
            assert_eq!(s.off_language, off, "{lang}");
        }
        let english =
            Form::parse(b"comment_content=Lovely+photos+of+the+coast&blog_lang=en_US").unwrap();
        assert!(!post_from_form(&english, "c2".into()).1.off_language);
    }

    #[test]
    fn a_forum_topic_lands_in_the_sites_forum_and_a_blog_post_is_the_sites_own() {
        for (kind, want) in [
            ("forum-post", PostKind::Reply),
            ("reply", PostKind::Reply),
            ("blog-post", PostKind::Post),
            ("contact-form", PostKind::Message),
        ] {
            let form =
                Form::parse(format!("comment_type={kind}&comment_content=hi").as_bytes()).unwrap();
            assert_eq!(post_from_form(&form, "c1".into()).0.kind, want, "{kind}");
        }
    }

    #[test]
    fn mapping_and_signals() {
        let form = Form::parse(
            b"comment_type=trackback&comment_content=Cheap+watches+here&comment_author=Bob&comment_author_url=http%3A%2F%2Fw.example\
              &comment_parent=7&permalink=http%3A%2F%2Fblog%2Fp%2F1&honeypot_field_name=hp&hp=x&comment_context%5B%5D=gardening&user_agent=UA",
        )
        .unwrap();
        let (post, s) = post_from_form(&form, "c1".into());
        assert_eq!(post.kind, PostKind::Trackback);
        assert_eq!(post.author.as_deref(), Some("Bob"));
        assert_eq!(post.links, vec!["http://w.example".to_string()]);
        assert_eq!(post.parent_id.as_deref(), Some("7"));
        assert_eq!(post.thread_id.as_deref(), Some("http://blog/p/1"));
        assert!(s.honeypot_filled);
        assert!(s.signals.iter().any(|x| x.starts_with("off-topic")));
        assert!(s.signals.iter().any(|x| x.starts_with("no referrer")));
        assert!(!s.signals.iter().any(|x| x.starts_with("no user agent")));
    }

    #[test]
    fn moderation_softens_answers_only_when_asked() {
        use discern_store::{Moderation, UnsureBand};
        let off = Moderation::default();
        let band = Moderation {
            unsure: Some(UnsureBand::new(0.4, 0.8).unwrap()),
            shadow_since: None,
        };
        let shadow = Moderation {
            unsure: None,
            shadow_since: Some(1),
        };
        let yes = |discard| Answer {
            spam: true,
            discard,
            review: None,
        };
        let no = |review| Answer {
            spam: false,
            discard: false,
            review,
        };
        // Off: the verdict's own answer, at any probability.
        assert_eq!(moderate(&off, true, true, 0.5, false), yes(true));
        assert_eq!(moderate(&off, false, false, 0.5, false), no(None));
        // The band: in it, "not spam" and review; above it, the verdict; a honeypot is
        // never unsure.
        assert_eq!(
            moderate(&band, true, false, 0.6, false),
            no(Some(ReviewFlag::Unsure))
        );
        assert_eq!(
            moderate(&band, false, false, 0.4, false),
            no(Some(ReviewFlag::Unsure))
        );
        assert_eq!(moderate(&band, true, true, 0.8, false), yes(true));
        assert_eq!(moderate(&band, true, true, 0.6, true), yes(true));
        assert_eq!(moderate(&band, false, false, 0.1, false), no(None));
        // Shadow: always "not spam", what would have been caught flagged.
        assert_eq!(
            moderate(&shadow, true, true, 0.99, true),
            no(Some(ReviewFlag::Shadow))
        );
        assert_eq!(moderate(&shadow, false, false, 0.2, false), no(None));
    }

    #[test]
    fn key_from_host() {
        let form = Form::default();
        let mut h = HeaderMap::new();
        h.insert(
            header::HOST,
            HeaderValue::from_static("abcdefABCDEF.localhost:8080"),
        );
        assert_eq!(key_of(&form, &h), Some("abcdefABCDEF"));
        h.insert(header::HOST, HeaderValue::from_static("rest.akismet.com"));
        assert_eq!(key_of(&form, &h), None);
    }
}
