//! What both apps read from a request before trusting it: cookies and the form's encoding.

use axum::http::{HeaderMap, StatusCode};

/// Reads a cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether a form body decodes to UTF-8 text. Browsers send our forms in UTF-8; a body that is
/// not would be read with replacement characters, so it is refused before anything is stored.
pub fn form_is_utf8(body: &[u8]) -> bool {
    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
    let mut decoded = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        match (body[i], hex(body.get(i + 1)), hex(body.get(i + 2))) {
            (b'%', Some(high), Some(low)) => {
                decoded.extend(u8::try_from(high * 16 + low));
                i += 3;
            }
            (byte, _, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    std::str::from_utf8(&decoded).is_ok()
}

/// The fields of a posted form, in order, or the status it is refused with: `403 Forbidden`
/// when another site made the browser send it, `400 Bad Request` when the body is not UTF-8
/// form data (it would be read with replacement characters).
pub fn form_fields(headers: &HeaderMap, body: &[u8]) -> Result<Vec<(String, String)>, StatusCode> {
    if crate::csrf::cross_site(headers) {
        return Err(StatusCode::FORBIDDEN);
    }
    if !form_is_utf8(body) {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(form_urlencoded::parse(body).into_owned().collect())
}

/// The value of the form field `name` (the first one sent), or empty when it was not sent.
pub fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}
