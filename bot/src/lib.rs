//! Navrat's Telegram bot (teloxide, rustls, long polling or a webhook): answers in the
//! person's language from the first message, lets them browse topics by category and search
//! with the same `Searcher` as the kiosk, ask for a meeting with a counsellor step by step,
//! follow a kiosk request, see and cancel their requests, and delete what is stored about
//! them. Dialogue state lives in Navrat's store.
//!
//! Never logged: message text, names, phone numbers, chat ids, the token.
//!
//! # Where things are
//!
//! - [`run`] (here): connects to Telegram, retrying with growing pauses, then runs the
//!   dispatcher, the outbox and the heartbeat until shutdown. [`BotConfig`], [`BotDeps`] (what
//!   every handler is given: store, catalog, searcher) and [`HandlerError`] are here too.
//! - [`schema()`] (`schema.rs`): the whole routing tree at a glance: commands, typed text,
//!   button presses, each entering the chat's dialogue.
//! - `command.rs`: the commands (`/start`, `/appointment`, `/language`, `/status`, `/cancel`,
//!   `/forget`).
//! - [`state`]: the dialogue [`state::State`] of a chat and the appointment [`state::Draft`],
//!   stored as JSON by [`storage`] (teloxide's `Storage` over Navrat's store).
//! - `callback.rs`: every button's data as one typed `Callback` (`encode`/`parse`, within
//!   Telegram's 64 bytes); data it does not know is a stale button, explained to the person.
//! - `handlers.rs` with `handlers/`: one module per concern: `commands`, `typed` (free text),
//!   `buttons` (presses), `appointment` (+ `appointment/steps.rs`, what each step shows),
//!   `requests` (status, cancel, follow, forget), `topics` (categories, topics, search),
//!   `menu` (welcome, language picker, menu, yes/no), `chat` (the chat's language, a full
//!   disk), `deep_link` (`/start` payloads).
//! - [`text`]: topic Markdown as Telegram HTML, split under the 4096-character limit.
//! - `sender.rs` ([`TgBot`]): sending within Telegram's limits; `outbox.rs`: news about a
//!   request sent to its chat; `health.rs` ([`Health`]): whether Telegram is reachable;
//!   `listener.rs`: the update stream without personal data in the log; `answers.rs`:
//!   counsellors' answers to questions, delivered once; `ask_limit.rs`: how often a chat may
//!   write to counsellors.
//!
//! Tests: `bot/tests/bot/` drives the real dispatcher against a fake Bot API as a person
//! would (from `/start`, pressing only the bot's own buttons); `benches/load.rs` measures many
//! people at once. Unit and fuzz tests sit beside the code they test (`callback.rs`,
//! `state.rs`, `deep_link.rs`, `text.rs`, `sender.rs`).

mod answers;
mod ask_limit;
mod callback;
mod command;
mod handlers;
mod health;
mod listener;
mod outbox;
mod schema;
mod sender;
pub mod state;
pub mod storage;
pub mod text;

/// `cases` random inputs for a property test; a failure prints its smallest input and writes
/// no file.
#[cfg(test)]
fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}

use std::future::Future;
use std::sync::Arc;

use navrat_content::Store;
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::prelude::*;
use teloxide::requests::Requester;
use teloxide::types::BotCommand;

pub use schema::schema;

pub use health::{BotHealth, Health};
pub use sender::TgBot;

pub use teloxide::adaptors::throttle::Limits;

/// How to reach Telegram.
#[derive(Clone)]
pub struct BotConfig {
    /// The bot token from @BotFather. Never logged.
    pub token: String,
    /// Another Bot API server (self-hosted, or a test fake); Telegram's when `None`.
    pub api_url: Option<reqwest::Url>,
    /// Sending limits ([`private_chat_limits`] by default); `None` sends without pacing, only
    /// to measure handling alone.
    pub limits: Option<Limits>,
    /// The first wait before asking Telegram again after it failed (doubled after each
    /// failure, up to a minute).
    pub retry_delay: std::time::Duration,
    /// Whether the bot reaches Telegram, for the service's readiness check.
    pub health: BotHealth,
    /// Receive updates by webhook instead of long polling.
    pub webhook: Option<Webhook>,
}

/// Where Telegram delivers updates in webhook mode.
#[derive(Clone)]
pub struct Webhook {
    /// The public HTTPS address Telegram posts to.
    pub url: reqwest::Url,
    /// The local address the webhook listener binds.
    pub listen: std::net::SocketAddr,
    /// The secret Telegram sends in `X-Telegram-Bot-Api-Secret-Token`; other requests are refused.
    pub secret: String,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("listen", &self.listen)
            .field("secret", &"<hidden>")
            .finish_non_exhaustive()
    }
}

