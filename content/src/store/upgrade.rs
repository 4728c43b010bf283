//! Upgrading a database to this Navrat's schema safely: before a start applies pending
//! migrations, the database as it is gets copied aside (the pre-upgrade backup), so going back
//! to the previous version is a restore, not a repair. A database newer than this Navrat is
//! refused by [`Store::open`] itself.

use std::path::Path;

use rusqlite::OpenFlags;

use super::{MIGRATIONS, Store, copy_database};
use crate::{Error, Result};

/// A database whose schema is older than this Navrat's: opening it will migrate it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingUpgrade {
    /// Its schema version now.
    pub from: u32,
    /// The schema version this Navrat migrates it to.
    pub to: u32,
}

/// Whether opening the database file at `path` would apply migrations to data already there.
/// `None` for a file that does not exist yet, a new (empty) database, one already current and
/// one newer than this Navrat (which [`Store::open`] refuses).
pub fn pending_upgrade(path: &Path) -> Result<Option<PendingUpgrade>> {
    if !path.exists() {
        return Ok(None);
    }
    let conn = super::open_database_file(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let from: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let to = super::latest_schema_version();
    Ok((from > 0 && from < to).then_some(PendingUpgrade { from, to }))
}

/// Copies the database file at `path` (not open in this process) to `target` with the same
/// online backup as [`Store::backup_to`]: one self-contained file, 0600, written beside
/// `target` and renamed. What is only in its write-ahead log is part of the copy.
pub fn backup_database_file(path: &Path, target: &Path) -> Result<()> {
    let source = super::open_database_file(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    copy_database(&source, target)
}

impl Store {
    /// Makes (or opens) the database at `path` at the older schema `version`, as the Navrat
    /// that had it as newest would have: for upgrade drills and tests of the pre-upgrade
    /// backup. A version this Navrat never had is refused.
    pub fn open_at_schema_version(path: &Path, version: u32) -> Result<Store> {
        if !MIGRATIONS.iter().any(|m| m.0 == version) {
            return Err(Error::Invalid(format!(
                "schema version {version} is not one of this Navrat's migrations"
            )));
        }
        Store::open_up_to(path, version)
    }
}
