//! Shared server state: the store, the model, caches that keep the hot path off the
//! database, per-key rate limiters, per-scope adapters and the batched check writer.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use discern_store::{
    AdapterScope, FeedbackBatch, KeyRecord, NewAdapter, NewCheck, NewFeedback, SiteRecord, Store,
    StoreError,
};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::ServeConfig;
use crate::engine::{self, Adapter, Model};
use crate::error::{AppError, AppResult};
use crate::metrics::Metrics;
use crate::ratelimit::RateLimits;

/// How long a verified key or a site stays cached. A revoked key keeps working at most
/// this long in a running server (revocation happens in another process, the CLI).
const CACHE_TTL: Duration = Duration::from_secs(5);
/// Bound on cache sizes; past it the cache is simply cleared (cheap, and rare).
const CACHE_MAX: usize = 100_000;
/// Checks waiting for the writer; past it handlers wait (backpressure), never drop.
const CHECK_QUEUE: usize = 16_384;
/// Most checks written in one transaction (one fsync).
const CHECK_BATCH: usize = 2_048;
/// How long a `/readyz` write probe's answer is reused: readiness is unauthenticated, and
/// each probe is an fsync.
const READY_TTL: Duration = Duration::from_secs(1);
/// Tries of a feedback commit that lost a race with another writer of the same adapter.
const COMMIT_TRIES: usize = 3;

/// Cheap to clone; every handler gets one.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    config: ServeConfig,
    model: &'static Model,
    model_version: String,
    salt: Vec<u8>,
    keys: Mutex<HashMap<String, (KeyRecord, Instant)>>,
    sites: Mutex<HashMap<(i64, String), (SiteRecord, Instant)>>,
    rate_limits: RateLimits,
    adapters: Mutex<HashMap<AdapterScope, Arc<ScopeAdapter>>>,
    checks: mpsc::Sender<WriterMsg>,
    metrics: Arc<Metrics>,
    seq: AtomicU64,
    /// Campaigns, links, clicks (crates/measure), or why measuring is off here.
    measure: Result<discern_measure::Measure, String>,
    /// CPU-heavy work (batch classification, learning) runs on the blocking pool, at most
    /// one job per core but one at a time, so the async workers stay free.
    cpu: Arc<Semaphore>,
    ready: Mutex<Option<(Instant, Result<(), String>)>>,
}

/// One scope's adapter: loaded lazily from the store, replaced whole after each learning
/// step so readers never wait for a learner.
#[derive(Default)]
struct ScopeAdapter {
    loaded: tokio::sync::OnceCell<()>,
    current: RwLock<Option<Loaded>>,
    /// The scope's newest stored version (0: none), whatever model it belongs to: what
    /// the next save must still find newest, or it reloads instead of overwriting.
    head: AtomicI64,
    learning: tokio::sync::Mutex<()>,
}

#[derive(Clone)]
pub struct Loaded {
    pub adapter: Arc<Adapter>,
    pub version: i64,
}

/// What became of one feedback item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemOutcome {
    /// Committed now, as this feedback row.
    Stored(i64),
    /// Its feedback id was already stored, as this row: nothing was written or learned.
    Duplicate(i64),
}

/// What a feedback commit did: every item's fate, and the adapter version that learned
/// exactly the stored ones.
#[derive(Debug, Clone)]
pub struct FeedbackOutcome {
    pub items: Vec<ItemOutcome>,
    pub learned: usize,
    /// The version holding the learning (the current one when nothing new was learned).
    pub adapter_version: Option<i64>,
}

enum WriterMsg {
    Check(Box<NewCheck>),
    Flush(oneshot::Sender<()>),
}

impl AppState {
    /// Builds the state over an open store, with the embedded model, and starts the
    /// background check writer.
    pub async fn new(store: Store, config: ServeConfig) -> Result<AppState, StoreError> {
        Self::with_model(store, config, engine::default_model()).await
    }

