//! The Navrat domain: everything both channels (kiosk and bot) and the counsellor workspace need.
//!
//! - [`locale`]: the locales Navrat speaks, loaded from `locales/<code>/locale.toml`, and their
//!   fallback chains.
//! - [`model`]: plain domain types (topics, translations, counselling points, appointment
//!   requests, staff users).
//! - [`store`]: the SQLite store, the only place with SQL.
//! - [`seed`]: import and export of the reviewable seed content.
//! - [`i18n`]: Fluent UI strings with fallback along a locale's chain.
//! - [`access`]: who may do what in the workspace; [`checks`]: what a translation must pass
//!   before it is published; [`diff`]: what changed between two source revisions.

pub mod access;
pub mod checks;
pub mod diff;
pub mod error;
pub mod i18n;
pub mod locale;
pub mod markdown;
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
