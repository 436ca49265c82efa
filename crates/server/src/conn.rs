//! The accept loop: HTTP/1.1 connections with a header-read timeout, a keep-alive idle
//! timeout and a connection cap, so idle or slow clients cannot exhaust the process's
//! file descriptors or keep the server from answering.
//!
//! * **Header-read timeout** (hyper's): a request head must arrive in full within
//!   `header_read_timeout` of the connection's start or of the previous response, however
//!   slowly its bytes trickle in (slowloris) — and a connection that never sends a request
//!   is closed after it too.
//! * **Keep-alive timeout** (here): a connection that served a request and has nothing in
//!   flight for `keep_alive_timeout` is closed.
//! * **Connection cap**: at most `max_connections` are served. At the cap, the connection
//!   idle the longest (no request in flight) is closed to make room for the new one, as
//!   nginx reuses keep-alive connections (a slack of an eighth of the cap lets the new one
//!   start while the old one closes); when all are busy, the new one waits for a slot
//!   (the kernel's backlog holds the others) and is dropped if none frees up in
//!   `header_read_timeout`. So an idle flood costs the attacker connections, not us
//!   answers: `/healthz` still gets in.
//!
//! A request is "in flight" from the moment its head is parsed until its response body
//! has been handed to the socket, so an upload being read or a response being written is
//! never cut by the idle rules (the request deadline in `body.rs` bounds uploads).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::LimitsConfig;

/// The connection rules, from [`LimitsConfig`].
#[derive(Debug, Clone, Copy)]
pub struct ConnLimits {
    pub max_connections: usize,
    pub header_read_timeout: Duration,
    pub keep_alive_timeout: Duration,
    /// How long shutdown waits for in-flight requests before closing what is left.
    pub drain_timeout: Duration,
}

impl ConnLimits {
    pub fn from_config(limits: &LimitsConfig) -> ConnLimits {
        ConnLimits {
            max_connections: limits.max_connections.max(1),
            header_read_timeout: Duration::from_millis(limits.header_read_timeout_ms.max(1)),
            keep_alive_timeout: Duration::from_millis(limits.keep_alive_timeout_ms.max(1)),
            drain_timeout: Duration::from_millis(limits.request_timeout_ms.max(1))
                + Duration::from_secs(5),
        }
    }
}

/// One open connection, as the cap and the idle rules see it.
struct Slot {
    /// Requests in flight (head parsed, response body not yet handed over).
    busy: AtomicUsize,
    /// Whether it has served a request (keep-alive rules apply only after one).
    served: AtomicBool,
    /// When it last became idle, in milliseconds since the registry's epoch.
    idle_since: AtomicU64,
    /// Chosen to make room; set so two new connections do not evict the same one.
    evicting: AtomicBool,
    evict: tokio::sync::Notify,
}

struct Registry {
    epoch: Instant,
    next: AtomicU64,
    conns: Mutex<HashMap<u64, Arc<Slot>>>,
    /// Open connections not chosen for eviction: what the cap counts.
    live: AtomicUsize,
}

impl Registry {
    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }

    fn insert(self: &Arc<Self>) -> (u64, Arc<Slot>) {
        let id = self.next.fetch_add(1, SeqCst);
        let slot = Arc::new(Slot {
            busy: AtomicUsize::new(0),
            served: AtomicBool::new(false),
            idle_since: AtomicU64::new(self.now_ms()),
            evicting: AtomicBool::new(false),
            evict: tokio::sync::Notify::new(),
        });
        lock(&self.conns).insert(id, slot.clone());
        self.live.fetch_add(1, SeqCst);
        (id, slot)
    }

    fn remove(&self, id: u64) {
        if let Some(slot) = lock(&self.conns).remove(&id)
            && !slot.evicting.load(SeqCst)
        {
            self.live.fetch_sub(1, SeqCst);
        }
    }

    /// Asks the connection idle the longest to close.
    fn evict_oldest_idle(&self) -> Eviction {
        let conns = lock(&self.conns);
        let oldest = conns
            .values()
            .filter(|s| s.busy.load(SeqCst) == 0 && !s.evicting.load(SeqCst))
            .min_by_key(|s| s.idle_since.load(SeqCst));
        let Some(slot) = oldest else {
            return Eviction::AllBusy;
        };
        let age = Duration::from_millis(self.now_ms().saturating_sub(slot.idle_since.load(SeqCst)));
        if age < MIN_IDLE_TO_EVICT {
            return Eviction::TooFresh(MIN_IDLE_TO_EVICT - age);
        }
        slot.evicting.store(true, SeqCst);
        self.live.fetch_sub(1, SeqCst);
        // notify_one keeps the wake-up if the task is not waiting at this instant.
        slot.evict.notify_one();
        Eviction::Evicted
    }
}

