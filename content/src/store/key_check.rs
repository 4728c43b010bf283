//! Whether the key file is the one the database's sealed data was sealed with: the key check
//! value (migration 15), and for a database from before it, a trial opening of one sealed
//! value.

use rusqlite::{Connection, OptionalExtension};

use crate::Result;
use crate::vault::Vault;

/// The schema version from which personal data is sealed (migration 8).
const SEALED_SINCE: u32 = 8;

/// Columns that hold values sealed with the key, by table.
const SEALED_COLUMNS: &[(&str, &str)] = &[
    ("appointment_requests", "contact_sealed"),
    ("appointment_requests", "alias_sealed"),
    ("appointment_requests", "chat_sealed"),
    ("appointment_requests", "decline_sealed"),
    ("outbox", "chat_sealed"),
    ("outbox", "detail_sealed"),
    ("bot_chats", "dialogue"),
    ("conversations", "chat_sealed"),
    ("conversation_messages", "body_sealed"),
];

/// Tables whose rows are found by a hash keyed with the key (a new key loses them as well).
const KEYED_TABLES: &[&str] = &["bot_chats", "outbox", "conversations"];

fn has_column(conn: &Connection, table: &str, column: &str) -> Result<bool> {
    let mut stmt = conn.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")?;
    Ok(stmt.exists((table, column))?)
}

fn has_table(conn: &Connection, table: &str) -> Result<bool> {
    let mut stmt =
        conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")?;
    Ok(stmt.exists([table])?)
}

/// The stored key check value, if the database has one.
fn stored_check(conn: &Connection) -> Result<Option<Vec<u8>>> {
    if !has_table(conn, "key_check")? {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT value FROM key_check WHERE id = 1", [], |r| r.get(0))
        .optional()?)
}

/// Whether the database holds anything that needs its key: a sealed value, or rows found by
/// a keyed hash. A new database, one with content only, or one from before sealing does not.
pub(super) fn holds_sealed_data(conn: &Connection) -> Result<bool> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < SEALED_SINCE {
        return Ok(false);
    }
    for table in KEYED_TABLES {
        if has_table(conn, table)?
            && conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), [], |r| {
                r.get::<_, bool>(0)
            })?
        {
            return Ok(true);
        }
    }
    Ok(one_sealed_value(conn)?.is_some())
}

/// Any one sealed value in the database.
fn one_sealed_value(conn: &Connection) -> Result<Option<Vec<u8>>> {
    for (table, column) in SEALED_COLUMNS {
        if !has_column(conn, table, column)? {
            continue;
        }
        let value: Option<Vec<u8>> = conn
            .query_row(
                &format!("SELECT {column} FROM {table} WHERE {column} IS NOT NULL LIMIT 1"),
                [],
                |r| r.get(0),
            )
            .optional()?;
        if value.is_some() {
            return Ok(value);
        }
    }
    Ok(None)
}

/// How the key file compares with the database.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum KeyMatch {
    /// It is the database's key (its check value is now stored, if it was not).
    Same,
    /// It is another key: what was sealed does not open with it.
    Other,
}

/// Compares `vault` with the key check value, or, for a database without one, with one
/// sealed value; then stores its check value so later starts compare directly. A database
/// that holds nothing sealed takes the key it is given.
pub(super) fn verify(conn: &Connection, vault: &Vault) -> Result<KeyMatch> {
    match stored_check(conn)? {
        Some(stored) if stored == vault.check_value() => Ok(KeyMatch::Same),
        Some(_) if holds_sealed_data(conn)? => Ok(KeyMatch::Other),
        Some(_) => {
            conn.execute(
                "UPDATE key_check SET value = ?1 WHERE id = 1",
                [vault.check_value()],
            )?;
            tracing::info!("nothing was sealed yet: the database now goes with this key file");
            Ok(KeyMatch::Same)
        }
        None => {
            if let Some(sealed) = one_sealed_value(conn)?
                && vault.open(&sealed).is_err()
            {
                return Ok(KeyMatch::Other);
            }
            conn.execute(
                "INSERT INTO key_check (id, value) VALUES (1, ?1)",
                [vault.check_value()],
            )?;
            Ok(KeyMatch::Same)
        }
    }
}
