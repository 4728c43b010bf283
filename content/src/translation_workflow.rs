//! The translation workflow: what a translator or reviewer may do to the working version of a
//! topic's translation, in which state, as a typed [`TranslationAction`]. The rules are here,
//! once; who holds which role is asked of [`crate::access`]; the store applies an allowed action
//! ([`crate::Store::apply_translation_action`]).
//!
//! - **Save** keeps a draft; **Submit** sends it for review. Both need a title or a text, and
//!   record the person as its author.
//! - **Publish** makes the working version what people read: only a reviewer of the locale who
//!   did not write it (or a coordinator), only the text as saved, only when the checks pass.
//!   The person is recorded as its reviewer.
//! - **Return** sends the working version back to its author as a draft (reviewers).
//! - **Withdraw** stops serving the published version (reviewers); it is kept as history.

use crate::checks::{self, Finding};
use crate::model::{StaffUser, TopicText, Translation, TranslationStatus};
use crate::{Error, Locale, Result};

/// What a person does to a topic's translation in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationAction {
    /// Keep the text as a draft.
    Save,
    /// Keep the text and ask a reviewer to publish it.
    Submit,
    /// Approve the working version: people read it from now on.
    Publish,
    /// Send the working version back to its author as a draft.
    Return,
    /// Stop serving the published version.
    Withdraw,
}

impl TranslationAction {
    /// Every action, in the order the editor offers them.
    pub const ALL: [TranslationAction; 5] = [
        TranslationAction::Save,
        TranslationAction::Submit,
        TranslationAction::Publish,
        TranslationAction::Return,
        TranslationAction::Withdraw,
    ];

    /// The action's name in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationAction::Save => "save",
            TranslationAction::Submit => "submit",
            TranslationAction::Publish => "publish",
            TranslationAction::Return => "return",
            TranslationAction::Withdraw => "withdraw",
        }
    }

    /// The action named `name` in a form.
    pub fn parse(name: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == name)
            .ok_or_else(|| Error::Invalid(format!("unknown translation action {name:?}")))
    }

    /// Whether people may read something else after it (search must follow).
    pub fn changes_what_is_read(self) -> bool {
        !matches!(self, TranslationAction::Return)
    }

    /// The rules: what this action does when `user` asks for it on a translation into
    /// `locale` whose working version is `working`, with `text` in the editor and `findings`
    /// the checks' verdict on it; or why it is refused (nothing is changed then).
    pub fn apply_to(
        self,
        user: &StaffUser,
        locale: Locale,
        working: Option<&Translation>,
        text: &TopicText,
        findings: &[Finding],
    ) -> Result<TranslationStep, TranslationRefusal> {
        use TranslationAction as A;
        if !user.may_translate(locale) || locale.is_source() {
            return Err(TranslationRefusal::NotTranslator);
        }
        match self {
            A::Save | A::Submit => {
                if text.title.is_empty() && text.body.is_empty() {
                    return Err(TranslationRefusal::EmptyText);
                }
                Ok(TranslationStep::SaveWorking(if self == A::Save {
                    TranslationStatus::Draft
                } else {
                    TranslationStatus::InReview
                }))
            }
            A::Publish => {
                let working = working.ok_or(TranslationRefusal::NoWorkingVersion)?;
                if user.check_publish(locale, &working.author).is_err() {
                    return Err(TranslationRefusal::NotApprover);
                }
                if working.text != *text {
                    return Err(TranslationRefusal::UnsavedChanges);
                }
                if checks::blocks(findings) {
                    return Err(TranslationRefusal::ChecksFailed);
                }
                Ok(TranslationStep::Publish)
            }
            A::Return => {
                if working.is_none() {
                    return Err(TranslationRefusal::NoWorkingVersion);
                }
                if !user.may_review(locale) {
                    return Err(TranslationRefusal::NotReviewer);
                }
                Ok(TranslationStep::ReturnToAuthor)
            }
            A::Withdraw => {
                if !user.may_review(locale) {
                    return Err(TranslationRefusal::NotReviewer);
                }
                Ok(TranslationStep::Withdraw)
            }
        }
    }
}

/// What the store does for an allowed action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationStep {
    /// Keep the editor's text as the working version, in this status, by this person.
    SaveWorking(TranslationStatus),
    /// Publish the working version, with this person as its reviewer.
    Publish,
    /// Keep the working version as it is, as a draft of its author.
    ReturnToAuthor,
    /// Stop serving the published version.
    Withdraw,
}