/// A connection idle for less than this is not evicted: a real client's connection gets
/// this long to deliver its request head, however fast a flood of idle connections
/// arrives (the flood is admitted at most `max_connections` per this period instead).
const MIN_IDLE_TO_EVICT: Duration = Duration::from_millis(10);

enum Eviction {
    Evicted,
    /// The longest-idle connection has been idle only this much less than the minimum.
    TooFresh(Duration),
    AllBusy,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The map stays consistent whatever a panicking holder did (single inserts/removes).
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Marks a request in flight for as long as it lives: it travels with the response body,
/// so the request ends when hyper has taken the whole body (or dropped it).
struct InFlight {
    slot: Arc<Slot>,
    registry: Arc<Registry>,
}

impl InFlight {
    fn start(slot: Arc<Slot>, registry: Arc<Registry>) -> InFlight {
        slot.busy.fetch_add(1, SeqCst);
        slot.served.store(true, SeqCst);
        InFlight { slot, registry }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.slot.idle_since.store(self.registry.now_ms(), SeqCst);
        self.slot.busy.fetch_sub(1, SeqCst);
    }
}

/// A response body that carries its request's [`InFlight`] mark.
struct TrackedBody {
    inner: Body,
    _in_flight: InFlight,
}

impl hyper::body::Body for TrackedBody {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Serves `router` on `listener` under `limits` until `shutdown` resolves, then stops
/// accepting, lets in-flight requests finish (up to `drain_timeout`) and returns.
pub async fn serve_connections(
    listener: TcpListener,
    router: Router,
    limits: ConnLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Room for the connections being closed to make room, so the accept loop does not wait
    // for each one to finish closing: descriptors stay under cap + slack.
    let slack = (limits.max_connections / 8).max(8);
    let permits = Arc::new(Semaphore::new(limits.max_connections + slack));
    let registry = Arc::new(Registry {
        epoch: Instant::now(),
        next: AtomicU64::new(0),
        conns: Mutex::default(),
        live: AtomicUsize::new(0),
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut tasks = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            () = &mut shutdown => break,
            Some(_) = tasks.join_next(), if !tasks.is_empty() => continue,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors (EMFILE/ENFILE) or a connection that died in
                    // the backlog: free an idle connection and pause briefly rather than
                    // spin on the error.
                    tracing::warn!(error = %e, "accept failed");
                    registry.evict_oldest_idle();
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let at_cap = registry.live.load(SeqCst) >= limits.max_connections;
        if at_cap {
            while let Eviction::TooFresh(wait) = registry.evict_oldest_idle() {
                tokio::time::sleep(wait).await;
            }
        }
        let permit = match permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                // Every slot, slack included, is taken by busy connections or ones still
                // closing: wait for one.
                registry.evict_oldest_idle();
                tokio::select! {
                    permit = permits.clone().acquire_owned() => match permit {
                        Ok(permit) => permit,
                        Err(_) => break,
                    },
                    () = tokio::time::sleep(limits.header_read_timeout) => {
                        tracing::warn!(max = limits.max_connections, "connection cap reached and every connection busy; dropping a new one");
                        continue;
                    }
                    () = &mut shutdown => break,
                }
            }
        };
        // Registered here, not in the task, so the next accept already counts it.
        let (id, slot) = registry.insert();
        tasks.spawn(serve_one(
            stream,
            router.clone(),
            registry.clone(),
            id,
            slot,
            permit,
            stop_rx.clone(),
            limits,
        ));
        if at_cap {
            // Let the new connection read its request head before the next one is
            // accepted: under a flood, a real client's connection must not look idle
            // (and be evicted) only because it has not been polled yet.
            tokio::task::yield_now().await;
        }
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(limits.drain_timeout, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            left = tasks.len(),
            "shutdown: closing connections still busy after the drain timeout"
        );
        tasks.shutdown().await;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn serve_one(
    stream: TcpStream,
    router: Router,
    registry: Arc<Registry>,
    id: u64,
    slot: Arc<Slot>,
    _permit: OwnedSemaphorePermit,
    mut stop: watch::Receiver<bool>,
    limits: ConnLimits,
) {
    let _ = stream.set_nodelay(true);
    struct Deregister(Arc<Registry>, u64);
    impl Drop for Deregister {
        fn drop(&mut self) {
            self.0.remove(self.1);
        }
    }
    let _deregister = Deregister(registry.clone(), id);

    // The peer address, for handlers that need it (the click visitor hash and the
    // datacenter ranges of crates/measure), as axum's `ConnectInfo`.
    let peer = stream.peer_addr().ok();
    let service = {
        let (slot, registry) = (slot.clone(), registry.clone());
        hyper::service::service_fn(move |req: Request<Incoming>| {
            let in_flight = InFlight::start(slot.clone(), registry.clone());
            let router = router.clone();
            let mut req = req.map(Body::new);
            if let Some(peer) = peer {
                req.extensions_mut()
                    .insert(axum::extract::ConnectInfo(peer));
            }
            async move {
                let response = match router.oneshot(req).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                };
                Ok::<_, std::convert::Infallible>(response.map(|inner| TrackedBody {
                    inner,
                    _in_flight: in_flight,
                }))
            }
        })
    };
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let idle_check = tokio::time::sleep(limits.keep_alive_timeout);
    tokio::pin!(idle_check);
    let mut stopping = false;
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!(error = %e, "connection ended with an error");
                }
                return;
            }
            () = slot.evict.notified() => {
                if slot.busy.load(SeqCst) == 0 {
                    tracing::debug!("closing an idle connection to make room for a new one");
                    return;
                }
                // A request began after this one was chosen: keep serving it.
                slot.evicting.store(false, SeqCst);
                registry.live.fetch_add(1, SeqCst);
            }
            () = &mut idle_check => {
                let idle_for = Duration::from_millis(
                    registry.now_ms().saturating_sub(slot.idle_since.load(SeqCst)),
                );
                if slot.busy.load(SeqCst) == 0
                    && slot.served.load(SeqCst)
                    && idle_for >= limits.keep_alive_timeout
                {
                    return;
                }
                let wait = limits.keep_alive_timeout.saturating_sub(idle_for);
                idle_check
                    .as_mut()
                    .reset(tokio::time::Instant::now() + wait.max(Duration::from_millis(50)));
            }
            changed = stop.changed(), if !stopping => {
                stopping = true;
                if changed.is_ok() {
                    // Finishes the request in flight, then closes; idle ones close now.
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// Connections the kernel queues for `accept` (capped by `net.core.somaxconn`). Tokio's
/// `TcpListener::bind` asks for 128: a flood of idle connections fills that while the cap
/// is making room, and the kernel then drops new clients' SYNs, which they resend only
/// after a second.
const BACKLOG: u32 = 4096;

/// Binds `listen` (`host:port`) with a deep accept backlog ([`BACKLOG`]).
pub async fn bind(listen: &str) -> std::io::Result<TcpListener> {
    let mut last = None;
    for addr in tokio::net::lookup_host(listen).await? {
        let socket = if addr.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        #[cfg(unix)]
        socket.set_reuseaddr(true)?;
        match socket.bind(addr).and_then(|()| socket.listen(BACKLOG)) {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{listen} names no address"),
        )
    }))
}

/// The process's soft limit on open files, where the platform says (Linux's
/// `/proc/self/limits`); the connection cap is kept under it so accept never hits EMFILE.
pub fn open_file_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// `configured`, lowered to leave `reserve` descriptors (database, logs, listener) under
/// the open-file limit when there is one.
pub fn effective_max_connections(configured: usize, fd_limit: Option<usize>) -> usize {
    const RESERVE: usize = 64;
    match fd_limit {
        Some(limit) => configured.min(limit.saturating_sub(RESERVE).max(1)),
        None => configured,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_stays_under_the_fd_limit() {
        assert_eq!(effective_max_connections(1024, Some(256)), 192);
        assert_eq!(effective_max_connections(100, Some(1 << 20)), 100);
        assert_eq!(effective_max_connections(100, None), 100);
        assert_eq!(effective_max_connections(100, Some(10)), 1);
        if cfg!(target_os = "linux") {
            assert!(open_file_limit().is_some_and(|n| n > 0));
        }
    }
}
