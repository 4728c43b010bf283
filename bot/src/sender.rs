//! How the bot sends: through teloxide's `Throttle` in service (Telegram's limits, retries
//! after a 429's `retry_after`), or straight out when measuring handling alone. Handlers write
//! `bot.send_message(chat, text).reply_markup(…).await` either way.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use teloxide::adaptors::Throttle;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, CallbackQueryId, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode,
};
use teloxide::{ApiError, RequestError};

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
    edit: Option<MessageId>,
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

    /// Changes this message of the bot's in place instead of sending a new one (a new one is
    /// sent when the old one can no longer be edited); `None` sends a new one.
    pub fn edit(mut self, message: Option<MessageId>) -> Self {
        self.edit = message;
        self
    }

    /// No link previews (nothing is fetched for the person's phone).
    pub fn link_preview_options(mut self, options: LinkPreviewOptions) -> Self {
        self.no_preview = options.is_disabled;
        self
    }
}

async fn edit<R>(bot: &R, o: &Outgoing, id: MessageId) -> Result<MessageId, RequestError>
where
    R: Requester<Err = RequestError>,
{
    let mut request = bot.edit_message_text(o.chat, id, o.text.clone());
    if let Some(markup) = o.markup.clone() {
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
    match request.send().await {
        Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(id),
        Err(e) => Err(e),
    }
}

async fn send<R>(bot: &R, o: Outgoing) -> Result<MessageId, RequestError>
where
    R: Requester<Err = RequestError>,
{
    if let Some(id) = o.edit {
        match edit(bot, &o, id).await {
            Ok(id) => return Ok(id),
            // Too old, deleted by the person, or not a text message: say it anew.
            Err(RequestError::Api(
                ApiError::MessageToEditNotFound
                | ApiError::MessageCantBeEdited
                | ApiError::MessageIdInvalid,
            )) => {}
            Err(e) => return Err(e),
        }
    }
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
    request.send().await.map(|m| m.id)
}

impl IntoFuture for Outgoing {
    type Output = Result<MessageId, RequestError>;
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
            edit: None,
        }
    }

    /// Stops a pressed button spinning; with `alert`, shows it in a box the person closes.
    pub async fn answer_callback_query(
        &self,
        id: CallbackQueryId,
        alert: Option<String>,
    ) -> Result<(), RequestError> {
        async fn answer<R>(
            b: &R,
            id: CallbackQueryId,
            alert: Option<String>,
        ) -> Result<(), RequestError>
        where
            R: Requester<Err = RequestError>,
        {
            let mut request = b.answer_callback_query(id);
            if let Some(text) = alert {
                request = request.text(text).show_alert(true);
            }
            request.send().await.map(drop)
        }
        match self {
            TgBot::Throttled(b) => answer(b, id, alert).await,
            TgBot::Direct(b) => answer(b, id, alert).await,
        }
    }

    /// Registers the command list shown to clients in `language` (to all others: `None`).
    pub async fn set_commands(
        &self,
        commands: Vec<BotCommand>,
        language: Option<String>,
    ) -> Result<(), RequestError> {
        async fn set<R>(
            b: &R,
            commands: Vec<BotCommand>,
            language: Option<String>,
        ) -> Result<(), RequestError>
        where
            R: Requester<Err = RequestError>,
        {
            let mut request = b.set_my_commands(commands);
            if let Some(language) = language {
                request = request.language_code(language);
            }
            request.send().await.map(drop)
        }
        match self {
            TgBot::Throttled(b) => set(b, commands, language).await,
            TgBot::Direct(b) => set(b, commands, language).await,
        }
    }
}
