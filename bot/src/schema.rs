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
    timed().branch(messages).branch(buttons)
}

/// The entry of the tree: counts each update (by kind, in the locale its sender's Telegram app
/// names when Navrat has it) and measures how long handling it took, for `/metrics`.
fn timed() -> Handler<'static, Result<(), HandlerError>, DpHandlerDescription> {
    use dptree::HandlerDescription as _;
    dptree::from_fn_with_description(
        DpHandlerDescription::entry(),
        |deps: dptree::di::DependencyMap, cont| async move {
            let update = deps.try_get::<Update>();
            let (kind, locale) = match update.as_deref().map(|u| &u.kind) {
                Some(teloxide::types::UpdateKind::Message(m)) => {
                    ("message", client_locale(&deps, m.from.as_ref()))
                }
                Some(teloxide::types::UpdateKind::CallbackQuery(q)) => {
                    ("button", client_locale(&deps, Some(&q.from)))
                }
                _ => ("other", None),
            };
            let metrics = &navrat_content::metrics::METRICS;
            metrics.count_request(
                "telegram",
                kind,
                locale
                    .as_ref()
                    .map_or(navrat_content::metrics::NO_LOCALE, |l| l.as_str()),
            );
            let started = std::time::Instant::now();
            let handled = cont(deps).await;
            metrics.bot_update_seconds.observe(started.elapsed());
            handled
        },
        dptree::HandlerSignature::Entry,
    )
}

/// The locale of the sender's Telegram app, when Navrat has it (a code, never free text).
fn client_locale(
    deps: &dptree::di::DependencyMap,
    from: Option<&teloxide::types::User>,
) -> Option<navrat_content::Locale> {
    let code = from?.language_code.as_deref()?;
    let bot_deps = deps.try_get::<crate::BotDeps>()?;
    let locales = bot_deps.catalog.locales();
    locales
        .parse(code)
        .ok()
        .or_else(|| code.split('-').next().and_then(|c| locales.parse(c).ok()))
}
