//! The search evaluation: realistic queries per locale (exact words, missing diacritics, one
//! and two typos, transliteration, letter variants, synonyms, whole questions) and the topic
//! each must find. Prints hit@3 per locale and kind; every locale must reach 90 %.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::support::{l, locales};

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize, Clone)]
pub struct Case {
    pub query: String,
    pub expected: String,
    pub kind: String,
}

/// The evaluation cases by locale, from `content/tests/search-eval/<locale>.toml`.
pub fn cases() -> BTreeMap<String, Vec<Case>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-eval");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let locale = path.file_stem().unwrap().to_string_lossy().into_owned();
        let cases: Cases = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        out.insert(locale, cases.case);
    }
    out
}

#[test]
fn hit_at_3_is_at_least_90_percent_in_every_locale() {
    let seeded = navrat_testkit::seeded();
    let searcher = &seeded.searcher;
    let cases = cases();
    let mut failures = Vec::new();
    println!("\nlocale  cases  hit@3   misses");
    for code in locales().codes() {
        let list = cases
            .get(code.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        let minimum = if ["cs", "en", "uk", "ru", "vi", "ar"].contains(&code.as_str()) {
            20
        } else {
            8
        };
        assert!(
            list.len() >= minimum,
            "{code}: {} cases, need {minimum}",
            list.len()
        );
        let mut hits = 0;
        let mut missed = Vec::new();
        for case in list {
            let found = searcher.search(&case.query, l(code.as_str()), 3).unwrap();
            if found.iter().any(|h| h.slug.as_str() == case.expected) {
                hits += 1;
            } else {
                let got: Vec<&str> = found.iter().map(|h| h.slug.as_str()).collect();
                missed.push(format!(
                    "[{}] {:?} → {:?}, want {}",
                    case.kind, case.query, got, case.expected
                ));
            }
        }
        let rate = hits as f64 / list.len() as f64;
        println!(
            "{:<7} {:>5}  {:>5.1}%  {}",
            code,
            list.len(),
            rate * 100.0,
            missed.len()
        );
        for m in &missed {
            println!("          {m}");
        }
        if rate < 0.9 {
            failures.push(format!("{code}: {:.1}%", rate * 100.0));
        }
    }
    assert!(failures.is_empty(), "hit@3 below 90 %: {failures:?}");
}
