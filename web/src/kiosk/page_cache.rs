//! Rendered pages kept in memory: topic and home pages are the same for everyone with the same
//! locale and device profile, and change only when the store does. A cached page is served
//! while the store's write generation has not moved.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;

/// More entries than this and the cache starts again (12 locales × 19 topics × profiles).
const MAX_ENTRIES: usize = 4096;

/// The cache; cheap to clone.
#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<Mutex<HashMap<String, (u64, Bytes)>>>,
}

impl PageCache {
    /// The page for `key` if it was rendered at store generation `generation`.
    pub fn get(&self, key: &str, generation: u64) -> Option<Bytes> {
        let pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
        pages
            .get(key)
            .filter(|(g, _)| *g == generation)
            .map(|(_, b)| b.clone())
    }

    /// Forgets every page: after a change the store's generation does not show (UI strings).
    pub fn clear(&self) {
        self.pages.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// Keeps a page rendered at `generation`.
    pub fn put(&self, key: String, generation: u64, page: Bytes) {
        let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
        if pages.len() >= MAX_ENTRIES {
            pages.clear();
        }
        pages.insert(key, (generation, page));
    }
}
