//! Searches without a result, counted per locale.

use rusqlite::params;

use super::{Store, now};
use crate::{Locale, Result};

impl Store {
    /// Counts one search in `locale` that found nothing. `query` must already be normalised
    /// and free of personal data (the searcher drops digits and caps the length).
    pub fn record_search_miss(&self, locale: Locale, query: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO search_misses (locale, query, count, last_at) VALUES (?1, ?2, 1, ?3)
                 ON CONFLICT (locale, query) DO UPDATE SET count = count + 1, last_at = excluded.last_at",
                params![locale.as_str(), query, now()],
            )?;
            Ok(())
        })
    }

    /// The most frequent searches without a result in `locale`: (query, count), most first.
    pub fn search_misses(&self, locale: Locale, limit: usize) -> Result<Vec<(String, u64)>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT query, count FROM search_misses WHERE locale = ?1 ORDER BY count DESC, last_at DESC LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![locale.as_str(), limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}
