//! Searches without a result, counted per locale. What a person typed is kept only once the
//! same words were asked at least twice: a first ask is a keyed hash and a count. The table is
//! bounded, and rows expire under the retention rule.

use rusqlite::{Transaction, params};

use super::{Store, audit, now};
use crate::vault::Vault;
use crate::{Locale, Result};

/// The most searches without result kept at once; past it the oldest asked-once rows go first.
pub const MAX_SEARCH_MISSES: u64 = 5_000;

/// Counts one miss inside the caller's transaction.
fn count(tx: &Transaction<'_>, vault: &Vault, locale: Locale, query: &str, at: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO search_misses (locale, term_key, query, count, last_at) VALUES (?1, ?2, NULL, 1, ?4)
         ON CONFLICT (locale, term_key) DO UPDATE
            SET count = count + 1, last_at = excluded.last_at, query = COALESCE(query, ?3)",
        params![locale.as_str(), vault.search_miss_key(locale.as_str(), query), query, at],
    )?;
    Ok(())
}

/// Drops the oldest rows past [`MAX_SEARCH_MISSES`], those asked once first.
fn bound(tx: &Transaction<'_>) -> Result<()> {
    let rows: u64 = tx.query_row("SELECT COUNT(*) FROM search_misses", [], |r| r.get(0))?;
    let excess = rows.saturating_sub(MAX_SEARCH_MISSES);
    if excess > 0 {
        tx.execute(
            "DELETE FROM search_misses WHERE rowid IN
                (SELECT rowid FROM search_misses ORDER BY count > 1, last_at LIMIT ?1)",
            [excess as i64],
        )?;
    }
    Ok(())
}

/// The data step of migration 11: moves the clear-text counts to the keyed table, keeping the
/// words only of searches asked at least twice.
pub(super) fn key_search_misses(tx: &Transaction<'_>, vault: &Vault) -> Result<()> {
    let rows: Vec<(String, String, i64, i64)> = {
        let mut stmt = tx.prepare("SELECT locale, query, count, last_at FROM search_misses")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (locale, query, count, at) in rows {
        tx.execute(
            "INSERT INTO search_miss_counts (locale, term_key, query, count, last_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                locale,
                vault.search_miss_key(&locale, &query),
                (count >= 2).then_some(&query),
                count.max(1),
                at
            ],
        )?;
    }
    tx.execute_batch(include_str!("sql/0011_search_misses_keyed_drop.sql"))?;
    Ok(())
}

impl Store {
    /// Counts one search in `locale` that found nothing. `query` must already be normalised
    /// and free of personal data (the searcher drops digits and caps the length).
    pub fn record_search_miss(&self, locale: Locale, query: &str) -> Result<()> {
        self.record_search_misses(&[(locale, query.to_owned())])
    }

    /// Counts several searches without result in one transaction.
    pub fn record_search_misses(&self, misses: &[(Locale, String)]) -> Result<()> {
        if misses.is_empty() {
            return Ok(());
        }
        let at = now();
        self.write(|tx| {
            for (locale, query) in misses {
                count(tx, &self.inner.vault, *locale, query, at)?;
            }
            bound(tx)
        })
    }

    /// The most frequent searches without a result in `locale` that were asked at least twice
    /// (the only ones whose words are kept): (query, count), most first.
    pub fn search_misses(&self, locale: Locale, limit: usize) -> Result<Vec<(String, u64)>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT query, count FROM search_misses WHERE locale = ?1 AND query IS NOT NULL
                 ORDER BY count DESC, last_at DESC LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![locale.as_str(), limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// How many searches without result are kept, asked once or more (for the bound's tests
    /// and `navrat check`).
    pub fn search_miss_rows(&self) -> Result<u64> {
        self.read(|c| Ok(c.query_row("SELECT COUNT(*) FROM search_misses", [], |r| r.get(0))?))
    }

    /// Deletes the searches without result last asked before `cutoff` (Unix seconds): they
    /// expire like closed requests. Returns how many were deleted.
    pub fn purge_search_misses(&self, cutoff: i64) -> Result<usize> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM search_misses WHERE last_at < ?1", [cutoff])?;
            if n > 0 {
                audit(
                    tx,
                    "system",
                    "search_miss.purge",
                    "search_misses",
                    &format!("{n} rows"),
                )?;
            }
            Ok(n)
        })
    }
}
