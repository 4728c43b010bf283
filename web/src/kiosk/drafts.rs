//! Forms between their steps (an appointment request, a question to a counsellor, the question
//! a device is reading), held in memory so that every step a person sees is a GET page
//! (post/redirect/get): the browser's Back button then always lands on a page the kiosk can
//! show, never on "Confirm Form Resubmission".
//!
//! A draft is bound to the device's form cookie, so after "Finish" (which forgets the cookie)
//! or the idle reset, the next person going Back cannot see it. Drafts expire after
//! [`DRAFT_LIFETIME`] and there are at most [`MAX_DRAFTS`]; nothing here is stored on disk.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::appointment::{Errors, FormValues};

/// How long a form in progress is kept after its last step.
pub const DRAFT_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// The most forms in progress kept at once; the oldest goes first.
pub const MAX_DRAFTS: usize = 2_000;

/// Where a form in progress stands.
#[derive(Debug, Clone)]
pub struct Draft {
    /// What the person entered.
    pub values: FormValues,
    /// What is wrong with it, if anything (empty when it passed the last check).
    pub errors: Errors,
    /// The HTTP status its form page answers with (422 while something is wrong).
    pub status: axum::http::StatusCode,
    /// Whether it passed the check and waits on the review page.
    pub reviewed: bool,
    /// The reference code of the request it became, once sent.
    pub sent: Option<String>,
}

struct Held<D> {
    owner: String,
    draft: D,
    touched: Instant,
}

/// The forms in progress on every device, by form id (by default appointment requests).
#[derive(Clone)]
pub struct Drafts<D = Draft> {
    held: Arc<Mutex<HashMap<String, Held<D>>>>,
}

impl<D> Default for Drafts<D> {
    fn default() -> Self {
        Drafts {
            held: Arc::default(),
        }
    }
}

impl<D> std::fmt::Debug for Drafts<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // What people typed never reaches a log.
        f.write_str("Drafts(…)")
    }
}

impl<D: Clone> Drafts<D> {
    /// Keeps `draft` under `form_id` for the device with form cookie `owner`.
    pub fn put(&self, owner: &str, form_id: String, draft: D) {
        let now = Instant::now();
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.retain(|_, h| now.duration_since(h.touched) < DRAFT_LIFETIME);
        if held.len() >= MAX_DRAFTS
            && let Some(oldest) = held
                .iter()
                .min_by_key(|(_, h)| h.touched)
                .map(|(k, _)| k.clone())
        {
            held.remove(&oldest);
        }
        held.insert(
            form_id,
            Held {
                owner: owner.to_owned(),
                draft,
                touched: now,
            },
        );
    }

    /// Forgets every draft of the device with form cookie `owner` ("Finish", idle reset).
    pub fn forget(&self, owner: &str) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.retain(|_, h| h.owner != owner);
    }

    /// The draft `form_id` of the device with form cookie `owner`, if it is still kept.
    pub fn get(&self, owner: &str, form_id: &str) -> Option<D> {
        let now = Instant::now();
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        match held.get_mut(form_id) {
            Some(h) if h.owner == owner && now.duration_since(h.touched) < DRAFT_LIFETIME => {
                h.touched = now;
                Some(h.draft.clone())
            }
            _ => None,
        }
    }
}
