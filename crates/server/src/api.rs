//! The native JSON API under `/v1`: the same verdict contract as the CLI
//! (`{"id","label","scores":{label:p},"signals":[…]}`), Bearer-key authentication, and a
//! site chosen with `?site=URL` (default `default`) so one key can serve several sites.

use std::io::Read;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use discern_posts::{Post, PostKind};
use discern_store::{FeedbackSource, KeyRecord, NewFeedback, SiteRecord};
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::akismet::{FormSignals, judge_with, new_check};
use crate::body::{JsonBody, SMALL_BODY, read_json};
use crate::error::{AppError, AppResult};
use crate::state::ItemOutcome;

/// Largest rollback request (`{"version": N}`).

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

/// One JSON post → [`Post`]; a missing id becomes the 1-based position, like the CLI.
fn to_post(mut v: Value, position: usize) -> Result<Post, String> {
    let obj = v
        .as_object_mut()
        .ok_or_else(|| format!("post {position} is not an object"))?;
    let said_kind = obj.get("kind").is_some_and(|kind| !kind.is_null());
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
    let mut post: Post = serde_json::from_value(v).map_err(|e| format!("post {position}: {e}"))?;
    if !said_kind && !post.is_reply() {
        // As the CLI reads a file: a YouTube text that does not say what it is, is a
        // comment. (A reply without a kind keeps serde's default; it lands elsewhere by
        // its parent all the same.)
        post.kind = PostKind::unstated(false, post.platform.as_deref());
    }
    Ok(post)
}

/// A JSON body that is either one item (an object) or `{FIELD: [item, …]}`, parsed
/// straight from the reader: each item is converted as soon as it is read, and the parse
/// stops at item `max + 1`, so neither the raw body nor a whole-document tree is ever held.
struct Batch<T> {
    field: &'static str,
    max: usize,
    item: fn(Value, usize) -> Result<T, String>,
}

impl<T> Clone for Batch<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Batch<T> {}

/// Parses a [`Batch`] document from `reader`: the items, and whether it was a batch.
fn parse_batch<T>(reader: &mut dyn Read, batch: Batch<T>) -> AppResult<(Vec<T>, bool)> {
    let invalid = |e: serde_json::Error| AppError::BadRequest(format!("invalid JSON: {e}"));
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = batch.deserialize(&mut de).map_err(invalid)?;
    de.end().map_err(invalid)?;
    Ok(parsed)
}

impl<'de, T> DeserializeSeed<'de> for Batch<T> {
    type Value = (Vec<T>, bool);

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T> Visitor<'de> for Batch<T> {
    type Value = (Vec<T>, bool);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an object, or {{\"{}\": [...]}}", self.field)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut single = Map::new();
        let mut items = None;
        while let Some(key) = map.next_key::<String>()? {
            if items.is_some() {
                map.next_value::<IgnoredAny>()?;
            } else if key == self.field {
                items = Some(map.next_value_seed(Items(self))?);
            } else {
                single.insert(key, map.next_value()?);
            }
        }
        match items {
            Some(items) => Ok((items, true)),
            None => Ok((
                vec![(self.item)(Value::Object(single), 1).map_err(de::Error::custom)?],
                false,
            )),
        }
    }
}

/// The array of a [`Batch`].
struct Items<T>(Batch<T>);

impl<'de, T> DeserializeSeed<'de> for Items<T> {
    type Value = Vec<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T> Visitor<'de> for Items<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\"{}\" to be an array", self.0.field)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element::<Value>()? {
            if out.len() == self.0.max {
                return Err(de::Error::custom(format!(
                    "more than {} items in \"{}\"; the limit is {}",
                    self.0.max, self.0.field, self.0.max
                )));
            }
            out.push((self.0.item)(v, out.len() + 1).map_err(de::Error::custom)?);
        }
        Ok(out)
    }
}