/// Why an action was refused; nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TranslationRefusal {
    /// Neither a title nor a text to save.
    #[error("the translation has neither a title nor a text")]
    EmptyText,
    /// No draft or submitted version to publish or return.
    #[error("there is no working version")]
    NoWorkingVersion,
    /// Only a reviewer of the locale who did not write it, or a coordinator, approves it.
    #[error("approved by a reviewer other than its author")]
    NotApprover,
    /// The editor's text differs from the saved working version: save it first.
    #[error("the text differs from the saved working version")]
    UnsavedChanges,
    /// The checks found errors in the text.
    #[error("the checks found errors")]
    ChecksFailed,
    /// Returning and withdrawing are for reviewers of the locale.
    #[error("not a reviewer of this locale")]
    NotReviewer,
    /// Translations into this locale are not theirs to write.
    #[error("not a translator of this locale")]
    NotTranslator,
}

/// What a translator or reviewer does to a topic's recording in a locale (the upload itself
/// is [`crate::Store::add_recording`]). The same roles as for text: translators of the locale
/// upload and submit; a reviewer who did not upload it (or a coordinator) publishes; reviewers
/// return and withdraw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordingAction {
    /// Ask a reviewer to publish the uploaded recording.
    Submit,
    /// Approve it: listeners hear it from now on.
    Publish,
    /// Send it back to whoever uploaded it.
    Return,
    /// Stop playing the published recording.
    Withdraw,
}

impl RecordingAction {
    /// Every action, in the order the page offers them.
    pub const ALL: [RecordingAction; 4] = [
        RecordingAction::Submit,
        RecordingAction::Publish,
        RecordingAction::Return,
        RecordingAction::Withdraw,
    ];

    /// The action's name in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordingAction::Submit => "submit",
            RecordingAction::Publish => "publish",
            RecordingAction::Return => "return",
            RecordingAction::Withdraw => "withdraw",
        }
    }

    /// The action named `name` in a form.
    pub fn parse(name: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == name)
            .ok_or_else(|| Error::Invalid(format!("unknown recording action {name:?}")))
    }

    /// The rules: whether `user` may do this to the recording of a topic in `locale` whose
    /// working recording was uploaded by `working_uploader` (if there is one) and is
    /// `working_outdated`, with a published one or not.
    pub fn check(
        self,
        user: &StaffUser,
        locale: Locale,
        working: Option<(&str, bool)>,
        has_published: bool,
    ) -> Result<(), RecordingRefusal> {
        if !user.may_translate(locale) {
            return Err(RecordingRefusal::NotTranslator);
        }
        match self {
            RecordingAction::Submit => working.map(|_| ()).ok_or(RecordingRefusal::NoRecording),
            RecordingAction::Publish => {
                let (uploader, outdated) = working.ok_or(RecordingRefusal::NoRecording)?;
                if user.check_publish(locale, uploader).is_err() && !locale.is_source() {
                    return Err(RecordingRefusal::NotApprover);
                }
                if locale.is_source() && !user.is_coordinator() {
                    return Err(RecordingRefusal::NotApprover);
                }
                if outdated {
                    return Err(RecordingRefusal::Outdated);
                }
                Ok(())
            }
            RecordingAction::Return | RecordingAction::Withdraw => {
                if !(user.may_review(locale) || (locale.is_source() && user.is_coordinator())) {
                    return Err(RecordingRefusal::NotReviewer);
                }
                let present = if self == RecordingAction::Return {
                    working.is_some()
                } else {
                    has_published
                };
                if present {
                    Ok(())
                } else {
                    Err(RecordingRefusal::NoRecording)
                }
            }
        }
    }
}

/// Why a recording action was refused; nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecordingRefusal {
    /// They do not work on this locale.
    #[error("not a translator of this locale")]
    NotTranslator,
    /// No recording to act on.
    #[error("there is no recording for that")]
    NoRecording,
    /// Only a reviewer of the locale who did not upload it, or a coordinator, publishes it.
    #[error("published by a reviewer other than who uploaded it")]
    NotApprover,
    /// Only reviewers return or withdraw.
    #[error("only a reviewer may do that")]
    NotReviewer,
    /// The text changed since it was recorded: it must be recorded again.
    #[error("the text changed since it was recorded")]
    Outdated,
}
