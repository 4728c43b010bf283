//! Signed-in staff: sessions kept in memory only (a restart signs everyone out, and no session
//! token is ever written to disk), with idle and absolute expiry; and the limit on sign-ins:
//! attempts per account and per address are counted before the password is hashed, slowed
//! down progressively after [`LOGIN_ATTEMPTS`] failures (an account waits at most
//! [`ACCOUNT_MAX_WAIT`], so nobody can lock another person out for good), and only
//! [`PASSWORD_CHECKS_AT_ONCE`] passwords are hashed at the same time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use navrat_content::Locale;

/// Failed sign-ins per account and per address before each further attempt has to wait.
pub const LOGIN_ATTEMPTS: usize = 10;
/// Failures are forgotten this long after the last one (or after its wait, if longer).
pub const LOGIN_WINDOW: Duration = Duration::from_secs(300);
/// The wait after [`LOGIN_ATTEMPTS`] failures; it doubles with each further failure.
pub const LOGIN_FIRST_WAIT: Duration = Duration::from_secs(30);
/// The longest an account waits between attempts, however many failures others cause.
pub const ACCOUNT_MAX_WAIT: Duration = Duration::from_secs(60);
/// The longest an address waits between attempts.
pub const ADDRESS_MAX_WAIT: Duration = Duration::from_secs(15 * 60);
/// Accounts and addresses the limiter remembers at most (each): beyond it, the longest quiet
/// ones are forgotten first, so a flood of made-up logins cannot grow memory.
pub const LIMITER_CAPACITY: usize = 10_000;
/// Passwords hashed at the same time (argon2id takes 19 MiB each, and a check keeps a core
/// busy): the store keeps as many work areas, so a flood cannot grow memory.
pub const PASSWORD_CHECKS_AT_ONCE: usize = 1;
/// Sign-ins that may wait for their turn to be hashed; one more is answered "busy" at once.
pub const PASSWORD_CHECKS_WAITING: usize = 16;
/// How long a sign-in waits for its turn before it is answered "busy, try again".
pub const PASSWORD_CHECK_WAIT: Duration = Duration::from_secs(3);

/// One signed-in person.
#[derive(Debug, Clone)]
pub struct Session {
    /// Their login.
    pub login: String,
    /// The anti-forgery token every form of this session carries.
    pub csrf: String,
    /// The workspace's language for them.
    pub locale: Locale,
    /// When it started and when it was last used, by the workspace's clock (Unix seconds).
    created: i64,
    last_seen: i64,
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
    /// Starts a session at `now` (Unix seconds); returns its token (the cookie's value).
    pub fn start(&self, login: &str, locale: Locale, now: i64) -> String {
        let token = random_token();
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

    /// The session of `token` if it has not expired at `now` (Unix seconds, the workspace's
    /// clock, so tests move it instead of waiting); its idle clock starts again.
    pub fn touch(
        &self,
        token: &str,
        idle: Duration,
        absolute: Duration,
        now: i64,
    ) -> Option<Session> {
        let seconds = |d: Duration| i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
        let (idle, absolute) = (seconds(idle), seconds(absolute));
        let mut map = self.by_token.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, s| {
            now.saturating_sub(s.last_seen) < idle && now.saturating_sub(s.created) < absolute
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

/// Who a sign-in attempt is counted against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitScope {
    /// The account signed in to.
    Account,
    /// The client address it came from.
    Address,
}

impl LimitScope {
    fn max_wait(self) -> Duration {
        match self {
            LimitScope::Account => ACCOUNT_MAX_WAIT,
            LimitScope::Address => ADDRESS_MAX_WAIT,
        }
    }
}

/// Failures of one account or address.
#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// How long a key with `count` failures waits after its last one.
fn wait_after(count: u32, scope: LimitScope) -> Duration {
    let Some(over) = (count as usize).checked_sub(LOGIN_ATTEMPTS) else {
        return Duration::ZERO;
    };
    let factor = 1u32 << over.min(16);
    LOGIN_FIRST_WAIT
        .saturating_mul(factor)
        .min(scope.max_wait())
}

impl Failures {
    /// Whether this record is old enough to forget.
    fn expired(&self, now: Instant, scope: LimitScope) -> bool {
        now.duration_since(self.last) >= LOGIN_WINDOW.max(wait_after(self.count, scope))
    }
}

/// One account's or address's key in the limiter: a keyed hash, so the maps hold fixed-size
/// keys whatever is typed, and neither logins nor addresses sit in memory in clear.
type LimitKey = u128;

/// Counts sign-in attempts per account and per address, and bounds how many passwords are
/// hashed at once; cheap to clone.
#[derive(Clone)]
pub struct LoginLimiter {
    key: [u8; 32],
    accounts: Arc<Mutex<HashMap<LimitKey, Failures>>>,
    addresses: Arc<Mutex<HashMap<LimitKey, Failures>>>,
    hashing: Arc<tokio::sync::Semaphore>,
    waiting: Arc<tokio::sync::Semaphore>,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        let mut key = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut key);
        LoginLimiter {
            key,
            accounts: Arc::default(),
            addresses: Arc::default(),
            hashing: Arc::new(tokio::sync::Semaphore::new(PASSWORD_CHECKS_AT_ONCE)),
            waiting: Arc::new(tokio::sync::Semaphore::new(PASSWORD_CHECKS_WAITING)),
        }
    }
}

/// An attempt counted against an account and an address, before its password is hashed.
#[derive(Debug)]
pub struct Attempt {
    account: LimitKey,
    address: LimitKey,
}

/// Why an attempt may not go on now.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too many failures: try again after this long.
    Wait(Duration),
    /// Too many passwords are being checked at once: try again in a moment.
    Busy,
}

