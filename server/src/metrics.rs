//! Prometheus text metrics: requests by route and status, latency by route,
//! findings by rule and severity, connections and requests in flight.
//! Labels come from fixed sets (route templates, status codes, the
//! catalogue's rule ids): no value a client sent ever becomes a label, so
//! the metrics cannot carry an ID number, phone or e-mail, and their
//! cardinality is bounded.

use beian_check::{Finding, Severity};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Duration;

/// The route templates, the only values of the `route` label.
pub const ROUTES: [&str; 10] = [
    "/v1/filing",
    "/v1/check/{name}",
    "/v1/batch/{name}",
    "/v1/rules",
    "/v1/provinces/{code}/requirements",
    "/v1/data-version",
    "/healthz",
    "/metrics",
    "/openapi.json",
    "other",
];

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 14] =
    [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 2.5, 10.0];

/// One route's latency histogram.
#[derive(Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_nanos: AtomicU64,
}

/// Everything `/metrics` reports.
#[derive(Default)]
pub struct Metrics {
    latency: [Histogram; ROUTES.len()],
    /// (route index, status) → requests.
    requests: Mutex<BTreeMap<(usize, u16), u64>>,
    /// (rule id, severity) → findings.
    findings: Mutex<BTreeMap<(&'static str, &'static str), u64>>,
    pub connections: AtomicU64,
    pub in_flight: AtomicU64,
}

/// The index of a route template in [`ROUTES`] ("other" for the rest).
pub fn route_index(template: Option<&str>) -> usize {
    template.and_then(|t| ROUTES.iter().position(|r| *r == t)).unwrap_or(ROUTES.len() - 1)
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Material => "material",
    }
}

impl Metrics {
    /// Counts a finished request.
    pub fn request(&self, route: usize, status: u16, took: Duration) {
        let h = &self.latency[route];
        let seconds = took.as_secs_f64();
        if let Some(i) = BUCKETS.iter().position(|&b| seconds <= b) {
            h.buckets[i].fetch_add(1, Relaxed);
        }
        h.count.fetch_add(1, Relaxed);
        h.sum_nanos.fetch_add(u64::try_from(took.as_nanos()).unwrap_or(u64::MAX), Relaxed);
        if let Ok(mut requests) = self.requests.lock() {
            *requests.entry((route, status)).or_default() += 1;
        }
    }

    /// Counts the findings of a result by rule and severity.
    pub fn findings<'a>(&self, findings: impl IntoIterator<Item = &'a Finding>) {
        let Ok(mut counts) = self.findings.lock() else { return };
        for f in findings {
            *counts.entry((f.rule, severity(f.severity))).or_default() += 1;
        }
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(8192);
        out.push_str("# HELP beian_requests_total HTTP requests answered, by route template and status.\n");
        out.push_str("# TYPE beian_requests_total counter\n");
        if let Ok(requests) = self.requests.lock() {
            for (&(route, status), n) in requests.iter() {
                let _ = writeln!(out, "beian_requests_total{{route=\"{}\",status=\"{status}\"}} {n}", ROUTES[route]);
            }
        }
        out.push_str(
            "# HELP beian_request_duration_seconds Time from the request's headers to its response's headers.\n",
        );
        out.push_str("# TYPE beian_request_duration_seconds histogram\n");
        for (route, h) in ROUTES.iter().zip(&self.latency) {
            let count = h.count.load(Relaxed);
            if count == 0 {
                continue;
            }
            let mut cumulative = 0;
            for (bound, bucket) in BUCKETS.iter().zip(&h.buckets) {
                cumulative += bucket.load(Relaxed);
                let _ = writeln!(
                    out,
                    "beian_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(out, "beian_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {count}");
            let sum = h.sum_nanos.load(Relaxed) as f64 / 1e9;
            let _ = writeln!(out, "beian_request_duration_seconds_sum{{route=\"{route}\"}} {sum}");
            let _ = writeln!(out, "beian_request_duration_seconds_count{{route=\"{route}\"}} {count}");
        }
        out.push_str("# HELP beian_findings_total Findings returned, by rule id and severity.\n");
        out.push_str("# TYPE beian_findings_total counter\n");
        if let Ok(findings) = self.findings.lock() {
            for (&(rule, severity), n) in findings.iter() {
                let _ = writeln!(out, "beian_findings_total{{rule=\"{rule}\",severity=\"{severity}\"}} {n}");
            }
        }
        out.push_str("# HELP beian_connections_open TCP connections open.\n# TYPE beian_connections_open gauge\n");
        let _ = writeln!(out, "beian_connections_open {}", self.connections.load(Relaxed));
        out.push_str(
            "# HELP beian_requests_in_flight Requests being answered.\n# TYPE beian_requests_in_flight gauge\n",
        );
        let _ = writeln!(out, "beian_requests_in_flight {}", self.in_flight.load(Relaxed));
        out
    }
}
