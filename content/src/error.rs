//! The one error type of the content crate.

use std::path::PathBuf;

/// What can go wrong in the domain, the store, the seed files or the UI strings.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database answered with an error.
    #[error("database: {0}")]
    Database(rusqlite::Error),
    /// The database file could not be opened or is not a Navrat database.
    #[error("cannot open the database at {path}: {reason}")]
    Open {
        /// Where the database was expected.
        path: PathBuf,
        /// Why it could not be opened.
        reason: String,
    },
    /// The disk (or the database's size limit) is full: nothing was written.
    #[error("storage is full: nothing was written")]
    StorageFull,
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A data file (seed, locale, .ftl) is not in the expected format.
    #[error("{path}: {reason}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, in one line.
        reason: String,
    },
    /// A value failed validation (bad locale code, unknown slug, …).
    #[error("{0}")]
    Invalid(String),
    /// Something that was asked for does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// The requested change is not allowed from the current state.
    #[error("not allowed: {0}")]
    NotAllowed(String),
    /// A blocking task could not be completed (the runtime is shutting down).
    #[error("background task failed: {0}")]
    Task(String),
}

/// Result with the content crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Builds an [`Error::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Builds an [`Error::Format`] for `path`.
    pub fn format(path: impl Into<PathBuf>, reason: impl std::fmt::Display) -> Self {
        Error::Format {
            path: path.into(),
            reason: reason.to_string(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            // A stored name that does not parse (see `model::stored_names!`) stays the
            // `Invalid` it was when the store parsed the text itself.
            rusqlite::Error::FromSqlConversionFailure(column, kind, cause) => {
                match cause.downcast::<Error>() {
                    Ok(invalid) => *invalid,
                    Err(cause) => Error::Database(rusqlite::Error::FromSqlConversionFailure(
                        column, kind, cause,
                    )),
                }
            }
            e => match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => Error::StorageFull,
                _ => Error::Database(e),
            },
        }
    }
}
