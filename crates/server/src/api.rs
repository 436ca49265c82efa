//! The native JSON API under `/v1`: the same verdict contract as the CLI
//! (`{"id","label","scores":{label:p},"signals":[…]}`), Bearer-key authentication, and a
//! site chosen with `?site=URL` (default `default`) so one key can serve several sites.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use discern_posts::Post;
use discern_store::{FeedbackSource, KeyRecord, NewFeedback, SiteRecord};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::akismet::{FormSignals, judge, new_check};
use crate::error::{AppError, AppResult};

#[derive(Debug, Default, Deserialize)]
pub struct SiteQuery {
    pub site: Option<String>,
}

pub fn scores_map(scores: &[(String, f32)]) -> Map<String, Value> {
    scores.iter().map(|(l, p)| (l.clone(), json!(p))).collect()
}

pub(crate) async fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
    q: &SiteQuery,
) -> AppResult<(KeyRecord, SiteRecord)> {
    let key = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .ok_or(AppError::Unauthorized)?;
    let record = state.key(key).await?.ok_or(AppError::Unauthorized)?;
    state.rate_limit(&record)?;
    let url = q
        .site
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("default");
    let site = state.site(&record, url).await?;
    Ok((record, site))
}

fn parse_json(body: &[u8]) -> AppResult<Value> {
    serde_json::from_slice(body).map_err(|e| AppError::BadRequest(format!("invalid JSON: {e}")))
}

/// One JSON post → [`Post`]; a missing id becomes the 1-based position, like the CLI.
fn to_post(mut v: Value, position: usize) -> AppResult<Post> {
    let obj = v
        .as_object_mut()
        .ok_or_else(|| AppError::BadRequest(format!("post {position} is not an object")))?;
    match obj.get("id") {
        None | Some(Value::Null) => {
            obj.insert("id".into(), Value::String(position.to_string()));
        }
        Some(Value::Number(n)) => {
            let s = n.to_string();
            obj.insert("id".into(), Value::String(s));
        }
        _ => {}
    }
    serde_json::from_value(v).map_err(|e| AppError::BadRequest(format!("post {position}: {e}")))
}

/// Single post or `{"posts":[…]}`; returns the posts and whether it was a batch.
fn posts_of(state: &AppState, body: &[u8]) -> AppResult<(Vec<Post>, bool)> {
    let mut v = parse_json(body)?;
    let (items, batch) = match v.get_mut("posts") {
        Some(Value::Array(items)) => (std::mem::take(items), true),
        Some(_) => return Err(AppError::BadRequest("\"posts\" must be an array".into())),
        None => (vec![v], false),
    };
    let max = state.config().limits.max_batch;
    if items.len() > max {
        return Err(AppError::BadRequest(format!(
            "{} posts in one batch; the limit is {max}",
            items.len()
        )));
    }
    let posts = items
        .into_iter()
        .enumerate()
        .map(|(i, v)| to_post(v, i + 1))
        .collect::<AppResult<Vec<_>>>()?;
    Ok((posts, batch))
}

async fn classify_all(
    state: &AppState,
    site: &SiteRecord,
    posts: &[Post],
    in_thread: bool,
) -> AppResult<Vec<Value>> {
    let mut out = Vec::with_capacity(posts.len());
    // A thread's posts are judged where they land (relevance, author, whose channel),
    // in order; standalone posts are judged by their text alone.
    let mut conversation = in_thread.then(discern_engine::Conversation::default);
    for post in posts {
        let (mut verdict, adapter_version) =
            judge(state, site, post, FormSignals::default()).await?;
        if let Some(conversation) = conversation.as_mut() {
            conversation.judge(post, &mut verdict);
        }
        state.metrics().verdict(&verdict.label);
        state
            .record_check(new_check(
                state,
                site,
                post,
                &verdict,
                adapter_version,
                None,
                false,
            ))
            .await;
        out.push(serde_json::to_value(&verdict).map_err(|e| AppError::Internal(e.to_string()))?);
    }
    Ok(out)
}

/// `POST /v1/classify`
pub async fn classify(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let (posts, batch) = posts_of(&state, &body)?;
    let mut verdicts = classify_all(&state, &site, &posts, false).await?;
    if batch {
        Ok(Json(json!({ "verdicts": verdicts })).into_response())
    } else {
        Ok(Json(verdicts.pop().unwrap_or(Value::Null)).into_response())
    }
}

