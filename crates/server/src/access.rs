//! The access log: one line per request, at `info` on the target `discern::access`
//! (`RUST_LOG=discern::access=off` silences it).
//!
//! ```text
//! INFO discern::access: method=POST path=/1.1/comment-check status=200 latency_us=412 bytes_in=318 bytes_out=5 client=127.0.0.1:50312 key=ab12
//! ```
//!
//! What it never writes: an API key in full (Akismet clients send it as the Host's first
//! label or as `key=`/`api_key=` in the body; only its 4-character display prefix, the
//! one `discern keys list` shows, is logged), the query string (`usage-limit` takes the
//! key there), the Host header, any body, and path parameters (the route pattern is
//! logged, so `/v1/accounts/{author}` does not name the author). The visitor's address
//! is left out on the routes a visitor's browser calls (tracked links, pixel, script):
//! crates/measure promises that no client address is stored.
//!
//! The key prefix comes from [`AppState::key`](crate::AppState::key), the one place a key
//! is looked up, through a task-local set for the request's duration: the body is read
//! after this layer, inside the handler, so the layer itself cannot see a body key.

use std::cell::Cell;
use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request};
use axum::http::header::CONTENT_LENGTH;
use axum::middleware::Next;
use axum::response::Response;
use discern_store::KEY_PREFIX_LEN;
use hyper::body::Body as _;

tokio::task_local! {
    /// The display prefix of the key the request authenticated with (or tried to).
    static KEY_PREFIX: Cell<Option<[u8; KEY_PREFIX_LEN]>>;
}

/// Routes whose client is a visitor's browser, not an API client.
const VISITOR_ROUTES: &[&str] = &["/l/{code}", "/v1/pixel.gif", "/v1/script.js"];
/// Longest unmatched path logged (a 404 probe may send anything).
const MAX_PATH: usize = 120;

/// Notes the key a request presented, for its log line: only its first
/// [`KEY_PREFIX_LEN`] characters, and only when they are letters or digits (a hostile
/// "key" cannot write into the log). Outside a request (tests, the CLI) it does nothing.
pub(crate) fn note_key(key: &str) {
    let Some(prefix) = key.as_bytes().get(..KEY_PREFIX_LEN) else {
        return;
    };
    if prefix.iter().all(u8::is_ascii_alphanumeric) {
        let mut p = [0; KEY_PREFIX_LEN];
        p.copy_from_slice(prefix);
        p.make_ascii_lowercase();
        let _ = KEY_PREFIX.try_with(|cell| cell.set(Some(p)));
    }
}

/// Route layer: hands the matched route pattern to [`log`] (which runs outside routing,
/// so that unmatched requests are logged too) in the response's extensions.
pub async fn route(req: Request, next: Next) -> Response {
    let matched = req.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(req).await;
    if let Some(m) = matched {
        response.extensions_mut().insert(m);
    }
    response
}

/// Outer layer: times the request and writes its line.
pub async fn log(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let bytes_in = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let raw_path = truncate(req.uri().path(), MAX_PATH).to_owned();
    let (response, key) = KEY_PREFIX
        .scope(Cell::new(None), async {
            let response = next.run(req).await;
            (response, KEY_PREFIX.with(Cell::get))
        })
        .await;
    let path = response
        .extensions()
        .get::<MatchedPath>()
        .map_or(raw_path.as_str(), MatchedPath::as_str);
    let client = match peer {
        Some(addr) if !VISITOR_ROUTES.contains(&path) => addr.to_string(),
        _ => "-".to_string(),
    };
    let key = key.as_ref().and_then(|k| std::str::from_utf8(k).ok());
    tracing::info!(
        target: "discern::access",
        method = %method,
        path = %path,
        status = response.status().as_u16(),
        latency_us = started.elapsed().as_micros() as u64,
        bytes_in,
        bytes_out = response.body().size_hint().exact(),
        client = %client,
        key = %key.unwrap_or("-"),
    );
    response
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn only_a_clean_prefix_is_noted() {
        let seen = |key: &'static str| {
            KEY_PREFIX.scope(Cell::new(None), async move {
                note_key(key);
                KEY_PREFIX.with(Cell::get)
            })
        };
        assert_eq!(seen("AbC1defghijk").await, Some(*b"abc1"));
        assert_eq!(seen("ab\nc12345678").await, None, "no control characters");
        assert_eq!(seen("abc").await, None);
        // Outside a request: nothing to note, and no panic.
        note_key("abcdefghijkl");
        assert_eq!(truncate("é".repeat(100).as_str(), 5), "éé");
    }
}
