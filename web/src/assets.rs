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

/// A script or style sheet as served: without the comments that fill whole lines (`// …`,
/// `/* … */`) and without indentation or empty lines. The files in `static/` stay commented
/// for the people who read them; a kiosk downloads only what runs (the home page's budget,
/// docs/benchmarks.md). Line breaks stay, so JavaScript's automatic semicolons are unchanged;
/// a comment after code on the same line is kept, so no string or regular expression is cut.
fn compact(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut in_comment = false;
    for line in source.lines() {
        let mut line = line.trim();
        if in_comment {
            match line.find("*/") {
                Some(end) => {
                    in_comment = false;
                    line = line[end + 2..].trim_start();
                }
                None => continue,
            }
        }
        while let Some(rest) = line.strip_prefix("/*") {
            match rest.find("*/") {
                Some(end) => line = rest[end + 2..].trim_start(),
                None => {
                    in_comment = true;
                    line = "";
                }
            }
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The embedded assets, with their hashed URLs (computed once).
pub fn all() -> &'static [Asset] {
    static ASSETS: OnceLock<Vec<Asset>> = OnceLock::new();
    ASSETS.get_or_init(|| {
        let mut assets: Vec<Asset> = FILES
            .iter()
            .map(|(name, content_type, bytes)| {
                let bytes = match name.rsplit_once('.') {
                    Some((_, "js" | "css")) => Cow::Owned(
                        compact(std::str::from_utf8(bytes).expect("UTF-8 asset")).into_bytes(),
                    ),
                    _ => Cow::Borrowed(*bytes),
                };
                asset(name, content_type, bytes)
            })
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

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn compact_drops_whole_line_comments_and_indentation_only() {
        let js = "/*\n * Header.\n */\n(() => {\n  // a note\n  const url = 'https://x/'; // kept\n\n  /* one */ go(url);\n  try { a(); } catch (e) { /* inline */ }\n})();\n";
        assert_eq!(
            compact(js),
            "(() => {\nconst url = 'https://x/'; // kept\ngo(url);\ntry { a(); } catch (e) { /* inline */ }\n})();\n"
        );
        assert_eq!(
            compact("a {\n  color: red; /* why */\n}\n/* b\n c */ d { x: y }\n"),
            "a {\ncolor: red; /* why */\n}\nd { x: y }\n"
        );
    }

    #[test]
    fn the_served_kiosk_script_is_smaller_and_still_whole() {
        let source = include_str!("../static/kiosk.js");
        let served = compact(source);
        assert!(
            served.len() * 10 < source.len() * 8,
            "{} of {}",
            served.len(),
            source.len()
        );
        // Every statement survives: the same braces and parentheses in the same order.
        let code = |s: &str| s.chars().filter(|c| "{}()[]".contains(*c)).count();
        let comments: usize = source
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("//") || l.starts_with('*') || l.starts_with("/*"))
            .map(code)
            .sum();
        assert_eq!(code(&served), code(source) - comments);
    }
}
