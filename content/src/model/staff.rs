//! Staff of the counsellor workspace: who signs in, what they may do, and the audit log of
//! what they did.

use std::fmt;

use crate::{Error, Locale, Result};

/// What a staff user may do, and where.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Translates into these locales.
    Translator(Locale),
    /// Reviews and publishes translations into these locales.
    Reviewer(Locale),
    /// Handles the requests of this counselling point.
    Counsellor(String),
    /// Everything, including editing the Czech source and managing users.
    Coordinator,
}

impl Role {
    /// Parses `translator:uk`, `reviewer:uk`, `counsellor:praha` or `coordinator`.
    pub fn parse(s: &str) -> Result<Self> {
        let (kind, scope) = s.split_once(':').unwrap_or((s, ""));
        match (kind, scope) {
            ("coordinator", "") => Ok(Role::Coordinator),
            ("translator", l) => Ok(Role::Translator(Locale::parse(l)?)),
            ("reviewer", l) => Ok(Role::Reviewer(Locale::parse(l)?)),
            ("counsellor", p) if !p.is_empty() => Ok(Role::Counsellor(p.to_owned())),
            _ => Err(Error::Invalid(format!(
                "not a role: {s:?} (use translator:<locale>, reviewer:<locale>, counsellor:<point>, coordinator)"
            ))),
        }
    }

    /// The role's kind and scope as stored.
    pub fn parts(&self) -> (&'static str, String) {
        match self {
            Role::Translator(l) => ("translator", l.to_string()),
            Role::Reviewer(l) => ("reviewer", l.to_string()),
            Role::Counsellor(p) => ("counsellor", p.clone()),
            Role::Coordinator => ("coordinator", String::new()),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parts() {
            (kind, scope) if scope.is_empty() => f.write_str(kind),
            (kind, scope) => write!(f, "{kind}:{scope}"),
        }
    }
}

/// A counsellor, translator, reviewer or coordinator who signs in to the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffUser {
    /// Login name.
    pub login: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// What they may do.
    pub roles: Vec<Role>,
    /// Languages they speak with people (for the coordinator's overview of who can serve whom).
    pub languages: Vec<Locale>,
    /// Disabled users cannot sign in.
    pub disabled: bool,
}

/// One entry of the audit log: who changed what, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: a staff login, `kiosk`, `telegram`, `seed` or `system`.
    pub actor: String,
    /// What was done, e.g. `translation.publish`.
    pub action: String,
    /// What it was done to, e.g. `topic/who-can-apply/uk` or `appointment/ABC…`.
    pub subject: String,
    /// Further detail without personal data.
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_and_print() {
        for s in [
            "translator:uk",
            "reviewer:fa",
            "counsellor:zzc-balkova",
            "coordinator",
        ] {
            assert_eq!(Role::parse(s).unwrap().to_string(), s);
        }
        assert!(Role::parse("translator:xx1").is_err());
        assert!(Role::parse("admin").is_err());
    }
}
