//! The counsellor workspace through its real router: access rules, translation work,
//! appointment requests, UI strings.

mod access;
mod browser;
mod inbox;
mod inbox_browser;
mod kiosks;
mod recordings;
mod requests;
mod sealed_rows;
mod sign_in_attacks;
pub(crate) mod support;
mod translation;
