//! Both web channels against hostile input: every response carries the security headers, text
//! typed into the workspace or a kiosk comes back inert wherever it is shown, and malformed,
//! injected or oversized requests get a clear 4xx (never a 500) and leave nothing stored.

mod escaping;
mod headers;
mod requests;
mod support;
