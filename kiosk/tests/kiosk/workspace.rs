//! The counsellor workspace through its real router: access rules, translation work,
//! appointment requests, UI strings.

mod access;
mod browser;
mod requests;
mod sign_in_attacks;
pub(crate) mod support;
mod translation;
