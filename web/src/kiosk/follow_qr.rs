//! The Telegram QR code of a request or a question just sent from a kiosk, kept for the browser
//! that sent the form and nobody else. The store knows only the follow token's hash, so the token lives here,
//! in memory, for a few minutes, filed under a keyed hash of the form cookie and the reference:
//! a stranger who knows or guesses the reference has no such cookie and sees no QR code.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use blake2::Blake2sMac256;
use blake2::digest::{KeyInit, Mac};

use super::page::Page;
use crate::request::cookie;
use crate::{AppState, csrf};

/// What a follow QR code opens in the bot: the deep link's prefix tells the bot which kind of
/// token it carries, and the store looks each kind up in its own domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Followed {
    /// An appointment request (`f_<token>`).
    Request,
    /// A question to a counsellor (`q_<token>`).
    Question,
}

impl Followed {
    /// The `/start` payload's prefix.
    fn prefix(self) -> &'static str {
        match self {
            Followed::Request => "f_",
            Followed::Question => "q_",
        }
    }
}

/// The QR code of the Telegram deep link, as SVG to be put inline in a page.
fn qr(bot: &str, followed: Followed, token: &str) -> Option<String> {
    let link = format!("https://t.me/{bot}?start={}{token}", followed.prefix());
    let code = qrcode::QrCode::new(link.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    // Inline in HTML: without the XML prolog.
    svg.find("<svg").map(|at| svg[at..].to_owned())
}

/// Keeps the follow `token` of `reference`, just stored, for the browser with `form_cookie`
/// (which the redirect to the confirmation leaves in place), where the confirmation will show
/// it: only where the kiosk's profile shows Telegram QR codes and a bot is configured.
pub fn keep_for_sender(
    state: &AppState,
    page: &Page,
    form_cookie: &str,
    reference: &str,
    token: String,
) {
    if page.profile.telegram_qr && state.kiosk.telegram_bot.is_some() {
        state
            .kiosk
            .follow_qr
            .keep(&state.shared.form_secret, form_cookie, reference, token);
    }
}

/// Forgets the token of `reference` kept for this browser: a chat follows it now.
pub fn forget_for(state: &AppState, headers: &HeaderMap, reference: &str) {
    if let Some(form_cookie) = cookie(headers, csrf::COOKIE) {
        state
            .kiosk
            .follow_qr
            .forget(&state.shared.form_secret, form_cookie, reference);
    }
}

/// The QR code to follow `reference` on Telegram, for the browser that sent it in the last
/// minutes: only where the kiosk's profile shows Telegram QR codes and a bot is configured.
/// Anyone else gets none. The code holds the token only, never the reference.
pub fn shown_to(
    state: &AppState,
    page: &Page,
    headers: &HeaderMap,
    followed: Followed,
    reference: &str,
) -> Option<String> {
    let bot = state.kiosk.telegram_bot.as_deref()?;
    if !page.profile.telegram_qr {
        return None;
    }
    let form_cookie = cookie(headers, csrf::COOKIE)?;
    let token =
        state
            .kiosk
            .follow_qr
            .token_for(&state.shared.form_secret, form_cookie, reference)?;
    qr(bot, followed, &token)
}

/// How long the QR code is shown to the browser that sent the form.
pub const FOLLOW_QR_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// At most this many QR codes wait at once; the oldest go first.
const MAX_WAITING: usize = 4096;

/// A token waiting for its browser: when it was kept, the token, and the keyed hash of the
/// browser's form cookie (so "Finish" can forget every token of that browser).
struct Kept {
    at: Instant,
    token: String,
    browser: [u8; 32],
}

/// Waiting tokens by the keyed hash of form cookie and reference.
type Waiting = HashMap<[u8; 32], Kept>;

/// Follow tokens waiting to be shown as QR codes, each to the one browser that sent its form.
#[derive(Clone, Default)]
pub struct FollowQrCodes {
    waiting: Arc<Mutex<Waiting>>,
}

impl std::fmt::Debug for FollowQrCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FollowQrCodes(..)")
    }
}

fn slot(secret: &[u8; 32], form_cookie: &str, reference: &str) -> [u8; 32] {
    let mut mac =
        <Blake2sMac256 as KeyInit>::new_from_slice(secret).expect("a 32-byte key fits BLAKE2s");
    mac.update(form_cookie.as_bytes());
    mac.update(b"\x1f");
    mac.update(reference.as_bytes());
    mac.finalize().into_bytes().into()
}

