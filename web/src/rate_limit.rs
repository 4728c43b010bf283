//! Limits per client address: on the kiosk's forms, so one client cannot flood the request
//! queue, and on status lookups, so nobody can try reference codes by the thousand. Kiosks
//! behind one address share its limits; the defaults leave room for a busy counselling point.
//!
//! Behind a reverse proxy every connection comes from the proxy: the client's address is then
//! read from `X-Forwarded-For`, but only when the connection comes from a proxy named in
//! `--trusted-proxy` (anyone else could write any address there).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;

/// How long the count of an address lasts.
pub const WINDOW: Duration = Duration::from_secs(600);

/// Addresses counted at once; past this the longest-counted address is dropped first.
const MAX_ADDRESSES: usize = 50_000;

/// Status lookups one address may make per window, found or not.
pub const LOOKUPS_PER_WINDOW: u32 = 300;

/// Lookups of unknown codes one address may make per window before it waits a little longer
/// for every further one.
pub const FREE_MISSES: u32 = 5;

/// How much longer each lookup waits for every miss past [`FREE_MISSES`].
pub const DELAY_PER_MISS: Duration = Duration::from_millis(500);

/// The longest wait before a lookup is answered.
pub const MAX_DELAY: Duration = Duration::from_secs(5);

/// Lookups of unknown codes per window after which an address is refused until it ends.
pub const MISSES_PER_WINDOW: u32 = 30;

/// The address limits are kept under: an IPv6 client controls a whole /64, so that is one
/// address; an IPv4 address mapped into IPv6 is the IPv4 address.
fn limit_key(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

/// Counts of one address in its current window.
#[derive(Debug, Clone, Copy)]
struct Counts {
    since: Instant,
    hits: u32,
    misses: u32,
    /// Whether the log already said this address was limited in this window.
    reported: bool,
}

/// Per-address counts that start again after [`WINDOW`], bounded in size.
#[derive(Clone, Default)]
struct Counter {
    seen: Arc<Mutex<HashMap<IpAddr, Counts>>>,
}

impl Counter {
    /// Runs `f` on the current counts of `addr`.
    fn with<T>(&self, addr: IpAddr, f: impl FnOnce(&mut Counts) -> T) -> T {
        let now = Instant::now();
        let key = limit_key(addr);
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= MAX_ADDRESSES && !seen.contains_key(&key) {
            seen.retain(|_, c| now.duration_since(c.since) < WINDOW);
            if seen.len() >= MAX_ADDRESSES
                && let Some(oldest) = seen.iter().min_by_key(|(_, c)| c.since).map(|(k, _)| *k)
            {
                seen.remove(&oldest);
            }
        }
        let fresh = Counts {
            since: now,
            hits: 0,
            misses: 0,
            reported: false,
        };
        let counts = seen.entry(key).or_insert(fresh);
        if now.duration_since(counts.since) >= WINDOW {
            *counts = fresh;
        }
        f(counts)
    }
}

/// Counts the kiosk's valid forms per client address within a window.
#[derive(Clone, Default)]
pub struct RateLimiter {
    counter: Counter,
}

impl RateLimiter {
    /// An empty limiter.
    pub fn new() -> Self {
        RateLimiter::default()
    }

    /// Counts one valid form from `addr`; false when it is over `limit` in the current window.
    pub fn allow(&self, addr: IpAddr, limit: u32) -> bool {
        self.counter.with(addr, |c| {
            c.hits = c.hits.saturating_add(1);
            let allowed = c.hits <= limit;
            if !allowed && !c.reported {
                c.reported = true;
                tracing::warn!(
                    forms = c.hits,
                    window_seconds = WINDOW.as_secs(),
                    "one address sent too many forms: asked to wait"
                );
            }
            allowed
        })
    }
}

/// What a status lookup may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupVerdict {
    /// Answer, after waiting this long (zero until the address has missed a few times).
    Answer(Duration),
    /// Too many lookups or misses from this address in this window: refuse.
    Refuse,
}

/// Counts status lookups per client address, and the misses among them.
#[derive(Clone, Default)]
pub struct LookupLimiter {
    counter: Counter,
}

impl LookupLimiter {
    /// An empty limiter.
    pub fn new() -> Self {
        LookupLimiter::default()
    }

    /// Counts one lookup from `addr` and says whether (and after how long) to answer it. An
    /// answered lookup counts as a miss until [`LookupLimiter::found`] says it found a request,
    /// so lookups sent in parallel cannot slip past the limit before their misses are counted.
    pub fn check(&self, addr: IpAddr) -> LookupVerdict {
        self.counter.with(addr, |c| {
            c.hits = c.hits.saturating_add(1);
            if c.hits > LOOKUPS_PER_WINDOW || c.misses >= MISSES_PER_WINDOW {
                if !c.reported {
                    c.reported = true;
                    // Counts only: never the address or a code.
                    tracing::warn!(
                        lookups = c.hits,
                        misses = c.misses,
                        window_seconds = WINDOW.as_secs(),
                        "one address made too many status lookups: refused until its window ends"
                    );
                }
                return LookupVerdict::Refuse;
            }
            let delay = delay_after(c.misses);
            c.misses = c.misses.saturating_add(1);
            LookupVerdict::Answer(delay)
        })
    }

