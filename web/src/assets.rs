//! Static assets embedded in the binary, served under content-hashed names with long-lived
//! cache headers: a kiosk never fetches anything from outside the machine.

use std::borrow::Cow;
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
    bytes: Cow<'static, [u8]>,
}

const FILES: [(&str, &str, &[u8]); 4] = [
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
        "icons.svg",
        "image/svg+xml",
        include_bytes!("../static/icons.svg"),
    ),
    (
        "workspace.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/workspace.css"),
    ),
];

/// The kiosk's fonts (made by `scripts/make-font-subsets`): subsets of Noto for each script,
/// so every locale shows on a machine without those fonts.
pub const FONTS: [(&str, &[u8]); 8] = [
    (
        "navrat-sans-regular.woff2",
        include_bytes!("../static/fonts/navrat-sans-regular.woff2"),
    ),
    (
        "navrat-sans-bold.woff2",
        include_bytes!("../static/fonts/navrat-sans-bold.woff2"),
    ),
    (
        "navrat-arabic-regular.woff2",
        include_bytes!("../static/fonts/navrat-arabic-regular.woff2"),
    ),
    (
        "navrat-arabic-bold.woff2",
        include_bytes!("../static/fonts/navrat-arabic-bold.woff2"),
    ),
    (
        "navrat-georgian-regular.woff2",
        include_bytes!("../static/fonts/navrat-georgian-regular.woff2"),
    ),
    (
        "navrat-georgian-bold.woff2",
        include_bytes!("../static/fonts/navrat-georgian-bold.woff2"),
    ),
    (
        "navrat-cjk-sc-regular.woff2",
        include_bytes!("../static/fonts/navrat-cjk-sc-regular.woff2"),
    ),
    (
        "navrat-symbols-regular.woff2",
        include_bytes!("../static/fonts/navrat-symbols-regular.woff2"),
    ),
];

/// The fonts' @font-face rules, naming each font file as it is in `static/fonts/`.
const FONTS_CSS: &str = include_str!("../static/fonts/fonts.css");

/// FNV-1a over the bytes: the same hash as [`navrat_content::seed::content_hash`] for text.
fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn asset(name: &'static str, content_type: &'static str, bytes: Cow<'static, [u8]>) -> Asset {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    Asset {
        name,
        url: format!("/assets/{stem}.{}.{ext}", &hash(&bytes)[..12]),
        content_type,
        bytes,
    }
}

/// The embedded assets, with their hashed URLs (computed once).
pub fn all() -> &'static [Asset] {
    static ASSETS: OnceLock<Vec<Asset>> = OnceLock::new();
    ASSETS.get_or_init(|| {
        let mut assets: Vec<Asset> = FILES
            .iter()
            .map(|(name, content_type, bytes)| asset(name, content_type, Cow::Borrowed(*bytes)))
            .collect();
        let mut css = FONTS_CSS.to_owned();
        for (name, bytes) in FONTS {
            let font = asset(name, "font/woff2", Cow::Borrowed(bytes));
            css = css.replace(
                &format!("url(\"{name}\")"),
                &format!("url(\"{}\")", font.url),
            );
            assets.push(font);
        }
        assets.push(asset(
            "fonts.css",
            "text/css; charset=utf-8",
            Cow::Owned(css.into_bytes()),
        ));
        assets
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
            asset.bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
