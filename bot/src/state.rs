//! The conversation's state, one per chat, persisted in the store so that a restart of the
//! bot resumes where the person was.

use serde::{Deserialize, Serialize};

/// Where a chat is in its conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    /// Reading topics or searching: free text is a search.
    #[default]
    Idle,
    /// Asking for a meeting with a counsellor, step by step.
    Appointment(Draft),
    /// Asked whether to delete everything (`/forget`); the request being written meanwhile,
    /// kept for when the person says no.
    ConfirmForget(Option<Draft>),
}

/// The steps of an appointment request in the bot.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Choosing the counselling point.
    #[default]
    Point,
    /// Reading one place's address, hours and visiting rules before choosing it.
    PointDetails,
    /// Choosing days (several).
    Days,
    /// Choosing parts of the day (several).
    Parts,
    /// Whether an interpreter is needed.
    Interpreter,
    /// Typing a nickname, or skipping.
    Alias,
    /// Typing a phone number, or skipping.
    Phone,
    /// Agreeing to what is stored.
    Consent,
    /// Checking and sending.
    Confirm,
}

impl Step {
    /// The step before this one ("back").
    pub fn back(self) -> Option<Step> {
        Some(match self {
            Step::Point => return None,
            Step::PointDetails | Step::Days => Step::Point,
            Step::Parts => Step::Days,
            Step::Interpreter => Step::Parts,
            Step::Alias => Step::Interpreter,
            Step::Phone => Step::Alias,
            Step::Consent => Step::Phone,
            Step::Confirm => Step::Consent,
        })
    }
}

/// What the person has chosen so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The current step.
    pub step: Step,
    /// A random id: sending twice (double tap) makes one request.
    pub id: String,
    /// Counselling point id.
    pub point: Option<String>,
    /// Day ids.
    pub days: Vec<String>,
    /// Day-part ids.
    pub parts: Vec<String>,
    /// Nickname.
    pub alias: Option<String>,
    /// Phone number as typed (checked).
    pub phone: Option<String>,
    /// Whether an interpreter is needed (states saved before this question say no).
    #[serde(default)]
    pub interpreter: bool,
    /// The bot's message showing the current step: its buttons are the live ones, and the
    /// next step replaces it in place. Buttons of other messages are stale.
    #[serde(default)]
    pub message: Option<i32>,
}

impl State {
    /// The request being written, if any (also while `/forget` asks).
    pub fn draft(&self) -> Option<&Draft> {
        match self {
            State::Appointment(d) => Some(d),
            State::ConfirmForget(d) => d.as_ref(),
            State::Idle => None,
        }
    }

    /// The state to return to when a question (`/forget`) is left unanswered.
    pub fn settled(self) -> State {
        match self {
            State::ConfirmForget(Some(d)) => State::Appointment(d),
            State::ConfirmForget(None) => State::Idle,
            other => other,
        }
    }
}
