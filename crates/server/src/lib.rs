//! `discern serve`: a self-hosted, Akismet-compatible spam and marketing service.
//!
//! * [`app`] builds the router over an [`AppState`] (tests drive it without a socket);
//!   [`serve`] adds the listener, signals, retention and graceful shutdown.
//! * Two APIs over one engine: the Akismet API (`/1.1/…`, `/1.2/…`, form-encoded, text
//!   answers) and the native JSON API (`/v1/…`, documented in `openapi.yaml`).
//! * Feedback (submit-spam/ham, `/v1/feedback`) and the adapter version learned from it
//!   are committed in one transaction before the answer; the in-memory adapter is swapped
//!   only after the commit.
//! * Hostile clients: `conn.rs` bounds connections (cap, header and keep-alive timeouts),
//!   `body.rs` reads bodies only after authentication and never past their limit.
//!
//! **Architecture invariant:** no handler talks to the classifier except through
//! `engine.rs`, and none writes a check synchronously: checks go through the batched
//! writer in `state.rs`, feedback goes straight to the store.

mod access;
mod akismet;
mod api;
mod body;
mod config;
mod conn;
mod dashboard;
mod engine;
mod erase;
mod error;
mod form;
mod keys;
mod measure;
mod metrics;
mod moderation;
mod ratelimit;
mod settings;
mod state;

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, on, post};
use discern_store::Store;
use tokio::net::TcpListener;
use tower_http::timeout::TimeoutLayer;

pub use akismet::SUBMIT_THANKS;
pub use config::{LimitsConfig, PrivacyConfig, ServeConfig};
pub use conn::{ConnLimits, bind};
pub use discern_store::Person;
pub use erase::{erase_command, erase_command_blocking};
pub use error::AppError;
pub use keys::{KeysAction, keys_command, keys_command_blocking};
pub use settings::Settings;
pub use state::AppState;

/// Collects routes and their `(method, path)` table together, so the router and the list
/// the OpenAPI test checks can never disagree.
struct Routes {
    router: Router<AppState>,
    table: Vec<(&'static str, &'static str)>,
}

impl Routes {
    fn merge(mut self, other: Routes) -> Self {
        self.table.extend(other.table);
        self.router = self.router.merge(other.router);
        self
    }

    fn add(
        mut self,
        methods: &[&'static str],
        path: &'static str,
        route: MethodRouter<AppState>,
    ) -> Self {
        self.table.extend(methods.iter().map(|m| (*m, path)));
        self.router = self.router.route(path, route);
        self
    }
}

fn routes(config: &ServeConfig) -> Routes {
    use axum::routing::MethodFilter;
    // The whole-request deadline (408). Routes that store feedback do not get it: once a
    // commit has started, the answer must say what was committed, not "timed out". Their
    // bodies are still read under the same deadline (`body.rs`).
    let deadline =
        TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, config.request_timeout());
    let get_or_post = MethodFilter::GET.or(MethodFilter::POST);
    Routes {
        router: Router::new(),
        table: Vec::new(),
    }
    // Akismet API.
    .add(
        &["POST"],
        "/1.1/verify-key",
        post(akismet::verify_key).layer(deadline),
    )
    .add(
        &["POST"],
        "/1.1/comment-check",
        post(akismet::comment_check).layer(deadline),
    )
    .add(&["POST"], "/1.1/submit-spam", post(akismet::submit_spam))
    .add(&["POST"], "/1.1/submit-ham", post(akismet::submit_ham))
    .add(
        &["GET", "POST"],
        "/1.2/usage-limit",
        on(get_or_post, akismet::usage_limit).layer(deadline),
    )
    .add(
        &["GET", "POST"],
        "/1.2/key-sites",
        on(get_or_post, akismet::key_sites).layer(deadline),
    )
    // Native API.
    .add(
        &["POST"],
        "/v1/classify",
        post(api::classify).layer(deadline),
    )
    .add(
        &["POST"],
        "/v1/threads/analyze",
        post(api::analyze_thread).layer(deadline),
    )
    .add(
        &["GET"],
        "/v1/accounts/{author}",
        get(api::account).layer(deadline),
    )
    .add(&["POST"], "/v1/feedback", post(api::feedback))
    .add(&["GET"], "/v1/adapters", get(api::adapters).layer(deadline))
    .add(&["POST"], "/v1/adapters/rollback", post(api::rollback))
    // Moderation (the dashboard's queue and settings). A review stores feedback, so,
    // like submit-spam, it has no whole-request deadline.
    .add(
        &["GET"],
        "/v1/sites",
        get(moderation::sites).layer(deadline),
    )
    .add(
        &["GET"],
        "/v1/content-mix",
        get(moderation::content_mix).layer(deadline),
    )
    .add(
        &["GET"],
        "/v1/moderation/queue",
        get(moderation::queue).layer(deadline),
    )
    .add(
        &["POST"],
        "/v1/moderation/checks/{id}",
        post(moderation::review),
    )
    .add(
        &["GET", "PUT"],
        "/v1/moderation/settings",
        get(moderation::get_settings)
            .put(moderation::put_settings)
            .layer(deadline),
    )
    .add(
        &["GET"],
        "/v1/moderation/shadow",
        get(moderation::shadow_report).layer(deadline),
    )
    .add(&["POST"], "/v1/erase", post(erase::erase).layer(deadline))
    // Measuring (crates/measure): campaigns, tracked links, conversions, reports, with
    // small JSON bodies under the API's byte limit.
    .merge(measure::routes(axum::extract::DefaultBodyLimit::max(
        config.limits.api_body_bytes,
    )))
    // The dashboard: a page and its two assets, compiled into the binary.
    .merge(dashboard::routes())
    // Operations.
    .add(&["GET"], "/healthz", get(api::healthz))
    .add(&["GET"], "/readyz", get(api::readyz).layer(deadline))
    .add(&["GET"], "/metrics", get(api::metrics))
}

