//! Kiosk heartbeats: each kiosk device (known by the profile cookie `/k/<id>` set on it)
//! reports that it is alive, so the coordinator's overview can show a kiosk that went silent.
//! Two ways, both without anything about a person: every page it loads, and `POST /heartbeat`
//! from `static/kiosk.js` once a minute while a page stays open (an idle kiosk shows one page
//! for hours). Only configured profile ids are recorded, at most once per 30 s each.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Form;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::profile;
use crate::{AppState, csrf, request::cookie};

/// The version of Navrat that serves the kiosk's pages.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A kiosk is recorded at most this often: a page load and the minute's heartbeat, or many
/// requests at once, make one write.
const MIN_INTERVAL: Duration = Duration::from_secs(30);

/// When each kiosk was last recorded (memory only).
#[derive(Debug, Clone, Default)]
pub struct HeartbeatThrottle(Arc<Mutex<HashMap<String, Instant>>>);

impl HeartbeatThrottle {
    /// Whether the kiosk `id` is due to be recorded now (and marks it so).
    fn due(&self, id: &str) -> bool {
        let mut last = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        match last.get(id) {
            Some(at) if now.duration_since(*at) < MIN_INTERVAL => false,
            _ => {
                last.insert(id.to_owned(), now);
                true
            }
        }
    }
}

/// The form `kiosk.js` sends.
#[derive(Debug, serde::Deserialize)]
pub struct HeartbeatForm {
    /// The version the page was served with (`data-version` on its body).
    #[serde(default)]
    version: String,
}

/// Whether a version string is one a page of ours sends: 1–40 of `0-9 A-Z a-z . + -`.
fn valid_version(version: &str) -> bool {
    (1..=40).contains(&version.len())
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
}

/// The configured profile id of the device sending `headers`, if it has one.
fn kiosk_of<'a>(state: &AppState, headers: &'a HeaderMap) -> Option<&'a str> {
    cookie(headers, profile::COOKIE).filter(|id| state.kiosk.profiles.get(id).is_some())
}

/// Records the kiosk (throttled); a store failure is logged, never shown to the person.
async fn record(state: &AppState, id: &str, version: &str) {
    if !state.kiosk.heartbeats.due(id) {
        return;
    }
    let (id, version) = (id.to_owned(), version.to_owned());
    let stored = state
        .store
        .blocking(move |s| s.record_kiosk_heartbeat(&id, &version))
        .await;
    if let Err(e) = stored {
        tracing::warn!(error = %e, "a kiosk heartbeat could not be stored");
    }
}

/// `POST /heartbeat`: 204 once recorded (or when the device has no configured profile: nothing
/// to record); 403 from another site; 400 for a version no page of ours sends.
pub async fn heartbeat(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<HeartbeatForm>,
) -> StatusCode {
    if csrf::cross_site(&headers) {
        return StatusCode::FORBIDDEN;
    }
    if !valid_version(&form.version) {
        return StatusCode::BAD_REQUEST;
    }
    if let Some(id) = kiosk_of(&state, &headers) {
        record(&state, id, &form.version).await;
    }
    StatusCode::NO_CONTENT
}

/// Counts every page a kiosk loads (not its assets) as a heartbeat with this server's version.
pub async fn on_page_load(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_page = request.method() == Method::GET && !request.uri().path().starts_with("/assets/");
    if is_page && let Some(id) = kiosk_of(&state, request.headers()) {
        let id = id.to_owned();
        record(&state, &id, VERSION).await;
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_versions_are_accepted() {
        assert!(valid_version("0.1.0"));
        assert!(valid_version("1.2.3-rc.1+build5"));
        for bad in [
            "",
            "0.1.0 <script>",
            "x".repeat(41).as_str(),
            "Oksana +420 777",
        ] {
            assert!(!valid_version(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_kiosk_is_recorded_at_most_once_per_interval() {
        let throttle = HeartbeatThrottle::default();
        assert!(throttle.due("praha"));
        assert!(!throttle.due("praha"));
        assert!(throttle.due("zzc-balkova"), "another kiosk is its own");
    }
}
