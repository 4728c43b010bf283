//! Ask a counsellor: a person's question, the conversation it starts with the counsellors who
//! speak their language, and the rules for what a question may hold.
//!
//! The texts are the person's own words about their situation: the store seals them at rest,
//! and nothing here logs them. A question is checked once, at the edge ([`QuestionText::parse`]),
//! and refused with a typed reason ([`QuestionRefusal`]) each channel turns into a message in the
//! person's language.

use super::Channel;
use crate::{Locale, ReferenceCode};

/// The longest question, answer or note, in characters (after trimming).
pub const QUESTION_MAX_CHARS: usize = 2000;

/// The longest title of a saved reply, in characters.
pub const SAVED_REPLY_TITLE_MAX_CHARS: usize = 120;

/// Why a text was not accepted as a question (or answer, or note).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionRefusal {
    /// Nothing but spaces was written.
    #[error("the text is empty")]
    Empty,
    /// Longer than [`QUESTION_MAX_CHARS`].
    #[error("the text has {chars} characters; at most {max} are kept")]
    TooLong {
        /// How many characters were sent.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Only markup (tags, symbols) and no words.
    #[error("the text holds only markup, no words")]
    MarkupOnly,
}

/// A question, answer or note as a person or counsellor wrote it: 1–2,000 characters after
/// trimming, line breaks kept, other control characters removed. Markup is kept as the plain
/// text it is and escaped wherever it is shown.
#[derive(Clone, PartialEq, Eq)]
pub struct QuestionText(String);

impl QuestionText {
    /// Checks and normalises a text: `\r\n` becomes `\n`, tabs become spaces, other control
    /// characters are dropped, the ends are trimmed.
    pub fn parse(input: &str) -> Result<Self, QuestionRefusal> {
        let cleaned: String = input
            .replace("\r\n", "\n")
            .chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' | '\r' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        let text = cleaned.trim();
        if text.is_empty() {
            return Err(QuestionRefusal::Empty);
        }
        let chars = text.chars().count();
        if chars > QUESTION_MAX_CHARS {
            return Err(QuestionRefusal::TooLong {
                chars,
                max: QUESTION_MAX_CHARS,
            });
        }
        if !has_words_outside_tags(text) {
            return Err(QuestionRefusal::MarkupOnly);
        }
        Ok(QuestionText(text.to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The text is the person's: never printed in a debug line or a log.
impl std::fmt::Debug for QuestionText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QuestionText({} chars)", self.0.chars().count())
    }
}

/// Whether a letter or digit stands outside `<…>` tags.
fn has_words_outside_tags(text: &str) -> bool {
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && c.is_alphanumeric() => return true,
            _ => {}
        }
    }
    false
}

/// A new question, as a channel hands it to [`crate::Store::ask`].
#[derive(Debug, Clone)]
pub struct NewQuestion {
    /// Where it was asked.
    pub channel: Channel,
    /// The person's language: it decides who may read and answer it.
    pub locale: Locale,
    /// The counselling point it is meant for; `None` for any.
    pub point_id: Option<String>,
    /// The Telegram chat to answer in (bot questions).
    pub telegram_chat: Option<i64>,
    /// The appointment request it was asked with, if any.
    pub appointment_reference: Option<ReferenceCode>,
    /// The question.
    pub text: QuestionText,
}

/// A stored conversation as the channels know it: its row id and the reference the person
/// keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationRef {
    /// Row id (used in workspace addresses; says nothing about the person).
    pub id: i64,
    /// The person's reference to read the answer.
    pub reference: ReferenceCode,
    /// Right after a kiosk asked it: the one-time token of the QR code to follow the question
    /// on Telegram (the store keeps only its keyed hash). `None` everywhere else.
    pub follow_token: Option<String>,
}

/// Where a conversation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversationState {
    /// Nobody has taken it yet.
    Unassigned,
    /// A counsellor took it and owes the next answer.
    Assigned,
    /// Answered; the person may write again.
    WaitingForPerson,
    /// Done: kept for the retention period, then deleted.
    Closed,
}

stored_names! {
    /// The stored name.
    ConversationState, refused as "unknown conversation state " {
        Unassigned => "unassigned",
        Assigned => "assigned",
        WaitingForPerson => "waiting_for_person",
        Closed => "closed",
    }
}

/// Who wrote a message of a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthorKind {
    /// The person who asked.
    Person,
    /// A counsellor's answer, delivered to the person.
    Counsellor,
    /// An internal note between staff: never shown to the person.
    Note,
}

stored_names! {
    /// The stored name.
    AuthorKind, refused as "unknown message author " {
        Person => "person",
        Counsellor => "counsellor",
        Note => "note",
    }
}

/// One message of a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationMessage {
    /// Row id.
    pub id: i64,
    /// Who wrote it.
    pub author: AuthorKind,
    /// The staff login of a counsellor's answer or note.
    pub staff_login: Option<String>,
    /// The text; `None` when its sealed body no longer opens (damaged, other key).
    pub text: Option<String>,
    /// When (Unix seconds).
    pub at: i64,
}

/// What a person sees of their conversation (kiosk status page, bot): no internal notes, no
/// staff names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonView {
    /// The reference.
    pub reference: ReferenceCode,
    /// The language it is in.
    pub locale: Locale,
    /// Where it stands.
    pub state: ConversationState,
    /// The person's messages and the answers, oldest first.
    pub messages: Vec<PersonMessage>,
}

/// One message as the person sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMessage {
    /// True for an answer from the Return Centre, false for the person's own message.
    pub from_counsellor: bool,
    /// The text.
    pub text: String,
    /// When (Unix seconds).
    pub at: i64,
}