impl BotConfig {
    /// Settings for a token, with Telegram's API and limits.
    pub fn new(token: String, api_url: Option<reqwest::Url>) -> Self {
        BotConfig {
            token,
            api_url,
            limits: Some(private_chat_limits()),
            webhook: None,
            retry_delay: std::time::Duration::from_secs(1),
            health: BotHealth::default(),
        }
    }
}

/// Telegram's limits for a bot that talks in private chats: 30 messages a second overall and
/// about one a second per chat, with short bursts allowed. teloxide's defaults hold every
/// non-channel chat to 20 messages a minute, Telegram's limit for groups, which made a person
/// wait seconds after the twentieth step of a dialogue; a private chat may have 60 a minute,
/// and a step's two or three messages go out at once.
pub fn private_chat_limits() -> Limits {
    Limits {
        messages_per_sec_chat: 3,
        messages_per_min_chat: 60,
        messages_per_min_channel_or_supergroup: 20,
        messages_per_sec_overall: 30,
    }
}

impl std::fmt::Debug for BotConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BotConfig")
            .field("token", &"<hidden>")
            .field(
                "api_url",
                &self
                    .api_url
                    .as_ref()
                    .map(|u| u.origin().ascii_serialization()),
            )
            .finish()
    }
}

/// What can stop the bot.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// Telegram (or the configured Bot API server) refused the token or could not be reached.
    #[error("cannot reach the Telegram Bot API: {0}")]
    Api(#[from] teloxide::RequestError),
}

/// What the bot's handlers share.
#[derive(Clone)]
pub struct BotDeps {
    /// Content, chats and requests.
    pub store: Store,
    /// UI strings.
    pub catalog: Arc<Catalog>,
    /// Search over the served topics.
    pub searcher: Searcher,
    /// Days after which closed requests are deleted (said in the consent text).
    pub retention_days: u32,
    /// The machine voice (topics sent as voice messages); `None`: recordings only.
    pub voice: Option<Arc<navrat_content::audio::MachineVoice>>,
}

