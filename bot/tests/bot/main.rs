//! Integration tests of the bot against an in-repo fake Telegram Bot API server
//! (`navrat_testkit::telegram`), in one test binary.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod ask;
mod conversation;
mod dialogue;
mod listen;
mod notifications;
mod startup;
mod webhook;