    /// Takes back the miss [`LookupLimiter::check`] counted: the lookup found a request.
    pub fn found(&self, addr: IpAddr) {
        self.counter
            .with(addr, |c| c.misses = c.misses.saturating_sub(1));
    }
}

/// How long a lookup waits after `misses` misses from its address in this window.
pub fn delay_after(misses: u32) -> Duration {
    DELAY_PER_MISS
        .saturating_mul(misses.saturating_sub(FREE_MISSES))
        .min(MAX_DELAY)
}

/// Settings that say which connections come through a trusted reverse proxy.
pub trait TrustedProxies {
    /// The addresses of the reverse proxies whose `X-Forwarded-For` is believed.
    fn trusted_proxies(&self) -> &[IpAddr];
}

impl TrustedProxies for crate::AppState {
    fn trusted_proxies(&self) -> &[IpAddr] {
        &self.shared.trusted_proxies
    }
}

/// The client's address: the connection's peer, or behind a trusted proxy the right-most
/// address in `X-Forwarded-For` that is not a trusted proxy itself. `None` when the server was
/// started without connection info (in tests).
pub struct ClientAddr(pub Option<IpAddr>);

/// The client behind `peer`, given the `X-Forwarded-For` headers of the request.
pub fn client_address(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    // Each proxy appends the address it was connected from; the entries on the left were
    // written by whoever sent the request and prove nothing.
    let entries = forwarded_for
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .rev();
    let mut client = peer;
    for entry in entries {
        match entry.parse::<IpAddr>() {
            Ok(addr) if trusted.contains(&addr) => client = addr,
            Ok(addr) => return addr,
            // Not an address: nothing left of it can be believed.
            Err(_) => break,
        }
    }
    client
}

impl<S: TrustedProxies + Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let Some(peer) = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
        else {
            return Ok(ClientAddr(None));
        };
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        Ok(ClientAddr(Some(client_address(
            peer,
            &forwarded,
            state.trusted_proxies(),
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxy = [ip("127.0.0.1")];
        // Straight from a client: the header is whatever the client wrote, and ignored.
        assert_eq!(
            client_address(ip("203.0.113.7"), &["10.9.9.9"], &proxy),
            ip("203.0.113.7")
        );
        // Through the proxy: the address it appended, not what the client put before it.
        assert_eq!(
            client_address(ip("127.0.0.1"), &["10.9.9.9, 198.51.100.4"], &proxy),
            ip("198.51.100.4")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), &["10.9.9.9", "198.51.100.4"], &proxy),
            ip("198.51.100.4")
        );
        // Two trusted proxies in a row are skipped.
        let proxies = [ip("127.0.0.1"), ip("10.0.0.2")];
        assert_eq!(
            client_address(
                ip("127.0.0.1"),
                &["1.2.3.4, 198.51.100.4, 10.0.0.2"],
                &proxies
            ),
            ip("198.51.100.4")
        );
        // Garbage or nothing: the proxy's own address, never a forged one.
        assert_eq!(
            client_address(ip("127.0.0.1"), &["1.2.3.4, junk"], &proxy),
            ip("127.0.0.1")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), &[], &proxy),
            ip("127.0.0.1")
        );
        // No proxy configured: the peer, always.
        assert_eq!(
            client_address(ip("127.0.0.1"), &["198.51.100.4"], &[]),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn an_ipv6_client_is_limited_as_its_whole_prefix() {
        assert_eq!(limit_key(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(limit_key(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
        let limiter = RateLimiter::new();
        assert!(limiter.allow(ip("2001:db8:1:2::1"), 1));
        assert!(!limiter.allow(ip("2001:db8:1:2::2"), 1), "same /64");
        assert!(limiter.allow(ip("2001:db8:1:3::1"), 1), "another /64");
    }

    #[test]
    fn lookups_wait_longer_after_misses_and_are_refused_at_the_limit() {
        assert_eq!(delay_after(0), Duration::ZERO);
        assert_eq!(delay_after(FREE_MISSES), Duration::ZERO);
        assert_eq!(delay_after(FREE_MISSES + 1), DELAY_PER_MISS);
        assert_eq!(delay_after(FREE_MISSES + 4), DELAY_PER_MISS * 4);
        assert_eq!(delay_after(1000), MAX_DELAY);
        let limiter = LookupLimiter::new();
        let addr = ip("198.51.100.9");
        // Lookups that find a request cost nothing of the miss budget.
        for _ in 0..2 * MISSES_PER_WINDOW {
            assert_eq!(limiter.check(addr), LookupVerdict::Answer(Duration::ZERO));
            limiter.found(addr);
        }
        // Misses, even all in flight at once, stop at the budget.
        for _ in 0..MISSES_PER_WINDOW {
            assert!(matches!(limiter.check(addr), LookupVerdict::Answer(_)));
        }
        assert_eq!(limiter.check(addr), LookupVerdict::Refuse);
        assert!(matches!(
            limiter.check(ip("198.51.100.10")),
            LookupVerdict::Answer(d) if d.is_zero()
        ));
    }
}