    pub async fn with_model(
        store: Store,
        config: ServeConfig,
        model: &'static Model,
    ) -> Result<AppState, StoreError> {
        let salt = store.salt().await?;
        let store = store.keep_adapter_versions(Some(config.limits.adapter_versions));
        // Batch jobs get every core but one (when there are several): the async workers,
        // which answer comment-check and /healthz, always keep a core to run on.
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let cpu_jobs = cores.saturating_sub(1).max(1);
        let metrics = Arc::new(Metrics::new(&crate::route_patterns(), model.labels()));
        let (tx, rx) = mpsc::channel(CHECK_QUEUE);
        tokio::spawn(write_checks(store.clone(), rx, metrics.clone()));
        let measure = crate::measure::open(&store, &config).await;
        Ok(AppState {
            inner: Arc::new(Inner {
                model_version: engine::model_version(model),
                store,
                config,
                model,
                salt,
                keys: Mutex::default(),
                sites: Mutex::default(),
                rate_limits: RateLimits::default(),
                adapters: Mutex::default(),
                checks: tx,
                metrics,
                seq: AtomicU64::new(0),
                measure,
                cpu: Arc::new(Semaphore::new(cpu_jobs)),
                ready: Mutex::default(),
            }),
        })
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }
    pub fn config(&self) -> &ServeConfig {
        &self.inner.config
    }
    pub fn model(&self) -> &'static Model {
        self.inner.model
    }
    pub fn model_version(&self) -> &str {
        &self.inner.model_version
    }
    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }
    pub fn salt(&self) -> &[u8] {
        &self.inner.salt
    }
    /// The measuring service, or why it is off (PostgreSQL, a read-only database).
    pub fn measure(&self) -> Result<&discern_measure::Measure, &str> {
        self.inner.measure.as_ref().map_err(String::as_str)
    }

    /// A process-unique id for posts that arrive without one.
    pub fn next_id(&self) -> String {
        format!("c{}", self.inner.seq.fetch_add(1, Relaxed) + 1)
    }

    /// The live key record for a plaintext key, or `None`.
    pub async fn key(&self, key: &str) -> AppResult<Option<KeyRecord>> {
        // Every way a key arrives (Host label, form field, query, Bearer) ends here.
        crate::access::note_key(key);
        if let Some((rec, at)) = lock(&self.inner.keys).get(key)
            && at.elapsed() < CACHE_TTL
        {
            return Ok(Some(rec.clone()));
        }
        let found = self.inner.store.verify_key(key).await?;
        // Only hits are cached: caching misses would let random keys fill memory.
        if let Some(rec) = &found {
            let mut keys = lock(&self.inner.keys);
            if keys.len() >= CACHE_MAX {
                keys.clear();
            }
            keys.insert(key.to_string(), (rec.clone(), Instant::now()));
        }
        Ok(found)
    }

    /// Admits one request under the key's rate (`ratelimit.rs`), or says how long to wait.
    pub fn rate_limit(&self, key: &KeyRecord) -> AppResult<()> {
        let rate = key
            .rate_limit
            .unwrap_or(self.inner.config.limits.default_rate_limit);
        self.inner
            .rate_limits
            .check(key.id, rate)
            .map_err(|wait| AppError::RateLimited {
                // Retry-After is whole seconds; never 0, which would invite a busy loop.
                retry_after_secs: (wait.as_secs_f64().ceil() as u64).max(1),
            })
    }

    /// The site `url` of the key, created on first use.
    pub async fn site(&self, key: &KeyRecord, url: &str) -> AppResult<SiteRecord> {
        let cache_key = (key.id, url.to_string());
        if let Some((site, at)) = lock(&self.inner.sites).get(&cache_key)
            && at.elapsed() < CACHE_TTL
        {
            return Ok(site.clone());
        }
        let site = self.inner.store.site(key.id, url).await?;
        let mut sites = lock(&self.inner.sites);
        if sites.len() >= CACHE_MAX {
            sites.clear();
        }
        sites.insert(cache_key, (site.clone(), Instant::now()));
        Ok(site)
    }

    /// Drops a site from the cache, so a change of its settings made through this server
    /// applies to the next request instead of within [`CACHE_TTL`].
    pub fn forget_site(&self, site: &SiteRecord) {
        lock(&self.inner.sites).remove(&(site.key_id, site.url.clone()));
    }

    /// Which adapter a site learns into and classifies with: its own, or the global one
    /// when its owner shares feedback (sharing sites pool their feedback and all use it).
    pub fn scope_of(site: &SiteRecord) -> AdapterScope {
        if site.share_feedback {
            AdapterScope::Global
        } else {
            AdapterScope::Site(site.id)
        }
    }

    async fn scope_adapter(&self, scope: AdapterScope) -> AppResult<Arc<ScopeAdapter>> {
        let sa = lock(&self.inner.adapters).entry(scope).or_default().clone();
        sa.loaded
            .get_or_try_init(|| self.reload(scope, &sa))
            .await?;
        Ok(sa)
    }

    /// Reads the scope's newest adapter and head version from the store into `sa`.
    async fn reload(&self, scope: AdapterScope, sa: &ScopeAdapter) -> AppResult<()> {
        let store = &self.inner.store;
        let head = store.adapter_head(scope).await?;
        let rec = store
            .latest_adapter(scope, &self.inner.model_version)
            .await?;
        let loaded = match rec {
            Some(rec) => {
                let adapter = Adapter::from_bytes(self.inner.model, &rec.bytes).map_err(|e| {
                    AppError::Internal(format!(
                        "stored adapter {scope:?} v{} unreadable: {e}",
                        rec.version
                    ))
                })?;
                Some(Loaded {
                    adapter: Arc::new(adapter),
                    version: rec.version,
                })
            }
            None => None,
        };
        *write(&sa.current) = loaded;
        sa.head.store(head, Relaxed);
        Ok(())
    }

    /// Runs CPU-heavy `work` on the blocking pool, at most one job per core at a time.
    pub async fn run_cpu<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let _permit = self
            .inner
            .cpu
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| AppError::Internal("CPU pool closed".into()))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| AppError::Internal(format!("worker failed: {e}")))
    }

    /// Whether the database takes writes now (cached for a second).
    pub async fn ready(&self) -> Result<(), String> {
        if let Some((at, answer)) = &*lock(&self.inner.ready)
            && at.elapsed() < READY_TTL
        {
            return answer.clone();
        }
        let answer = self
            .inner
            .store
            .check_writable()
            .await
            .map_err(|e| e.to_string());
        *lock(&self.inner.ready) = Some((Instant::now(), answer.clone()));
        answer
    }

    /// The adapter verdicts for `site` use right now, if it has one.
    pub async fn adapter_for(&self, site: &SiteRecord) -> AppResult<Option<Loaded>> {
        let sa = self.scope_adapter(Self::scope_of(site)).await?;
        Ok(read(&sa.current).clone())
    }

    /// Stores feedback `items` for `site` and, when `learn`, teaches them to the site's
    /// adapter, atomically: the rows and the adapter version that learned them are one
    /// transaction, and the in-memory adapter is replaced only after it committed, so the
    /// adapter in use is always the stored one. Items whose `dedupe_key` is already stored
    /// are reported as duplicates and neither stored nor learned again.
    ///
    /// Runs as its own task: a client that disconnects (or a deadline) cannot cut it
    /// between the commit and the swap.
    pub async fn commit_feedback(
        &self,
        site: &SiteRecord,
        items: Vec<NewFeedback>,
        learn: bool,
    ) -> AppResult<FeedbackOutcome> {
        let (this, site) = (self.clone(), site.clone());
        tokio::spawn(async move { this.commit_feedback_now(&site, items, learn).await })
            .await
            .map_err(|e| AppError::Internal(format!("feedback task failed: {e}")))?
    }

    async fn commit_feedback_now(
        &self,
        site: &SiteRecord,
        items: Vec<NewFeedback>,
        learn: bool,
    ) -> AppResult<FeedbackOutcome> {
        let scope = Self::scope_of(site);
        let sa = self.scope_adapter(scope).await?;
        // One learner per scope at a time, so versions follow each other and no update is
        // lost; readers keep using the previous snapshot meanwhile.
        let _learning = sa.learning.lock().await;
        let model = self.inner.model;
        let items = Arc::new(items);
        for _ in 0..COMMIT_TRIES {
            // Which items are new: not stored before, and not repeated earlier in the batch.
            let keys: Vec<String> = items.iter().filter_map(|i| i.dedupe_key.clone()).collect();
            let stored_before: HashMap<String, i64> = self
                .inner
                .store
                .existing_feedback(site.id, keys)
                .await?
                .into_iter()
                .collect();
            let mut first_in_batch: HashMap<&str, usize> = HashMap::new();
            let mut fresh = Vec::new();
            let mut plan = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let key = item.dedupe_key.as_deref();
                plan.push(match key {
                    Some(k) if stored_before.contains_key(k) => Plan::Before(stored_before[k]),
                    Some(k) if first_in_batch.contains_key(k) => Plan::Twin(first_in_batch[k]),
                    _ => {
                        if let Some(k) = key {
                            first_in_batch.insert(k, fresh.len());
                        }
                        fresh.push(i);
                        Plan::Fresh(fresh.len() - 1)
                    }
                });
            }
            let current = read(&sa.current).clone();
            let base = sa.head.load(Relaxed);
            let learned = if learn && !fresh.is_empty() {
                let (items, fresh) = (items.clone(), fresh.clone());
                let max_bytes = self.inner.config.limits.max_adapter_bytes;
                let adapter = self
                    .run_cpu(move || -> AppResult<(Adapter, Vec<u8>)> {
                        let mut adapter = match &current {
                            Some(l) => (*l.adapter).clone(),
                            None => Adapter::new(model),
                        };
                        for &i in &fresh {
                            let item = &items[i];
                            engine::learn(model, &mut adapter, &item.content, &item.label)
                                .map_err(AppError::BadRequest)?;
                        }
                        let bytes = adapter.to_bytes();
                        if bytes.len() > max_bytes {
                            return Err(AppError::AdapterFull(format!(
                                "learning this feedback would grow the adapter to {} bytes, over limits.max_adapter_bytes ({max_bytes}); nothing was stored. Roll the adapter back or raise the limit",
                                bytes.len()
                            )));
                        }
                        Ok((adapter, bytes))
                    })
                    .await??;
                Some(adapter)
            } else {
                None
            };
            let batch = FeedbackBatch {
                site_id: site.id,
                items: fresh.iter().map(|&i| items[i].clone()).collect(),
                adapter: learned.as_ref().map(|(adapter, bytes)| NewAdapter {
                    scope,
                    model_version: self.inner.model_version.clone(),
                    bytes: bytes.clone(),
                    updates: adapter.updates(),
                    reason: "learn".into(),
                    site_id: Some(site.id),
                    feedback_ids: Vec::new(),
                    base_version: Some(base),
                }),
            };
            let committed = if batch.items.is_empty() {
                discern_store::CommittedFeedback {
                    feedback_ids: Vec::new(),
                    adapter_version: None,
                }
            } else {
                match self.inner.store.commit_feedback(batch).await {
                    Ok(c) => c,
                    Err(StoreError::Conflict(why)) => {
                        // Another process stored an adapter version or one of these ids
                        // meanwhile: start again from what is stored now.
                        tracing::info!(%why, "feedback commit conflicted; reloading and retrying");
                        self.reload(scope, &sa).await?;
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                }
            };
            let stored = committed.feedback_ids.len() as u64;
            self.inner.metrics.feedback_stored.inc_by(stored);
            if let (Some((adapter, _)), Some(version)) = (learned, committed.adapter_version) {
                self.inner.metrics.adapter_versions.inc();
                *write(&sa.current) = Some(Loaded {
                    adapter: Arc::new(adapter),
                    version,
                });
                sa.head.store(version, Relaxed);
            }
            let ids = &committed.feedback_ids;
            let outcome = plan
                .iter()
                .map(|p| match *p {
                    Plan::Fresh(n) => ItemOutcome::Stored(ids[n]),
                    Plan::Before(id) => ItemOutcome::Duplicate(id),
                    Plan::Twin(n) => ItemOutcome::Duplicate(ids[n]),
                })
                .collect();
            return Ok(FeedbackOutcome {
                learned: if committed.adapter_version.is_some() {
                    fresh.len()
                } else {
                    0
                },
                adapter_version: committed
                    .adapter_version
                    .or_else(|| read(&sa.current).as_ref().map(|l| l.version)),
                items: outcome,
            });
        }
        Err(AppError::Unavailable(
            "other writers kept changing this adapter; try again".into(),
        ))
    }

    /// Goes back to adapter `version` of the site's scope (stored as a new version). The
    /// global adapter serves every sharing site, so only the operator may roll it back.
    pub async fn rollback(
        &self,
        site: &SiteRecord,
        version: i64,
        operator: bool,
    ) -> AppResult<discern_store::AdapterRecord> {
        let scope = Self::scope_of(site);
        if scope == AdapterScope::Global && !operator {
            return Err(AppError::Forbidden(
                "this site shares its feedback, so its adapter is the global one every sharing site uses; only the operator can roll it back (X-Discern-Operator, or `discern keys rollback`)".into(),
            ));
        }
        let sa = self.scope_adapter(scope).await?;
        let _learning = sa.learning.lock().await;
        let rec = self
            .inner
            .store
            .rollback_adapter(scope, version, Some(site.id))
            .await?;
        // Whatever it restored is now the stored head; mirror exactly that.
        self.reload(scope, &sa).await?;
        if rec.model_version != self.inner.model_version {
            return Err(AppError::BadRequest(format!(
                "adapter version {version} was learned on another model"
            )));
        }
        Ok(rec)
    }

    /// Queues a check for the batched writer. Checks are a log, not an acknowledgement:
    /// they are written within milliseconds, in batches, so the hot path never waits for
    /// an fsync. (Feedback, which is acknowledged, is written synchronously instead.)
    pub async fn record_check(&self, check: NewCheck) {
        if self
            .inner
            .checks
            .send(WriterMsg::Check(Box::new(check)))
            .await
            .is_err()
        {
            self.inner.metrics.checks_failed.inc();
        }
    }

    /// Waits until every check and click queued before this call is written (shutdown,
    /// tests).
    pub async fn flush(&self) {
        if let Ok(m) = &self.inner.measure {
            m.flush().await;
        }
        let (tx, rx) = oneshot::channel();
        if self.inner.checks.send(WriterMsg::Flush(tx)).await.is_ok() {
            let _ = rx.await;
        }
    }

    /// Deletes checks past the retention period, if one is set.
    pub async fn apply_retention(&self) -> AppResult<u64> {
        match self.inner.config.retention_days {
            Some(days) => Ok(self.inner.store.purge_checks_older_than(days).await?),
            None => Ok(0),
        }
    }
}

