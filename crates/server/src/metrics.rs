//! Prometheus metrics, hand-written: a fixed set of counters and histograms updated with
//! relaxed atomics (no lock on the hot path) and rendered in the text exposition format.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// Latency histogram bounds, seconds.
const BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5, 10.0,
];

#[derive(Default)]
struct RouteStats {
    /// Responses by status class: 1xx..5xx.
    by_class: [AtomicU64; 5],
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_micros: AtomicU64,
}

pub struct Metrics {
    /// Keyed by route pattern; built once from the route table, read-only afterwards.
    routes: HashMap<&'static str, RouteStats>,
    /// Verdicts by label, in the model's label order.
    verdicts: Vec<(String, AtomicU64)>,
    pub akismet_true: AtomicU64,
    pub akismet_false: AtomicU64,
    pub akismet_discard: AtomicU64,
    pub checks_written: AtomicU64,
    pub checks_failed: AtomicU64,
    pub feedback_stored: AtomicU64,
    pub adapter_versions: AtomicU64,
}

impl Metrics {
    pub fn new(routes: &[&'static str], labels: &[String]) -> Metrics {
        Metrics {
            routes: routes.iter().map(|r| (*r, RouteStats::default())).collect(),
            verdicts: labels
                .iter()
                .map(|l| (l.clone(), AtomicU64::new(0)))
                .collect(),
            akismet_true: AtomicU64::new(0),
            akismet_false: AtomicU64::new(0),
            akismet_discard: AtomicU64::new(0),
            checks_written: AtomicU64::new(0),
            checks_failed: AtomicU64::new(0),
            feedback_stored: AtomicU64::new(0),
            adapter_versions: AtomicU64::new(0),
        }
    }

    pub fn verdict(&self, label: &str) {
        if let Some((_, n)) = self.verdicts.iter().find(|(l, _)| l == label) {
            n.fetch_add(1, Relaxed);
        }
    }

    fn observe(&self, route: &str, status: u16, started: Instant) {
        let Some(stats) = self.routes.get(route) else {
            return;
        };
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        stats.by_class[class].fetch_add(1, Relaxed);
        let elapsed = started.elapsed();
        let secs = elapsed.as_secs_f64();
        if let Some(i) = BUCKETS.iter().position(|&b| secs <= b) {
            stats.buckets[i].fetch_add(1, Relaxed);
        }
        stats.count.fetch_add(1, Relaxed);
        stats
            .sum_micros
            .fetch_add(elapsed.as_micros() as u64, Relaxed);
    }

    /// The text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(8192);
        let mut routes: Vec<_> = self.routes.iter().collect();
        routes.sort_by_key(|(r, _)| *r);
        out.push_str(
            "# HELP discern_http_requests_total HTTP responses by route and status class.\n",
        );
        out.push_str("# TYPE discern_http_requests_total counter\n");
        for (route, s) in &routes {
            for (i, n) in s.by_class.iter().enumerate() {
                let n = n.load(Relaxed);
                if n > 0 {
                    let _ = writeln!(
                        out,
                        "discern_http_requests_total{{route=\"{route}\",status=\"{}xx\"}} {n}",
                        i + 1
                    );
                }
            }
        }
        out.push_str("# HELP discern_http_request_duration_seconds Request latency by route.\n");
        out.push_str("# TYPE discern_http_request_duration_seconds histogram\n");
        for (route, s) in &routes {
            let count = s.count.load(Relaxed);
            if count == 0 {
                continue;
            }
            let mut cumulative = 0;
            for (b, n) in BUCKETS.iter().zip(&s.buckets) {
                cumulative += n.load(Relaxed);
                let _ = writeln!(
                    out,
                    "discern_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "discern_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {count}"
            );
            let sum = s.sum_micros.load(Relaxed) as f64 / 1e6;
            let _ = writeln!(
                out,
                "discern_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}"
            );
            let _ = writeln!(
                out,
                "discern_http_request_duration_seconds_count{{route=\"{route}\"}} {count}"
            );
        }
        out.push_str("# HELP discern_verdicts_total Verdicts given, by label.\n# TYPE discern_verdicts_total counter\n");
        for (label, n) in &self.verdicts {
            let _ = writeln!(
                out,
                "discern_verdicts_total{{label=\"{label}\"}} {}",
                n.load(Relaxed)
            );
        }
        out.push_str("# HELP discern_akismet_answers_total comment-check answers.\n# TYPE discern_akismet_answers_total counter\n");
        let _ = writeln!(
            out,
            "discern_akismet_answers_total{{answer=\"true\"}} {}",
            self.akismet_true.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "discern_akismet_answers_total{{answer=\"false\"}} {}",
            self.akismet_false.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "discern_akismet_answers_total{{answer=\"discard\"}} {}",
            self.akismet_discard.load(Relaxed)
        );
        for (name, help, v) in [
            (
                "discern_checks_written_total",
                "Checks committed to the store.",
                &self.checks_written,
            ),
            (
                "discern_checks_failed_total",
                "Checks that could not be stored.",
                &self.checks_failed,
            ),
            (
                "discern_feedback_stored_total",
                "Feedback rows committed.",
                &self.feedback_stored,
            ),
            (
                "discern_adapter_versions_total",
                "Adapter versions saved.",
                &self.adapter_versions,
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                v.load(Relaxed)
            );
        }
        out
    }
}

/// Route middleware: counts and times every matched request.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let response = next.run(req).await;
    if let Some(route) = route {
        state
            .metrics()
            .observe(route.as_str(), response.status().as_u16(), started);
    }
    response
}
