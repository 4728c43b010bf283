//! Integration tests of the bot against an in-repo fake Telegram Bot API server, in one test
//! binary.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod conversation;
mod dialogue;
#[expect(dead_code, reason = "part of the fake serves only the load benchmark")]
mod fake_api;
/// Filling a store to its last byte, shared with the kiosk's tests.
#[path = "../../../content/tests/shared/fill.rs"]
mod fill;
/// The kiosk tests' log capture, shared rather than copied.
#[path = "../../../web/tests/web/logs.rs"]
mod logs;
mod notifications;
mod person;
mod startup;
mod webhook;
