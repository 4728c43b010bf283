//! The update listener as the dispatcher sees it, without personal data in the log: teloxide
//! logs an update it cannot parse whole (a person's name, user id and language); such an
//! update is logged here by its id only and handed on empty.

use futures::StreamExt;
use teloxide::error_handlers::ErrorHandler;
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use crate::health::{BotHealth, Health};

/// A listener whose unparsable updates carry nothing a person sent.
pub struct Redacted<L>(pub L);

fn redact(mut update: Update) -> Update {
    if let UpdateKind::Error(value) = &mut update.kind {
        tracing::warn!(
            update = update.id.0,
            "a Telegram update could not be read and is skipped"
        );
        *value = serde_json::Value::Null;
    }
    update
}

impl<'a, L> AsUpdateStream<'a> for Redacted<L>
where
    L: AsUpdateStream<'a>,
    L::Stream: Send + 'a,
    L::StreamErr: 'a,
{
    type StreamErr = L::StreamErr;
    type Stream = futures::stream::BoxStream<'a, Result<Update, L::StreamErr>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        self.0.as_stream().map(|u| u.map(redact)).boxed()
    }
}

impl<L> UpdateListener for Redacted<L>
where
    L: UpdateListener,
    L::Err: 'static,
    for<'a> <L as AsUpdateStream<'a>>::Stream: Send + 'a,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.0.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.0.hint_allowed_updates(hint);
    }
}

/// Errors while reading updates: logged by kind, and the bot reported down until Telegram
/// answers again.
pub struct ListenerErrors(pub BotHealth);

impl ErrorHandler<teloxide::RequestError> for ListenerErrors {
    fn handle_error(
        self: std::sync::Arc<Self>,
        error: teloxide::RequestError,
    ) -> futures::future::BoxFuture<'static, ()> {
        let kind = crate::handlers::kind(&error);
        self.0.set(Health::Down(kind));
        tracing::warn!(
            error = kind,
            "reading Telegram updates failed; trying again"
        );
        Box::pin(async {})
    }
}
