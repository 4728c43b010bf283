//! Who may do what in the workspace: the one place these rules live, so every handler asks
//! the same questions.
//!
//! - A translator of a locale writes drafts of its topics and edits its UI strings.
//! - A reviewer of a locale does that too, and approves and publishes — but not their own
//!   work, unless they are a coordinator.
//! - A counsellor of a point sees and handles the appointment requests of that point only.
//! - A counsellor sees the questions asked in a language they speak (their `user speaks`
//!   list) — of those naming a counselling point, only their points' — and may hand one over
//!   only to a colleague who speaks its language. Coordinators see every question.
//! - Saved replies of a locale are maintained by its translators and reviewers (and
//!   coordinators).
//! - A coordinator may do everything, including editing the Czech source and its UI strings.

use crate::model::{ConversationScope, Provenance, Role, StaffUser};
use crate::{Error, Locale, Result};

impl StaffUser {
    /// Whether they coordinate (may do everything).
    pub fn is_coordinator(&self) -> bool {
        self.roles.contains(&Role::Coordinator)
    }

    /// Whether they may write translations into `locale` (and its UI strings). The Czech
    /// source is the coordinators'.
    pub fn may_translate(&self, locale: Locale) -> bool {
        if locale.is_source() {
            return self.is_coordinator();
        }
        self.is_coordinator()
            || self
                .roles
                .iter()
                .any(|r| matches!(r, Role::Translator(l) | Role::Reviewer(l) if *l == locale))
    }

    /// Whether they review and publish translations into `locale`.
    pub fn may_review(&self, locale: Locale) -> bool {
        !locale.is_source()
            && (self.is_coordinator() || self.roles.contains(&Role::Reviewer(locale)))
    }

    /// Whether they may publish a translation into `locale` written by `author`: a reviewer
    /// of the locale who did not write it, or a coordinator.
    pub fn check_publish(&self, locale: Locale, author: &str) -> Result<()> {
        if !self.may_review(locale) {
            return Err(Error::NotAllowed(format!("not a reviewer of {locale}")));
        }
        if author == self.login && !self.is_coordinator() {
            return Err(Error::NotAllowed(
                "a translation is approved by someone other than its author".into(),
            ));
        }
        Ok(())
    }

    /// What their translations into `locale` count as: community work when they hold a
    /// translator or reviewer role of it, staff work otherwise (coordinators).
    pub fn work_provenance(&self, locale: Locale) -> Provenance {
        let community = self
            .roles
            .iter()
            .any(|r| matches!(r, Role::Translator(l) | Role::Reviewer(l) if *l == locale));
        if community {
            Provenance::Community
        } else {
            Provenance::Staff
        }
    }

    /// Whether they may edit the Czech source of topics.
    pub fn may_edit_source(&self) -> bool {
        self.is_coordinator()
    }

    /// Whether they may see and handle the requests of point `point`.
    pub fn may_handle(&self, point: &str) -> bool {
        self.is_coordinator()
            || self
                .roles
                .iter()
                .any(|r| matches!(r, Role::Counsellor(p) if p == point))
    }

    /// Whether they handle appointment requests at all.
    pub fn handles_requests(&self) -> bool {
        self.is_coordinator() || self.roles.iter().any(|r| matches!(r, Role::Counsellor(_)))
    }

    /// Which questions ("ask a counsellor") they may see and answer: the one rule, applied by
    /// the store to every inbox query and every action on a conversation.
    pub fn conversation_scope(&self) -> ConversationScope {
        if self.disabled {
            return ConversationScope::Nothing;
        }
        if self.is_coordinator() {
            return ConversationScope::All;
        }
        let points: Vec<String> = self
            .roles
            .iter()
            .filter_map(|r| match r {
                Role::Counsellor(p) => Some(p.clone()),
                _ => None,
            })
            .collect();
        if points.is_empty() || self.languages.is_empty() {
            return ConversationScope::Nothing;
        }
        ConversationScope::Languages {
            locales: self.languages.clone(),
            points,
        }
    }

    /// Whether they may see a question in `locale`, naming `point` (or none).
    pub fn may_see_conversation(&self, locale: Locale, point: Option<&str>) -> bool {
        match self.conversation_scope() {
            ConversationScope::All => true,
            ConversationScope::Nothing => false,
            ConversationScope::Languages { locales, points } => {
                locales.contains(&locale) && point.is_none_or(|p| points.iter().any(|q| q == p))
            }
        }
    }