fn browser(secret: &[u8; 32], form_cookie: &str) -> [u8; 32] {
    let mut mac =
        <Blake2sMac256 as KeyInit>::new_from_slice(secret).expect("a 32-byte key fits BLAKE2s");
    mac.update(b"browser\x1f");
    mac.update(form_cookie.as_bytes());
    mac.finalize().into_bytes().into()
}

impl FollowQrCodes {
    /// Keeps `token` for the browser with `form_cookie` that just sent request or question
    /// `reference` (references are unique across both).
    pub fn keep(&self, secret: &[u8; 32], form_cookie: &str, reference: &str, token: String) {
        if token.is_empty() {
            return;
        }
        let now = Instant::now();
        let mut waiting = self.waiting.lock().unwrap_or_else(|p| p.into_inner());
        waiting.retain(|_, kept| now.duration_since(kept.at) < FOLLOW_QR_LIFETIME);
        if waiting.len() >= MAX_WAITING
            && let Some(oldest) = waiting
                .iter()
                .min_by_key(|(_, kept)| kept.at)
                .map(|(k, _)| *k)
        {
            waiting.remove(&oldest);
        }
        waiting.insert(
            slot(secret, form_cookie, reference),
            Kept {
                at: now,
                token,
                browser: browser(secret, form_cookie),
            },
        );
    }

    /// The token of `reference` if this browser (its `form_cookie`) sent it in the last
    /// minutes; `None` for anyone else.
    pub fn token_for(
        &self,
        secret: &[u8; 32],
        form_cookie: &str,
        reference: &str,
    ) -> Option<String> {
        let key = slot(secret, form_cookie, reference);
        let mut waiting = self.waiting.lock().unwrap_or_else(|p| p.into_inner());
        match waiting.get(&key) {
            Some(kept) if kept.at.elapsed() < FOLLOW_QR_LIFETIME => Some(kept.token.clone()),
            Some(_) => {
                waiting.remove(&key);
                None
            }
            None => None,
        }
    }

    /// Forgets the token of `reference`: it was used, so its QR code is of no use any more.
    pub fn forget(&self, secret: &[u8; 32], form_cookie: &str, reference: &str) {
        let key = slot(secret, form_cookie, reference);
        self.waiting
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&key);
    }

    /// Forgets every token kept for the browser with `form_cookie` ("Finish", idle reset): the
    /// next person at the kiosk, even one who kept the old cookie, sees no QR code.
    pub fn forget_browser(&self, secret: &[u8; 32], form_cookie: &str) {
        let browser = browser(secret, form_cookie);
        self.waiting
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|_, kept| kept.browser != browser);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_found_only_with_the_cookie_and_reference_it_was_kept_for() {
        let codes = FollowQrCodes::default();
        let secret = [3; 32];
        codes.keep(&secret, "cookie-a", "ABCD1234EFGH", "token".into());
        assert_eq!(
            codes
                .token_for(&secret, "cookie-a", "ABCD1234EFGH")
                .as_deref(),
            Some("token")
        );
        assert_eq!(codes.token_for(&secret, "cookie-b", "ABCD1234EFGH"), None);
        assert_eq!(codes.token_for(&secret, "cookie-a", "ABCD1234EFGX"), None);
        assert_eq!(codes.token_for(&[4; 32], "cookie-a", "ABCD1234EFGH"), None);
        codes.forget(&secret, "cookie-a", "ABCD1234EFGH");
        assert_eq!(codes.token_for(&secret, "cookie-a", "ABCD1234EFGH"), None);
    }

    #[test]
    fn finishing_forgets_every_token_of_that_browser_and_only_of_it() {
        let codes = FollowQrCodes::default();
        let secret = [3; 32];
        codes.keep(&secret, "cookie-a", "ABCD1234EFGH", "one".into());
        codes.keep(&secret, "cookie-a", "JKMN5678PQRS", "two".into());
        codes.keep(&secret, "cookie-b", "TVWX2345YZAB", "other".into());
        codes.forget_browser(&secret, "cookie-a");
        assert_eq!(codes.token_for(&secret, "cookie-a", "ABCD1234EFGH"), None);
        assert_eq!(codes.token_for(&secret, "cookie-a", "JKMN5678PQRS"), None);
        assert_eq!(
            codes
                .token_for(&secret, "cookie-b", "TVWX2345YZAB")
                .as_deref(),
            Some("other")
        );
    }
}
