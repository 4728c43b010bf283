//! Static assets embedded in the binary, served under content-hashed names with long-lived
//! cache headers: a kiosk never fetches anything from outside the machine.

use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// One embedded file.
pub struct Asset {
    /// The name in `static/`, e.g. `kiosk.css`.
    pub name: &'static str,
    /// The URL with a content hash, e.g. `/assets/kiosk.3f2a….css`.
    pub url: String,
    content_type: &'static str,
    bytes: &'static [u8],
}

const FILES: [(&str, &str, &[u8]); 3] = [
    (
        "kiosk.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/kiosk.css"),
    ),
    (
        "kiosk.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/kiosk.js"),
    ),
    (
        "workspace.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/workspace.css"),
    ),
];

/// The embedded assets, with their hashed URLs (computed once).
pub fn all() -> &'static [Asset] {
    static ASSETS: OnceLock<Vec<Asset>> = OnceLock::new();
    ASSETS.get_or_init(|| {
        FILES
            .iter()
            .map(|(name, content_type, bytes)| {
                let hash = navrat_content::seed::content_hash(&String::from_utf8_lossy(bytes));
                let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
                Asset {
                    name,
                    url: format!("/assets/{stem}.{}.{ext}", &hash[..12]),
                    content_type,
                    bytes,
                }
            })
            .collect()
    })
}

/// The hashed URL of an embedded file.
pub fn url(name: &str) -> &'static str {
    all()
        .iter()
        .find(|a| a.name == name)
        .map_or("/assets/missing", |a| a.url.as_str())
}

/// The tab icon browsers ask for at `/favicon.ico`: a small SVG (a returning arrow).
pub async fn favicon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_bytes!("../static/favicon.svg").as_slice(),
    )
        .into_response()
}

/// Serves `/assets/{file}`: only the exact hashed names, so nothing else on disk is reachable.
pub async fn serve(Path(file): Path<String>) -> Response {
    let wanted = format!("/assets/{file}");
    match all().iter().find(|a| a.url == wanted) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            asset.bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
