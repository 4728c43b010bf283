//! Integration tests of the bot against an in-repo fake Telegram Bot API server, in one test
//! binary.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod conversation;
mod fake_api;
mod notifications;
mod webhook;
