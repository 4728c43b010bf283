//! Whether the bot reaches Telegram, shared with the service's readiness check: a bot that
//! cannot start is not silently "ok".

use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::prelude::*;

/// Where the bot stands with Telegram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Not started, or asking Telegram whether the token is accepted.
    Connecting,
    /// Telegram accepts the bot; updates are read.
    Up,
    /// Telegram did not answer or refused; the kind of error (`network`, `api` …).
    Down(&'static str),
    /// The bot was shut down.
    Stopped,
}

impl Health {
    /// Whether people are answered.
    pub fn is_up(self) -> bool {
        self == Health::Up
    }

    /// One line for an operator's probe.
    pub fn describe(self) -> String {
        match self {
            Health::Connecting => "telegram bot: connecting".into(),
            Health::Up => "telegram bot: up".into(),
            Health::Down(kind) => format!("telegram bot: down ({kind} error reaching the Bot API)"),
            Health::Stopped => "telegram bot: stopped".into(),
        }
    }
}

/// The bot's health, cheap to clone: the bot writes it, a readiness check reads it.
#[derive(Debug, Clone)]
pub struct BotHealth(Arc<Mutex<Health>>);

impl Default for BotHealth {
    fn default() -> Self {
        BotHealth(Arc::new(Mutex::new(Health::Connecting)))
    }
}

impl BotHealth {
    /// Where the bot stands now.
    pub fn current(&self) -> Health {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn set(&self, health: Health) {
        let mut current = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *current != health {
            match health {
                Health::Up if matches!(*current, Health::Down(_)) => {
                    tracing::info!("the Telegram bot reaches the Bot API again");
                }
                Health::Down(kind) if *current == Health::Up => {
                    tracing::error!(error = kind, "the Telegram bot lost the Bot API");
                }
                _ => {}
            }
            *current = health;
        }
    }
}

/// Asks Telegram every `every` whether the bot is still accepted, until stopped.
pub(crate) async fn watch(
    bot: Bot,
    health: BotHealth,
    every: Duration,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stopped.wait_for(|stop| *stop) => return,
        }
        match bot.get_me().await {
            Ok(_) => health.set(Health::Up),
            Err(e) => health.set(Health::Down(crate::handlers::kind(&e))),
        }
    }
}
