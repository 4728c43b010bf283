//! The Navrat domain: everything both channels (the kiosk and the Telegram bot) and the
//! counsellor workspace need. It depends on no channel; a rule both need lives here, once.
//!
//! What it holds, in the order a newcomer needs it:
//!
//! - [`locale`]: the 12 locales Navrat speaks (`locales/<code>/locale.toml`), their script
//!   direction and fallback chains ([`Locale`], [`Locales`]).
//! - [`model`]: plain domain types, one file per subdomain: topics and translations, counselling
//!   points and opening hours, appointment requests (with the [`model::Alias`] and
//!   [`model::PhoneNumber`] rules and [`model::AppointmentChange`]), staff and roles.
//! - [`store`]: the SQLite store ([`Store`]), the only place with SQL; migrations in
//!   `content/migrations/`, one file per concern in `store/`. Async code calls it through
//!   [`Store::blocking`].
//! - [`seed`]: the shipped content as reviewable files (`content/seed/`): read, checked,
//!   imported into the store without overwriting edits, and exported back.
//! - [`search`]: multilingual full-text search (tantivy) with per-locale analysis, typo
//!   tolerance and snippets.
//! - [`i18n`]: Fluent UI strings (`locales/<code>/*.ftl`) with fallback along a locale's chain,
//!   and workspace edits of single messages.
//! - [`markdown`]: the small Markdown subset topic bodies are written in, as blocks each
//!   channel renders its own way.
//! - [`reference`]: the reference code a person keeps to follow their request
//!   ([`ReferenceCode`]).
//! - [`vault`]: the data directory's key file; seals contact details and keys what must be
//!   found again without being readable.
//! - [`retention`]: how long closed requests are kept before they are deleted.
//! - [`access`]: who may do what in the workspace; [`checks`]: what a translation must pass
//!   before it is published; [`diff`]: what changed between two source revisions.
//! - [`audio`]: what a listener hears for a topic (a recording or the machine voice).
//! - [`error`]: the crate's one error type ([`Error`]).
//!
//! Tests: `content/tests/content/` (one test binary); benchmarks: `content/benches/`.

pub mod access;
pub mod audio;
pub mod backups;
pub mod calendar;
pub mod checks;
pub mod diff;
pub mod error;
pub mod i18n;
pub mod locale;
pub mod markdown;
pub mod metrics;
pub mod model;
pub mod reference;
pub mod retention;
pub mod search;
pub mod seed;
pub mod store;
pub mod translation_workflow;
pub mod vault;

pub use error::{Error, Result};
pub use locale::{Direction, Locale, LocaleInfo, Locales, SearchSettings};
pub use reference::ReferenceCode;
pub use store::Store;
