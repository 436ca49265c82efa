//! Shared server state: the store, the model, caches that keep the hot path off the
//! database, per-key rate limiters, per-scope adapters and the batched check writer.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use discern_store::{AdapterScope, KeyRecord, NewAdapter, NewCheck, SiteRecord, Store, StoreError};
use tokio::sync::{mpsc, oneshot};

use crate::ServeConfig;
use crate::engine::{self, Adapter, Model};
use crate::error::{AppError, AppResult};
use crate::metrics::Metrics;

/// How long a verified key or a site stays cached. A revoked key keeps working at most
/// this long in a running server (revocation happens in another process, the CLI).
const CACHE_TTL: Duration = Duration::from_secs(5);
/// Bound on cache sizes; past it the cache is simply cleared (cheap, and rare).
const CACHE_MAX: usize = 100_000;
/// Checks waiting for the writer; past it handlers wait (backpressure), never drop.
const CHECK_QUEUE: usize = 16_384;
/// Most checks written in one transaction (one fsync).
const CHECK_BATCH: usize = 2_048;

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
    buckets: Mutex<HashMap<i64, Bucket>>,
    adapters: Mutex<HashMap<AdapterScope, Arc<ScopeAdapter>>>,
    checks: mpsc::Sender<WriterMsg>,
    metrics: Arc<Metrics>,
    seq: AtomicU64,
    /// Campaigns, links, clicks (crates/measure), or why measuring is off here.
    measure: Result<discern_measure::Measure, String>,
}

struct Bucket {
    tokens: f64,
    last: Instant,
}

/// One scope's adapter: loaded lazily from the store, replaced whole after each learning
/// step so readers never wait for a learner.
#[derive(Default)]
struct ScopeAdapter {
    loaded: tokio::sync::OnceCell<()>,
    current: RwLock<Option<Loaded>>,
    learning: tokio::sync::Mutex<()>,
}

#[derive(Clone)]
pub struct Loaded {
    pub adapter: Arc<Adapter>,
    pub version: i64,
    bytes: Arc<Vec<u8>>,
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
                buckets: Mutex::default(),
                adapters: Mutex::default(),
                checks: tx,
                metrics,
                seq: AtomicU64::new(0),
                measure,
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

    /// Takes one token from the key's bucket, or says how long to wait.
    pub fn rate_limit(&self, key: &KeyRecord) -> AppResult<()> {
        let rate = key
            .rate_limit
            .unwrap_or(self.inner.config.limits.default_rate_limit);
        if rate == 0 {
            return Ok(());
        }
        let rate = f64::from(rate);
        let now = Instant::now();
        let mut buckets = lock(&self.inner.buckets);
        let b = buckets.entry(key.id).or_insert(Bucket {
            tokens: rate,
            last: now,
        });
        // Refill for the time since the last request; the bucket holds one second's worth.
        b.tokens = (b.tokens + now.duration_since(b.last).as_secs_f64() * rate).min(rate);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(AppError::RateLimited {
                retry_after_secs: ((1.0 - b.tokens) / rate).ceil() as u64,
            })
        }
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
            .get_or_try_init(|| async {
                let rec = self
                    .inner
                    .store
                    .latest_adapter(scope, &self.inner.model_version)
                    .await?;
                if let Some(rec) = rec {
                    let adapter =
                        Adapter::from_bytes(self.inner.model, &rec.bytes).map_err(|e| {
                            AppError::Internal(format!(
                                "stored adapter {scope:?} v{} unreadable: {e}",
                                rec.version
                            ))
                        })?;
                    *write(&sa.current) = Some(Loaded {
                        adapter: Arc::new(adapter),
                        version: rec.version,
                        bytes: Arc::new(rec.bytes),
                    });
                }
                Ok::<(), AppError>(())
            })
            .await?;
        Ok(sa)
    }

    /// The adapter verdicts for `site` use right now, if it has one.
    pub async fn adapter_for(&self, site: &SiteRecord) -> AppResult<Option<Loaded>> {
        let sa = self.scope_adapter(Self::scope_of(site)).await?;
        Ok(read(&sa.current).clone())
    }

    /// Applies committed feedback rows `(id, text, label)` to the site's adapter and
    /// persists the result as a new adapter version with one audit row per feedback id.
    /// Returns the new version.
    pub async fn learn(
        &self,
        site: &SiteRecord,
        items: &[(i64, String, String)],
    ) -> AppResult<i64> {
        let scope = Self::scope_of(site);
        let sa = self.scope_adapter(scope).await?;
        // One learner per scope at a time, so versions follow each other and no update is
        // lost; readers keep using the previous snapshot meanwhile.
        let _learning = sa.learning.lock().await;
        let current = read(&sa.current).clone();
        let model = self.inner.model;
        let mut adapter = match &current {
            Some(l) => Adapter::from_bytes(model, &l.bytes)
                .map_err(|e| AppError::Internal(format!("adapter reload: {e}")))?,
            None => Adapter::new(model),
        };
        for (_, text, label) in items {
            engine::learn(model, &mut adapter, text, label).map_err(AppError::BadRequest)?;
        }
        let bytes = adapter.to_bytes();
        let version = self
            .inner
            .store
            .save_adapter(NewAdapter {
                scope,
                model_version: self.inner.model_version.clone(),
                bytes: bytes.clone(),
                updates: adapter.updates(),
                reason: "learn".into(),
                site_id: Some(site.id),
                feedback_ids: items.iter().map(|i| i.0).collect(),
            })
            .await?;
        self.inner.metrics.adapter_versions.fetch_add(1, Relaxed);
        *write(&sa.current) = Some(Loaded {
            adapter: Arc::new(adapter),
            version,
            bytes: Arc::new(bytes),
        });
        Ok(version)
    }

    /// Goes back to adapter `version` of the site's scope (stored as a new version).
    pub async fn rollback(
        &self,
        site: &SiteRecord,
        version: i64,
    ) -> AppResult<discern_store::AdapterRecord> {
        let scope = Self::scope_of(site);
        let sa = self.scope_adapter(scope).await?;
        let _learning = sa.learning.lock().await;
        let rec = self
            .inner
            .store
            .rollback_adapter(scope, version, Some(site.id))
            .await?;
        if rec.model_version != self.inner.model_version {
            return Err(AppError::BadRequest(format!(
                "adapter version {version} was learned on another model"
            )));
        }
        let adapter = Adapter::from_bytes(self.inner.model, &rec.bytes)
            .map_err(|e| AppError::Internal(format!("adapter reload: {e}")))?;
        *write(&sa.current) = Some(Loaded {
            adapter: Arc::new(adapter),
            version: rec.version,
            bytes: Arc::new(rec.bytes.clone()),
        });
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
            self.inner.metrics.checks_failed.fetch_add(1, Relaxed);
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
                metrics.checks_written.fetch_add(n, Relaxed);
            }
            Err(e) => {
                metrics.checks_failed.fetch_add(n, Relaxed);
                tracing::warn!(error = %e, checks = n, "could not store checks");
            }
        }
        for f in flushes {
            let _ = f.send(());
        }
    }
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