/// Reads and parses a JSON body (after authentication) under the API's limits.
async fn read_batch<T: Send + 'static>(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
    field: &'static str,
    item: fn(Value, usize) -> Result<T, String>,
) -> AppResult<(Vec<T>, bool)> {
    let limits = &state.config().limits;
    let batch = Batch {
        field,
        max: limits.max_batch,
        item,
    };
    JsonBody::start(
        body,
        headers,
        limits.api_body_bytes,
        state.config().request_timeout(),
    )?
    .parse(move |reader| parse_batch(reader, batch))
    .await
}

/// Classifies posts on the blocking pool (a batch is CPU work; the async workers must
/// stay free for other requests), then queues their checks.
async fn classify_all(
    state: &AppState,
    site: &SiteRecord,
    posts: Vec<Post>,
    in_thread: bool,
) -> AppResult<Vec<Value>> {
    let adapter = state.adapter_for(site).await?;
    let (worker_state, worker_site) = (state.clone(), site.clone());
    let (out, checks) = state
        .run_cpu(move || -> AppResult<_> {
            let (state, site) = (&worker_state, &worker_site);
            let mut out = Vec::with_capacity(posts.len());
            let mut checks = Vec::with_capacity(posts.len());
            // A thread's posts are judged where they land (relevance, author, whose
            // channel), in order; standalone posts are judged by their text alone.
            // Posts sent newest first are judged oldest first, answered in the order sent.
            let mut conversation = in_thread.then(discern_engine::Conversation::default);
            let mut verdicts: Vec<_> = posts
                .iter()
                .map(|post| judge_with(state, adapter.as_ref(), post, FormSignals::default()))
                .collect();
            if let Some(conversation) = conversation.as_mut() {
                let order = discern_engine::order_of_events(&posts)
                    .unwrap_or_else(|| (0..posts.len()).collect());
                for &i in &order {
                    conversation.judge(&posts[i], &mut verdicts[i]);
                }
                // An account's first posts, judged before its feed showed a brand's,
                // are the brand's too.
                conversation.revise(0, &order, &posts, &mut verdicts);
            }
            for (post, verdict) in posts.iter().zip(verdicts) {
                state.metrics().verdict(&verdict.label);
                let version = adapter.as_ref().map(|a| a.version);
                checks.push(new_check(state, site, post, &verdict, version, None, false));
                out.push(
                    serde_json::to_value(&verdict)
                        .map_err(|e| AppError::Internal(e.to_string()))?,
                );
            }
            Ok((out, checks))
        })
        .await??;
    for check in checks {
        state.record_check(check).await;
    }
    Ok(out)
}

/// `POST /v1/classify`
pub async fn classify(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    // The key is checked before a byte of the body is read.
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let (posts, batch) = read_batch(&state, &headers, body, "posts", to_post).await?;
    let mut verdicts = classify_all(&state, &site, posts, false).await?;
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
    body: Body,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let (posts, _) = read_batch(&state, &headers, body, "posts", to_post).await?;
    let verdicts = classify_all(&state, &site, posts, true).await?;
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
    /// The post's id.
    #[serde(default)]
    id: Option<Value>,
    /// The client's id for this report; a retry with the same id is not stored twice.
    #[serde(default)]
    feedback_id: Option<Value>,
    #[serde(default)]
    author: Option<String>,
}

fn feedback_item(v: Value, position: usize) -> Result<FeedbackItem, String> {
    serde_json::from_value(v).map_err(|e| format!("feedback item {position}: {e}"))
}

