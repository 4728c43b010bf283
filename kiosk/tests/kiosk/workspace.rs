//! The counsellor workspace through its real router: access rules, translation work,
//! appointment requests, UI strings.

mod access;
mod browser;
mod requests;
pub(crate) mod support;
mod translation;
