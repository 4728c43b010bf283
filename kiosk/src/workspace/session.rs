//! Signed-in staff: sessions kept in memory only (a restart signs everyone out, and no session
//! token is ever written to disk), with idle and absolute expiry; and the limit on failed
//! sign-ins per account and per address.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use navrat_content::Locale;

/// Failed sign-ins allowed per account and per address within [`LOGIN_WINDOW`].
pub const LOGIN_ATTEMPTS: usize = 10;
/// The window of the sign-in limit.
pub const LOGIN_WINDOW: Duration = Duration::from_secs(300);

/// One signed-in person.
#[derive(Debug, Clone)]
pub struct Session {
    /// Their login.
    pub login: String,
    /// The anti-forgery token every form of this session carries.
    pub csrf: String,
    /// The workspace's language for them.
    pub locale: Locale,
    created: Instant,
    last_seen: Instant,
}

/// The sessions, by token; cheap to clone.
#[derive(Clone, Default)]
pub struct Sessions {
    by_token: Arc<Mutex<HashMap<String, Session>>>,
}

/// A random token as hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::Rng::fill(&mut rand::rng(), &mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Sessions {
    /// Starts a session; returns its token (the cookie's value).
    pub fn start(&self, login: &str, locale: Locale) -> String {
        let token = random_token();
        let now = Instant::now();
        let mut map = self.by_token.lock().unwrap_or_else(|p| p.into_inner());
        map.insert(
            token.clone(),
            Session {
                login: login.to_owned(),
                csrf: random_token(),
                locale,
                created: now,
                last_seen: now,
            },
        );
        token
    }

    /// The session of `token` if it has not expired; its idle clock starts again.
    pub fn touch(&self, token: &str, idle: Duration, absolute: Duration) -> Option<Session> {
        let now = Instant::now();
        let mut map = self.by_token.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, s| {
            now.duration_since(s.last_seen) < idle && now.duration_since(s.created) < absolute
        });
        let session = map.get_mut(token)?;
        session.last_seen = now;
        Some(session.clone())
    }

    /// Sets the workspace language of a session.
    pub fn set_locale(&self, token: &str, locale: Locale) {
        let mut map = self.by_token.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = map.get_mut(token) {
            s.locale = locale;
        }
    }

    /// Ends a session.
    pub fn end(&self, token: &str) {
        let mut map = self.by_token.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(token);
    }
}

/// Failed sign-ins per account and per address.
#[derive(Clone, Default)]
pub struct LoginLimiter {
    failures: Arc<Mutex<HashMap<String, VecDeque<Instant>>>>,
}

impl LoginLimiter {
    /// Whether another attempt for every one of `keys` is allowed now.
    pub fn allowed(&self, keys: &[String]) -> bool {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        keys.iter().all(|key| {
            let Some(times) = map.get_mut(key) else {
                return true;
            };
            while times
                .front()
                .is_some_and(|t| now.duration_since(*t) >= LOGIN_WINDOW)
            {
                times.pop_front();
            }
            times.len() < LOGIN_ATTEMPTS
        })
    }

    /// Counts a failed attempt against every one of `keys`.
    pub fn failed(&self, keys: &[String]) {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 10_000 {
            map.retain(|_, t| {
                t.back()
                    .is_some_and(|t| now.duration_since(*t) < LOGIN_WINDOW)
            });
        }
        for key in keys {
            map.entry(key.clone()).or_default().push_back(now);
        }
    }
}
