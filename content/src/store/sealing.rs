//! The data steps of migrations 8 and 9: they seal what earlier versions stored in clear (a
//! request's alias and contact, every Telegram chat id, the bots' dialogue states; decline
//! reasons and the messages repeating them), then drop the clear columns.

use rusqlite::{Transaction, params};

use crate::Result;
use crate::vault::Vault;

/// A request's id, alias, contact and chat as stored in clear.
type ClearRequest = (i64, Option<String>, Option<String>, Option<i64>);
/// A chat's id, locale, dialogue, active flag and last change as stored in clear.
type ClearChat = (i64, Option<String>, Option<String>, bool, i64);

pub(super) fn seal_existing_rows(tx: &Transaction<'_>, vault: &Vault) -> Result<()> {
    let requests: Vec<ClearRequest> = {
        let mut stmt =
            tx.prepare("SELECT id, alias, contact_value, telegram_chat FROM appointment_requests")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, alias, contact, chat) in requests {
        tx.execute(
            "UPDATE appointment_requests SET alias_sealed = ?2, contact_sealed = ?3, chat_sealed = ?4, chat_key = ?5 WHERE id = ?1",
            params![
                id,
                alias.map(|a| vault.seal(&a)),
                contact.map(|c| vault.seal(&c)),
                chat.map(|c| vault.seal(&c.to_string())),
                chat.map(|c| vault.chat_key(c)),
            ],
        )?;
    }
    let chats: Vec<ClearChat> = {
        let mut stmt =
            tx.prepare("SELECT chat_id, locale, dialogue, active, updated_at FROM bot_chats")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (chat, locale, dialogue, active, at) in chats {
        tx.execute(
            "INSERT INTO bot_chats_sealed (chat_key, locale, dialogue, active, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![vault.chat_key(chat), locale, dialogue.map(|d| vault.seal(&d)), active, at],
        )?;
    }
    seal_column(tx, vault, "outbox", "CAST(chat_id AS TEXT)", "chat_sealed")?;
    tx.execute_batch(include_str!("sql/0008_sealed_contacts_drop.sql"))?;
    Ok(())
}

pub(super) fn seal_notes(tx: &Transaction<'_>, vault: &Vault) -> Result<()> {
    seal_column(
        tx,
        vault,
        "appointment_requests",
        "decline_reason",
        "decline_sealed",
    )?;
    seal_column(tx, vault, "outbox", "detail", "detail_sealed")?;
    tx.execute_batch(include_str!("sql/0009_sealed_notes_drop.sql"))?;
    Ok(())
}

/// Seals the text of `clear` (an SQL expression over `table`) of every row that has one into
/// column `sealed`. Names come from the migrations above, never from input.
fn seal_column(
    tx: &Transaction<'_>,
    vault: &Vault,
    table: &str,
    clear: &str,
    sealed: &str,
) -> Result<()> {
    let rows: Vec<(i64, String)> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT id, {clear} FROM {table} WHERE {clear} IS NOT NULL"
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let update = format!("UPDATE {table} SET {sealed} = ?2 WHERE id = ?1");
    for (id, text) in rows {
        tx.execute(&update, params![id, vault.seal(&text)])?;
    }
    Ok(())
}
