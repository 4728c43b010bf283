//! The SQLite store: the only place with SQL.
//!
//! # Design
//!
//! - One database file (`navrat.sqlite3` in the data directory), bundled SQLite, WAL mode,
//!   foreign keys on, a busy timeout, and `synchronous=FULL`: when a write returns, it is on
//!   disk, so an acknowledged appointment request survives a power loss.
//! - Writes go through **one writer connection** behind a mutex (SQLite allows one writer at a
//!   time anyway), each in a `BEGIN IMMEDIATE` transaction. Reads use a small pool of read-only
//!   connections, which WAL lets run beside the writer.
//! - The API is synchronous. Async code (kiosk, bot) calls it through [`Store::blocking`],
//!   which runs the closure on tokio's blocking pool, so no SQLite call ever blocks an executor
//!   thread.
//! - Numbered migrations in `content/migrations/` are applied on open, tracked in
//!   `PRAGMA user_version`. Some have a data step in Rust (sealing, hashing) that ends with an
//!   SQL fragment in `content/src/store/sql/` (dropping what the step replaced): those
//!   fragments are part of their migration, not migrations of their own.

mod appointments;
mod backup_check;
mod bot_chats;
mod check;
mod conversations;
mod data_files;
mod follow;
mod inbox;
mod key_check;
mod monitoring;
mod outbox;
mod points;
mod recordings;
mod review;
mod sealing;
mod search_misses;
mod seed_import;
mod staff;
mod topics;
mod ui_messages;
mod upgrade;
mod voice_files;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::vault::Vault;
use crate::{Error, Result};

