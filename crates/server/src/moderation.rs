//! Moderation for the dashboard and any client with a key: the site's verdict mix, the
//! queue of recent checks with why each verdict was given, a person's review of a check
//! (learned exactly as Akismet's submit-spam/submit-ham are: one feedback row and the
//! adapter version learned from it, in one transaction), and the site's moderation
//! settings (unsure band, shadow mode) with what shadow mode would have caught.

use std::collections::BTreeMap;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use discern_store::{CheckRecord, FeedbackSource, Moderation, NewFeedback, UnsureBand};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::api::{SiteQuery, authenticate};
use crate::body::{SMALL_BODY, read_json};
use crate::error::{AppError, AppResult};
use crate::state::ItemOutcome;

/// Largest settings or review body (`{"label":"spam"}`, a band and a flag).
/// Most checks one queue page shows.
const MAX_QUEUE: u32 = 200;
/// Longest content mix (a year of days).
const MAX_DAYS: u32 = 366;

/// `GET /v1/sites`: the key's sites and their moderation settings.
pub async fn sites(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (key, _) = authenticate(&state, &headers, &q).await?;
    let sites: Vec<Value> = state
        .store()
        .sites_for_key(key.id)
        .await?
        .iter()
        .map(|s| json!({"url": s.url, "share_feedback": s.share_feedback, "moderation": settings_json(&s.moderation)}))
        .collect();
    Ok(Json(json!({ "sites": sites })).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MixQuery {
    site: Option<String>,
    days: Option<u32>,
}

/// `GET /v1/content-mix?days=N`: the site's verdicts per day and label over the last N
/// days (30 by default), test calls left out.
pub async fn content_mix(
    State(state): State<AppState>,
    Query(q): Query<MixQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let site_q = SiteQuery { site: q.site };
    let (_, site) = authenticate(&state, &headers, &site_q).await?;
    let days = q.days.unwrap_or(30).clamp(1, MAX_DAYS);
    let today = discern_store::now() / 86_400 * 86_400;
    let since = today - i64::from(days - 1) * 86_400;
    let rows = state.store().label_mix(site.id, since).await?;
    let labels = state.model().labels();
    let mut per_day: BTreeMap<i64, BTreeMap<&str, u64>> = BTreeMap::new();
    let mut totals: BTreeMap<&str, u64> = labels.iter().map(|l| (l.as_str(), 0)).collect();
    for r in &rows {
        let day = per_day
            .entry(r.day)
            .or_insert_with(|| labels.iter().map(|l| (l.as_str(), 0)).collect());
        *day.entry(r.label.as_str()).or_default() += r.count;
        *totals.entry(r.label.as_str()).or_default() += r.count;
    }
    let days_out: Vec<Value> = per_day
        .into_iter()
        .map(|(day, counts)| json!({ "day": date(day), "counts": counts }))
        .collect();
    Ok(
        Json(json!({ "since": date(since), "labels": labels, "days": days_out, "totals": totals }))
            .into_response(),
    )
}

fn date(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map_or_else(|| t.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueQuery {
    site: Option<String>,
    /// `all` (default): the newest checks; `review`: flagged and not reviewed yet.
    status: Option<String>,
    limit: Option<u32>,
}

/// `GET /v1/moderation/queue`
pub async fn queue(
    State(state): State<AppState>,
    Query(q): Query<QueueQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let site_q = SiteQuery { site: q.site };
    let (_, site) = authenticate(&state, &headers, &site_q).await?;
    let to_review = match q.status.as_deref() {
        None | Some("all") => false,
        Some("review") => true,
        Some(other) => {
            return Err(AppError::BadRequest(format!(
                "status must be all or review, not {other:?}"
            )));
        }
    };
    let limit = q.limit.unwrap_or(50).clamp(1, MAX_QUEUE);
    let checks = state
        .store()
        .recent_checks(site.id, to_review, limit)
        .await?;
    let checks: Vec<Value> = checks.iter().map(check_json).collect();
    Ok(Json(json!({ "site": site.url, "checks": checks })).into_response())
}

/// A stored check as the queue shows it: the stored JSON texts parsed back, and the
/// judgement (the first signal, "judged: …") on its own so a reader sees it first.
fn check_json(c: &CheckRecord) -> Value {
    let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap_or(Value::Null);
    let signals = parse(&c.signals);
    let judged = signals
        .as_array()
        .and_then(|a| a.first())
        .and_then(Value::as_str)
        .filter(|s| s.starts_with("judged:"))
        .map(str::to_string);
    json!({
        "id": c.id,
        "created_at": c.created_at,
        "post_id": c.post_id,
        "author": c.author,
        "author_url": c.author_url,
        "content": c.content,
        "kind": c.kind,
        "label": c.label,
        "scores": parse(&c.scores),
        "judged": judged,
        "signals": signals,
        "factors": c.factors.as_deref().map(parse),
        "review": c.review,
        "reviewed": c.reviewed,
        "is_test": c.is_test,
        "source": c.source,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewRequest {
    label: String,
}

/// `POST /v1/moderation/checks/{id}`: a person confirms (the verdict's own label) or
/// corrects (another label) a check. The feedback goes through the same commit as
/// Akismet's submit-spam and submit-ham, so the site's adapter learns it; a retry of the
/// same review is recognised and not learned twice.
pub async fn review(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let req: ReviewRequest =
        read_json(body, &headers, SMALL_BODY, state.config().request_timeout()).await?;
    let labels = state.model().labels();
    if !labels.contains(&req.label) {
        return Err(AppError::BadRequest(format!(
            "unknown label {:?}; the model's labels are {labels:?}",
            req.label
        )));
    }
    // Another site's check is answered exactly like a missing one.
    let check = state
        .store()
        .check(site.id, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("check {id}")))?;
    // Counted as Akismet counts them: spam let through is a submit-spam, a good comment
    // called spam a submit-ham; a confirmation or a change between the other labels is a
    // correction.
    let source = match (check.label == "spam", req.label == "spam") {
        (false, true) => FeedbackSource::SubmitSpam,
        (true, false) => FeedbackSource::SubmitHam,
        _ => FeedbackSource::Correction,
    };
    let learn = !check.is_test && !check.content.trim().is_empty();
    let row = NewFeedback {
        site_id: site.id,
        post_id: check.post_id.clone(),
        author: check.author.clone(),
        content: check.content.clone(),
        label: req.label.clone(),
        source,
        is_test: check.is_test,
        created_at: discern_store::now(),
        dedupe_key: Some(format!("review:{id}:{}", req.label)),
        check_id: Some(id),
        // The review copies its check's text and author; erasing the person finds it by
        // that copy (crates/store erase), so the hashed address is not repeated here.
        author_email: None,
        author_ip: None,
    };
    let outcome = state.commit_feedback(&site, vec![row], learn).await?;
    let (status, row) = match outcome.items.first() {
        Some(ItemOutcome::Stored(row)) => ("stored", *row),
        Some(ItemOutcome::Duplicate(row)) => ("duplicate", *row),
        None => return Err(AppError::Internal("review outcome missing".into())),
    };
    Ok(Json(json!({
        "check": id,
        "verdict": check.label,
        "label": req.label,
        "confirmed": check.label == req.label,
        "source": source.as_str(),
        "status": status,
        "feedback_row": row,
        "learned": outcome.learned,
        "adapter_version": outcome.adapter_version,
    }))
    .into_response())
}

fn settings_json(m: &Moderation) -> Value {
    json!({
        "unsure": m.unsure.map(|b| json!({"low": b.low, "high": b.high})),
        "shadow": m.shadow_since.is_some(),
        "shadow_since": m.shadow_since,
    })
}

/// `GET /v1/moderation/settings`
pub async fn get_settings(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    Ok(Json(settings_json(&site.moderation)).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsRequest {
    /// `{"low": p, "high": q}`, or null for no band.
    unsure: Option<BandRequest>,
    shadow: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BandRequest {
    low: f64,
    high: f64,
}

/// `PUT /v1/moderation/settings`: the whole settings object. Shadow mode keeps the time
/// it was first turned on while it stays on, so its report covers the whole trial.
pub async fn put_settings(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let req: SettingsRequest =
        read_json(body, &headers, SMALL_BODY, state.config().request_timeout()).await?;
    let unsure = match req.unsure {
        Some(b) => Some(UnsureBand::new(b.low, b.high).map_err(AppError::BadRequest)?),
        None => None,
    };
    let shadow_since = match (req.shadow, site.moderation.shadow_since) {
        (true, Some(since)) => Some(since),
        (true, None) => Some(discern_store::now()),
        (false, _) => None,
    };
    let moderation = Moderation {
        unsure,
        shadow_since,
    };
    state.store().set_moderation(site.id, moderation).await?;
    state.forget_site(&site);
    Ok(Json(settings_json(&moderation)).into_response())
}

/// `GET /v1/moderation/shadow`: what shadow mode would have caught since it was turned
/// on, and what people said of those catches in the queue.
pub async fn shadow_report(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let Some(since) = site.moderation.shadow_since else {
        return Ok(Json(json!({ "shadow": false })).into_response());
    };
    let s = state.store().shadow_summary(site.id, since).await?;
    let share = if s.checks > 0 {
        s.would_catch as f64 / s.checks as f64
    } else {
        0.0
    };
    Ok(Json(json!({
        "shadow": true,
        "since": since,
        "checks": s.checks,
        "would_catch": s.would_catch,
        "would_catch_share": (share * 10_000.0).round() / 10_000.0,
        "reviewed": s.confirmed_spam + s.said_not_spam,
        "confirmed_spam": s.confirmed_spam,
        "said_not_spam": s.said_not_spam,
    }))
    .into_response())
}