/// Every `(METHOD, path)` the router serves, paths in axum's `{param}` syntax.
pub fn route_table() -> Vec<(&'static str, &'static str)> {
    routes(&ServeConfig::default()).table
}

pub(crate) fn route_patterns() -> Vec<&'static str> {
    let mut paths: Vec<_> = route_table().into_iter().map(|(_, p)| p).collect();
    paths.dedup();
    paths
}

/// The whole HTTP application over `state`.
pub fn app(state: AppState) -> Router {
    let config = state.config().clone();
    routes(&config)
        .router
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .route_layer(axum::middleware::from_fn(access::route))
        // The access log (`access.rs`), which replaced tower-http's TraceLayer: that one
        // put the whole URI, query and all (`usage-limit?key=…`), into its spans.
        .layer(axum::middleware::from_fn(access::log))
        .with_state(state)
}

/// Runs the server until SIGTERM or ctrl-c: opens the store, binds `config.listen`,
/// serves, then drains in-flight requests and flushes queued writes.
pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let listener = bind(&config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    serve_on(listener, config, shutdown_signal()).await
}

/// [`serve`] on an already bound listener, stopping when `shutdown` completes (tests bind
/// port 0 and pass their own shutdown future).
pub async fn serve_on(
    listener: TcpListener,
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let store = Store::open(&config.database)
        .await
        .with_context(|| format!("opening database {}", config.database))?;
    let state = AppState::new(store.clone(), config.clone())
        .await
        .context("preparing server state")?;
    let addr: SocketAddr = listener.local_addr()?;
    tracing::info!(%addr, backend = store.backend_name(), model = state.model_version(), "discern serve listening");

    let retention = {
        let state = state.clone();
        tokio::spawn(async move {
            loop {
                match state.apply_retention().await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(deleted = n, "retention: deleted old checks"),
                    Err(e) => tracing::warn!(error = %e, "retention pass failed"),
                }
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        })
    };

    serve_app(listener, state.clone(), shutdown).await?;
    retention.abort();
    // Requests are drained; write what they queued before the process exits.
    state.flush().await;
    store.close().await?;
    tracing::info!("discern serve stopped");
    Ok(())
}

/// Serves [`app`] over `state` on `listener` with the connection rules of the state's
/// config (cap, header-read and keep-alive timeouts) until `shutdown`, then drains.
/// [`serve_on`] uses it; tests call it directly with a state over their own store.
pub async fn serve_app(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut limits = ConnLimits::from_config(&state.config().limits);
    let fd_limit = conn::open_file_limit();
    let cap = conn::effective_max_connections(limits.max_connections, fd_limit);
    if cap < limits.max_connections {
        tracing::warn!(
            configured = limits.max_connections,
            cap,
            fd_limit,
            "max_connections lowered to stay under the open-file limit"
        );
        limits.max_connections = cap;
    }
    conn::serve_connections(listener, app(state), limits, shutdown).await
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown requested; draining requests");
}
