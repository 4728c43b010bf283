//! Every locale's script shows on a kiosk whatever fonts its machine has: the kiosk ships
//! subsets of Noto (`scripts/make-font-subsets`), and every character of every locale's UI
//! strings, language name, sample phrase and place texts has a glyph in them.

use std::collections::BTreeSet;

use axum::http::header;

use crate::support::{get, repo};

/// What one shipped font file has glyphs for, from `coverage.toml`.
struct Coverage {
    file: String,
    hash: String,
    covers: Vec<(u32, u32)>,
}

fn coverage() -> Vec<Coverage> {
    let path = repo().join("web/static/fonts/coverage.toml");
    let manifest: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    manifest["font"]
        .as_array()
        .unwrap()
        .iter()
        .map(|font| Coverage {
            file: font["file"].as_str().unwrap().to_owned(),
            hash: font["hash"].as_str().unwrap().to_owned(),
            covers: font["covers"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .map(|run| {
                    let (a, b) = run.split_once('-').unwrap();
                    (
                        u32::from_str_radix(a, 16).unwrap(),
                        u32::from_str_radix(b, 16).unwrap(),
                    )
                })
                .collect(),
        })
        .collect()
}

fn fnv1a64(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Characters that need no glyph of their own: spaces, controls and invisible format marks
/// (bidi isolates, zero-width joiners).
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'))
}

/// The characters a font set lacks in `text`.
fn missing(fonts: &[Coverage], text: &str) -> BTreeSet<char> {
    text.chars()
        .filter(|c| needs_glyph(*c))
        .filter(|c| {
            !fonts.iter().any(|f| {
                f.covers
                    .iter()
                    .any(|(a, b)| (*a..=*b).contains(&u32::from(*c)))
            })
        })
        .collect()
}

#[test]
fn the_measured_fonts_are_the_shipped_ones() {
    let fonts = coverage();
    assert!(
        fonts.len() >= 5,
        "Latin/Cyrillic, Arabic, Georgian, Chinese, symbols"
    );
    for font in &fonts {
        let bytes = std::fs::read(repo().join("web/static/fonts").join(&font.file)).unwrap();
        assert_eq!(
            fnv1a64(&bytes),
            font.hash,
            "{}: changed since coverage.toml was written; run scripts/make-font-subsets",
            font.file
        );
    }
}

#[test]
fn every_locale_has_a_glyph_for_each_character_it_shows() {
    let fonts = coverage();
    // The check itself tells a covered character from an uncovered one.
    assert!(missing(&fonts, "Aa Жж ა ب 文").is_empty());
    assert_eq!(
        missing(&fonts, "ཀ"),
        BTreeSet::from(['ཀ']),
        "Tibetan is not shipped"
    );

    let points = std::fs::read_to_string(repo().join("content/seed/points.toml")).unwrap();
    let points: toml::Table = toml::from_str(&points).unwrap();
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(repo().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
        let info: toml::Table =
            toml::from_str(&std::fs::read_to_string(dir.join("locale.toml")).unwrap()).unwrap();
        let mut texts = vec![
            (
                "sample".to_owned(),
                info["sample"].as_str().unwrap().to_owned(),
            ),
            (
                "native_name".to_owned(),
                info["native_name"].as_str().unwrap().to_owned(),
            ),
        ];
        for file in ["common.ftl", "kiosk.ftl"] {
            let ftl = std::fs::read_to_string(dir.join(file)).unwrap();
            texts.extend(
                ftl.lines()
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .map(|l| (file.to_owned(), l.to_owned())),
            );
        }
        for point in points["points"].as_array().unwrap() {
            if let Some(text) = point["text"].get(&locale) {
                for field in ["name", "address", "visiting_rules"] {
                    let value = text[field].as_str().unwrap_or_default().to_owned();
                    texts.push((format!("points.toml {}", point["id"]), value));
                }
            }
        }
        for (source, text) in texts {
            let lacking = missing(&fonts, &text);
            if !lacking.is_empty() {
                failures.push(format!("{locale} {source}: {lacking:?} in {text:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "characters without a glyph in the shipped fonts (run scripts/make-font-subsets):\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn fonts_are_served_with_long_lived_caching_and_only_where_needed() {
    let picker = get("/", None).await;
    let css_url = picker
        .body
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|url| url.starts_with("/assets/fonts."))
        .expect("the picker links the fonts")
        .to_owned();
    let css = get(&css_url, None).await;
    assert_eq!(css.status, 200);
    let faces = css.body.matches("@font-face").count();
    assert_eq!(faces, coverage().len());
    // Each face says which characters it serves, so a page loads only the fonts it needs.
    assert_eq!(css.body.matches("unicode-range:").count(), faces);
    for url in css
        .body
        .split("url(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
    {
        let font = crate::support::get_bytes(url).await;
        assert_eq!(font.0, 200, "{url}");
        assert_eq!(font.1[header::CONTENT_TYPE], "font/woff2", "{url}");
        assert_eq!(
            font.1[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable",
            "{url}"
        );
        assert_eq!(&font.2[..4], b"wOF2", "{url}");
    }
}
