//! Integration tests of the content crate, in one test binary.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod appointments;
mod audio;
mod consent;
mod conversations;
mod fuzz;
mod i18n;
mod machine_voice;
mod sealed_data;
mod search;
mod search_eval;
mod seed;
mod seed_audio;
mod store;
mod support;
mod translation_workflow;
