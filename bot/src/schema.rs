//! The whole routing tree of the bot at a glance.

use teloxide::dispatching::dialogue::ErasedStorage;
use teloxide::dispatching::{DpHandlerDescription, UpdateFilterExt};
use teloxide::prelude::*;

use crate::HandlerError;
use crate::command::Command;
use crate::handlers;
use crate::state::State;

/// Messages (commands, then free text as search) and button presses.
pub fn schema() -> Handler<'static, Result<(), HandlerError>, DpHandlerDescription> {
    let messages = Update::filter_message()
        .enter_dialogue::<Message, ErasedStorage<State>, State>()
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(handlers::command),
        )
        .branch(dptree::endpoint(handlers::text));
    let buttons = Update::filter_callback_query()
        .enter_dialogue::<CallbackQuery, ErasedStorage<State>, State>()
        .endpoint(handlers::button);
    dptree::entry().branch(messages).branch(buttons)
}
