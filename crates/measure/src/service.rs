//! The running measuring service behind `discern serve`: a link cache and a batched click
//! writer keep the redirect path off the database (and count each click into the rollup
//! as it is stored), a salt book keeps the visitor hash private, and reports are computed
//! from the rollup.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

use crate::bots::BotRules;
use crate::db::MeasureDb;
use crate::link::{PreparedUrl, generate_click_id, prepare};
use crate::report::{Report, ReportInput, ReportOptions, build};
use crate::types::*;
use crate::visitor::{SaltBook, client_ip, visitor_hash};
use crate::{MeasureError, Result, now};

/// How long a link stays cached; a link disabled from the CLI stops within this time.
const LINK_TTL: Duration = Duration::from_secs(5);
/// Bound on the link cache; past it the cache is cleared.
const LINK_CACHE_MAX: usize = 100_000;
/// Clicks waiting for the writer; past it redirects wait (backpressure), never drop.
const CLICK_QUEUE: usize = 65_536;
/// Most clicks in one transaction.
const CLICK_BATCH: usize = 4_096;

/// Measuring settings (`[measure]` in the server's config file).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeasureConfig {
    /// Take the client address from `X-Forwarded-For` (right-most entry). Only behind a
    /// proxy you run: anyone can send the header.
    pub trust_proxy: bool,
    /// Address ranges (CIDR) whose clicks are bots: datacenters, mail-scanner vendors.
    pub datacenter_ranges: Vec<String>,
}

/// A click as the HTTP layer sees it.
#[derive(Debug, Clone, Copy)]
pub struct ClickRequest<'a> {
    pub head: bool,
    pub user_agent: Option<&'a str>,
    pub referrer: Option<&'a str>,
    pub peer: IpAddr,
    pub forwarded_for: Option<&'a str>,
    /// The raw query string of the request (without `?`).
    pub query: Option<&'a str>,
}

/// A link ready to answer clicks.
#[derive(Debug)]
pub struct LiveLink {
    pub link: Link,
    pub url: PreparedUrl,
}

/// What `/l/{code}` answers.
#[derive(Debug, PartialEq, Eq)]
pub enum Redirect {
    /// 302 to this location; the click id it carries.
    Found { location: String, click_id: String },
    /// 404: no such code.
    Unknown,
    /// 410: the link expired or was disabled.
    Gone,
}

enum WriterMsg {
    Click(Box<Click>),
    Flush(oneshot::Sender<()>),
}

/// A cache entry: the link (or its absence) and when it was read.
type CachedLink = (Option<Arc<LiveLink>>, Instant);

/// Cheap to clone; share it between handlers.
#[derive(Clone)]
pub struct Measure {
    inner: Arc<Inner>,
}