/// An answer waiting to be delivered to a Telegram chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerDelivery {
    /// The delivery's id, for [`crate::Store::answer_sent`] / [`crate::Store::answer_failed`].
    pub delivery_id: i64,
    /// The chat to send it to.
    pub chat_id: i64,
    /// The person's language.
    pub locale: Locale,
    /// The conversation's reference.
    pub reference: ReferenceCode,
    /// The answer.
    pub text: String,
    /// Sending attempts so far.
    pub attempts: u32,
}

/// A conversation as the workspace lists it (no texts: the list shows who, where, how long).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationSummary {
    /// Row id.
    pub id: i64,
    /// The reference (shown to staff, who may need to read it out to the person).
    pub reference: ReferenceCode,
    /// Where it was asked.
    pub channel: Channel,
    /// The person's language.
    pub locale: Locale,
    /// The counselling point named, if any.
    pub point_id: Option<String>,
    /// Where it stands.
    pub state: ConversationState,
    /// Who has taken it.
    pub assignee: Option<String>,
    /// Flagged as a protection concern.
    pub protection_concern: bool,
    /// Marked as a question the content should answer.
    pub content_gap: bool,
    /// Since when the person has been waiting for an answer (Unix seconds).
    pub waiting_since: Option<i64>,
    /// When it was asked.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
    /// How many messages it has (notes included).
    pub message_count: u32,
}

/// A whole conversation for a counsellor: its summary and every message, notes included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    /// What the inbox shows.
    pub summary: ConversationSummary,
    /// The appointment request it was asked with, if any.
    pub appointment_reference: Option<ReferenceCode>,
    /// All messages, oldest first.
    pub messages: Vec<ConversationMessage>,
}

/// Which tab of the inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InboxTab {
    /// Nobody took them yet.
    Unassigned,
    /// Taken by the viewer and not closed.
    Mine,
    /// Answered, waiting for the person.
    WaitingForPerson,
    /// Closed.
    Closed,
}

stored_names! {
    /// The name used in the workspace's addresses.
    InboxTab, refused as "unknown inbox tab " {
        Unassigned => "unassigned",
        Mine => "mine",
        WaitingForPerson => "waiting",
        Closed => "closed",
    }
}

impl InboxTab {
    /// All tabs in the order shown.
    pub const ALL: [InboxTab; 4] = [
        InboxTab::Unassigned,
        InboxTab::Mine,
        InboxTab::WaitingForPerson,
        InboxTab::Closed,
    ];
}

/// What the inbox lists: a tab, optionally narrowed to a language and a point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxFilter {
    /// The tab.
    pub tab: InboxTab,
    /// Only this language.
    pub locale: Option<Locale>,
    /// Only this counselling point.
    pub point_id: Option<String>,
    /// At most this many rows.
    pub limit: usize,
}

/// Which conversations a staff user may see: decided in [`crate::access`], applied by the
/// store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConversationScope {
    /// Every conversation (coordinators).
    All,
    /// Conversations in these languages; of those naming a point, only these points' (an
    /// empty list of points: those naming no point only).
    Languages {
        /// The languages they speak.
        locales: Vec<Locale>,
        /// The points they counsel at.
        points: Vec<String>,
    },
    /// None.
    Nothing,
}

/// A reply counsellors start from, per language, maintained by its translators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReply {
    /// Row id.
    pub id: i64,
    /// Its language.
    pub locale: Locale,
    /// A short name to pick it by.
    pub title: String,
    /// The text.
    pub body: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When (Unix seconds).
    pub updated_at: i64,
}

/// Open questions in one language, for the coordinator's overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageLoad {
    /// The language.
    pub locale: Locale,
    /// Conversations not closed.
    pub open: u64,
    /// Of those, how many wait for a counsellor (unassigned or assigned with an unanswered
    /// message).
    pub waiting: u64,
    /// Since when the longest-waiting person has been waiting (Unix seconds).
    pub oldest_waiting_since: Option<i64>,
    /// Protection concerns among the open ones.
    pub protection_concerns: u64,
    /// Enabled counsellors who speak it (0: nobody answers this language).
    pub answerers: u64,
}

/// A conversation marked as a content gap: the question a topic should answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentGap {
    /// The conversation.
    pub conversation_id: i64,
    /// Its language.
    pub locale: Locale,
    /// When it was asked.
    pub created_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_trimmed_and_keeps_its_line_breaks() {
        let q = QuestionText::parse("  Можу я\r\nповернутися з дружиною?\u{7}\t ").unwrap();
        assert_eq!(q.as_str(), "Можу я\nповернутися з дружиною?");
    }

    #[test]
    fn empty_long_and_markup_only_texts_are_refused_with_their_reason() {
        assert_eq!(QuestionText::parse(" \n\t"), Err(QuestionRefusal::Empty));
        let long = "я".repeat(4096);
        assert_eq!(
            QuestionText::parse(&long),
            Err(QuestionRefusal::TooLong {
                chars: 4096,
                max: QUESTION_MAX_CHARS
            })
        );
        assert!(QuestionText::parse(&"я".repeat(QUESTION_MAX_CHARS)).is_ok());
        assert_eq!(
            QuestionText::parse("<script></script><b></b>"),
            Err(QuestionRefusal::MarkupOnly)
        );
        // Markup around words is kept as the text it is (escaped when shown).
        assert_eq!(
            QuestionText::parse("<b>help</b>").unwrap().as_str(),
            "<b>help</b>"
        );
    }

    #[test]
    fn a_question_never_shows_its_text_in_debug_output() {
        let q = QuestionText::parse("secret words").unwrap();
        assert!(!format!("{q:?}").contains("secret"));
    }
}
