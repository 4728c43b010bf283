//! Staff users, their roles, and the audit log.

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::{OptionalExtension, params};

use std::sync::atomic::Ordering;

use super::{Store, audit, from_json, now, to_json};
use crate::model::{AuditEntry, Role, StaffUser};
use crate::{Error, Locale, Result};

/// Shortest password accepted for staff.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Longest login: a longer one is no account, and is refused before anything is hashed.
pub const MAX_LOGIN_CHARS: usize = 40;

/// Longest password, in bytes: ample for a passphrase; a longer one is refused before it is
/// hashed, so nobody can make the server hash megabytes.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// argon2id with OWASP's parameters: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).expect("OWASP argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_password(password: &str) -> Result<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::Invalid(format!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(Error::Invalid(format!(
            "the password may have at most {MAX_PASSWORD_BYTES} bytes"
        )));
    }
    let mut salt = [0u8; 16];
    rand::Rng::fill(&mut rand::rng(), &mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| Error::Invalid(e.to_string()))?;
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| Error::Invalid(e.to_string()))?
        .to_string())
}

fn check_login(login: &str) -> Result<()> {
    let ok = (2..=MAX_LOGIN_CHARS).contains(&login.len())
        && login
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(
            "a login is 2–40 characters: lowercase letters, digits, '.', '_' or '-'".into(),
        ))
    }
}