struct Inner {
    db: MeasureDb,
    config: MeasureConfig,
    bots: BotRules,
    links: RwLock<HashMap<String, CachedLink>>,
    salts: Mutex<SaltBook>,
    clicks: mpsc::Sender<WriterMsg>,
    clicks_written: Arc<AtomicU64>,
    clicks_failed: Arc<AtomicU64>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Measure {
    /// Opens the measuring tables of the SQLite database at `db` and starts the click
    /// writer (needs a tokio runtime).
    pub async fn open(db: MeasureDb, config: MeasureConfig) -> Result<Measure> {
        let bots = BotRules::new(&config.datacenter_ranges)?;
        let mut book = SaltBook::from_stored(db.salts().await?);
        let rotation = book.rotate(now());
        db.save_rotation(rotation, now()).await?;
        let (tx, rx) = mpsc::channel(CLICK_QUEUE);
        let written = Arc::new(AtomicU64::new(0));
        let failed = Arc::new(AtomicU64::new(0));
        tokio::spawn(write_clicks(
            db.clone(),
            rx,
            written.clone(),
            failed.clone(),
        ));
        Ok(Measure {
            inner: Arc::new(Inner {
                db,
                config,
                bots,
                links: RwLock::default(),
                salts: Mutex::new(book),
                clicks: tx,
                clicks_written: written,
                clicks_failed: failed,
            }),
        })
    }

    pub fn db(&self) -> &MeasureDb {
        &self.inner.db
    }

    pub fn config(&self) -> &MeasureConfig {
        &self.inner.config
    }

    /// Clicks written and clicks that could not be written, since start.
    pub fn click_counters(&self) -> (u64, u64) {
        (
            self.inner.clicks_written.load(Relaxed),
            self.inner.clicks_failed.load(Relaxed),
        )
    }

    /// The link of `code`, from the cache or (once per 5 s) the database.
    pub async fn live_link(&self, code: &str) -> Result<Option<Arc<LiveLink>>> {
        if let Some((link, at)) = self
            .inner
            .links
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(code)
            && at.elapsed() < LINK_TTL
        {
            return Ok(link.clone());
        }
        if !crate::link::valid_code(code) {
            return Ok(None);
        }
        let live = match self.inner.db.link_by_code(code).await? {
            Some(link) => {
                let url = prepare(&link.destination, &link.utm, link.paid)?;
                Some(Arc::new(LiveLink { link, url }))
            }
            None => None,
        };
        let mut cache = self.inner.links.write().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= LINK_CACHE_MAX {
            cache.clear();
        }
        // Misses are cached too (briefly), so a flood of one unknown code stays off the
        // database; the size bound keeps random codes from filling memory.
        cache.insert(code.to_string(), (live.clone(), Instant::now()));
        Ok(live)
    }

    /// Answers a click on `code` and queues its record: the redirect never waits for
    /// the database except to load a link it has not seen for 5 seconds.
    pub async fn click(&self, code: &str, req: &ClickRequest<'_>) -> Result<Redirect> {
        let Some(live) = self.live_link(code).await? else {
            return Ok(Redirect::Unknown);
        };
        let at = now();
        let (redirect, click) = self.answer(&live, req, at);
        if let Some(click) = click {
            self.record(click).await;
        }
        Ok(redirect)
    }

    /// The synchronous heart of a click: decide, hash, build the location. Returns the
    /// answer and the record to queue (none for a gone link).
    pub fn answer(
        &self,
        live: &LiveLink,
        req: &ClickRequest<'_>,
        at: i64,
    ) -> (Redirect, Option<Click>) {
        let link = &live.link;
        if link.disabled || link.expires_at.is_some_and(|e| at >= e) {
            return (Redirect::Gone, None);
        }
        let ip = client_ip(req.peer, req.forwarded_for, self.inner.config.trust_proxy);
        let bot = self.inner.bots.classify(req.head, req.user_agent, Some(ip));
        let visitor = {
            let salt = self.salt(at);
            visitor_hash(&salt, link.site_id, ip, req.user_agent.unwrap_or(""))
        };
        let click_id = generate_click_id();
        let location = live.url.location(req.query, &click_id);
        let click = Click {
            click_id: click_id.clone(),
            link_id: link.id,
            at,
            referrer: referrer_host(req.referrer),
            ua_class: ua_class(req.user_agent, bot.is_some()),
            visitor,
            bot,
        };
        (Redirect::Found { location, click_id }, Some(click))
    }

    /// Today's salt, rotating (and persisting the rotation in the background) at a new day.
    fn salt(&self, at: i64) -> [u8; 32] {
        let mut book = lock(&self.inner.salts);
        if book.needs_rotation(at) {
            let rotation = book.rotate(at);
            let db = self.inner.db.clone();
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(async move {
                    if let Err(e) = db.save_rotation(rotation, at).await {
                        tracing::warn!(error = %e, "could not store the visitor salt rotation");
                    }
                });
            }
        }
        *book.current().expect("rotate always leaves today's salt")
    }

