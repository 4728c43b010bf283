//! Appointment requests: what a person asks for (days, place, nickname, contact), where the
//! request stands, and which changes of status are allowed.

use serde::{Deserialize, Serialize};

use super::{DayPart, Slug, Weekday};
use crate::{Error, Locale, ReferenceCode, Result};

/// Through which channel a request came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A touchscreen kiosk.
    Kiosk,
    /// The Telegram bot.
    Telegram,
}

stored_names! {
    /// The stored name.
    Channel, refused as "unknown channel " {
        Kiosk => "kiosk",
        Telegram => "telegram",
    }
}

/// A phone number as a person typed it, checked to be plausible: 6–15 digits, an optional
/// leading `+`, spaces, hyphens, dots and brackets allowed between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Parses and normalises (`+420 777-123 456` → `+420777123456`); Arabic-Indic and
    /// Persian digits (`+٤٢٠ ٧٧٧ ١٢٣ ٤٥٦`) count as the digits they are.
    pub fn parse(s: &str) -> Result<Self> {
        // Direction marks a phone keyboard or a copy adds are not part of the number.
        let s = s.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}')
        });
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            let c = match c {
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
                c => c,
            };
            match c {
                '+' if i == 0 => out.push('+'),
                '0'..='9' => out.push(c),
                ' '
                | '-'
                | '.'
                | '('
                | ')'
                | '/'
                | '\u{a0}'
                | '\u{202f}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2066}'..='\u{2069}' => {}
                _ => return Err(Error::Invalid("not a phone number".into())),
            }
        }
        let digits = out.trim_start_matches('+').len();
        if (6..=15).contains(&digits) {
            Ok(PhoneNumber(out))
        } else {
            Err(Error::Invalid("not a phone number".into()))
        }
    }

    /// The normalised number.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How a person wants to hear about their request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// Call or text this number.
    Phone(PhoneNumber),
    /// Message this Telegram chat.
    Telegram(i64),
    /// The person comes back and checks with the reference code.
    ComeBack,
    /// Stored sealed, but it does not open (damaged, or sealed under another key file): the
    /// request is shown without it rather than not at all. Never stored.
    Unreadable,
}

/// The longest alias a person may give.
pub const ALIAS_MAX_CHARS: usize = 40;

/// A nickname a person gives with a request instead of their name: at most
/// [`ALIAS_MAX_CHARS`] characters and no control characters. The one place that rule lives:
/// the kiosk form, the bot and the store all check with [`Alias::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Alias(String);

impl Alias {
    /// Checks a nickname as given (the channels trim what was typed first).
    pub fn parse(s: &str) -> Result<Self> {
        if s.chars().count() > ALIAS_MAX_CHARS {
            return Err(Error::Invalid("alias too long".into()));
        }
        if s.chars().any(char::is_control) {
            return Err(Error::Invalid("alias holds a control character".into()));
        }
        Ok(Alias(s.to_owned()))
    }

    /// The nickname as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Alias {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Alias::parse(&s)
    }
}

impl From<Alias> for String {
    fn from(alias: Alias) -> String {
        alias.0
    }
}

impl std::fmt::Display for Alias {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where an appointment request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    /// Received, not yet handled.
    New,
    /// A counsellor confirmed a time.
    Confirmed,
    /// It cannot be arranged; a reason is given.
    Declined,
    /// The meeting took place.
    Done,
    /// Cancelled by the person or the counsellor.
    Cancelled,
    /// The person did not come.
    NoShow,
}

stored_names! {
    /// The stored name, also the UI string suffix `status-…` (with `_` as `-`).
    AppointmentStatus, refused as "unknown appointment status " {
        New => "new",
        Confirmed => "confirmed",
        Declined => "declined",
        Done => "done",
        Cancelled => "cancelled",
        NoShow => "no_show",
    }
}

impl AppointmentStatus {
    /// Whether the request is closed: nothing more will happen to it.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            AppointmentStatus::Declined
                | AppointmentStatus::Done
                | AppointmentStatus::Cancelled
                | AppointmentStatus::NoShow
        )
    }
}

/// A change of an appointment request's status; the one place that says which changes are allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppointmentChange {
    /// A counsellor confirms (or reschedules) a time.
    Confirm {
        /// Local date and time, `YYYY-MM-DD HH:MM`.
        when: String,
        /// The counsellor's login.
        counsellor: String,
        /// Whether an interpreter will be there.
        interpreter: bool,
    },
    /// It cannot be arranged.
    Decline {
        /// Why, in words the person will read.
        reason: String,
    },
    /// The meeting took place.
    Done,
    /// The person did not come.
    NoShow,
    /// The person or a counsellor cancels.
    Cancel,
}

impl AppointmentChange {
    /// The status after the change, if it is allowed from `from`.
    pub fn apply_to(&self, from: AppointmentStatus) -> Result<AppointmentStatus> {
        use AppointmentStatus as S;
        let to = match self {
            AppointmentChange::Confirm { .. } => S::Confirmed,
            AppointmentChange::Decline { .. } => S::Declined,
            AppointmentChange::Done => S::Done,
            AppointmentChange::NoShow => S::NoShow,
            AppointmentChange::Cancel => S::Cancelled,
        };
        let allowed = matches!(
            (from, to),
            (S::New, S::Confirmed | S::Declined | S::Cancelled)
                | (
                    S::Confirmed,
                    S::Confirmed | S::Done | S::NoShow | S::Cancelled
                )
        );
        if allowed {
            Ok(to)
        } else {
            Err(Error::NotAllowed(format!(
                "a request that is {} cannot become {}",
                from.as_str(),
                to.as_str()
            )))
        }
    }
}