fn id_text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// `POST /v1/feedback`: one `{"text","label"}` or `{"feedback":[…]}`.
///
/// All or nothing: every new item is stored and learned in one transaction, or none is.
/// Items are idempotent: by `feedback_id` when given, else by the post `id` with the label;
/// a retry reports those as duplicates instead of storing them again.
pub async fn feedback(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let (items, _) = read_batch(&state, &headers, body, "feedback", feedback_item).await?;
    let labels = state.model().labels();
    if let Some(bad) = items.iter().find(|i| !labels.contains(&i.label)) {
        return Err(AppError::BadRequest(format!(
            "unknown label {:?}; the model's labels are {labels:?}",
            bad.label
        )));
    }
    let now = discern_store::now();
    let rows = items
        .into_iter()
        .map(|item| {
            let post_id = item.id.as_ref().map(id_text);
            let dedupe_key = match (&item.feedback_id, &post_id) {
                (Some(f), _) => Some(format!("f:{}", id_text(f))),
                (None, Some(p)) => Some(format!("p:{p}:{}", item.label)),
                (None, None) => None,
            };
            NewFeedback {
                site_id: site.id,
                post_id,
                author: item.author,
                content: item.text,
                label: item.label,
                source: FeedbackSource::Correction,
                is_test: false,
                created_at: now,
                dedupe_key,
                check_id: None,
                // The native API takes no e-mail or IP for feedback.
                author_email: None,
                author_ip: None,
            }
        })
        .collect();
    let outcome = state.commit_feedback(&site, rows, true).await?;
    let stored = outcome
        .items
        .iter()
        .filter(|o| matches!(o, ItemOutcome::Stored(_)))
        .count();
    let (ids, detail): (Vec<i64>, Vec<Value>) = outcome
        .items
        .iter()
        .map(|o| match *o {
            ItemOutcome::Stored(id) => (id, json!({"feedback_row": id, "status": "stored"})),
            ItemOutcome::Duplicate(id) => (id, json!({"feedback_row": id, "status": "duplicate"})),
        })
        .unzip();
    Ok(Json(json!({
        "stored": stored,
        "duplicates": ids.len() - stored,
        "learned": outcome.learned,
        "feedback_ids": ids,
        "items": detail,
        "adapter_version": outcome.adapter_version,
    }))
    .into_response())
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
    body: Body,
) -> AppResult<Response> {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let req: RollbackRequest =
        read_json(body, &headers, SMALL_BODY, state.config().request_timeout()).await?;
    let rec = state
        .rollback(&site, req.version, is_operator(&state, &headers))
        .await?;
    Ok(Json(
        json!({ "scope": scope_name(rec.scope), "version": rec.version, "restored": req.version }),
    )
    .into_response())
}

/// Whether the request carries the operator's token (`X-Discern-Operator`).
pub(crate) fn is_operator(state: &AppState, headers: &HeaderMap) -> bool {
    let (Some(token), Some(given)) = (
        state.config().operator_token.as_deref(),
        headers.get("x-discern-operator"),
    ) else {
        return false;
    };
    let given = given.as_bytes();
    // Constant time in the token's content, so timing reveals nothing of it.
    given.len() == token.len()
        && given
            .iter()
            .zip(token.as_bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
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

/// `GET /readyz`: the database takes writes (a read-only or unreachable database is not
/// ready: every acknowledgement the server gives needs a write).
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.ready().await {
        Ok(()) => "ready".into_response(),
        Err(why) => {
            tracing::warn!(error = %why, "not ready: the database does not take writes");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"error": {"code": "not_ready", "message": "the database does not take writes"}})),
            )
                .into_response()
        }
    }
}

/// `GET /metrics`
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)],
        state.metrics().render(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_without_a_kind_takes_the_one_its_platform_implies() {
        let kind = |json: &str| {
            to_post(serde_json::from_str(json).unwrap(), 1)
                .unwrap()
                .kind
        };
        assert_eq!(
            kind(r#"{"text":"x","platform":"youtube"}"#),
            PostKind::Reply
        );
        assert_eq!(
            kind(r#"{"text":"x","platform":"youtube","kind":"post"}"#),
            PostKind::Post
        );
        assert_eq!(kind(r#"{"text":"x","platform":"x"}"#), PostKind::Post);
        assert_eq!(kind(r#"{"text":"x","platform":"sms"}"#), PostKind::Message);
    }
}
