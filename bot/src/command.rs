//! The commands a person can send (`/start`, `/appointment` …), as Telegram's menu lists them.

use teloxide::utils::command::BotCommands;

/// The bot's commands.
#[derive(BotCommands, Clone, Debug)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Start, optionally with a deep-link payload (`topic_<slug>`).
    Start(String),
    /// Ask for a meeting with a counsellor (or continue the request being written).
    Appointment,
    /// Choose the language.
    Language,
    /// The chat's requests.
    Status,
    /// Cancel a request.
    Cancel,
    /// Ask a counsellor a question in writing.
    Ask,
    /// Delete this chat's data.
    Forget,
}
