//! Checking a backup file before it is trusted: rotation deletes older backups only after a
//! new one passed this check, and `navrat restore` refuses a file that fails it.

use std::path::Path;

use rusqlite::OpenFlags;

use crate::{Error, Result};

/// Opens the database file at `path` read-only and runs SQLite's integrity check on it.
/// Returns its schema version; an error says what is wrong (not a database, damaged).
pub fn check_backup(path: &Path) -> Result<u32> {
    let conn = super::open_database_file(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let damaged = |reason: String| Error::Open {
        path: path.to_owned(),
        reason,
    };
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| damaged(format!("not a readable database: {e}")))?;
    if verdict != "ok" {
        return Err(damaged(format!("the integrity check failed: {verdict}")));
    }
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    if version == 0 {
        return Err(damaged("not a Navrat database (no schema)".into()));
    }
    Ok(version)
}

/// The schema version this Navrat writes (its newest migration).
pub fn latest_schema_version() -> u32 {
    super::MIGRATIONS.last().map_or(0, |m| m.0)
}
