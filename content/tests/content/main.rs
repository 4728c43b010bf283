//! Integration tests of the content crate, in one test binary.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod appointments;
mod consent;
mod conversations;
mod fuzz;
mod i18n;
mod sealed_data;
mod search;
mod search_eval;
mod seed;
mod store;
mod support;
mod translation_workflow;
