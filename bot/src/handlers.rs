//! The bot's handlers: small async functions, one per kind of input. The three entry points
//! [`command`], [`text`] and [`button`] are the endpoints of [`crate::schema()`]; each hands
//! its update to the module of its concern:
//!
//! - `commands`: `/start` (and its deep links, `deep_link`), `/appointment`, `/language`,
//!   `/status`, `/cancel`, `/forget`;
//! - `typed`: free text (a search, or the nickname or phone a request step asks for);
//! - `buttons`: button presses, read as a [`crate::callback::Callback`];
//! - `appointment`: the appointment request, step by step (`appointment/steps.rs` renders them);
//! - `requests`: the chat's requests: status, cancelling, following a kiosk request, forgetting;
//! - `topics`: categories, topics and search results;
//! - `menu`: the welcome, the language picker, the menu and yes/no questions;
//! - `chat`: the chat's language, and telling the person when the disk is full;
//! - `ask`: a question to a counsellor in writing: consent, question, additions, closing.
//!
//! Once the chat's language is known, handlers get the chat they answer as one [`Reply`].

mod appointment;
mod ask;
mod buttons;
mod chat;
mod commands;
mod deep_link;
mod menu;
mod requests;
mod topics;
mod typed;

pub use buttons::button;
pub use commands::command;
pub use typed::text;

use buttons::Press;
use chat::{client_language, locale_of, tell_if_storage_full};
use menu::{
    ask_yes_no, kept_menu, menu, menu_rows, say_with_menu, send_language_picker, send_welcome,
};
use navrat_content::Locale;
use teloxide::dispatching::dialogue::{Dialogue, ErasedStorage};
use teloxide::types::ChatId;

pub(crate) use crate::callback::Keep;
use crate::state::State;
use crate::{BotDeps, HandlerError, TgBot};

/// The chat's dialogue, kept in the store.
type BotDialogue = Dialogue<State, ErasedStorage<State>>;
/// What a handler returns.
type HandlerResult = Result<(), HandlerError>;

/// Whom a handler answers, and in which language: the bot that sends, what the bot draws on
/// (store, texts, voice), the chat, and the language the person reads there.
#[derive(Clone, Copy)]
struct Reply<'a>(&'a TgBot, &'a BotDeps, ChatId, Locale);

/// Stores the chat's dialogue state.
async fn set_state(dialogue: &BotDialogue, state: State) -> HandlerResult {
    dialogue.update(state).await.map_err(|e| {
        // A full disk stays recognisable, so the person can be told.
        match e.downcast_ref::<crate::storage::StorageError>() {
            Some(crate::storage::StorageError::Store(navrat_content::Error::StorageFull)) => {
                HandlerError::Content(navrat_content::Error::StorageFull)
            }
            _ => HandlerError::Dialogue(e.to_string()),
        }
    })
}

/// A short, loggable name of a Telegram error.
pub fn kind(e: &teloxide::RequestError) -> &'static str {
    match e {
        teloxide::RequestError::Api(_) => "api",
        teloxide::RequestError::MigrateToChatId(_) => "migrate",
        teloxide::RequestError::RetryAfter(_) => "retry-after",
        teloxide::RequestError::Network(_) => "network",
        teloxide::RequestError::InvalidJson { .. } => "invalid-json",
        teloxide::RequestError::Io(_) => "io",
    }
}
