//! What the running service counts for its administrator's monitoring (`/metrics` in the
//! Prometheus text format): requests per channel, route and locale, and how long bot updates
//! and searches take. One process-wide registry of atomic counters and fixed-bucket
//! histograms, written to by both channels and read by the workspace's `/metrics`.
//!
//! Labels take values from closed sets only (channels, route templates, locale codes): never
//! a path as typed, a search text, a name or an id, so nothing personal reaches a monitoring
//! system and the number of series stays bounded.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds (seconds) of the latency histograms' buckets: 1 ms to 10 s.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// A latency histogram with [`LATENCY_BUCKETS`] (cumulative when written).
pub struct Histogram {
    buckets: [AtomicU64; LATENCY_BUCKETS.len()],
    count: AtomicU64,
    sum_micros: AtomicU64,
}

impl Histogram {
    const fn new() -> Self {
        Histogram {
            buckets: [const { AtomicU64::new(0) }; LATENCY_BUCKETS.len()],
            count: AtomicU64::new(0),
            sum_micros: AtomicU64::new(0),
        }
    }

    /// Counts one observation of `took`.
    pub fn observe(&self, took: Duration) {
        let seconds = took.as_secs_f64();
        if let Some(i) = LATENCY_BUCKETS.iter().position(|b| seconds <= *b) {
            self.buckets[i].fetch_add(1, Ordering::Relaxed);
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        self.sum_micros.fetch_add(micros, Ordering::Relaxed);
    }

    fn write(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} histogram");
        let mut cumulative = 0;
        for (bound, n) in LATENCY_BUCKETS.iter().zip(&self.buckets) {
            cumulative += n.load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        let count = self.count.load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let sum = self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "{name}_sum {sum}");
        let _ = writeln!(out, "{name}_count {count}");
    }
}

/// Requests counted by (channel, route template, locale code).
type RequestKey = (&'static str, String, String);

/// The process's counters and histograms.
pub struct Metrics {
    requests: Mutex<BTreeMap<RequestKey, u64>>,
    /// How long the bot took to handle one Telegram update.
    pub bot_update_seconds: Histogram,
    /// How long one search took (kiosk and bot).
    pub search_seconds: Histogram,
    search_misses: AtomicU64,
    backups: AtomicU64,
    failed_backups: AtomicU64,
}

/// The registry of this process.
pub static METRICS: Metrics = Metrics {
    requests: Mutex::new(BTreeMap::new()),
    bot_update_seconds: Histogram::new(),
    search_seconds: Histogram::new(),
    search_misses: AtomicU64::new(0),
    backups: AtomicU64::new(0),
    failed_backups: AtomicU64::new(0),
};

/// A route label for requests that matched no route (never the path itself).
pub const UNMATCHED_ROUTE: &str = "unmatched";

/// A locale label for requests without a locale.
pub const NO_LOCALE: &str = "none";

impl Metrics {
    /// Counts one request on `channel` (`kiosk`, `workspace`, `telegram`) to the route
    /// template `route` (e.g. `/{locale}/topics/{slug}`; for the bot the kind of update) in
    /// the locale `locale` (a locale code, or [`NO_LOCALE`]). Callers pass only templates and
    /// codes, never what a person typed.
    pub fn count_request(&self, channel: &'static str, route: &str, locale: &str) {
        let mut requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        *requests
            .entry((channel, route.to_owned(), locale.to_owned()))
            .or_default() += 1;
    }

    /// Counts one search that found nothing in any locale.
    pub fn count_search_miss(&self) {
        self.search_misses.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts one scheduled backup, made or failed.
    pub fn count_backup(&self, made: bool) {
        let counter = if made {
            &self.backups
        } else {
            &self.failed_backups
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Appends the registry in the Prometheus text format (version 0.0.4).
    pub fn write(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "# HELP navrat_requests_total Requests by channel, route template and locale."
        );
        let _ = writeln!(out, "# TYPE navrat_requests_total counter");
        let requests = self
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        for ((channel, route, locale), n) in requests {
            let _ = writeln!(
                out,
                "navrat_requests_total{{channel=\"{}\",route=\"{}\",locale=\"{}\"}} {n}",
                escape(channel),
                escape(&route),
                escape(&locale)
            );
        }
        self.bot_update_seconds.write(
            out,
            "navrat_bot_update_seconds",
            "Time the bot took to handle one Telegram update.",
        );
        self.search_seconds.write(
            out,
            "navrat_search_seconds",
            "Time one search took (kiosk and bot).",
        );
        counter(
            out,
            "navrat_search_misses_total",
            "Searches that found nothing in any locale.",
            self.search_misses.load(Ordering::Relaxed),
        );
        counter(
            out,
            "navrat_backups_total",
            "Scheduled backups made.",
            self.backups.load(Ordering::Relaxed),
        );
        counter(
            out,
            "navrat_backup_failures_total",
            "Scheduled backups that failed (the log says why).",
            self.failed_backups.load(Ordering::Relaxed),
        );
    }
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} counter");
    let _ = writeln!(out, "{name} {value}");
}

/// A label value as the text format wants it: `\`, `"` and newlines escaped.
pub fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_is_cumulative_and_counts_the_slow_in_inf_only() {
        let h = Histogram::new();
        h.observe(Duration::from_micros(500));
        h.observe(Duration::from_millis(30));
        h.observe(Duration::from_secs(60));
        let mut out = String::new();
        h.write(&mut out, "x", "help");
        assert!(out.contains("x_bucket{le=\"0.001\"} 1\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"0.05\"} 2\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"10\"} 2\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"+Inf\"} 3\n"), "{out}");
        assert!(out.contains("x_count 3\n"), "{out}");
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
