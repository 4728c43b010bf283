//! A per-address limit on POSTs, so one client cannot flood the request queue. Kiosks behind
//! one address share it; the default leaves room for a busy kiosk.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the count of an address lasts.
pub const WINDOW: Duration = Duration::from_secs(600);

/// Counts POSTs per client address within a window.
#[derive(Clone, Default)]
pub struct RateLimiter {
    seen: Arc<Mutex<HashMap<IpAddr, (Instant, u32)>>>,
}

impl RateLimiter {
    /// An empty limiter.
    pub fn new() -> Self {
        RateLimiter::default()
    }

    /// Counts one POST from `addr`; false when it is over `limit` in the current window.
    pub fn allow(&self, addr: IpAddr, limit: u32) -> bool {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() > 10_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = seen.entry(addr).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= limit
    }
}

/// The client's address, when the server was started with connection info (not in tests).
pub struct ClientAddr(pub Option<IpAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}