/// What a person asks for when they request an appointment; validated before it gets here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAppointmentRequest {
    /// Through which channel.
    pub channel: Channel,
    /// The person's language.
    pub locale: Locale,
    /// Where they want to meet.
    pub point_id: String,
    /// Days that suit them.
    pub days: Vec<Weekday>,
    /// Day-parts that suit them.
    pub day_parts: Vec<DayPart>,
    /// A nickname, if they gave one; the store refuses one that is not an [`Alias`].
    pub alias: Option<String>,
    /// How they want to hear from us.
    pub contact: Contact,
    /// Whether they need an interpreter.
    pub interpreter_needed: bool,
    /// The topic they want to talk about, if any.
    pub topic: Option<Slug>,
    /// A key the client sends with the form so a repeated submit returns the first request
    /// instead of making a second one.
    pub idempotency_key: Option<String>,
    /// The Telegram chat that follows the request, when the person asked through the bot.
    pub telegram_chat: Option<i64>,
}

/// A stored appointment request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentRequest {
    /// The code the person keeps.
    pub reference: ReferenceCode,
    /// Through which channel it came.
    pub channel: Channel,
    /// The person's language.
    pub locale: Locale,
    /// Where they want to meet.
    pub point_id: String,
    /// Days that suit them.
    pub days: Vec<Weekday>,
    /// Day-parts that suit them.
    pub day_parts: Vec<DayPart>,
    /// Their nickname, if any.
    pub alias: Option<String>,
    /// How they want to hear from us.
    pub contact: Contact,
    /// Whether they need an interpreter.
    pub interpreter_needed: bool,
    /// The topic they want to talk about.
    pub topic: Option<Slug>,
    /// Where it stands.
    pub status: AppointmentStatus,
    /// The confirmed local date and time, `YYYY-MM-DD HH:MM`.
    pub confirmed_when: Option<String>,
    /// The counsellor who confirmed it.
    pub counsellor: Option<String>,
    /// Whether an interpreter will be at the confirmed meeting.
    pub interpreter_confirmed: bool,
    /// Why it was declined.
    pub decline_reason: Option<String>,
    /// When it was received (Unix seconds).
    pub created_at: i64,
    /// Random token of the Telegram deep link to follow this request (not the reference): set
    /// only in the answer to the request's creation; the store keeps just its keyed hash.
    pub follow_token: String,
    /// The Telegram chat following the request, if any.
    pub telegram_chat: Option<i64>,
}

/// One change in an appointment request's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentEvent {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: a staff login, `kiosk`, `telegram` or `system`.
    pub actor: String,
    /// The status before (none for the creation).
    pub from: Option<AppointmentStatus>,
    /// The status after.
    pub to: AppointmentStatus,
    /// What changed, without personal data (e.g. the confirmed time).
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_normalised_and_checked() {
        assert_eq!(
            PhoneNumber::parse(" +420 777-123 456 ").unwrap().as_str(),
            "+420777123456"
        );
        assert!(PhoneNumber::parse("12345").is_err());
        assert!(PhoneNumber::parse("777 12a 456").is_err());
        assert!(PhoneNumber::parse("<script>").is_err());
        assert!(PhoneNumber::parse("42+0777123456").is_err());
        // Arabic-Indic and Persian digits, as an Arabic or Persian phone keyboard types them.
        for typed in [
            "+٤٢٠ ٧٧٧ ١٢٣ ٤٥٦",
            "+۴۲۰ ۷۷۷ ۱۲۳ ۴۵۶",
            "\u{200f}+٤٢٠\u{a0}٧٧٧ ١٢٣ ٤٥٦",
        ] {
            assert_eq!(
                PhoneNumber::parse(typed).unwrap().as_str(),
                "+420777123456",
                "{typed}"
            );
        }
        assert!(PhoneNumber::parse("٧٧٧ ١٢a ٤٥٦").is_err());
    }

    #[test]
    fn nicknames_are_short_and_printable() {
        assert_eq!(Alias::parse("Oksana").unwrap().as_str(), "Oksana");
        assert_eq!(Alias::parse("Дмитро Ш.").unwrap().to_string(), "Дмитро Ш.");
        let longest = "я".repeat(ALIAS_MAX_CHARS);
        assert!(Alias::parse(&longest).is_ok());
        assert!(Alias::parse(&format!("{longest}я")).is_err());
        for hostile in ["a\u{7}b", "line\nbreak", "\u{1b}[31mred", "nul\0"] {
            assert!(Alias::parse(hostile).is_err(), "{hostile:?}");
            assert!(Alias::try_from(hostile.to_owned()).is_err(), "{hostile:?}");
        }
    }

    #[test]
    fn only_allowed_status_changes_pass() {
        use AppointmentStatus as S;
        let confirm = AppointmentChange::Confirm {
            when: "2026-12-01 10:00".into(),
            counsellor: "eva".into(),
            interpreter: false,
        };
        assert_eq!(confirm.apply_to(S::New).unwrap(), S::Confirmed);
        assert_eq!(confirm.apply_to(S::Confirmed).unwrap(), S::Confirmed);
        assert!(AppointmentChange::Done.apply_to(S::New).is_err());
        assert!(AppointmentChange::Cancel.apply_to(S::Declined).is_err());
        assert_eq!(
            AppointmentChange::NoShow.apply_to(S::Confirmed).unwrap(),
            S::NoShow
        );
    }
}
