//! What Navrat's tests and benchmarks share, in one unpublished crate (a dev-dependency of
//! `navrat-content`, `navrat-web` and `navrat-bot`), instead of files included by path:
//!
//! - [`seeded`] / [`seeded_store`]: a store in a temporary directory with the repository's
//!   seed, and with it the locales, the UI strings and the search index, built the way
//!   `navrat serve` builds them;
//! - [`request`]: an appointment request as a test needs it, from a small default
//!   ([`RequestBuilder`]);
//! - [`telegram`]: a fake Telegram Bot API server, and [`person`]: a person who talks to the
//!   bot through it, starting from `/start` and pressing only buttons the bot sent;
//! - [`fill`]: a store filled to its last byte, as a full disk looks to it;
//! - [`logs`]: everything a test binary logs, to look for personal data in it;
//! - [`ask`]: a counsellor who answers questions through the store;
//! - [`staff_user`], [`publish_ukrainian_translations`]: a staff member by roles, and topics
//!   whose Ukrainian text is published, ready for recordings;
//! - [`audio`]: test audio (a tone as WAV, and as Ogg/Opus) and a published Ukrainian
//!   recording.
//!
//! It uses the public API of `navrat-content` only. Everything here fails loudly (panics) on
//! anything unexpected: it runs inside tests.

#![expect(
    clippy::unwrap_used,
    reason = "a test kit fails loudly on anything unexpected"
)]

pub mod ask;
pub mod audio;
pub mod fill;
pub mod logs;
pub mod person;
mod request;
pub mod telegram;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use navrat_content::i18n::Catalog;
use navrat_content::model::{Slug, StaffUser, TranslationStatus};
use navrat_content::search::Searcher;
use navrat_content::{Locale, Locales, Store};
use tempfile::TempDir;

pub use request::{RequestBuilder, request};

/// The repository's root directory.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The repository's `locales/`.
pub fn locales_dir() -> PathBuf {
    repo().join("locales")
}

/// The repository's `content/seed/`.
pub fn seed_dir() -> PathBuf {
    repo().join("content/seed")
}

/// The repository's locales.
pub fn locales() -> Locales {
    Locales::load(&locales_dir()).expect("the repository's locales load")
}

/// The repository's UI strings, loaded once per test binary.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&locales_dir(), &locales()).unwrap())
}

/// A UI string in a locale (by its code), as a person reads it.
pub fn text(locale: &str, id: &str) -> String {
    catalog().text(Locale::parse(locale).unwrap(), id)
}

/// A new, empty store in a temporary directory (kept alive by the returned guard).
pub fn new_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    (dir, store)
}

/// A store in a temporary directory with the repository's seed imported, without a search
/// index (for tests of the store alone).
pub fn seeded_store() -> (TempDir, Store) {
    let (dir, store) = new_store();
    import_seed(&store, &locales());
    (dir, store)
}

fn import_seed(store: &Store, locales: &Locales) {
    let content = navrat_content::seed::read_dir(&seed_dir(), locales).unwrap();
    store.import_seed(&content, "seed").unwrap();
}

/// A store with the seed and everything that reads it, as `navrat serve` builds them: the
/// locales, the UI strings and the search index over the store.
pub struct SeededStore {
    /// The store.
    pub store: Store,
    /// The repository's locales.
    pub locales: Locales,
    /// The repository's UI strings.
    pub catalog: Arc<Catalog>,
    /// The search index over the store's topics, in memory.
    pub searcher: Searcher,
    /// The store's directory: deleted when this is dropped.
    pub dir: TempDir,
}

impl SeededStore {
    /// Opens the store in `dir`, imports the seed when the store is empty (a store opened
    /// again keeps what it holds) and builds the search index over it.
    pub fn in_dir(dir: TempDir) -> SeededStore {
        let locales = locales();
        let catalog = Arc::new(Catalog::load(&locales_dir(), &locales).unwrap());
        let store = Store::open_dir(dir.path()).unwrap();
        if store.is_empty().unwrap() {
            import_seed(&store, &locales);
        }
        let searcher = Searcher::open(None, &store, &locales).unwrap();
        SeededStore {
            store,
            locales,
            catalog,
            searcher,
            dir,
        }
    }
}

/// A fresh store in a temporary directory with the repository's seed, its locales, UI
/// strings and search index.
pub fn seeded() -> SeededStore {
    SeededStore::in_dir(tempfile::tempdir().unwrap())
}

/// A counsellor (`eva`) edits the Czech source of `slug`: `paragraph` appended to its body,
/// everything else kept, so every translation and recording of it becomes outdated.
pub fn edit_czech_source(store: &Store, slug: &navrat_content::model::Slug, paragraph: &str) {
    let source = store.topic(slug).unwrap().unwrap().source;
    let mut text = source.text.clone();
    text.body.push_str("\n\n");
    text.body.push_str(paragraph);
    store
        .edit_source(
            slug,
            &text,
            &source.tracks,
            &source.sources,
            source.sample_data,
            "eva",
        )
        .unwrap();
}

/// A staff member `login` with `roles` and no languages of their own: what they may do is
/// decided by the roles alone.
pub fn staff_user(login: &str, roles: Vec<navrat_content::model::Role>) -> StaffUser {
    StaffUser {
        login: login.into(),
        display_name: login.into(),
        roles,
        languages: vec![],
        disabled: false,
    }
}

/// The first `n` topics of `store`, their Ukrainian translation published (by Ivan where the
/// store has it only as a draft).
pub fn publish_ukrainian_translations(store: &Store, n: usize) -> Vec<Slug> {
    let uk = Locale::parse("uk").unwrap();
    let slugs: Vec<Slug> = store
        .topics()
        .unwrap()
        .into_iter()
        .map(|t| t.slug)
        .take(n)
        .collect();
    for slug in &slugs {
        let published = store
            .translations(slug)
            .unwrap()
            .iter()
            .any(|t| t.locale == uk && t.status == TranslationStatus::Published);
        if !published {
            store.publish_translation(slug, uk, "ivan", "ivan").unwrap();
        }
    }
    slugs
}

/// Every file below `dir`, by path relative to it (`/`-separated), with its bytes.
pub fn files_below(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}
