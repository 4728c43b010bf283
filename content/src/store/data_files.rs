//! Who may read the data directory: the directory is created 0700 and the database with its
//! WAL and shared-memory files 0600 (SQLite gives the latter the database file's mode). A
//! directory or file that others may read, as earlier versions left them, is tightened at
//! start, and the log says which and from what mode.

use std::path::Path;

use crate::{Error, Result};

/// The mode of the data directory: only the service's user enters it.
pub const DATA_DIR_MODE: u32 = 0o700;
/// The mode of the database and its WAL and shared-memory files.
pub const DATA_FILE_MODE: u32 = 0o600;

/// The files SQLite keeps beside a database.
const SIDE_FILES: &[&str] = &["-wal", "-shm"];

/// Creates the data directory (mode 0700) if needed, and tightens it when others may enter it.
#[cfg(unix)]
pub(super) fn prepare_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.exists() && !dir.is_dir() {
        return Err(Error::io(
            dir,
            std::io::Error::from(std::io::ErrorKind::NotADirectory),
        ));
    }
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(DATA_DIR_MODE)
            .create(dir)
            .map_err(|e| Error::io(dir, e))?;
    }
    tighten(dir, DATA_DIR_MODE, "data directory")
}

/// Creates the data directory if needed.
#[cfg(not(unix))]
pub(super) fn prepare_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// Creates an empty database file (mode 0600) when there is none, so SQLite never creates it
/// with the process's default mode; tightens it and its WAL and shared-memory files when
/// others may read them.
#[cfg(unix)]
pub(super) fn prepare_database(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    if !path.exists() {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(DATA_FILE_MODE)
            .open(path)
        {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    tighten(path, DATA_FILE_MODE, "database")?;
    for suffix in SIDE_FILES {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = Path::new(&side);
        if side.exists() {
            tighten(side, DATA_FILE_MODE, "database")?;
        }
    }
    Ok(())
}

/// Nothing to prepare where there are no Unix modes.
#[cfg(not(unix))]
pub(super) fn prepare_database(_: &Path) -> Result<()> {
    Ok(())
}

/// Creates `path` empty with mode 0600 (for a backup copy), replacing nothing.
#[cfg(unix)]
pub(super) fn create_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(DATA_FILE_MODE)
        .open(path)
        .map(drop)
        .map_err(|e| Error::io(path, e))
}

/// Creates `path` empty (for a backup copy), replacing nothing.
#[cfg(not(unix))]
pub(super) fn create_private(path: &Path) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map(drop)
        .map_err(|e| Error::io(path, e))
}

/// Sets `path` to `mode` when its group or others have any access, and says so in the log.
#[cfg(unix)]
fn tighten(path: &Path, mode: u32, what: &str) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .permissions()
        .mode()
        & 0o777;
    if current & 0o077 == 0 {
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| Error::io(path, e))?;
    tracing::warn!(
        path = %path.display(),
        "the {what} could be read by others (mode {current:o}): changed it to {mode:o}"
    );
    Ok(())
}
