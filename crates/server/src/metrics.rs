//! Prometheus metrics through `prometheus-client`: counters and histograms with atomic
//! updates (no lock on the hot path beyond a read lock to find a route's series),
//! rendered in the OpenMetrics text format, which Prometheus scrapes natively.

use std::collections::HashSet;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::AppState;

/// The content type of [`Metrics::render`]'s output.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Latency histogram bounds, seconds.
const BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5, 10.0,
];
const CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];

/// Labels borrow `'static` strings (route patterns from the route table, fixed status
/// classes), so finding a series allocates nothing.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteClass {
    route: &'static str,
    status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Label {
    label: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answer {
    answer: &'static str,
}

type LatencyFamily = Family<Route, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    /// The router's route patterns: only these become series (an unmatched path never
    /// does, so a scanner cannot grow the output).
    routes: HashSet<&'static str>,
    requests: Family<RouteClass, Counter>,
    latency: LatencyFamily,
    /// Verdicts by label, in the model's label order (every label present from the start).
    verdicts: Vec<(String, Counter)>,
    pub akismet_true: Counter,
    pub akismet_false: Counter,
    pub akismet_discard: Counter,
    pub checks_written: Counter,
    pub checks_failed: Counter,
    pub feedback_stored: Counter,
    pub adapter_versions: Counter,
}

impl Metrics {
    pub fn new(routes: &[&'static str], labels: &[String]) -> Metrics {
        let mut registry = Registry::with_prefix("discern");
        let requests = Family::<RouteClass, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP responses by route and status class",
            requests.clone(),
        );
        let latency: LatencyFamily =
            Family::new_with_constructor(|| Histogram::new(BUCKETS.iter().copied()));
        registry.register(
            "http_request_duration_seconds",
            "Request latency by route",
            latency.clone(),
        );
        let verdict_family = Family::<Label, Counter>::default();
        registry.register(
            "verdicts",
            "Verdicts given, by label",
            verdict_family.clone(),
        );
        let verdicts = labels
            .iter()
            .map(|l| {
                let c = verdict_family.get_or_create_owned(&Label { label: l.clone() });
                (l.clone(), c)
            })
            .collect();
        let answers = Family::<Answer, Counter>::default();
        registry.register("akismet_answers", "comment-check answers", answers.clone());
        let answer = |a| answers.get_or_create_owned(&Answer { answer: a });
        let mut counter = |name: &str, help: &str| {
            let c = Counter::default();
            registry.register(name, help, c.clone());
            c
        };
        let checks_written = counter("checks_written", "Checks committed to the store");
        let checks_failed = counter("checks_failed", "Checks that could not be stored");
        let feedback_stored = counter("feedback_stored", "Feedback rows committed");
        let adapter_versions = counter("adapter_versions", "Adapter versions saved");
        Metrics {
            routes: routes.iter().copied().collect(),
            requests,
            latency,
            verdicts,
            akismet_true: answer("true"),
            akismet_false: answer("false"),
            akismet_discard: answer("discard"),
            checks_written,
            checks_failed,
            feedback_stored,
            adapter_versions,
            registry,
        }
    }

    pub fn verdict(&self, label: &str) {
        if let Some((_, n)) = self.verdicts.iter().find(|(l, _)| l == label) {
            n.inc();
        }
    }

    fn observe(&self, route: &str, status: u16, started: Instant) {
        let Some(&route) = self.routes.get(route) else {
            return;
        };
        let class = CLASSES[usize::from(status / 100).clamp(1, 5) - 1];
        self.requests
            .get_or_create(&RouteClass {
                route,
                status: class,
            })
            .inc();
        self.latency
            .get_or_create(&Route { route })
            .observe(started.elapsed().as_secs_f64());
    }

    /// The OpenMetrics text exposition ([`CONTENT_TYPE`]).
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(8192);
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
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
