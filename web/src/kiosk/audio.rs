//! `/audio/{kind}/{name}.ogg`: what a listener hears, Ogg/Opus. `m` is the machine voice by its
//! key, `r` a counsellor's published recording by its SHA-256. Names are content hashes, so a
//! response never changes: it is cached for a year. Single byte ranges are served (a player
//! seeks and resumes with them); a name that is not 64 hex digits never reaches the disk.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use navrat_content::audio::{self, MachineVoice};

use crate::{AppState, WebError};

/// The one type of audio served.
pub const OGG_OPUS: &str = "audio/ogg; codecs=opus";

/// Serves one audio file, whole or one byte range of it.
pub async fn audio(
    State(state): State<AppState>,
    Path((kind, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some(name) = file
        .strip_suffix(".ogg")
        .filter(|n| MachineVoice::is_key(n))
    else {
        return Err(WebError::NotFound);
    };
    let name = name.to_owned();
    let bytes = match kind.as_str() {
        "m" => {
            let Some(voice) = state.kiosk.voice.clone() else {
                return Err(WebError::NotFound);
            };
            state.store.blocking(move |_| voice.bytes(&name)).await?
        }
        "r" => {
            state
                .store
                .blocking(move |s| audio::published_recording_bytes(s, &name))
                .await?
        }
        _ => None,
    };
    let bytes = bytes.ok_or(WebError::NotFound)?;
    Ok(ranged(bytes, headers.get(header::RANGE)))
}

/// The response for `bytes` and a `Range` header: 200 without one, 206 for one satisfiable
/// range, 416 for anything else (several ranges, past the end, not bytes).
fn ranged(bytes: Vec<u8>, range: Option<&HeaderValue>) -> Response {
    let total = bytes.len();
    let common = [
        (header::CONTENT_TYPE, HeaderValue::from_static(OGG_OPUS)),
        (header::ACCEPT_RANGES, HeaderValue::from_static("bytes")),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ),
    ];
    let Some(range) = range else {
        return (common, bytes).into_response();
    };
    match range.to_str().ok().and_then(|r| parse_range(r, total)) {
        Some((start, end)) => {
            let content_range = format!("bytes {start}-{end}/{total}");
            let mut response = (
                StatusCode::PARTIAL_CONTENT,
                common,
                bytes[start..=end].to_vec(),
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&content_range) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            response
        }
        None => {
            let mut response = (StatusCode::RANGE_NOT_SATISFIABLE, common).into_response();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{total}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            response
        }
    }
}

/// One range `bytes=a-b`, `bytes=a-` or `bytes=-n` within `total` bytes, as inclusive bounds.
fn parse_range(header: &str, total: usize) -> Option<(usize, usize)> {
    let spec = header.trim().strip_prefix("bytes=")?.trim();
    if spec.contains(',') || total == 0 {
        return None;
    }
    let (first, last) = spec.split_once('-')?;
    let (first, last) = (first.trim(), last.trim());
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if first.is_empty() {
        // The last n bytes.
        if !digits(last) {
            return None;
        }
        let n: usize = last.parse().ok()?;
        if n == 0 {
            return None;
        }
        return Some((total.saturating_sub(n), total - 1));
    }
    if !digits(first) {
        return None;
    }
    let start: usize = first.parse().ok()?;
    if start >= total {
        return None;
    }
    let end = if last.is_empty() {
        total - 1
    } else if digits(last) {
        last.parse::<usize>().ok()?.min(total - 1)
    } else {
        return None;
    };
    (start <= end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-9", 100), Some((0, 9)));
        assert_eq!(parse_range("bytes=90-", 100), Some((90, 99)));
        assert_eq!(parse_range("bytes=-10", 100), Some((90, 99)));
        assert_eq!(parse_range("bytes=50-500", 100), Some((50, 99)));
        assert_eq!(parse_range("bytes=100-", 100), None);
        assert_eq!(parse_range("bytes=9-3", 100), None);
        assert_eq!(parse_range("bytes=0-1,5-6", 100), None);
        assert_eq!(parse_range("items=0-1", 100), None);
        assert_eq!(parse_range("bytes=-0", 100), None);
        assert_eq!(parse_range("bytes=+1-2", 100), None);
        assert_eq!(parse_range("bytes=0-", 0), None);
    }
}
