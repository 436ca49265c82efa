//! The HTTP face of `discern-measure`: campaigns, tracked links (`/l/{code}`),
//! conversions (server to server, or a pixel and a tiny script), and campaign reports.
//! Everything here is glue; the rules live in `crates/measure`.
//!
//! The redirect never waits for the database: the link comes from the measuring service's
//! cache, and the click is queued for its batched writer.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::connect_info::ConnectInfo;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use discern_measure::{
    Campaign, ConversionKind, ConversionSource, Goal, GoalKind, Link, Measure, MeasureError,
    Metric, Model, NewCampaign, NewConversion, NewLink, Redirect, ReportOptions, Utm,
};
use discern_store::Store;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::{SiteQuery, authenticate};
use crate::error::AppError;
use crate::{AppState, Routes, ServeConfig};

/// Opens the measuring service on the store's SQLite file; on PostgreSQL or a read-only
/// file measuring is off and its routes answer 503 with the reason.
pub(crate) async fn open(store: &Store, config: &ServeConfig) -> Result<Measure, String> {
    let Some(path) = store.sqlite_path() else {
        return Err(
            "measuring (campaigns, links, conversions) needs a writable SQLite database; \
             this server runs on PostgreSQL or a read-only file"
                .into(),
        );
    };
    let opened = async {
        let db = discern_measure::MeasureDb::open(path).await?;
        Measure::open(db, config.measure.clone()).await
    }
    .await;
    opened.map_err(|e| {
        tracing::warn!(error = %e, "measuring is off");
        format!("measuring is off: {e}")
    })
}

pub(crate) fn routes(json_limit: DefaultBodyLimit) -> Routes {
    Routes {
        router: Router::new(),
        table: Vec::new(),
    }
    .add(
        &["GET", "POST"],
        "/v1/campaigns",
        get(list_campaigns).post(create_campaign).layer(json_limit),
    )
    .add(&["GET"], "/v1/campaigns/{id}/report", get(report))
    .add(&["GET"], "/v1/campaigns/{id}/report.html", get(report_html))
    .add(&["POST"], "/v1/links", post(create_link).layer(json_limit))
    .add(
        &["POST"],
        "/v1/conversions",
        post(conversion).layer(json_limit),
    )
    .add(&["GET"], "/v1/pixel.gif", get(pixel))
    .add(&["GET"], "/v1/script.js", get(script))
    // GET routes answer HEAD too; HEAD clicks are recorded as bots.
    .add(&["GET"], "/l/{code}", get(redirect))
}

/// A handler failure: the server's own errors, or the measuring crate's.
enum Fail {
    App(AppError),
    Measure(MeasureError),
}

impl From<AppError> for Fail {
    fn from(e: AppError) -> Self {
        Fail::App(e)
    }
}

impl From<MeasureError> for Fail {
    fn from(e: MeasureError) -> Self {
        Fail::Measure(e)
    }
}

impl IntoResponse for Fail {
    fn into_response(self) -> Response {
        let e = match self {
            Fail::App(e) => return e.into_response(),
            Fail::Measure(e) => e,
        };
        let (status, code) = match &e {
            MeasureError::Invalid(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            MeasureError::Engagement(_) => (StatusCode::UNPROCESSABLE_ENTITY, "engagement_goal"),
            MeasureError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            MeasureError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            MeasureError::Unsupported(_) | MeasureError::Unavailable(_) => {
                tracing::warn!(error = %e, "answering 503");
                (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
            }
            MeasureError::Data(_) | MeasureError::Backend(_) => {
                tracing::error!(error = %e, "answering 500");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        };
        let message = match &e {
            MeasureError::Data(_) | MeasureError::Backend(_) => "internal error".to_string(),
            MeasureError::Unavailable(_) => {
                "the database is unavailable (read-only, full or busy); try again later".into()
            }
            e => e.to_string(),
        };
        (
            status,
            Json(json!({ "error": { "code": code, "message": message } })),
        )
            .into_response()
    }
}

type Answer<T = Response> = Result<T, Fail>;

fn service(state: &AppState) -> Answer<&Measure> {
    state
        .measure()
        .map_err(|why| Fail::Measure(MeasureError::Unsupported(why.to_string())))
}

fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Answer<T> {
    serde_json::from_slice(bytes)
        .map_err(|e| Fail::App(AppError::BadRequest(format!("invalid JSON: {e}"))))
}

/// A time as Unix seconds or RFC 3339.
fn time(v: Option<&Value>, field: &str) -> Answer<Option<i64>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n.as_i64().map(Some).ok_or_else(|| {
            MeasureError::Invalid(format!("{field} must be whole Unix seconds")).into()
        }),
        Some(Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s.trim())
            .map(|t| Some(t.timestamp()))
            .map_err(|e| MeasureError::Invalid(format!("{field} {s:?}: {e}")).into()),
        Some(_) => Err(MeasureError::Invalid(format!(
            "{field} must be Unix seconds or an RFC 3339 time"
        ))
        .into()),
    }
}

fn campaign_json(c: &Campaign) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "goal": {
            "kind": c.goal.kind.as_str(),
            "name": c.goal.kind.custom_name(),
            "metric": c.goal.metric.as_str(),
            "target": c.goal.target,
        },
        "currency": c.currency,
        "budget": c.budget,
        "starts_at": c.starts_at,
        "ends_at": c.ends_at,
        "created_at": c.created_at,
    })
}

