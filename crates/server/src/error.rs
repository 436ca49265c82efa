//! The one error type of every handler, and how each kind is answered.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use discern_store::StoreError;

/// Everything a handler can fail with. Store outages become 503 with a log line; nothing
/// here panics or leaks internals to the client beyond a short message.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Akismet-style refusal: HTTP 200, body `invalid`, reason in `X-akismet-debug-help`
    /// (that is what Akismet clients expect for a bad key or a missing `blog`).
    #[error("akismet: {0}")]
    AkismetInvalid(String),
    #[error("missing or unknown API key")]
    Unauthorized,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("too large: {0}")]
    PayloadTooLarge(String),
    /// The request (its body) did not arrive within the request deadline.
    #[error("the request took too long to arrive")]
    Timeout,
    /// Another writer changed what this write was based on; nothing was written.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Learning would grow an adapter past `limits.max_adapter_bytes`; nothing was written.
    #[error("adapter full: {0}")]
    AdapterFull(String),
    #[error("rate limit exceeded")]
    RateLimited { retry_after_secs: u64 },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Conflict(what) => AppError::Conflict(what),
            e if e.is_unavailable() => AppError::Unavailable(e.to_string()),
            e => AppError::Internal(e.to_string()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            AppError::AkismetInvalid(help) => {
                let mut r = (
                    StatusCode::OK,
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    "invalid",
                )
                    .into_response();
                // Header values cannot hold control characters; keep the help readable.
                let help: String = help
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                if let Ok(v) = HeaderValue::from_str(&help) {
                    r.headers_mut().insert("x-akismet-debug-help", v);
                }
                return r;
            }
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::PayloadTooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            AppError::Timeout => (StatusCode::REQUEST_TIMEOUT, "timeout"),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            AppError::AdapterFull(_) => (StatusCode::INSUFFICIENT_STORAGE, "adapter_full"),
            AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            AppError::Unavailable(msg) => {
                tracing::warn!(error = %msg, "answering 503: store unavailable");
                (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
            }
            AppError::Internal(msg) => {
                tracing::error!(error = %msg, "answering 500");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        };
        let message = match &self {
            // Do not echo database internals to clients; the log has them.
            AppError::Unavailable(_) => {
                "the database is unavailable (read-only, full or unreachable); try again later"
                    .to_string()
            }
            AppError::Internal(_) => "internal error".to_string(),
            other => other.to_string(),
        };
        let body = serde_json::json!({ "error": { "code": code, "message": message } });
        let mut r = (status, axum::Json(body)).into_response();
        if let AppError::RateLimited { retry_after_secs } = self {
            r.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(retry_after_secs.max(1)),
            );
        }
        r
    }
}

pub type AppResult<T> = Result<T, AppError>;
