//! The conversation's state, one per chat, persisted in the store so that a restart of the
//! bot resumes where the person was.

use navrat_content::model::{DayPart, Weekday};
use serde::{Deserialize, Deserializer, Serialize};

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
    /// Shown the consent for a question to a counsellor, not yet agreed.
    AskConsent,
    /// Agreed to the consent: the next text is the question.
    Asking,
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
    /// The days chosen, in the order they were ticked.
    #[serde(deserialize_with = "known_only")]
    pub days: Vec<Weekday>,
    /// The parts of the day chosen, in the order they were ticked.
    #[serde(deserialize_with = "known_only")]
    pub parts: Vec<DayPart>,
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
            State::Idle | State::AskConsent | State::Asking => None,
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

/// A value a draft lists by its short name (`mon`, `morning`), as drafts are stored.
trait ShortName: Sized {
    fn from_short_name(name: &str) -> Option<Self>;
}

impl ShortName for Weekday {
    fn from_short_name(name: &str) -> Option<Self> {
        Weekday::parse(name).ok()
    }
}

impl ShortName for DayPart {
    fn from_short_name(name: &str) -> Option<Self> {
        DayPart::parse(name).ok()
    }
}

/// Reads a stored list of short names, leaving out any this version does not know, so that a
/// request being written survives an update rather than starting afresh.
fn known_only<'de, D: Deserializer<'de>, T: ShortName>(d: D) -> Result<Vec<T>, D::Error> {
    let names = Vec::<String>::deserialize(d)?;
    Ok(names.iter().filter_map(|n| T::from_short_name(n)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft as versions that kept days and parts as strings stored it.
    const OLD_DRAFT: &str = r#"{"Appointment":{"step":"Interpreter","id":"k3j9x0a1b2c3d4e5f6g7","point":"praha","days":["mon","thu"],"parts":["evening","morning"],"alias":null,"phone":null,"interpreter":false,"message":41}}"#;

    #[test]
    fn a_draft_stored_by_an_older_version_loads_with_its_choices() {
        let state: State = serde_json::from_str(OLD_DRAFT).expect("an old draft loads");
        let draft = state.draft().expect("a request being written");
        assert_eq!(draft.step, Step::Interpreter);
        assert_eq!(draft.point.as_deref(), Some("praha"));
        assert_eq!(draft.days, vec![Weekday::Mon, Weekday::Thu]);
        assert_eq!(draft.parts, vec![DayPart::Evening, DayPart::Morning]);
        assert_eq!(draft.message, Some(41));
    }

    #[test]
    fn a_draft_is_stored_as_older_versions_read_it() {
        let state: State = serde_json::from_str(OLD_DRAFT).expect("an old draft loads");
        assert_eq!(
            serde_json::to_string(&state).expect("a state serialises"),
            OLD_DRAFT
        );
    }

    #[test]
    fn a_choice_this_version_does_not_know_is_left_out_and_the_rest_kept() {
        let json = OLD_DRAFT
            .replace(r#"["mon","thu"]"#, r#"["mon","someday"]"#)
            .replace(r#"["evening","morning"]"#, r#"["night"]"#);
        let state: State = serde_json::from_str(&json).expect("the draft still loads");
        let draft = state.draft().expect("a request being written");
        assert_eq!(draft.days, vec![Weekday::Mon]);
        assert!(draft.parts.is_empty());
        assert_eq!(draft.point.as_deref(), Some("praha"));
    }
}