fn link_json(l: &Link) -> Value {
    let destination = discern_measure::link::prepare(&l.destination, &l.utm, l.paid)
        .map(|p| p.as_url())
        .unwrap_or_else(|_| l.destination.clone());
    json!({
        "id": l.id,
        "code": l.code,
        "path": format!("/l/{}", l.code),
        "campaign_id": l.campaign_id,
        "destination": destination,
        "post_id": l.post_id,
        "channel": l.channel,
        "paid": l.paid,
        "expires_at": l.expires_at,
        "created_at": l.created_at,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CampaignBody {
    name: String,
    goal: String,
    goal_name: Option<String>,
    metric: Option<String>,
    target: f64,
    currency: Option<String>,
    budget: Option<f64>,
    starts_at: Option<Value>,
    ends_at: Option<Value>,
}

async fn create_campaign(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    bytes: axum::body::Bytes,
) -> Answer {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let m = service(&state)?;
    let b: CampaignBody = body(&bytes)?;
    let kind = GoalKind::parse(&b.goal, b.goal_name.as_deref())?;
    let metric = b.metric.as_deref().map(Metric::parse).transpose()?;
    let goal = Goal::new(kind, metric, b.target)?;
    let c = m
        .db()
        .create_campaign(
            NewCampaign {
                site_id: site.id,
                name: b.name,
                goal,
                currency: b.currency,
                budget: b.budget,
                starts_at: time(b.starts_at.as_ref(), "starts_at")?,
                ends_at: time(b.ends_at.as_ref(), "ends_at")?,
            },
            discern_measure::now(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(campaign_json(&c))).into_response())
}

async fn list_campaigns(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
) -> Answer {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let list = service(&state)?.db().campaigns(Some(site.id)).await?;
    let list: Vec<Value> = list.iter().map(campaign_json).collect();
    Ok(Json(json!({ "campaigns": list })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkBody {
    campaign_id: i64,
    destination: String,
    code: Option<String>,
    post_id: Option<String>,
    channel: Option<String>,
    utm_source: Option<String>,
    utm_medium: Option<String>,
    utm_campaign: Option<String>,
    utm_content: Option<String>,
    utm_term: Option<String>,
    #[serde(default)]
    paid: bool,
    expires_at: Option<Value>,
}

async fn create_link(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    bytes: axum::body::Bytes,
) -> Answer {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let m = service(&state)?;
    let b: LinkBody = body(&bytes)?;
    let link = m
        .db()
        .create_link(
            Some(site.id),
            NewLink {
                campaign_id: b.campaign_id,
                destination: b.destination,
                code: b.code,
                post_id: b.post_id,
                channel: b.channel,
                utm: Utm {
                    source: b.utm_source,
                    medium: b.utm_medium,
                    campaign: b.utm_campaign,
                    content: b.utm_content,
                    term: b.utm_term,
                },
                paid: b.paid,
                expires_at: time(b.expires_at.as_ref(), "expires_at")?,
            },
            discern_measure::now(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(link_json(&link))).into_response())
}

fn peer(connect: Option<Extension<ConnectInfo<SocketAddr>>>) -> IpAddr {
    connect.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.0.ip())
}

fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

async fn redirect(
    State(state): State<AppState>,
    Path(code): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
) -> Answer {
    let m = service(&state)?;
    let request = discern_measure::ClickRequest {
        head: method == Method::HEAD,
        user_agent: header_str(&headers, header::USER_AGENT),
        referrer: header_str(&headers, header::REFERER),
        peer: peer(connect),
        forwarded_for: headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
        query: uri.query(),
    };
    let text = |status, body: &'static str| {
        (status, [(header::CACHE_CONTROL, "no-store")], body).into_response()
    };
    Ok(match m.click(&code, &request).await? {
        Redirect::Found { location, .. } => match HeaderValue::from_str(&location) {
            Ok(location) => (
                StatusCode::FOUND,
                [
                    (header::LOCATION, location),
                    // Every click must reach us to be counted; no cache may answer it.
                    (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
                ],
            )
                .into_response(),
            Err(_) => text(StatusCode::BAD_REQUEST, "unusable query string\n"),
        },
        Redirect::Unknown => text(StatusCode::NOT_FOUND, "no such link\n"),
        Redirect::Gone => text(StatusCode::GONE, "this link has expired or was disabled\n"),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VisitorBody {
    ip: String,
    user_agent: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConversionBody {
    idempotency_key: String,
    click_id: Option<String>,
    visitor: Option<VisitorBody>,
    campaign_id: Option<i64>,
    kind: String,
    name: Option<String>,
    amount: Option<f64>,
    currency: Option<String>,
    occurred_at: Option<Value>,
}

/// Conversions may arrive late (a delayed sale), never from the future.
fn occurred(at: Option<i64>, now: i64) -> Answer<i64> {
    let at = at.unwrap_or(now);
    if at > now + 300 || at < now - 366 * 86_400 {
        return Err(MeasureError::Invalid(
            "occurred_at must be within the last year and not in the future".into(),
        )
        .into());
    }
    Ok(at)
}

async fn conversion(
    State(state): State<AppState>,
    Query(q): Query<SiteQuery>,
    headers: HeaderMap,
    bytes: axum::body::Bytes,
) -> Answer {
    let (_, site) = authenticate(&state, &headers, &q).await?;
    let m = service(&state)?;
    let b: ConversionBody = body(&bytes)?;
    let now = discern_measure::now();
    if let Some(id) = b.campaign_id {
        m.db().campaign(Some(site.id), id).await?;
    }
    let visitors = match &b.visitor {
        Some(v) => {
            let ip: IpAddr = v.ip.trim().parse().map_err(|_| {
                MeasureError::Invalid(format!("visitor.ip {:?} is not an address", v.ip))
            })?;
            // The address is hashed with the live salts and dropped, like a click's.
            m.visitor_hashes(site.id, ip, None, &v.user_agent)
        }
        None => Vec::new(),
    };
    let new = NewConversion {
        site_id: site.id,
        idempotency_key: b.idempotency_key,
        click_id: b
            .click_id
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty()),
        visitors,
        campaign_id: b.campaign_id,
        kind: ConversionKind::parse(&b.kind, b.name.as_deref())?,
        amount_cents: discern_measure::amount_to_cents(b.amount.unwrap_or(0.0))?,
        currency: b
            .currency
            .as_deref()
            .map(discern_measure::currency_code)
            .transpose()?,
        at: occurred(time(b.occurred_at.as_ref(), "occurred_at")?, now)?,
        source: ConversionSource::Api,
    };
    let (c, replayed) = m.db().insert_conversion(new, now).await?;
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((
        status,
        Json(json!({
            "id": c.id,
            "replayed": replayed,
            "idempotency_key": c.idempotency_key,
            "click_id": c.click_id,
            "campaign_id": c.campaign_id,
            "kind": c.kind.as_str(),
            "name": c.kind.name(),
            "amount": c.amount_cents as f64 / 100.0,
            "currency": c.currency,
            "occurred_at": c.at,
        })),
    )
        .into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PixelQuery {
    click: Option<String>,
    campaign: Option<i64>,
    kind: Option<String>,
    name: Option<String>,
    amount: Option<f64>,
    currency: Option<String>,
    id: Option<String>,
}

/// A transparent 1×1 GIF.
const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

/// The pixel: a browser reports a conversion with the click id it landed with. No key
/// (a page cannot keep one secret), so pixel conversions are marked `source: pixel`;
/// the site is the one of the click's (or campaign's) link.
async fn pixel(
    State(state): State<AppState>,
    Query(q): Query<PixelQuery>,
    headers: HeaderMap,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
) -> Answer {
    let m = service(&state)?;
    let click = q.click.as_deref().map(str::trim).filter(|c| !c.is_empty());
    let (site_id, campaign_id) = match (click, q.campaign) {
        (Some(c), _) => {
            let link = m
                .db()
                .link_of_click(c)
                .await?
                .ok_or_else(|| MeasureError::NotFound(format!("click {c}")))?;
            (link.site_id, Some(link.campaign_id))
        }
        (None, Some(id)) => (m.db().campaign(None, id).await?.site_id, Some(id)),
        (None, None) => {
            return Err(MeasureError::Invalid("the pixel needs click= or campaign=".into()).into());
        }
    };
    let kind = ConversionKind::parse(q.kind.as_deref().unwrap_or("signup"), q.name.as_deref())?;
    let ua = header_str(&headers, header::USER_AGENT).unwrap_or("");
    let forwarded = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
    let now = discern_measure::now();
    let key = q.id.clone().unwrap_or_else(|| {
        // Reloading a thank-you page must not count twice.
        format!(
            "pixel:{}:{}:{}",
            click.unwrap_or("-"),
            campaign_id.unwrap_or(0),
            kind.as_str()
        )
    });
    let new = NewConversion {
        site_id,
        idempotency_key: key,
        click_id: click.map(str::to_string),
        visitors: m.visitor_hashes(site_id, peer(connect), forwarded, ua),
        campaign_id,
        kind,
        amount_cents: discern_measure::amount_to_cents(q.amount.unwrap_or(0.0))?,
        currency: q
            .currency
            .as_deref()
            .map(discern_measure::currency_code)
            .transpose()?,
        at: now,
        source: ConversionSource::Pixel,
    };
    m.db().insert_conversion(new, now).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/gif"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        GIF,
    )
        .into_response())
}

/// The tiny script: remembers nothing by default (no cookie, no storage); it reads
/// `dsc_click` from the landing URL and `discern.convert({kind, amount, currency, id})`
/// loads the pixel. `data-remember="session"` on the tag keeps the click id in
/// sessionStorage until the tab closes, for sites whose thank-you page is another page.
const SCRIPT: &str = r#"(function(){var s=document.currentScript,o=new URL(s.src).origin,k="dsc_click",c=new URLSearchParams(location.search).get(k),r=s.getAttribute("data-remember")==="session";try{if(r&&c)sessionStorage.setItem(k,c);if(r&&!c)c=sessionStorage.getItem(k)}catch(e){}window.discern={click:function(){return c},convert:function(d){d=d||{};var q=new URLSearchParams();if(c)q.set("click",c);for(var n in d)if(d[n]!=null)q.set(n,d[n]);new Image().src=o+"/v1/pixel.gif?"+q}}})();
"#;

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SCRIPT,
    )
        .into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportQuery {
    site: Option<String>,
    attribution: Option<String>,
    lookback_days: Option<u32>,
}

async fn report(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<ReportQuery>,
    headers: HeaderMap,
) -> Answer {
    let r = build_report(&state, id, q, &headers).await?;
    Ok(Json(r).into_response())
}

/// The same report as one self-contained page. Its own policy forbids every script and
/// every fetch, so it is safe to open from the API as well as from a file.
async fn report_html(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<ReportQuery>,
    headers: HeaderMap,
) -> Answer {
    let r = build_report(&state, id, q, &headers).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        discern_measure::html::render(&r),
    )
        .into_response())
}

async fn build_report(
    state: &AppState,
    id: i64,
    q: ReportQuery,
    headers: &HeaderMap,
) -> Result<discern_measure::Report, Fail> {
    let site_q = SiteQuery {
        site: q.site.clone(),
    };
    let (_, site) = authenticate(state, headers, &site_q).await?;
    let m = service(state)?;
    let (model, all_models) = match q.attribution.as_deref() {
        None => (Model::LastClick, false),
        Some("all") => (Model::LastClick, true),
        Some(s) => (Model::parse(s)?, false),
    };
    let options = ReportOptions {
        model,
        all_models,
        lookback_days: q
            .lookback_days
            .unwrap_or(discern_measure::attribution::DEFAULT_LOOKBACK_DAYS),
    };
    Ok(m.report(Some(site.id), id, options).await?)
}