impl Store {
    /// Adds a staff user with an argon2id password hash and their roles.
    pub fn add_staff_user(
        &self,
        login: &str,
        display_name: &str,
        password: &str,
        roles: &[Role],
        actor: &str,
    ) -> Result<()> {
        check_login(login)?;
        if roles.is_empty() {
            return Err(Error::Invalid("give the user at least one role".into()));
        }
        let hash = hash_password(password)?;
        self.write(|tx| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM staff_users WHERE login = ?1)",
                [login],
                |r| r.get(0),
            )?;
            if exists {
                return Err(Error::Invalid(format!("user {login} exists already")));
            }
            tx.execute(
                "INSERT INTO staff_users (login, display_name, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![login, display_name, hash, now()],
            )?;
            let id = tx.last_insert_rowid();
            for role in roles {
                let (kind, scope) = role.parts();
                tx.execute(
                    "INSERT OR IGNORE INTO staff_roles (user_id, role, scope) VALUES (?1, ?2, ?3)",
                    params![id, kind, scope],
                )?;
            }
            let roles: Vec<String> = roles.iter().map(Role::to_string).collect();
            audit(tx, actor, "user.add", &format!("user/{login}"), &roles.join(" "))
        })
    }

    /// Sets a new password for a staff user.
    pub fn set_staff_password(&self, login: &str, password: &str, actor: &str) -> Result<()> {
        let hash = hash_password(password)?;
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE staff_users SET password_hash = ?2 WHERE login = ?1",
                params![login, hash],
            )?;
            if n == 0 {
                return Err(Error::NotFound(format!("user {login}")));
            }
            audit(tx, actor, "user.passwd", &format!("user/{login}"), "")
        })
    }

    /// Disables a staff user: they can no longer sign in.
    pub fn disable_staff_user(&self, login: &str, actor: &str) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE staff_users SET disabled = 1 WHERE login = ?1",
                [login],
            )?;
            if n == 0 {
                return Err(Error::NotFound(format!("user {login}")));
            }
            audit(tx, actor, "user.disable", &format!("user/{login}"), "")
        })
    }

    /// Sets the languages a staff user speaks with people.
    pub fn set_staff_languages(
        &self,
        login: &str,
        languages: &[Locale],
        actor: &str,
    ) -> Result<()> {
        let mut languages = languages.to_vec();
        languages.sort();
        languages.dedup();
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE staff_users SET languages = ?2 WHERE login = ?1",
                params![login, to_json(&languages)?],
            )?;
            if n == 0 {
                return Err(Error::NotFound(format!("user {login}")));
            }
            let codes: Vec<&str> = languages.iter().map(|l| l.as_str()).collect();
            audit(
                tx,
                actor,
                "user.languages",
                &format!("user/{login}"),
                &codes.join(" "),
            )
        })
    }

    /// Every staff user with their roles, by login.
    pub fn staff_users(&self) -> Result<Vec<StaffUser>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT u.login, u.display_name, u.disabled, r.role, r.scope, u.languages
                 FROM staff_users u LEFT JOIN staff_roles r ON r.user_id = u.id
                 ORDER BY u.login, r.role, r.scope",
            )?;
            let mut rows = stmt.query([])?;
            let mut out: Vec<StaffUser> = Vec::new();
            while let Some(row) = rows.next()? {
                let login: String = row.get("login")?;
                if out.last().map(|u| &u.login) != Some(&login) {
                    out.push(StaffUser {
                        login: login.clone(),
                        display_name: row.get("display_name")?,
                        disabled: row.get("disabled")?,
                        roles: Vec::new(),
                        languages: from_json(&row.get::<_, String>("languages")?)?,
                    });
                }
                let role: Option<String> = row.get("role")?;
                let scope: Option<String> = row.get("scope")?;
                if let (Some(role), Some(scope), Some(user)) = (role, scope, out.last_mut()) {
                    let text = if scope.is_empty() {
                        role
                    } else {
                        format!("{role}:{scope}")
                    };
                    user.roles.push(Role::parse(&text)?);
                }
            }
            for user in &mut out {
                user.roles.sort();
            }
            Ok(out)
        })
    }

    /// Checks a login and password; returns the user when both match and the user is enabled.
    /// Takes the same time whether or not the login exists. A login or password longer than
    /// any account can have is refused without hashing.
    pub fn verify_staff_password(&self, login: &str, password: &str) -> Result<Option<StaffUser>> {
        if login.len() > MAX_LOGIN_CHARS || password.len() > MAX_PASSWORD_BYTES {
            return Ok(None);
        }
        let stored: Option<(String, bool)> = self.read(|c| {
            Ok(c.query_row(
                "SELECT password_hash, disabled FROM staff_users WHERE login = ?1",
                [login],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
        })?;
        // Verify against a fixed hash when the login is unknown, so timing does not tell.
        const UNKNOWN: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$0SGYm3y3Fw3Gfbm2s6WnRK/o6Ztp5DHuMvz2g1u0MCk";
        let (hash, disabled) = stored.clone().unwrap_or((UNKNOWN.to_owned(), true));
        let parsed = PasswordHash::new(&hash).map_err(|e| Error::Invalid(e.to_string()))?;
        self.inner.password_checks.fetch_add(1, Ordering::Relaxed);
        let matches = self.verify_with_kept_memory(password.as_bytes(), &parsed)?;
        if !matches || disabled || stored.is_none() {
            return Ok(None);
        }
        Ok(self.staff_users()?.into_iter().find(|u| u.login == login))
    }

    /// Hashes `password` as `hash` says (algorithm, version, parameters, salt) in one of the
    /// store's kept argon2 work areas, and compares in constant time. Allocating 19 MiB per
    /// check left that memory with whichever thread ran it: a sign-in flood grew the process
    /// by hundreds of MiB for good. The areas are kept and reused instead.
    fn verify_with_kept_memory(&self, password: &[u8], hash: &PasswordHash<'_>) -> Result<bool> {
        let invalid = |e: argon2::password_hash::Error| Error::Invalid(e.to_string());
        let params = Params::try_from(hash).map_err(invalid)?;
        let algorithm = Algorithm::try_from(hash.algorithm).map_err(invalid)?;
        let version = hash
            .version
            .map(Version::try_from)
            .transpose()
            .map_err(|e| Error::Invalid(e.to_string()))?
            .unwrap_or_default();
        let expected = hash
            .hash
            .ok_or_else(|| Error::Invalid("a stored password hash has no output".into()))?;
        let mut salt = [0u8; 64];
        let salt = hash
            .salt
            .ok_or_else(|| Error::Invalid("a stored password hash has no salt".into()))?
            .decode_b64(&mut salt)
            .map_err(invalid)?;
        let mut memory = super::lock(&self.inner.argon2_memory)
            .pop()
            .unwrap_or_default();
        memory.resize(params.block_count(), argon2::Block::default());
        let mut out = vec![0u8; expected.len()];
        let hashed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
            password,
            salt,
            &mut out,
            &mut memory[..],
        );
        let mut kept = super::lock(&self.inner.argon2_memory);
        if kept.len() < super::ARGON2_MEMORY_KEPT {
            kept.push(memory);
        }
        drop(kept);
        if hashed.is_err() {
            return Ok(false);
        }
        Ok(out
            .iter()
            .zip(expected.as_bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0)
    }

    /// How many passwords were hashed to check a sign-in since the store was opened: what
    /// sign-in load costs, for figures and for tests of the sign-in limits.
    pub fn password_checks(&self) -> u64 {
        self.inner.password_checks.load(Ordering::Relaxed)
    }

    /// One staff user with their roles.
    pub fn staff_user(&self, login: &str) -> Result<Option<StaffUser>> {
        Ok(self.staff_users()?.into_iter().find(|u| u.login == login))
    }

    /// Writes an entry in the audit log for something that changes nothing else (a sign-in).
    pub fn record_audit(&self, actor: &str, action: &str, subject: &str) -> Result<()> {
        self.write(|tx| audit(tx, actor, action, subject, ""))
    }

    /// The newest audit entries, newest first.
    pub fn audit_entries(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit as i64], |r| {
                Ok(AuditEntry {
                    at: r.get("at")?,
                    actor: r.get("actor")?,
                    action: r.get("action")?,
                    subject: r.get("subject")?,
                    detail: r.get("detail")?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}