    /// Whether they may take over a question in `locale` naming `point` from a colleague: the
    /// same as seeing it (a coordinator may always take one).
    pub fn may_receive_conversation(&self, locale: Locale, point: Option<&str>) -> bool {
        self.may_see_conversation(locale, point)
    }

    /// Whether they may write and change the saved replies of `locale`.
    pub fn may_maintain_saved_replies(&self, locale: Locale) -> bool {
        !self.disabled && (self.is_coordinator() || self.may_translate(locale))
    }

    /// Whether they see the coordinator's overview of questions (open per language, waiting
    /// times, languages nobody answers, protection concerns first).
    pub fn sees_question_overview(&self) -> bool {
        !self.disabled && self.is_coordinator()
    }

    /// The locales whose translations they work on, in the order given.
    pub fn translation_locales(&self, all: impl IntoIterator<Item = Locale>) -> Vec<Locale> {
        all.into_iter().filter(|l| self.may_translate(*l)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(login: &str, roles: &[&str]) -> StaffUser {
        StaffUser {
            login: login.into(),
            display_name: login.into(),
            roles: roles.iter().map(|r| Role::parse(r).unwrap()).collect(),
            languages: vec![],
            disabled: false,
        }
    }

    fn l(code: &str) -> Locale {
        Locale::parse(code).unwrap()
    }

    #[test]
    fn translators_work_only_in_their_locales() {
        let olena = user("olena", &["translator:uk"]);
        assert!(olena.may_translate(l("uk")));
        assert!(!olena.may_translate(l("vi")));
        assert!(
            !olena.may_translate(l("cs")),
            "the source is the coordinators'"
        );
        assert!(!olena.may_review(l("uk")));
        assert!(olena.check_publish(l("uk"), "someone").is_err());
    }

    #[test]
    fn reviewers_do_not_approve_their_own_work() {
        let ivan = user("ivan", &["reviewer:uk"]);
        assert!(ivan.may_translate(l("uk")));
        assert!(ivan.check_publish(l("uk"), "olena").is_ok());
        assert!(ivan.check_publish(l("uk"), "ivan").is_err());
        assert!(ivan.check_publish(l("ru"), "olena").is_err());
        let eva = user("eva", &["coordinator"]);
        assert!(eva.check_publish(l("uk"), "eva").is_ok());
        assert!(eva.may_translate(l("cs")) && eva.may_edit_source());
        assert!(!ivan.may_edit_source());
    }

    #[test]
    fn counsellors_see_questions_only_in_the_languages_they_speak() {
        let mut petr = user("petr", &["counsellor:praha"]);
        assert!(
            !petr.may_see_conversation(l("uk"), None),
            "speaks nothing yet"
        );
        petr.languages = vec![l("uk"), l("ru")];
        assert!(petr.may_see_conversation(l("uk"), None));
        assert!(petr.may_see_conversation(l("uk"), Some("praha")));
        assert!(!petr.may_see_conversation(l("uk"), Some("brno")));
        assert!(!petr.may_see_conversation(l("ka"), None));
        let mut olena = user("olena", &["translator:uk"]);
        olena.languages = vec![l("uk")];
        assert!(
            !olena.may_see_conversation(l("uk"), None),
            "translators do not read questions"
        );
        assert!(olena.may_maintain_saved_replies(l("uk")));
        assert!(!petr.may_maintain_saved_replies(l("uk")));
        let eva = user("eva", &["coordinator"]);
        assert!(eva.may_see_conversation(l("ka"), Some("brno")));
        assert!(eva.sees_question_overview() && !petr.sees_question_overview());
        petr.disabled = true;
        assert!(!petr.may_see_conversation(l("uk"), None));
    }

    #[test]
    fn counsellors_handle_only_their_points() {
        let petr = user("petr", &["counsellor:praha"]);
        assert!(petr.may_handle("praha"));
        assert!(!petr.may_handle("brno"));
        assert!(petr.handles_requests());
        assert!(!user("olena", &["translator:uk"]).handles_requests());
        assert!(user("eva", &["coordinator"]).may_handle("brno"));
    }
}