    /// The visitor hashes of an address and agent under every live salt (today's first),
    /// to match a conversion to clicks of today or yesterday.
    pub fn visitor_hashes(
        &self,
        site_id: i64,
        peer: IpAddr,
        forwarded_for: Option<&str>,
        user_agent: &str,
    ) -> Vec<String> {
        let ip = client_ip(peer, forwarded_for, self.inner.config.trust_proxy);
        let _ = self.salt(now());
        lock(&self.inner.salts)
            .live()
            .map(|s| visitor_hash(s, site_id, ip, user_agent))
            .collect()
    }

    /// Queues a click for the writer.
    pub async fn record(&self, click: Click) {
        let msg = WriterMsg::Click(Box::new(click));
        let msg = match self.inner.clicks.try_send(msg) {
            Ok(()) => return,
            Err(mpsc::error::TrySendError::Full(m)) => m,
            Err(mpsc::error::TrySendError::Closed(_)) => {
                self.inner.clicks_failed.fetch_add(1, Relaxed);
                return;
            }
        };
        if self.inner.clicks.send(msg).await.is_err() {
            self.inner.clicks_failed.fetch_add(1, Relaxed);
        }
    }

    /// Waits until every click queued before this call is written.
    pub async fn flush(&self) {
        let (tx, rx) = oneshot::channel();
        if self.inner.clicks.send(WriterMsg::Flush(tx)).await.is_ok() {
            let _ = rx.await;
        }
    }

    /// The report of campaign `id` of `site_id` (`None`: any site, for the operator).
    pub async fn report(
        &self,
        site_id: Option<i64>,
        id: i64,
        options: ReportOptions,
    ) -> Result<Report> {
        report(&self.inner.db, site_id, id, options).await
    }
}

/// The report of campaign `id`, straight from the database (the CLI has no service).
pub async fn report(
    db: &MeasureDb,
    site_id: Option<i64>,
    id: i64,
    options: ReportOptions,
) -> Result<Report> {
    if options.lookback_days == 0 || options.lookback_days > 365 {
        return Err(MeasureError::Invalid(format!(
            "lookback must be 1 to 365 days, not {}",
            options.lookback_days
        )));
    }
    let campaign = db.campaign(site_id, id).await?;
    let links = db.links(id).await?;
    let conversions = db.conversions(campaign.site_id, campaign.starts_at).await?;
    // From the rollup, not the raw clicks: links × days × reasons rows and each
    // conversion's clicks (`counts`, `db::summary`).
    let clicks = db
        .click_summary(&campaign, &links, &conversions, options.lookback_days)
        .await?;
    let posts: Vec<String> = {
        let mut p: Vec<String> = links.iter().filter_map(|l| l.post_id.clone()).collect();
        p.sort();
        p.dedup();
        p
    };
    let conversation = db.conversation(campaign.site_id, posts).await?;
    Ok(build(
        ReportInput {
            campaign: &campaign,
            links: &links,
            clicks: &clicks,
            conversions: &conversions,
            conversation: &conversation,
        },
        options,
    ))
}

async fn write_clicks(
    db: MeasureDb,
    mut rx: mpsc::Receiver<WriterMsg>,
    written: Arc<AtomicU64>,
    failed: Arc<AtomicU64>,
) {
    let mut msgs = Vec::with_capacity(CLICK_BATCH);
    while rx.recv_many(&mut msgs, CLICK_BATCH).await > 0 {
        let mut clicks = Vec::with_capacity(msgs.len());
        let mut flushes = Vec::new();
        for m in msgs.drain(..) {
            match m {
                WriterMsg::Click(c) => clicks.push(*c),
                WriterMsg::Flush(tx) => flushes.push(tx),
            }
        }
        let n = clicks.len() as u64;
        match db.insert_clicks(clicks).await {
            Ok(()) => {
                written.fetch_add(n, Relaxed);
            }
            Err(e) => {
                failed.fetch_add(n, Relaxed);
                tracing::warn!(error = %e, clicks = n, "could not store clicks");
            }
        }
        for f in flushes {
            let _ = f.send(());
        }
    }
}
