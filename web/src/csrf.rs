//! Anti-forgery tokens for the kiosk's forms: a random value in a `SameSite=Strict` cookie,
//! and in the form its keyed hash. A POST is accepted only when both agree (and, where the
//! browser says where it comes from, the origin is this site).

use blake2::Blake2sMac256;
use blake2::digest::{KeyInit, Mac};

/// The cookie holding the random value.
pub const COOKIE: &str = "navrat_form";

/// A fresh random cookie value.
pub fn new_cookie() -> String {
    let mut bytes = [0u8; 16];
    rand::Rng::fill(&mut rand::rng(), &mut bytes);
    hex(&bytes)
}

/// The token a form carries for this cookie value.
pub fn token(secret: &[u8; 32], cookie: &str) -> String {
    let mut mac =
        <Blake2sMac256 as KeyInit>::new_from_slice(secret).expect("a 32-byte key fits BLAKE2s");
    mac.update(cookie.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// Whether a form's token matches the cookie (in constant time).
pub fn verify(secret: &[u8; 32], cookie: &str, form_token: &str) -> bool {
    let expected = token(secret, cookie);
    expected.len() == form_token.len()
        && expected
            .bytes()
            .zip(form_token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether the browser says a form comes from another site: its `Sec-Fetch-Site`, or an
/// `Origin` naming another host. (`Origin: null`, which browsers send under
/// `Referrer-Policy: no-referrer`, says nothing; the token decides.)
pub fn cross_site(headers: &axum::http::HeaderMap) -> bool {
    use axum::http::header;
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if fetch_site == "cross-site" {
        return true;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
    origin != "null" && origin_host != host
}