async fn write_checks(store: Store, mut rx: mpsc::Receiver<WriterMsg>, metrics: Arc<Metrics>) {
    let mut msgs = Vec::with_capacity(CHECK_BATCH);
    while rx.recv_many(&mut msgs, CHECK_BATCH).await > 0 {
        let mut checks = Vec::with_capacity(msgs.len());
        let mut flushes = Vec::new();
        for m in msgs.drain(..) {
            match m {
                WriterMsg::Check(c) => checks.push(*c),
                WriterMsg::Flush(tx) => flushes.push(tx),
            }
        }
        let n = checks.len() as u64;
        match store.insert_checks(checks).await {
            Ok(()) => {
                metrics.checks_written.inc_by(n);
            }
            Err(e) => {
                metrics.checks_failed.inc_by(n);
                tracing::warn!(error = %e, checks = n, "could not store checks");
            }
        }
        for f in flushes {
            let _ = f.send(());
        }
    }
}

/// What to do with one feedback item of a batch.
enum Plan {
    /// Store it: its position among the batch's new rows.
    Fresh(usize),
    /// Its id was stored before, as this row.
    Before(i64),
    /// Its id came earlier in this batch: the new row at this position.
    Twin(usize),
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The protected maps stay consistent even if a holder panicked mid-way (each update
    // is a single insert), so a poisoned lock is recovered rather than propagated.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn read<T>(m: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(|p| p.into_inner())
}

fn write<T>(m: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(|p| p.into_inner())
}
