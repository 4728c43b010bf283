//! What `navrat check` asks of the store: database integrity and translation coverage.

use super::Store;
use super::topics::TranslationState;
use crate::{Locale, Result};

/// The database's own verdict on its integrity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrityReport {
    /// Lines of `PRAGMA integrity_check`; `["ok"]` when sound.
    pub integrity: Vec<String>,
    /// Foreign-key violations found by `PRAGMA foreign_key_check`.
    pub foreign_key_violations: usize,
}

impl IntegrityReport {
    /// Whether the database is sound.
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"] && self.foreign_key_violations == 0
    }
}

/// How far one locale's topic translations are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Topics in all.
    pub topics: usize,
    /// Published translations of the current source.
    pub current: usize,
    /// Published translations of an older source revision.
    pub outdated: usize,
    /// Only a draft or a text in review.
    pub unreviewed: usize,
    /// No translation.
    pub missing: usize,
}

impl Store {
    /// Runs SQLite's integrity and foreign-key checks.
    pub fn integrity(&self) -> Result<IntegrityReport> {
        self.read(|c| {
            let mut stmt = c.prepare("PRAGMA integrity_check")?;
            let integrity = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            let mut stmt = c.prepare("PRAGMA foreign_key_check")?;
            let foreign_key_violations = stmt.query_map([], |_| Ok(()))?.count();
            Ok(IntegrityReport {
                integrity,
                foreign_key_violations,
            })
        })
    }

    /// How far the topic translations into `locale` are.
    pub fn coverage(&self, locale: Locale) -> Result<Coverage> {
        let mut c = Coverage::default();
        for (_, state) in self.translation_states(locale)? {
            c.topics += 1;
            match state {
                TranslationState::Current => c.current += 1,
                TranslationState::Outdated => c.outdated += 1,
                TranslationState::Unreviewed => c.unreviewed += 1,
                TranslationState::Missing => c.missing += 1,
            }
        }
        Ok(c)
    }
}
