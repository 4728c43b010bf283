//! `/metrics` on the workspace's listener (the staff network only): the process's counters
//! and histograms ([`navrat_content::metrics`]) and gauges read from the store at each scrape,
//! in the Prometheus text format. Also the middleware that counts requests per route
//! template and locale. No label ever carries a path as typed, a search text, a name or an id.

use std::fmt::Write as _;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use navrat_content::metrics::{METRICS, NO_LOCALE, UNMATCHED_ROUTE, escape};

use crate::AppState;

/// After this many seconds without contact a kiosk counts as silent.
pub const SILENT_AFTER_SECS: i64 = 15 * 60;

/// Counts a kiosk request by its route template and the locale its path names.
pub(crate) async fn count_kiosk_request(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let locale = crate::kiosk::path_locale(&state, &request);
    let route = route_of(&request);
    METRICS.count_request(
        "kiosk",
        &route,
        locale.as_ref().map_or(NO_LOCALE, |l| l.as_str()),
    );
    next.run(request).await
}

/// Counts a workspace request by its route template.
pub(crate) async fn count_workspace_request(request: Request, next: Next) -> Response {
    METRICS.count_request("workspace", &route_of(&request), NO_LOCALE);
    next.run(request).await
}

/// The route template the request matched (`/{locale}/topics/{slug}`), never its path.
fn route_of(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| UNMATCHED_ROUTE.to_owned(), |m| m.as_str().to_owned())
}

/// `GET /metrics`.
pub(crate) async fn metrics(State(state): State<AppState>) -> Response {
    let now = unix_now();
    let gauges = state
        .store
        .blocking(move |store| {
            Ok((
                store.appointment_status_counts()?,
                store.outbox_queue()?,
                store.kiosk_heartbeats()?,
            ))
        })
        .await;
    let (statuses, (queued, oldest), heartbeats) = match gauges {
        Ok(g) => g,
        Err(e) => {
            tracing::error!(error = %e, "metrics: the store does not answer");
            return (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response();
        }
    };
    let mut out = String::with_capacity(8 * 1024);
    METRICS.write(&mut out);
    gauge_head(
        &mut out,
        "navrat_appointment_requests",
        "Appointment requests in the store by status.",
    );
    for (status, n) in statuses {
        let _ = writeln!(
            out,
            "navrat_appointment_requests{{status=\"{status}\"}} {n}"
        );
    }
    gauge_head(
        &mut out,
        "navrat_outbox_queued",
        "Messages to people waiting to be sent to Telegram.",
    );
    let _ = writeln!(out, "navrat_outbox_queued {queued}");
    gauge_head(
        &mut out,
        "navrat_outbox_oldest_age_seconds",
        "Age of the oldest message waiting to be sent (0 when none waits).",
    );
    let age = oldest.map_or(0, |at| (now - at).max(0));
    let _ = writeln!(out, "navrat_outbox_oldest_age_seconds {age}");
    gauge_head(
        &mut out,
        "navrat_kiosk_last_seen_age_seconds",
        "Seconds since each configured kiosk last reported (-1: never).",
    );
    for id in state.kiosk.profiles.ids() {
        let age = heartbeats
            .iter()
            .find(|h| h.profile_id == id)
            .map_or(-1, |h| (now - h.last_seen).max(0));
        let _ = writeln!(
            out,
            "navrat_kiosk_last_seen_age_seconds{{kiosk=\"{}\"}} {age}",
            escape(id)
        );
    }
    gauge_head(
        &mut out,
        "navrat_kiosks_silent",
        "Configured kiosks silent for more than 15 minutes (or never seen).",
    );
    let silent = state
        .kiosk
        .profiles
        .ids()
        .filter(|id| {
            heartbeats
                .iter()
                .find(|h| h.profile_id == *id)
                .is_none_or(|h| now - h.last_seen > SILENT_AFTER_SECS)
        })
        .count();
    let _ = writeln!(out, "navrat_kiosks_silent {silent}");
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

fn gauge_head(out: &mut String, name: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} gauge");
}

/// Now, in Unix seconds.
pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
