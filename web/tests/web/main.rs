//! Integration tests of the kiosk, in one test binary: handler tests through the real router
//! with `oneshot`, and browser tests in headless Chromium.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

mod ask;
mod attacks;
mod browser;
mod disk_full;
mod fonts;
mod forms;
mod fuzz;
mod hostile;
mod listen;
mod listen_steps;
mod privacy;
mod routes;
mod support;
mod taps;
mod workspace;
