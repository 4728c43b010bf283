//! A per-address limit on POSTs, so one client cannot flood the request queue. Kiosks behind
//! one address share it; the default leaves room for a busy kiosk.

use std::collections::HashMap;
use std::net::IpAddr;
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
