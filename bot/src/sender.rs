//! How the bot sends: through teloxide's `Throttle` in service (Telegram's limits, retries
//! after a 429's `retry_after`), or straight out when measuring handling alone. Handlers write
//! `bot.send_message(chat, text).reply_markup(…).await` either way.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use teloxide::RequestError;
use teloxide::adaptors::Throttle;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, CallbackQueryId, InlineKeyboardMarkup, LinkPreviewOptions, ParseMode,
};

/// The bot as handlers use it.
#[derive(Clone)]
pub enum TgBot {
    /// Paced within Telegram's limits.
    Throttled(Throttle<Bot>),
    /// Unpaced (benchmarks of handling only).
    Direct(Bot),
}

/// A message being prepared.
pub struct Outgoing {
    bot: TgBot,
    chat: ChatId,
    text: String,
    markup: Option<InlineKeyboardMarkup>,
    html: bool,
    no_preview: bool,
}

impl Outgoing {
    /// Buttons under the message.
    pub fn reply_markup(mut self, markup: InlineKeyboardMarkup) -> Self {
        self.markup = Some(markup);
        self
    }

    /// Telegram HTML (the text must be escaped).
    pub fn parse_mode(mut self, mode: ParseMode) -> Self {
        self.html = mode == ParseMode::Html;
        self
    }

    /// No link previews (nothing is fetched for the person's phone).
    pub fn link_preview_options(mut self, options: LinkPreviewOptions) -> Self {
        self.no_preview = options.is_disabled;
        self
    }
}

async fn send<R>(bot: &R, o: Outgoing) -> Result<Message, RequestError>
where
    R: Requester<Err = RequestError>,
{
    let mut request = bot.send_message(o.chat, o.text);
    if let Some(markup) = o.markup {
        request = request.reply_markup(markup);
    }
    if o.html {
        request = request.parse_mode(ParseMode::Html);
    }
    if o.no_preview {
        request = request.link_preview_options(LinkPreviewOptions {
            is_disabled: true,
            url: None,
            prefer_small_media: false,
            prefer_large_media: false,
            show_above_text: false,
        });
    }
    request.send().await
}

impl IntoFuture for Outgoing {
    type Output = Result<Message, RequestError>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            match self.bot.clone() {
                TgBot::Throttled(b) => send(&b, self).await,
                TgBot::Direct(b) => send(&b, self).await,
            }
        })
    }
}

impl TgBot {
    /// Prepares a message to a chat.
    pub fn send_message(&self, chat: ChatId, text: impl Into<String>) -> Outgoing {
        Outgoing {
            bot: self.clone(),
            chat,
            text: text.into(),
            markup: None,
            html: false,
            no_preview: false,
        }
    }

    /// Stops a pressed button spinning.
    pub async fn answer_callback_query(&self, id: CallbackQueryId) -> Result<(), RequestError> {
        match self {
            TgBot::Throttled(b) => b.answer_callback_query(id).send().await.map(drop),
            TgBot::Direct(b) => b.answer_callback_query(id).send().await.map(drop),
        }
    }

    /// Registers the command list shown to clients in `language`.
    pub async fn set_commands(
        &self,
        commands: Vec<BotCommand>,
        language: String,
    ) -> Result<(), RequestError> {
        match self {
            TgBot::Throttled(b) => b
                .set_my_commands(commands)
                .language_code(language)
                .send()
                .await
                .map(drop),
            TgBot::Direct(b) => b
                .set_my_commands(commands)
                .language_code(language)
                .send()
                .await
                .map(drop),
        }
    }
}
