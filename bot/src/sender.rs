//! How the bot sends: through teloxide's `Throttle` in service (Telegram's limits, retries
//! after a 429's `retry_after`), or straight out when measuring handling alone. Handlers write
//! `bot.send_message(chat, text).reply_markup(…).await` either way.

use std::collections::VecDeque;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, CallbackQueryId, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId,
    ParseMode,
};
use teloxide::{ApiError, RequestError};

/// The bot as handlers use it.
#[derive(Clone)]
pub enum TgBot {
    /// Paced within Telegram's limits: a reply to a person goes out at once while the limits
    /// leave room ([`Pacer`]), else, and always for notifications, through teloxide's
    /// `Throttle`, whose worker looks at its queue every 250 ms.
    Throttled(Throttle<Bot>, Pacer),
    /// Unpaced (benchmarks of handling only).
    Direct(Bot),
}

/// What was sent in the last minute, by chat: a reply goes out without waiting when it keeps
/// within the limits, counting what the throttle sent too.
#[derive(Clone)]
pub struct Pacer {
    bot: Bot,
    limits: Limits,
    sent: Arc<Mutex<VecDeque<(Instant, ChatId)>>>,
}

impl Pacer {
    /// A pacer sending through `bot` within `limits`.
    pub fn new(bot: Bot, limits: Limits) -> Self {
        Pacer {
            bot,
            limits,
            sent: Arc::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(Instant, ChatId)>> {
        self.sent
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Takes room for a message to `chat` now, if the limits leave it.
    fn try_take(&self, chat: ChatId) -> bool {
        let now = Instant::now();
        let mut sent = self.lock();
        while sent
            .front()
            .is_some_and(|(t, _)| now.duration_since(*t) >= Duration::from_secs(60))
        {
            sent.pop_front();
        }
        // A second and a little more: Telegram counts when a message arrives, later than now.
        let second = |t: &Instant| now.duration_since(*t) < Duration::from_millis(1100);
        let overall = sent.iter().filter(|(t, _)| second(t)).count();
        let in_chat_second = sent.iter().filter(|(t, c)| *c == chat && second(t)).count();
        let in_chat_minute = sent.iter().filter(|(_, c)| *c == chat).count();
        let room = overall < self.limits.messages_per_sec_overall as usize
            && in_chat_second < self.limits.messages_per_sec_chat as usize
            && in_chat_minute < self.limits.messages_per_min_chat as usize;
        if room {
            sent.push_back((now, chat));
        }
        room
    }

    /// Counts a message the throttle sent.
    fn record(&self, chat: ChatId) {
        self.lock().push_back((Instant::now(), chat));
    }
}

/// A message being prepared.
#[derive(Clone)]
pub struct Outgoing {
    bot: TgBot,
    chat: ChatId,
    text: String,
    markup: Option<InlineKeyboardMarkup>,
    html: bool,
    no_preview: bool,
    edit: Option<MessageId>,
    bulk: bool,
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

    /// A notification, not a reply: it waits in the throttle's queue rather than taking the
    /// room replies to people need.
    pub fn bulk(mut self) -> Self {
        self.bulk = true;
        self
    }

    /// No link previews (nothing is fetched for the person's phone).
    pub fn link_preview_options(mut self, options: LinkPreviewOptions) -> Self {
        self.no_preview = options.is_disabled;
        self
    }
}

/// Telegram's link preview switched off: nothing is fetched for the person's phone.
pub(crate) fn no_link_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
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
        request = request.link_preview_options(no_link_preview());
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
        request = request.link_preview_options(no_link_preview());
    }
    request.send().await.map(|m| m.id)
}

impl IntoFuture for Outgoing {
    type Output = Result<MessageId, RequestError>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            match self.bot.clone() {
                TgBot::Throttled(throttle, pacer) => {
                    let chat = self.chat;
                    // Edits are not paced by Telegram's message limits, nor by the throttle.
                    if !self.bulk && (self.edit.is_some() || pacer.try_take(chat)) {
                        match send(&pacer.bot, self.clone()).await {
                            // Telegram wants a pause after all: the throttle waits it out.
                            Err(RequestError::RetryAfter(_)) => {}
                            outcome => return outcome,
                        }
                    }
                    let outcome = send(&throttle, self).await;
                    if outcome.is_ok() {
                        pacer.record(chat);
                    }
                    outcome
                }
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
            bulk: false,
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
            TgBot::Throttled(b, _) => answer(b, id, alert).await,
            TgBot::Direct(b) => answer(b, id, alert).await,
        }
    }

    /// Sends a voice message (Ogg/Opus, uploaded or named by a `file_id`) with a caption;
    /// returns the `file_id` Telegram gave it, to send it by that next time. Goes through the
    /// throttle: it counts against Telegram's message limits like a text.
    pub async fn send_voice(
        &self,
        chat: ChatId,
        voice: InputFile,
        caption: String,
    ) -> Result<Option<String>, RequestError> {
        async fn voice_to<R>(
            b: &R,
            chat: ChatId,
            voice: InputFile,
            caption: String,
        ) -> Result<Option<String>, RequestError>
        where
            R: Requester<Err = RequestError>,
        {
            let sent = b.send_voice(chat, voice).caption(caption).send().await?;
            Ok(sent.voice().map(|v| v.file.id.0.clone()))
        }
        match self {
            TgBot::Throttled(b, pacer) => {
                let outcome = voice_to(b, chat, voice, caption).await;
                if outcome.is_ok() {
                    pacer.record(chat);
                }
                outcome
            }
            TgBot::Direct(b) => voice_to(b, chat, voice, caption).await,
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
            TgBot::Throttled(b, _) => set(b, commands, language).await,
            TgBot::Direct(b) => set(b, commands, language).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_go_out_at_once_only_within_the_private_chat_limits() {
        let pacer = Pacer::new(Bot::new("1:x"), crate::private_chat_limits());
        let chat = ChatId(1);
        // A burst of three in a chat goes at once; the fourth waits for the throttle.
        assert!((0..3).all(|_| pacer.try_take(chat)));
        assert!(!pacer.try_take(chat));
        // Other chats are not held by it, up to 30 a second overall.
        assert!((2..=27).all(|c| pacer.try_take(ChatId(c))));
        assert!(pacer.try_take(ChatId(28)));
        assert!(!pacer.try_take(ChatId(29)), "the 31st in a second waits");
        // What the throttle sent counts too.
        let quiet = Pacer::new(Bot::new("1:x"), crate::private_chat_limits());
        (0..3).for_each(|_| quiet.record(chat));
        assert!(!quiet.try_take(chat));
    }
}
