//! The attacks of the security review (issue 12), each performed against the real kiosk,
//! workspace and store, and each now failing to get through.

mod drafts;
mod lookups;
mod misses;
mod quota;
pub(crate) mod support;
mod takeover;
