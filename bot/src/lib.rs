//! Navrat's Telegram bot (teloxide, rustls, long polling).

use std::future::Future;
use std::sync::Arc;

use navrat_content::i18n::Catalog;
use navrat_content::{Locale, Store};
use teloxide::prelude::*;

/// How to reach Telegram.
#[derive(Clone)]
pub struct BotConfig {
    /// The bot token from @BotFather. Never logged.
    pub token: String,
    /// Another Bot API server (self-hosted, or a test fake); Telegram's when `None`.
    pub api_url: Option<reqwest::Url>,
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
struct BotState {
    #[expect(
        dead_code,
        reason = "the appointment dialogue (issue 5) stores through it"
    )]
    store: Store,
    catalog: Arc<Catalog>,
}

/// Runs the bot until `shutdown` completes.
pub async fn run(
    config: BotConfig,
    store: Store,
    catalog: Arc<Catalog>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), BotError> {
    let mut bot = Bot::new(config.token);
    if let Some(url) = config.api_url {
        bot = bot.set_api_url(url);
    }
    let me = bot.get_me().await?;
    tracing::info!(bot = %me.username(), "Telegram bot connected");
    let state = BotState { store, catalog };
    let handler = Update::filter_message().endpoint(on_message);
    let mut dispatcher = Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![state])
        .default_handler(|_| async {})
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.await;
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    dispatcher.dispatch().await;
    Ok(())
}

/// The person's locale from their Telegram client's language, English otherwise.
fn locale_of(msg: &Message, catalog: &Catalog) -> Locale {
    msg.from
        .as_ref()
        .and_then(|u| u.language_code.as_deref())
        .and_then(|code| catalog.locales().negotiate(code))
        .or_else(|| catalog.locales().negotiate("en"))
        .unwrap_or(navrat_content::locale::SOURCE)
}

async fn on_message(bot: Bot, msg: Message, state: BotState) -> ResponseResult<()> {
    let locale = locale_of(&msg, &state.catalog);
    let text = state.catalog.text(locale, "bot-welcome");
    bot.send_message(msg.chat.id, text).await?;
    Ok(())
}