pub use backup_check::{check_backup, latest_schema_version};
pub use check::{Coverage, IntegrityReport};
pub use data_files::{DATA_DIR_MODE, DATA_FILE_MODE};
pub use follow::{FollowOutcome, FollowedQuestion};
pub use monitoring::KioskHeartbeat;
pub use outbox::{Notice, NoticeKind};
pub use recordings::{RecordingInfo, RecordingState, RecordingStatus};
pub use review::{COMMENT_MAX_CHARS, TranslationComment, TranslationRow};
pub use search_misses::MAX_SEARCH_MISSES;
pub use seed_import::ImportReport;
pub use staff::{MAX_LOGIN_CHARS, MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
pub use topics::TranslationState;
pub use ui_messages::UiMessage;
pub use upgrade::{PendingUpgrade, backup_database_file, pending_upgrade};

/// A data step of a migration, run in its transaction after its SQL.
type DataStep = fn(&Transaction<'_>, &Vault) -> Result<()>;

/// The migrations, in order; the number is the `user_version` after it ran.
///
/// Only the files listed here run, each once; the folder is never scanned. The `*_drop.sql`
/// fragments that finish migrations 8–11 after their data step live in `store/sql/` and are
/// run by that data step, so they can never be picked up as migrations of their own.
const MIGRATIONS: &[(u32, &str, Option<DataStep>)] = &[
    (1, include_str!("../migrations/0001_init.sql"), None),
    (
        2,
        include_str!("../migrations/0002_search_misses.sql"),
        None,
    ),
    (3, include_str!("../migrations/0003_follow_token.sql"), None),
    (4, include_str!("../migrations/0004_bot_chats.sql"), None),
    (
        5,
        include_str!("../migrations/0005_telegram_chat.sql"),
        None,
    ),
    (6, include_str!("../migrations/0006_outbox.sql"), None),
    (7, include_str!("../migrations/0007_workspace.sql"), None),
    (
        8,
        include_str!("../migrations/0008_sealed_contacts.sql"),
        Some(sealing::seal_existing_rows),
    ),
    (
        9,
        include_str!("../migrations/0009_sealed_notes.sql"),
        Some(sealing::seal_notes),
    ),
    (
        10,
        include_str!("../migrations/0010_follow_token_hash.sql"),
        Some(follow::hash_follow_tokens),
    ),
    (
        11,
        include_str!("../migrations/0011_search_misses_keyed.sql"),
        Some(search_misses::key_search_misses),
    ),
    (15, include_str!("../migrations/0015_key_check.sql"), None),
    (16, include_str!("../migrations/0016_recordings.sql"), None),
    (
        17,
        include_str!("../migrations/0017_telegram_voice_files.sql"),
        None,
    ),
    (
        18,
        include_str!("../migrations/0018_conversations.sql"),
        None,
    ),
    (
        19,
        include_str!("../migrations/0019_kiosk_heartbeats.sql"),
        None,
    ),
    (
        20,
        include_str!("../migrations/0020_question_follow_token.sql"),
        None,
    ),
];

/// argon2 work areas kept between sign-in checks: as many as the workspace hashes at once.
const ARGON2_MEMORY_KEPT: usize = 1;

/// How many read connections are kept open at most.
const MAX_READERS: usize = 4;

/// The file name of the database inside the data directory.
pub const DATABASE_FILE: &str = "navrat.sqlite3";

/// A handle to the store; cheap to clone and share between threads and tasks.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// Counts committed writes: anything derived from the store (a cached page) is current
    /// while this has not moved.
    generation: AtomicU64,
    /// Seals personal data before it is written.
    vault: Vault,
    /// Passwords hashed to check a sign-in.
    password_checks: AtomicU64,
    /// argon2 work areas (19 MiB each) kept for the next sign-in check.
    argon2_memory: Mutex<Vec<Vec<argon2::Block>>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.inner.path)
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and applies pending migrations.
    /// The directory is created 0700, the database 0600; looser modes are tightened.
    pub fn open_dir(data_dir: &Path) -> Result<Self> {
        data_files::prepare_dir(data_dir)?;
        Self::open(&data_dir.join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database file at `path` and applies pending migrations.
    ///
    /// The key file beside it is read, or created for a database that holds no sealed data.
    /// When sealed data exists and the key file is missing or is another key, it refuses to
    /// open: a new key would make every sealed row unreadable while new requests were still
    /// acknowledged under it.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_up_to(path, latest_schema_version())
    }

    /// [`Store::open`], migrating no further than schema version `last`.
    fn open_up_to(path: &Path, last: u32) -> Result<Self> {
        let open_err = |e: rusqlite::Error| Error::Open {
            path: path.to_owned(),
            reason: e.to_string(),
        };
        let refuse = |reason: String| Error::Open {
            path: path.to_owned(),
            reason,
        };
        let key_path = Vault::key_path(path);
        let existing_key = Vault::read(&key_path)?;
        data_files::prepare_database(path)?;
        let mut writer = Connection::open(path).map_err(open_err)?;
        configure(&writer).map_err(open_err)?;
        let vault = match existing_key {
            Some(vault) => vault,
            None if key_check::holds_sealed_data(&writer)? => {
                return Err(refuse(format!(
                    "the key file {} is missing, but the database holds data sealed with it: put back the copy of navrat.key you kept (a new key would leave that data unreadable, so none is made)",
                    key_path.display()
                )));
            }
            None => Vault::create(&key_path)?,
        };
        migrate(&mut writer, path, &vault, last)?;
        if key_check::verify(&writer, &vault)? == key_check::KeyMatch::Other {
            return Err(refuse(format!(
                "the key file {} is not the key this database was sealed with: put back the right navrat.key (nothing was written under the wrong one)",
                key_path.display()
            )));
        }
        Ok(Store {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
                generation: AtomicU64::new(0),
                vault,
                password_checks: AtomicU64::new(0),
                argon2_memory: Mutex::new(Vec::new()),
            }),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs `f` with this store on tokio's blocking pool: how async code calls the store.
    pub async fn blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || f(&store))
            .await
            .map_err(|e| Error::Task(e.to_string()))?
    }

    /// Runs `f` in one write transaction, committed when it returns `Ok`.
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.inner.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        self.inner.generation.fetch_add(1, Ordering::Release);
        Ok(value)
    }

    /// Copies the whole database to `target` while the service runs (SQLite's online backup:
    /// a consistent snapshot, writers are not stopped). Written beside `target` first and
    /// renamed, so `target` is never half a database. The key file is not part of it.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() && target.canonicalize().ok() == self.inner.path.canonicalize().ok() {
            return Err(Error::Invalid(
                "the backup cannot overwrite the live database".into(),
            ));
        }
        let source =
            Connection::open_with_flags(&self.inner.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        copy_database(&source, target)
    }

    /// Caps the database at `pages` pages (of 4 KiB), or lifts the cap: writes past it fail
    /// with [`Error::StorageFull`] exactly as on a full disk, which is how that is tested.
    pub fn set_size_limit(&self, pages: Option<u64>) -> Result<()> {
        let conn = lock(&self.inner.writer);
        conn.pragma_update(
            None,
            "max_page_count",
            pages.unwrap_or(u64::from(u32::MAX - 1)),
        )?;
        Ok(())
    }

    /// Pages the database has now.
    pub fn page_count(&self) -> Result<u64> {
        self.read(|c| Ok(c.pragma_query_value(None, "page_count", |r| r.get(0))?))
    }

    /// The key of the web forms' anti-forgery tokens, derived from the data directory's key.
    pub fn form_secret(&self) -> [u8; 32] {
        self.inner.vault.form_secret()
    }

    /// A number that changes with every committed write, so that what is derived from the
    /// store can tell whether it is still current.
    pub fn generation(&self) -> u64 {
        self.inner.generation.load(Ordering::Acquire)
    }

    /// Runs `f` on a read connection from the pool.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = lock(&self.inner.readers).pop();
        let conn = match conn {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    &self.inner.path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                configure(&c)?;
                c
            }
        };
        let value = f(&conn);
        let mut pool = lock(&self.inner.readers);
        if pool.len() < MAX_READERS {
            pool.push(conn);
        }
        value
    }
}