/// `POST /v1/threads/analyze`
pub async fn analyze_thread(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let (posts, _) = posts_of(&state, &body)?;
    let verdicts = classify_all(&state, &site, &posts, true).await?;
    // One entry per post, in order: the reply's relevance to its thread, null for roots.
    let relevance: Vec<Value> = verdicts
        .iter()
        .map(|v| v.get("relevance").cloned().unwrap_or(Value::Null))
        .collect();
    Ok(Json(json!({ "verdicts": verdicts, "relevance": relevance })).into_response())
}

/// `GET /v1/accounts/{author}`
pub async fn account(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    Path(author): Path<String>,
) -> AppResult<Response> {
    let (key, _) = authenticate(&state, &headers, &q).await?;
    let p = state.store().account_profile(key.id, &author).await?;
    let labels: Map<String, Value> = p
        .labels
        .iter()
        .map(|(l, n)| (l.clone(), json!(n)))
        .collect();
    let ts = |t: Option<i64>| {
        t.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            .map(|t| t.to_rfc3339())
    };
    Ok(Json(json!({
        "author": p.author,
        "checks": p.checks,
        "labels": labels,
        "first_seen": ts(p.first_seen),
        "last_seen": ts(p.last_seen),
    }))
    .into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedbackItem {
    text: String,
    label: String,
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    author: Option<String>,
}

/// `POST /v1/feedback`: one `{"text","label"}` or `{"feedback":[…]}`.
pub async fn feedback(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let mut v = parse_json(&body)?;
    let items = match v.get_mut("feedback") {
        Some(Value::Array(items)) => std::mem::take(items),
        Some(_) => return Err(AppError::BadRequest("\"feedback\" must be an array".into())),
        None => vec![v],
    };
    if items.len() > state.config().limits.max_batch {
        return Err(AppError::BadRequest(
            "too many feedback items in one request".into(),
        ));
    }
    let labels = state.model().labels();
    let items = items
        .into_iter()
        .map(|i| {
            serde_json::from_value::<FeedbackItem>(i)
                .map_err(|e| AppError::BadRequest(format!("feedback item: {e}")))
        })
        .collect::<AppResult<Vec<_>>>()?;
    if let Some(bad) = items.iter().find(|i| !labels.contains(&i.label)) {
        return Err(AppError::BadRequest(format!(
            "unknown label {:?}; the model's labels are {labels:?}",
            bad.label
        )));
    }
    // Durable first: every row is committed before anything is learned or answered.
    let mut learned = Vec::with_capacity(items.len());
    for item in items {
        let post_id = item
            .id
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string));
        let id = state
            .store()
            .insert_feedback(NewFeedback {
                site_id: site.id,
                post_id,
                author: item.author,
                content: item.text.clone(),
                label: item.label.clone(),
                source: FeedbackSource::Correction,
                is_test: false,
                created_at: discern_store::now(),
            })
            .await?;
        state
            .metrics()
            .feedback_stored
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        learned.push((id, item.text, item.label));
    }
    let ids: Vec<i64> = learned.iter().map(|l| l.0).collect();
    let version = state.learn(&site, &learned).await?;
    Ok(
        Json(json!({ "stored": ids.len(), "feedback_ids": ids, "adapter_version": version }))
            .into_response(),
    )
}

/// `GET /v1/adapters`: the adapter history of the site's scope, newest first.
pub async fn adapters(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let scope = AppState::scope_of(&site);
    let list = state.store().list_adapters(scope).await?;
    let current = state.adapter_for(&site).await?.map(|a| a.version);
    Ok(
        Json(json!({ "scope": scope_name(scope), "current": current, "versions": list }))
            .into_response(),
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RollbackRequest {
    version: i64,
}

/// `POST /v1/adapters/rollback`
pub async fn rollback(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let req: RollbackRequest = serde_json::from_value(parse_json(&body)?)
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    let rec = state.rollback(&site, req.version).await?;
    Ok(Json(
        json!({ "scope": scope_name(rec.scope), "version": rec.version, "restored": req.version }),
    )
    .into_response())
}

fn scope_name(scope: discern_store::AdapterScope) -> String {
    match scope {
        discern_store::AdapterScope::Global => "global".into(),
        discern_store::AdapterScope::Site(id) => format!("site:{id}"),
    }
}

/// `GET /healthz`: the process is up.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers.
pub async fn readyz(State(state): State<AppState>) -> AppResult<&'static str> {
    state.store().ping().await?;
    Ok("ready")
}

/// `GET /metrics`
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics().render(),
    )
        .into_response()
}
