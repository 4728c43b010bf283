//! Plain domain types shared by the store, the seed files and the channels, one file per
//! subdomain:
//!
//! - [`topics`]: topics, their Czech source revisions and their translations ([`Slug`],
//!   [`Topic`], [`Translation`], [`ServedTopic`], [`TranslationStatus`], [`Provenance`]).
//! - [`points`]: counselling points and when they are open ([`CounsellingPoint`], [`PointKind`],
//!   [`Weekday`], [`DayPart`], [`OpeningHours`]).
//! - [`appointments`]: appointment requests and the one rule for changing their status
//!   ([`NewAppointmentRequest`], [`AppointmentRequest`], [`AppointmentChange`], [`Alias`],
//!   [`PhoneNumber`], [`Contact`], [`Channel`]).
//! - [`staff`]: workspace users, their roles and the audit log ([`StaffUser`], [`Role`],
//!   [`AuditEntry`]).
//! - [`conversations`]: "ask a counsellor" — questions, answers, notes, the inbox and saved
//!   replies ([`NewQuestion`], [`QuestionText`], [`Conversation`], [`PersonView`],
//!   [`AnswerDelivery`], [`SavedReply`]).
//!
//! Everything is re-exported here, so `navrat_content::model::Topic` is the path to use.
//! The enums stored by name (status, provenance, kind, day, day-part, channel) get their
//! `as_str`/`parse` and their SQLite conversion from one macro, `stored_names!`.

/// Gives an enum stored as text its names: `as_str`, `parse` (refusing any other text with
/// `Error::Invalid`), and `ToSql`/`FromSql`, so the store binds and reads it as that text.
macro_rules! stored_names {
    (
        $(#[$as_str_doc:meta])*
        $name:ident, refused as $refused:literal {
            $($variant:ident => $text:literal),+ $(,)?
        }
    ) => {
        impl $name {
            $(#[$as_str_doc])*
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the stored name.
            pub fn parse(s: &str) -> $crate::Result<Self> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::Error::Invalid(format!(concat!($refused, "{:?}"), s))),
                }
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                $name::parse(value.as_str()?)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

pub mod appointments;
pub mod conversations;
pub mod points;
pub mod staff;
pub mod topics;

pub use appointments::{
    ALIAS_MAX_CHARS, Alias, AppointmentChange, AppointmentEvent, AppointmentRequest,
    AppointmentStatus, Channel, Contact, NewAppointmentRequest, PhoneNumber,
};
pub use conversations::{
    AnswerDelivery, AuthorKind, ContentGap, Conversation, ConversationMessage, ConversationRef,
    ConversationScope, ConversationState, ConversationSummary, InboxFilter, InboxTab, LanguageLoad,
    NewQuestion, PersonMessage, PersonView, QUESTION_MAX_CHARS, QuestionRefusal, QuestionText,
    SAVED_REPLY_TITLE_MAX_CHARS, SavedReply,
};
pub use points::{
    CounsellingPoint, DayPart, OpeningHours, PointKind, PointText, Weekday, order_for_people,
};
pub use staff::{AuditEntry, Role, StaffUser};
pub use topics::{
    Category, Provenance, ServedTopic, Slug, Source, SourceRevision, Topic, TopicText, Track,
    Translation, TranslationStatus,
};
