//! Navrat's Telegram bot (teloxide, rustls, long polling): answers in the person's language
//! from the first message, lets them browse topics by category and search with the same
//! `Searcher` as the kiosk. Dialogue state lives in Navrat's store.
//!
//! Never logged: message text, names, phone numbers, chat ids, the token.

mod handlers;
mod outbox;
mod schema;
mod sender;
pub mod state;
pub mod storage;
pub mod text;

use std::future::Future;
use std::sync::Arc;

use navrat_content::Store;
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;
use teloxide::dispatching::dialogue::{ErasedStorage, Storage};
use teloxide::prelude::*;
use teloxide::types::BotCommand;

pub use schema::schema;

pub use sender::TgBot;

pub use teloxide::adaptors::throttle::Limits;

/// How to reach Telegram.
#[derive(Clone)]
pub struct BotConfig {
    /// The bot token from @BotFather. Never logged.
    pub token: String,
    /// Another Bot API server (self-hosted, or a test fake); Telegram's when `None`.
    pub api_url: Option<reqwest::Url>,
    /// Sending limits (Telegram's by default: 30 messages a second, one a second per chat);
    /// `None` sends without pacing, only to measure handling alone.
    pub limits: Option<Limits>,
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
            limits: Some(Limits::default()),
            webhook: None,
        }
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
}

/// Runs the bot until `shutdown` completes.
pub async fn run(
    config: BotConfig,
    deps: BotDeps,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), BotError> {
    let mut bot = Bot::new(config.token);
    if let Some(url) = config.api_url {
        bot = bot.set_api_url(url);
    }
    let me = bot.get_me().await?;
    tracing::info!(bot = %me.username(), "Telegram bot connected");
    let sender = match config.limits {
        Some(limits) => {
            TgBot::Throttled(teloxide::adaptors::Throttle::new_spawn(bot.clone(), limits))
        }
        None => TgBot::Direct(bot.clone()),
    };
    register_commands(&sender, &deps.catalog).await;
    let (stop_outbox, outbox_stopped) = tokio::sync::watch::channel(false);
    let outbox = tokio::spawn(outbox::run(sender.clone(), deps.clone(), outbox_stopped));
    let storage: Arc<ErasedStorage<state::State>> =
        storage::StoreStorage::new(deps.store.clone()).erase();
    let dispatcher_bot = bot.clone();
    let mut dispatcher = Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![deps, storage, sender])
        .default_handler(|_| async {})
        .error_handler(Arc::new(|error: HandlerError| async move {
            // The error's text can quote what a person wrote: log its kind only.
            tracing::warn!(kind = error.kind(), "a bot update could not be handled");
        }))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.await;
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    match config.webhook {
        None => dispatcher.dispatch().await,
        Some(hook) => {
            let options = teloxide::update_listeners::webhooks::Options::new(hook.listen, hook.url)
                .secret_token(hook.secret);
            let listener =
                teloxide::update_listeners::webhooks::axum(dispatcher_bot, options).await?;
            tracing::info!(listen = %hook.listen, "receiving Telegram updates by webhook");
            let errors = LoggingErrorHandler::with_custom_text("webhook listener");
            dispatcher.dispatch_with_listener(listener, errors).await;
        }
    }
    let _ = stop_outbox.send(true);
    let _ = outbox.await;
    Ok(())
}

/// The commands, in every language the catalog has (Telegram shows them by the client's
/// language).
async fn register_commands(bot: &TgBot, catalog: &Catalog) {
    for info in catalog.locales().all() {
        let commands = vec![
            BotCommand::new("start", catalog.text(info.code, "cmd-start")),
            BotCommand::new("language", catalog.text(info.code, "cmd-language")),
            BotCommand::new("status", catalog.text(info.code, "cmd-status")),
            BotCommand::new("cancel", catalog.text(info.code, "cmd-cancel")),
            BotCommand::new("forget", catalog.text(info.code, "cmd-forget")),
        ];
        if let Err(e) = bot.set_commands(commands, info.code.to_string()).await {
            tracing::warn!(locale = %info.code, error = %handlers::kind(&e), "could not register the bot's commands");
        }
    }
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