/// Runs the bot until `shutdown` completes. Telegram unreachable or refusing at the start
/// does not end it: it asks again with growing pauses, says so in the log and in
/// [`BotConfig::health`], and keeps checking while it runs.
pub async fn run(
    config: BotConfig,
    deps: BotDeps,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), BotError> {
    let health = config.health.clone();
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop.send(true);
    });
    let mut bot = Bot::new(config.token);
    if let Some(url) = config.api_url {
        bot = bot.set_api_url(url);
    }
    let mut delay = config.retry_delay;
    let mut attempt = 1u32;
    loop {
        health.set(Health::Connecting);
        let outcome = tokio::select! {
            outcome = bot.get_me() => outcome,
            _ = stopped.wait_for(|stop| *stop) => return Ok(()),
        };
        match outcome {
            Ok(me) => {
                tracing::info!(bot = %me.username(), "Telegram bot connected");
                health.set(Health::Up);
                break;
            }
            Err(e) => {
                let kind = handlers::kind(&e);
                health.set(Health::Down(kind));
                tracing::error!(
                    error = kind,
                    attempt,
                    retry_in_s = delay.as_secs_f32(),
                    "the Telegram bot cannot reach the Bot API (getMe failed); it does not answer until it can"
                );
                if let teloxide::RequestError::Api(teloxide::ApiError::InvalidToken) = e {
                    tracing::error!("Telegram refuses the bot token: check NAVRAT_TELEGRAM_TOKEN");
                }
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = stopped.wait_for(|stop| *stop) => return Ok(()),
                }
                delay = (delay * 2).min(MAX_RETRY_DELAY);
                attempt += 1;
            }
        }
    }
    let sender = match config.limits {
        Some(limits) => TgBot::Throttled(
            teloxide::adaptors::Throttle::new_spawn(bot.clone(), limits),
            sender::Pacer::new(bot.clone(), limits),
        ),
        None => TgBot::Direct(bot.clone()),
    };
    // Commands are registered beside reading messages: an API error there delays nobody.
    let commands = tokio::spawn(register_commands(
        sender.clone(),
        deps.catalog.clone(),
        config.retry_delay,
        stopped.clone(),
    ));
    let heartbeat = tokio::spawn(health::watch(
        bot.clone(),
        health.clone(),
        HEARTBEAT,
        stopped.clone(),
    ));
    let (stop_outbox, outbox_stopped) = tokio::sync::watch::channel(false);
    let outbox = tokio::spawn(outbox::run(
        sender.clone(),
        deps.clone(),
        outbox_stopped.clone(),
    ));
    let answers = tokio::spawn(answers::run(sender.clone(), deps.clone(), outbox_stopped));
    let storage: Arc<ErasedStorage<state::State>> =
        storage::StoreStorage::new(deps.store.clone()).erase();
    let dispatcher_bot = bot.clone();
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![
            deps,
            storage,
            sender,
            ask_limit::AskLimit::default()
        ])
        .default_handler(|_| async {})
        .error_handler(Arc::new(|error: HandlerError| async move {
            // The error's text can quote what a person wrote: log its kind only.
            tracing::warn!(kind = error.kind(), "a bot update could not be handled");
        }))
        .build();
    let token = dispatcher.shutdown_token();
    let mut stop_dispatch = stopped.clone();
    tokio::spawn(async move {
        let _ = stop_dispatch.wait_for(|stop| *stop).await;
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    let errors = Arc::new(listener::ListenerErrors(health.clone()));
    match config.webhook {
        None => {
            let polling = teloxide::update_listeners::polling_default(bot).await;
            dispatcher
                .dispatch_with_listener(listener::Redacted(polling), errors)
                .await
        }
        Some(hook) => {
            let options = teloxide::update_listeners::webhooks::Options::new(hook.listen, hook.url)
                .secret_token(hook.secret);
            let hook_listener =
                teloxide::update_listeners::webhooks::axum(dispatcher_bot, options).await?;
            tracing::info!(listen = %hook.listen, "receiving Telegram updates by webhook");
            // A webhook listener does not fail: Telegram's requests arrive or do not.
            let _ = errors;
            dispatcher
                .dispatch_with_listener(
                    listener::Redacted(hook_listener),
                    LoggingErrorHandler::with_custom_text("webhook listener"),
                )
                .await;
        }
    }
    health.set(Health::Stopped);
    let _ = stop_outbox.send(true);
    let _ = outbox.await;
    let _ = answers.await;
    commands.abort();
    heartbeat.abort();
    Ok(())
}

/// The longest pause between two attempts to reach Telegram.
const MAX_RETRY_DELAY: std::time::Duration = std::time::Duration::from_secs(60);

/// How often a running bot checks that Telegram still accepts it.
const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(30);

/// The commands of the menu in one language.
fn commands_in(catalog: &Catalog, locale: navrat_content::Locale) -> Vec<BotCommand> {
    [
        ("start", "cmd-start"),
        ("appointment", "cmd-appointment"),
        ("ask", "cmd-ask"),
        ("status", "cmd-status"),
        ("cancel", "cmd-cancel"),
        ("language", "cmd-language"),
        ("forget", "cmd-forget"),
    ]
    .into_iter()
    .map(|(command, id)| BotCommand::new(command, catalog.text(locale, id)))
    .collect()
}

/// The commands, in every language the catalog has (Telegram shows them by the client's
/// language), and once without a language for clients in any other (in English, else in the
/// source language). A failed registration is tried again with growing pauses.
async fn register_commands(
    bot: TgBot,
    catalog: Arc<Catalog>,
    first_delay: std::time::Duration,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    let default = catalog
        .locales()
        .parse("en")
        .unwrap_or(navrat_content::locale::SOURCE);
    let mut menus: Vec<(Option<String>, Vec<BotCommand>)> = catalog
        .locales()
        .all()
        .map(|info| {
            (
                Some(info.code.to_string()),
                commands_in(&catalog, info.code),
            )
        })
        .collect();
    menus.push((None, commands_in(&catalog, default)));
    for (language, commands) in menus {
        let mut delay = first_delay;
        loop {
            match bot.set_commands(commands.clone(), language.clone()).await {
                Ok(()) => break,
                Err(e) => {
                    tracing::warn!(
                        locale = language.as_deref().unwrap_or("default"),
                        error = handlers::kind(&e),
                        retry_in_s = delay.as_secs_f32(),
                        "could not register the bot's commands; trying again"
                    );
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = stopped.wait_for(|stop| *stop) => return,
                    }
                    delay = (delay * 2).min(MAX_RETRY_DELAY);
                }
            }
        }
    }
    tracing::info!("the bot's commands are registered in every language");
}

/// Why handling one update failed.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    /// Telegram refused or could not be reached.
    #[error("telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),
    /// The store or search failed.
    #[error("content: {0}")]
    Content(#[from] navrat_content::Error),
    /// The dialogue state could not be kept.
    #[error("dialogue: {0}")]
    Dialogue(String),
}

impl HandlerError {
    /// A short name of the error's kind, safe to log.
    pub fn kind(&self) -> &'static str {
        match self {
            HandlerError::Telegram(e) => handlers::kind(e),
            HandlerError::Content(_) => "content",
            HandlerError::Dialogue(_) => "dialogue",
        }
    }
}