impl LoginLimiter {
    fn limit_key(&self, scope: LimitScope, value: &str) -> LimitKey {
        use blake2::digest::consts::U16;
        use blake2::digest::{KeyInit, Mac};
        let mut mac = <blake2::Blake2bMac<U16> as KeyInit>::new_from_slice(&self.key)
            .expect("a 32-byte key fits BLAKE2b");
        mac.update(&[scope as u8]);
        mac.update(value.as_bytes());
        u128::from_le_bytes(mac.finalize().into_bytes().into())
    }

    fn map(&self, scope: LimitScope) -> std::sync::MutexGuard<'_, HashMap<LimitKey, Failures>> {
        match scope {
            LimitScope::Account => &self.accounts,
            LimitScope::Address => &self.addresses,
        }
        .lock()
        .unwrap_or_else(|p| p.into_inner())
    }

    /// Takes back one attempt counted against `key`.
    fn uncount(&self, scope: LimitScope, key: LimitKey) {
        let mut map = self.map(scope);
        if let Some(f) = map.get_mut(&key) {
            f.count = f.count.saturating_sub(1);
            if f.count == 0 {
                map.remove(&key);
            }
        }
    }

    /// Counts an attempt to sign in to `login` from `address` before anything is hashed, or
    /// says how long to wait. Checking and counting happen under one lock per map, so
    /// attempts sent in parallel cannot all slip past the limit.
    pub fn begin(&self, login: &str, address: &str) -> Result<Attempt, Refusal> {
        let attempt = Attempt {
            account: self.limit_key(LimitScope::Account, login),
            address: self.limit_key(LimitScope::Address, address),
        };
        // Lock order: accounts, then addresses. Both stay locked from the check to the count.
        let mut accounts = self.map(LimitScope::Account);
        let mut addresses = self.map(LimitScope::Address);
        // The time is read under the locks: read before, an attempt that waited for them
        // would be older than the last one counted and be told to wait without cause.
        let now = Instant::now();
        let wait = remaining(&accounts, LimitScope::Account, attempt.account, now).max(remaining(
            &addresses,
            LimitScope::Address,
            attempt.address,
            now,
        ));
        if !wait.is_zero() {
            return Err(Refusal::Wait(wait));
        }
        count(&mut accounts, LimitScope::Account, attempt.account, now);
        count(&mut addresses, LimitScope::Address, attempt.address, now);
        Ok(attempt)
    }

    /// A permit to hash one password: waits up to [`PASSWORD_CHECK_WAIT`] for its turn among
    /// at most [`PASSWORD_CHECKS_WAITING`]; otherwise [`Refusal::Busy`], and the attempt is
    /// not counted.
    pub async fn permit(
        &self,
        attempt: &Attempt,
    ) -> Result<tokio::sync::OwnedSemaphorePermit, Refusal> {
        let turn = match self.waiting.clone().try_acquire_owned() {
            Ok(waiting) => {
                let turn =
                    tokio::time::timeout(PASSWORD_CHECK_WAIT, self.hashing.clone().acquire_owned())
                        .await;
                drop(waiting);
                turn.ok().and_then(Result::ok)
            }
            Err(_) => None,
        };
        turn.ok_or_else(|| {
            self.uncount(LimitScope::Account, attempt.account);
            self.uncount(LimitScope::Address, attempt.address);
            Refusal::Busy
        })
    }

    /// The password was right: the account's failures are forgotten, and the attempt no
    /// longer counts against the address (colleagues behind one address sign in every day).
    pub fn succeeded(&self, attempt: Attempt) {
        self.map(LimitScope::Account).remove(&attempt.account);
        self.uncount(LimitScope::Address, attempt.address);
    }
}

