//! Backups on a schedule: an online copy of the database into the backup directory every so
//! often (`navrat-YYYYMMDDTHHMMSSZ.sqlite3`, 0600), checked with SQLite's integrity check
//! before older ones are deleted beyond the number to keep. A failed backup is logged and
//! counted for monitoring, and deletes nothing: the last good one always stays.
//!
//! Before a start migrates the database to a newer schema, [`backup_before_upgrade`] copies it
//! aside (`pre-upgrade-<from>-to-<to>-YYYYMMDDTHHMMSSZ.sqlite3`), which rotation never deletes.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::calendar::{civil_from_days, days_from_civil};
use crate::metrics::METRICS;
use crate::store::{PendingUpgrade, backup_database_file, check_backup};
use crate::{Error, Result, Store};

const PREFIX: &str = "navrat-";
const SUFFIX: &str = ".sqlite3";

/// The file name of a backup made at `at` (Unix seconds, UTC): names sort by time.
pub fn backup_name(at: i64) -> String {
    format!("{PREFIX}{}{SUFFIX}", utc_stamp(at))
}

/// `YYYYMMDDTHHMMSSZ` of `at` (Unix seconds, UTC).
fn utc_stamp(at: i64) -> String {
    let days = at.div_euclid(86_400);
    let secs = at.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// The file name of the backup made at `at` before migrating a database from schema version
/// `from` to `to`. Rotation of scheduled backups never deletes these.
pub fn pre_upgrade_name(from: u32, to: u32, at: i64) -> String {
    format!("pre-upgrade-{from}-to-{to}-{}{SUFFIX}", utc_stamp(at))
}

/// The folder of pre-upgrade backups when no backup directory is set: `backups/` in the data
/// directory.
pub const DEFAULT_DIR: &str = "backups";

/// Before the database file `database` is migrated by `upgrade` (see
/// [`pending_upgrade`](crate::store::pending_upgrade)): copies it into `dir` (created 0700
/// when missing) as [`pre_upgrade_name`] and checks the copy is whole and at the old version.
/// Returns the backup's path. On an error the database was not touched and must not be
/// migrated.
pub fn backup_before_upgrade(
    database: &Path,
    upgrade: PendingUpgrade,
    dir: &Path,
    at: i64,
) -> Result<PathBuf> {
    create_private_dir(dir)?;
    let target = dir.join(pre_upgrade_name(upgrade.from, upgrade.to, at));
    backup_database_file(database, &target)?;
    match check_backup(&target) {
        Ok(version) if version == upgrade.from => Ok(target),
        Ok(version) => {
            let _ = std::fs::remove_file(&target);
            Err(Error::Invalid(format!(
                "the copy {} is at schema version {version}, not {}",
                target.display(),
                upgrade.from
            )))
        }
        Err(e) => {
            let _ = std::fs::remove_file(&target);
            Err(e)
        }
    }
}

/// When the backup named `name` was made (Unix seconds), if it is one of ours.
fn made_at(name: &str) -> Option<i64> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let b = stamp.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| stamp.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (hh, mm, ss) = (num(9..11)?, num(11..13)?, num(13..15)?);
    let days = days_from_civil(y, m, d);
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// The backups in `dir`, oldest first (by name, which is by time).
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Makes one backup into `dir` (created 0700 when missing) named for `at`, checks it, then
/// deletes the oldest beyond `keep` (at least 1: the new one). Returns the new backup's path.
/// On any failure the partial copy is removed and nothing older is touched.
pub fn make_backup(store: &Store, dir: &Path, keep: u32, at: i64) -> Result<PathBuf> {
    create_private_dir(dir)?;
    let target = dir.join(backup_name(at));
    store.backup_to(&target)?;
    if let Err(e) = check_backup(&target) {
        let _ = std::fs::remove_file(&target);
        return Err(e);
    }
    let all = list(dir)?;
    let keep = usize::try_from(keep.max(1)).unwrap_or(usize::MAX);
    let excess = all.len().saturating_sub(keep);
    for old in all.iter().take(excess).filter(|p| **p != target) {
        if let Err(e) = std::fs::remove_file(old) {
            tracing::warn!(error = %e, file = %old.display(), "could not delete an old backup");
        }
    }
    Ok(target)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        match std::fs::DirBuilder::new()
            .recursive(true)
            .mode(crate::store::DATA_DIR_MODE)
            .create(dir)
        {
            Ok(()) => Ok(()),
            Err(e) => Err(Error::io(dir, e)),
        }
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// How the schedule runs.
#[derive(Debug, Clone)]
pub struct BackupSchedule {
    /// Where backups go.
    pub dir: PathBuf,
    /// How often.
    pub every: Duration,
    /// How many to keep (at least 1).
    pub keep: u32,
}

/// Runs `schedule` until `stop`: a backup right away when the newest in the directory is older
/// than `every` (or there is none), then every `every`.
pub async fn run_schedule(
    store: Store,
    schedule: BackupSchedule,
    clock: impl Fn() -> i64,
    stop: impl Future<Output = ()>,
) {
    let mut stop = std::pin::pin!(stop);
    let every = i64::try_from(schedule.every.as_secs())
        .unwrap_or(i64::MAX)
        .max(1);
    loop {
        let now = clock();
        // When the newest backup was made, by its name (a copied file's time would lie).
        let newest = list(&schedule.dir)
            .ok()
            .and_then(|l| l.last().cloned())
            .and_then(|p| made_at(p.file_name()?.to_str()?));
        let due_in = newest.map_or(0, |at| (at + every - now).clamp(0, every));
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(due_in as u64)) => {}
            () = &mut stop => return,
        }
        let (dir, keep, at) = (schedule.dir.clone(), schedule.keep, clock());
        match store
            .blocking(move |s| make_backup(s, &dir, keep, at))
            .await
        {
            Ok(path) => {
                METRICS.count_backup(true);
                tracing::info!(file = %path.display(), "scheduled backup made");
            }
            Err(e) => {
                METRICS.count_backup(false);
                tracing::error!(error = %e, dir = %schedule.dir.display(), "scheduled backup failed; older backups are kept");
                // Try again after a while, not in a loop.
                tokio::select! {
                    () = tokio::time::sleep(Duration::from_secs(every.min(600) as u64)) => {}
                    () = &mut stop => return,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_time() {
        assert_eq!(backup_name(0), "navrat-19700101T000000Z.sqlite3");
        assert_eq!(
            backup_name(2_000_000_000),
            "navrat-20330518T033320Z.sqlite3"
        );
        assert!(backup_name(1_700_000_000) < backup_name(1_700_000_001));
        for at in [0, 951_782_400, 1_700_000_000, 2_000_000_000] {
            assert_eq!(made_at(&backup_name(at)), Some(at));
        }
        assert_eq!(made_at("navrat-notes.sqlite3"), None);
        // Rotation of scheduled backups never takes a pre-upgrade backup for one of its own.
        let pre = pre_upgrade_name(18, 19, 1_700_000_000);
        assert_eq!(pre, "pre-upgrade-18-to-19-20231114T221320Z.sqlite3");
        assert_eq!(made_at(&pre), None);
    }
}
