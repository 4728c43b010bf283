//! UI strings: every file parses, every locale can be used for the whole flow, fallback works.

use std::path::Path;

use navrat_content::i18n::{CORE_FILES, Catalog, FILES, parse_ftl};
use navrat_content::{Direction, Locales};

use crate::support::{l, locales, locales_dir};

#[test]
fn every_ftl_file_in_the_repository_parses() {
    let mut seen = 0;
    for entry in std::fs::read_dir(locales_dir()).unwrap() {
        let dir = entry.unwrap().path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).unwrap();
                parse_ftl(&path, text).unwrap_or_else(|e| panic!("{e}"));
                seen += 1;
            }
        }
    }
    assert!(seen >= 12 * FILES.len(), "{seen} files");
}

#[test]
fn the_twelve_locales_load_with_directions_and_safe_chains() {
    let locales = locales();
    let codes: Vec<&str> = locales.codes().iter().map(|c| c.as_str()).collect();
    assert_eq!(
        codes,
        [
            "cs", "en", "uk", "ru", "vi", "mn", "ka", "ro", "ar", "fa", "tr", "zh"
        ]
    );
    for info in locales.all() {
        let rtl = matches!(info.code.as_str(), "ar" | "fa");
        assert_eq!(info.direction == Direction::Rtl, rtl, "{}", info.code);
        assert_eq!(info.chain.last(), Some(&l("cs")), "{}", info.code);
    }
    assert!(!locales.chain(l("uk")).contains(&l("ru")));
    assert!(!locales.chain(l("ru")).contains(&l("uk")));
}

#[test]
fn every_locale_has_every_core_message() {
    let catalog = Catalog::load(&locales_dir(), &locales()).unwrap();
    for code in locales().codes() {
        for file in CORE_FILES {
            let missing = catalog.missing(*code, file);
            assert!(missing.is_empty(), "{code}/{file}.ftl lacks {missing:?}");
        }
    }
}

#[test]
fn messages_are_in_the_language_asked_for_with_arguments() {
    let catalog = Catalog::load(&locales_dir(), &locales()).unwrap();
    assert_eq!(catalog.text(l("en"), "nav-home"), "Home");
    assert_ne!(catalog.text(l("uk"), "nav-home"), "Home");
    let args = Catalog::args(&[("count", 3.into())]);
    let en = catalog.text_with(l("en"), "search-results", &args);
    assert!(en.contains('3') && en.contains("topics"), "{en}");
    let uk = catalog.text_with(l("uk"), "search-results", &args);
    assert!(uk.contains('3') && !uk.contains("topics"), "{uk}");
}

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn locale_toml(fallback: &str) -> String {
    format!(
        "native_name = \"x\"\nenglish_name = \"x\"\ndirection = \"ltr\"\nscript = \"Latn\"\nsample = \"x\"\norder = 1\nfallback = {fallback}\nui_provenance = \"staff\"\n"
    )
}

#[test]
fn a_missing_message_falls_back_along_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "cs/locale.toml", &locale_toml("[]"));
    write(dir.path(), "en/locale.toml", &locale_toml("[\"cs\"]"));
    write(
        dir.path(),
        "vi/locale.toml",
        &locale_toml("[\"en\", \"cs\"]"),
    );
    write(
        dir.path(),
        "cs/common.ftl",
        "hello = Ahoj\nonly-cs = Jen česky\n",
    );
    write(dir.path(), "en/common.ftl", "hello = Hello\n");
    write(dir.path(), "vi/common.ftl", "other = Khác\n");
    let locales = Locales::load(dir.path()).unwrap();
    let catalog = Catalog::load(dir.path(), &locales).unwrap();
    assert_eq!(catalog.text(l("vi"), "hello"), "Hello");
    assert_eq!(catalog.text(l("vi"), "only-cs"), "Jen česky");
    assert_eq!(catalog.text(l("vi"), "nowhere"), "nowhere");
    assert_eq!(catalog.missing(l("vi"), "common"), ["hello", "only-cs"]);
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "cs/locale.toml", &locale_toml("[]"));
    write(
        dir.path(),
        "cs/kiosk.ftl",
        "ok = fine\n\nbroken = { $x\nlater = fine\n",
    );
    let locales = Locales::load(dir.path()).unwrap();
    let err = Catalog::load(dir.path(), &locales).unwrap_err().to_string();
    assert!(err.contains("kiosk.ftl") && err.contains("line 3"), "{err}");
}

/// A UI string formatted with a number, as the kiosk and the bot pass it (without the Unicode
/// isolation marks Fluent puts around arguments).
fn with_number(catalog: &Catalog, locale: &str, id: &str, name: &str, n: i64) -> String {
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set(name, n);
    catalog
        .text_with(l(locale), id, &args)
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn numbers_choose_the_plural_form_of_each_language() {
    let catalog = Catalog::load(&locales_dir(), &locales()).unwrap();
    let idle =
        |locale: &str, n: i64| with_number(&catalog, locale, "kiosk-idle-warning", "seconds", n);
    let cases: &[(&str, i64, &str)] = &[
        ("cs", 1, "1 sekundu"),
        ("cs", 3, "3 sekundy"),
        ("cs", 5, "5 sekund"),
        ("en", 1, "1 second."),
        ("en", 3, "3 seconds"),
        ("uk", 1, "1 секунду"),
        ("uk", 3, "3 секунди"),
        ("uk", 5, "5 секунд"),
        ("uk", 21, "21 секунду"),
        ("ru", 1, "1 секунду"),
        ("ru", 3, "3 секунды"),
        ("ru", 5, "5 секунд"),
        ("ro", 1, "1 secundă"),
        ("ro", 3, "3 secunde"),
        ("ro", 20, "20 de secunde"),
        ("ar", 1, "ثانية واحدة"),
        ("ar", 2, "ثانيتين"),
        ("ar", 3, "3 ثوانٍ"),
        ("ar", 11, "11 ثانية"),
    ];
    let mut wrong = Vec::new();
    for (locale, n, want) in cases {
        let got = idle(locale, *n);
        if !got.contains(want) {
            wrong.push(format!("{locale} {n}: {got:?} lacks {want:?}"));
        }
    }
    // The retention period in the consent text, too.
    for (locale, want) in [
        ("cs", "90 dní"),
        ("ru", "90 дней"),
        ("uk", "90 днів"),
        ("ro", "90 de zile"),
        ("ar", "90 يومًا"),
    ] {
        let got = with_number(&catalog, locale, "appointment-consent", "days", 90);
        if !got.contains(want) {
            wrong.push(format!("{locale} consent: lacks {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_number_passed_as_text_would_miss_the_plural_form() {
    // Why the channels pass numbers as numbers: as text, Czech falls back to the `other` form.
    let catalog = Catalog::load(&locales_dir(), &locales()).unwrap();
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("seconds", "3");
    let as_text = catalog
        .text_with(l("cs"), "kiosk-idle-warning", &args)
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(as_text.contains("3 sekund."), "{as_text}");
    assert_ne!(
        as_text,
        with_number(&catalog, "cs", "kiosk-idle-warning", "seconds", 3)
    );
}