/// Locks a mutex; a panic in another holder leaves the connection usable (its transaction was
/// rolled back when dropped), so poisoning is ignored.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Opens the database file at `path` with `flags`, outside a [`Store`] (a backup's check, the
/// pending-upgrade look and the copy before an upgrade); a failure names the file.
fn open_database_file(path: &Path, flags: OpenFlags) -> Result<Connection> {
    Connection::open_with_flags(path, flags).map_err(|e| Error::Open {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

/// Copies the database open in `source` to `target` with SQLite's online backup (what
/// `navrat backup`, scheduled backups and the pre-upgrade backup all use): written to a
/// private `.partial` file beside `target`, out of WAL mode (one self-contained file), then
/// renamed, so `target` is never half a database.
fn copy_database(source: &Connection, target: &Path) -> Result<()> {
    let partial = target.with_extension("partial");
    // The copy holds what the database holds: only the service's user may read it.
    match std::fs::remove_file(&partial) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&partial, e)),
    }
    data_files::create_private(&partial)?;
    source.busy_timeout(Duration::from_secs(5))?;
    let copied = (|| -> Result<()> {
        let mut copy = Connection::open(&partial).map_err(|e| Error::Open {
            path: partial.clone(),
            reason: e.to_string(),
        })?;
        let backup = rusqlite::backup::Backup::new(source, &mut copy)?;
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
        drop(backup);
        // A backup is one file: out of WAL mode, so opening it (to check or restore it)
        // leaves no -wal or -shm files beside it.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, target).map_err(|e| Error::io(target, e))?;
    Ok(())
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted rows (purged requests, forgotten chats) are overwritten, not left in free pages.
    conn.pragma_update(None, "secure_delete", true)?;
    if !conn.is_readonly(rusqlite::MAIN_DB)? {
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(rusqlite::Error::InvalidParameterName(format!(
                "WAL mode not available (journal_mode is {mode})"
            )));
        }
    }
    Ok(())
}

fn migrate(conn: &mut Connection, path: &Path, vault: &Vault, last: u32) -> Result<()> {
    let current: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let latest = MIGRATIONS.last().map(|m| m.0).unwrap_or(0);
    if current > latest {
        return Err(Error::Open {
            path: path.to_owned(),
            reason: format!(
                "the database is at schema version {current}, newer than this Navrat ({latest})"
            ),
        });
    }
    for (version, sql, data_step) in MIGRATIONS
        .iter()
        .filter(|(v, _, _)| *v > current && *v <= last)
    {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        if let Some(step) = data_step {
            step(&tx, vault)?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(version, "applied database migration");
    }
    Ok(())
}

/// Now, in Unix seconds.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Writes an audit entry inside the caller's transaction.
pub(crate) fn audit(
    tx: &Transaction<'_>,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        (now(), actor, action, subject, detail),
    )?;
    Ok(())
}

/// Every row `sql` returns for `params`, each read by `read` (which may fail with the
/// store's own errors, e.g. a stored name that no longer parses).
pub(crate) fn all_rows<T>(
    c: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut read: impl FnMut(&rusqlite::Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = c.prepare(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(read(row)?);
    }
    Ok(out)
}

/// Encodes a list as the JSON stored in list columns.
pub(crate) fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Invalid(e.to_string()))
}

/// Decodes a JSON list column.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Invalid(format!("stored JSON: {e}")))
}
