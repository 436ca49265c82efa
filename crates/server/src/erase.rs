//! Erasing one person's data for a privacy request: `POST /v1/erase` (operator only) and
//! `discern erase` (whoever can open the database). Both end in [`Store::erase`], which
//! says what is deleted; clicks (crates/measure) keep no address or e-mail, only a visitor
//! hash whose daily salt is destroyed after 48 hours, so there is nothing there to erase.

use anyhow::Context;
use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use discern_store::{Erased, Person, Store};
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::api::is_operator;
use crate::body::read_json;
use crate::error::{AppError, AppResult};

/// Largest erase request (`{"email": "…"}`).
const ERASE_BODY: usize = 4 * 1024;

/// Whose data: exactly one of the two.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EraseRequest {
    email: Option<String>,
    ip: Option<String>,
}

impl EraseRequest {
    fn person(self) -> Result<Person, String> {
        match (self.email, self.ip) {
            (Some(e), None) if !e.trim().is_empty() => Ok(Person::Email(e)),
            (None, Some(ip)) if !ip.trim().is_empty() => Ok(Person::Ip(ip)),
            _ => Err("give exactly one of \"email\" or \"ip\", not empty".into()),
        }
    }
}

/// `POST /v1/erase`: the operator's token (`X-Discern-Operator`) and
/// `{"email": "…"}` or `{"ip": "…"}`; answers what was deleted.
pub async fn erase(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<Response> {
    // Erasure reaches every site's data, so no site key will do. Checked before the body
    // is read, as every other authentication is.
    if state.config().operator_token.is_none() {
        return Err(AppError::Forbidden(
            "erasure over HTTP needs an operator_token in the server's config; \
             or run `discern erase` where the database is"
                .into(),
        ));
    }
    if !is_operator(&state, &headers) {
        return Err(AppError::Forbidden(
            "erasure needs the operator's token (X-Discern-Operator)".into(),
        ));
    }
    let req: EraseRequest =
        read_json(body, &headers, ERASE_BODY, state.config().request_timeout()).await?;
    let person = req.person().map_err(AppError::BadRequest)?;
    // Checks are written in batches behind the answer: write the queued ones first, so a
    // comment this person sent a moment ago is erased too rather than stored after.
    state.flush().await;
    let erased = state.store().erase(&person).await?;
    // The access log has the route and status; say what went, never whose it was.
    tracing::info!(
        kind = person.describe(),
        checks = erased.checks,
        feedback = erased.feedback,
        "erased one person's data"
    );
    Ok(Json(json!({ "erased": erased })).into_response())
}

/// `discern erase`: erases `person` in the database at `db_url` and returns the report to
/// print.
pub async fn erase_command(db_url: &str, person: Person) -> anyhow::Result<String> {
    let store = Store::open(db_url)
        .await
        .with_context(|| format!("opening {db_url}"))?;
    let Erased { checks, feedback } = store.erase(&person).await?;
    store.close().await?;
    Ok(format!(
        "erased {checks} check(s) and {feedback} feedback row(s) of that {}\n\
         # A running server writes checks in batches: one sent in the last second may land\n\
         # after this; run it again (it is idempotent), or use POST /v1/erase, which waits.\n",
        person.describe()
    ))
}

/// [`erase_command`] for callers outside any async runtime.
pub fn erase_command_blocking(db_url: &str, person: Person) -> anyhow::Result<String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(erase_command(db_url, person))
}
