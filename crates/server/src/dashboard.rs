//! The dashboard at `/`: one page, one script, one stylesheet, all compiled into the binary
//! (`include_str!`), nothing fetched from anywhere else. The page talks to the same `/v1`
//! API as any client, with the same key sent as a Bearer header.
//!
//! The key lives in the tab's `sessionStorage`, not in a cookie: the API already takes a
//! Bearer key, so no server-side session is needed, and a key the browser never sends by
//! itself cannot be used by another site's page (no CSRF surface on the feedback and
//! settings routes). The cost of sessionStorage is that a script injected into the page
//! could read it, which the Content-Security-Policy below rules out (scripts only from
//! this server, no inline script) and the page never inserts user text as HTML.
//! It is gone when the tab closes and never appears in a URL.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::Routes;

const INDEX: &str = include_str!("../dashboard/index.html");
const SCRIPT: &str = include_str!("../dashboard/app.js");
const STYLE: &str = include_str!("../dashboard/app.css");

/// Only this server's own script and style; the API on the same origin; `blob:` for the
/// HTML report the page offers as a download. No frames, no forms posted elsewhere.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub(crate) fn routes() -> Routes {
    Routes {
        router: Router::new(),
        table: Vec::new(),
    }
    .add(&["GET"], "/", get(index))
    .add(&["GET"], "/dashboard/app.js", get(script))
    .add(&["GET"], "/dashboard/app.css", get(style))
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut r = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // The assets change with the binary; a restart after an upgrade must not serve an old
    // script against a new API.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

async fn index() -> Response {
    asset("text/html; charset=utf-8", INDEX)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", STYLE)
}
