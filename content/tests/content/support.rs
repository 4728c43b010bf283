//! Shared test helpers.

use std::path::{Path, PathBuf};

use navrat_content::model::{SourceRevision, TopicText, Track};
use navrat_content::{Locales, Store};

/// The repository's `locales/`.
pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The repository's `content/seed/`.
pub fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seed")
}

/// The repository's locales.
pub fn locales() -> Locales {
    Locales::load(&locales_dir()).expect("the repository's locales load")
}

/// A new store in a temporary directory (kept alive by the returned guard).
pub fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    (dir, store)
}

/// A store with the repository's seed imported.
pub fn seeded_store() -> (tempfile::TempDir, Store) {
    let (dir, store) = new_store();
    let content = navrat_content::seed::read_dir(&seed_dir(), &locales()).unwrap();
    store.import_seed(&content, "seed").unwrap();
    (dir, store)
}

/// A Czech source revision with the given title and body.
pub fn source(title: &str, body: &str) -> SourceRevision {
    SourceRevision {
        revision: 1,
        text: TopicText {
            title: title.into(),
            summary: format!("{title}: shrnutí"),
            body: body.into(),
            keywords: vec!["návrat".into()],
        },
        tracks: vec![Track::General],
        sources: vec![],
        sample_data: false,
        author: "eva".into(),
    }
}

/// Locale by code.
pub fn l(code: &str) -> navrat_content::Locale {
    navrat_content::Locale::parse(code).unwrap()
}