/// How long `key` must still wait, or zero.
fn remaining(
    map: &HashMap<LimitKey, Failures>,
    scope: LimitScope,
    key: LimitKey,
    now: Instant,
) -> Duration {
    match map.get(&key) {
        Some(f) if !f.expired(now, scope) => {
            (f.last + wait_after(f.count, scope)).saturating_duration_since(now)
        }
        _ => Duration::ZERO,
    }
}

/// Counts one attempt against `key` (as a failure until it succeeds). A full map first
/// forgets what has expired, then the quietest tenth.
fn count(map: &mut HashMap<LimitKey, Failures>, scope: LimitScope, key: LimitKey, now: Instant) {
    if map.len() >= LIMITER_CAPACITY && !map.contains_key(&key) {
        map.retain(|_, f| !f.expired(now, scope));
        if map.len() >= LIMITER_CAPACITY {
            // Forget the quietest tenth at once, so a flood pays for this scan rarely.
            let mut by_last: Vec<(Instant, LimitKey)> =
                map.iter().map(|(k, f)| (f.last, *k)).collect();
            let cut = LIMITER_CAPACITY / 10;
            by_last.select_nth_unstable(cut);
            for (_, quiet) in &by_last[..=cut] {
                map.remove(quiet);
            }
        }
    }
    let entry = map.entry(key).or_insert(Failures {
        count: 0,
        last: now,
    });
    if entry.expired(now, scope) {
        entry.count = 0;
    }
    entry.count = entry.count.saturating_add(1);
    entry.last = now;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_sent_at_once_from_many_threads_pass_the_limit_no_more_than_allowed() {
        let limiter = LoginLimiter::default();
        let passed = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..60 {
                scope.spawn(|| {
                    if limiter.begin("eva", "10.0.0.7").is_ok() {
                        passed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                });
            }
        });
        assert_eq!(passed.into_inner(), LOGIN_ATTEMPTS);
        assert!(matches!(
            limiter.begin("eva", "10.0.0.8"),
            Err(Refusal::Wait(w)) if w > Duration::ZERO && w <= LOGIN_FIRST_WAIT
        ));
    }

    #[test]
    fn waits_grow_with_each_failure_but_an_account_never_waits_more_than_its_cap() {
        let waits: Vec<Duration> = (0..40)
            .map(|n| wait_after(n, LimitScope::Account))
            .collect();
        assert!(waits[..LOGIN_ATTEMPTS].iter().all(Duration::is_zero));
        assert_eq!(waits[LOGIN_ATTEMPTS], LOGIN_FIRST_WAIT);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]), "{waits:?}");
        assert_eq!(wait_after(u32::MAX, LimitScope::Account), ACCOUNT_MAX_WAIT);
        assert_eq!(wait_after(u32::MAX, LimitScope::Address), ADDRESS_MAX_WAIT);
    }

    #[test]
    fn a_flood_of_made_up_logins_and_addresses_keeps_the_limiter_bounded() {
        let limiter = LoginLimiter::default();
        for n in 0..(LIMITER_CAPACITY * 2 + 10) {
            let _ = limiter.begin(&format!("guess{n}"), &format!("10.{n}"));
        }
        assert!(limiter.accounts.lock().unwrap().len() <= LIMITER_CAPACITY);
        assert!(limiter.addresses.lock().unwrap().len() <= LIMITER_CAPACITY);
    }

    #[tokio::test]
    async fn beyond_the_parallel_hashing_cap_an_attempt_waits_then_is_busy_and_not_counted() {
        let limiter = LoginLimiter::default();
        let mut permits = Vec::new();
        for n in 0..PASSWORD_CHECKS_AT_ONCE {
            let attempt = limiter.begin(&format!("user{n}"), "10.0.0.1").unwrap();
            permits.push(limiter.permit(&attempt).await.unwrap());
        }
        let attempt = limiter.begin("eva", "10.0.0.2").unwrap();
        assert_eq!(limiter.permit(&attempt).await.unwrap_err(), Refusal::Busy);
        assert_eq!(
            limiter.accounts.lock().unwrap().len(),
            PASSWORD_CHECKS_AT_ONCE,
            "the busy attempt is not counted"
        );
        drop(permits);
        assert!(limiter.permit(&attempt).await.is_ok());
    }
}
