//! The data directory's secret key, and what is done with it: contact details and Telegram
//! chat ids are sealed with XChaCha20-Poly1305 before they reach the database, chats are found
//! by a keyed hash of their id, and the web forms' anti-forgery tokens are keyed with it (so a
//! form open across a restart still sends).
//!
//! The key is 32 random bytes in `navrat.key` (hex) beside the database, created on first run
//! with mode 0600; Navrat refuses to start when others may read it, and, through the key check
//! value the store keeps, when it is missing or another key while sealed data exists. Without the key file the
//! sealed fields of a backup cannot be read: back it up apart from the database.

use std::io::Write;
use std::path::{Path, PathBuf};

use blake2::Blake2bMac;
use blake2::digest::consts::{U16, U32};
use blake2::digest::{KeyInit, Mac};
use chacha20poly1305::aead::{Aead, AeadCore, OsRng};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::{Error, Result};

/// The key file's name in the data directory.
pub const KEY_FILE: &str = "navrat.key";

/// Length of the nonce before each sealed value.
const NONCE_LEN: usize = 24;

/// Seals and opens personal data with the data directory's key.
#[derive(Clone)]
pub struct Vault {
    cipher: XChaCha20Poly1305,
    lookup: [u8; 32],
    forms: [u8; 32],
    follow: [u8; 32],
    misses: [u8; 32],
    check: [u8; 32],
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

/// A subkey for one purpose, derived from the key with keyed BLAKE2b.
fn derive(key: &[u8; 32], purpose: &str) -> [u8; 32] {
    let mut mac =
        <Blake2bMac<U32> as KeyInit>::new_from_slice(key).expect("a 32-byte key fits BLAKE2b");
    mac.update(purpose.as_bytes());
    mac.finalize().into_bytes().into()
}

/// A 32-byte keyed BLAKE2b hash of `bytes` under `key`.
fn keyed_hash(key: &[u8; 32], bytes: &[u8]) -> Vec<u8> {
    let mut mac =
        <Blake2bMac<U32> as KeyInit>::new_from_slice(key).expect("a 32-byte key fits BLAKE2b");
    mac.update(bytes);
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

impl Vault {
    /// The vault of a key.
    pub fn from_key(key: &[u8; 32]) -> Vault {
        Vault {
            cipher: XChaCha20Poly1305::new(&derive(key, "navrat contact sealing").into()),
            lookup: derive(key, "navrat chat lookup"),
            forms: derive(key, "navrat form tokens"),
            follow: derive(key, "navrat follow tokens"),
            misses: derive(key, "navrat search misses"),
            check: derive(key, "navrat key check value"),
        }
    }

    /// Reads the key file at `path`; `None` when there is none. Refused when others may read
    /// it or it does not hold a key.
    pub fn read(path: &Path) -> Result<Option<Vault>> {
        let refuse = |reason: String| Error::Open {
            path: path.to_owned(),
            reason,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                check_private(path).map_err(refuse)?;
                let key = unhex(&text)
                    .ok_or_else(|| refuse("the key file does not hold 64 hex digits".into()))?;
                Ok(Some(Vault::from_key(&key)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Creates a new random key in the key file at `path` (mode 0600); fails when it exists.
    pub fn create(path: &Path) -> Result<Vault> {
        let mut key = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut key);
        write_private(path, &hex(&key)).map_err(|e| Error::io(path, e))?;
        tracing::info!(path = %path.display(), "created the data directory's key file");
        Ok(Vault::from_key(&key))
    }

    /// Reads the key file at `path`, or creates it (mode 0600) when there is none. Only for a
    /// place that holds no sealed data yet: the store decides that before it calls
    /// [`Vault::create`].
    pub fn open_or_create(path: &Path) -> Result<Vault> {
        match Vault::read(path)? {
            Some(vault) => Ok(vault),
            None => Vault::create(path),
        }
    }

    /// The key check value: a keyed hash of a fixed text, kept in the database so that a
    /// missing or swapped key file is noticed at start instead of sealing under a wrong key.
    pub fn check_value(&self) -> Vec<u8> {
        self.check.to_vec()
    }

    /// The key file that belongs to the database at `database`.
    pub fn key_path(database: &Path) -> PathBuf {
        database.with_file_name(KEY_FILE)
    }

    /// Seals a value: a fresh random nonce, then the ciphertext with its tag.
    pub fn seal(&self, plain: &str) -> Vec<u8> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(&nonce, plain.as_bytes())
            .expect("XChaCha20-Poly1305 seals any length a database field holds");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens a sealed value; an error when it was sealed under another key or changed.
    pub fn open(&self, sealed: &[u8]) -> Result<String> {
        let fail = || Error::Invalid("a sealed field does not open: another key file?".into());
        if sealed.len() < NONCE_LEN {
            return Err(fail());
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let plain = self
            .cipher
            .decrypt(XNonce::from_slice(nonce), body)
            .map_err(|_| fail())?;
        String::from_utf8(plain).map_err(|_| fail())
    }

    /// The keyed hash a Telegram chat is found by (its id itself is never stored in clear).
    pub fn chat_key(&self, chat_id: i64) -> Vec<u8> {
        let mut mac = <Blake2bMac<U16> as KeyInit>::new_from_slice(&self.lookup)
            .expect("a 32-byte key fits BLAKE2b");
        mac.update(&chat_id.to_le_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// The key of the web forms' anti-forgery tokens.
    pub fn form_secret(&self) -> [u8; 32] {
        self.forms
    }

    /// The keyed hash a follow token (of a kiosk request's Telegram QR code) is stored as: the
    /// database never holds a token that could be used.
    pub fn follow_token_hash(&self, token: &str) -> Vec<u8> {
        keyed_hash(&self.follow, token.as_bytes())
    }

    /// The keyed hash a follow token of a kiosk question's Telegram QR code is stored as: in
    /// its own domain, so a request's token never matches a question and the other way round.
    pub fn question_follow_token_hash(&self, token: &str) -> Vec<u8> {
        keyed_hash(&self.follow, format!("question\u{1f}{token}").as_bytes())
    }

    /// The keyed hash a search without result is counted under until it is asked again.
    pub fn search_miss_key(&self, locale: &str, query: &str) -> Vec<u8> {
        keyed_hash(&self.misses, format!("{locale}\u{1f}{query}").as_bytes())
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(unix)]
fn check_private(path: &Path) -> std::result::Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| e.to_string())?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(format!(
            "the key file may be read by others (mode {:o}): chmod 600 it",
            mode & 0o777
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_: &Path) -> std::result::Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key() {
        let vault = Vault::from_key(&[7; 32]);
        let sealed = vault.seal("+420777123456");
        assert!(!sealed.windows(4).any(|w| w == b"7771"), "no clear text");
        assert_ne!(
            sealed,
            vault.seal("+420777123456"),
            "a fresh nonce each time"
        );
        assert_eq!(vault.open(&sealed).unwrap(), "+420777123456");
        assert!(Vault::from_key(&[8; 32]).open(&sealed).is_err());
        let mut changed = sealed.clone();
        changed[30] ^= 1;
        assert!(vault.open(&changed).is_err());
        assert_eq!(vault.chat_key(42), vault.chat_key(42));
        assert_ne!(vault.chat_key(42), Vault::from_key(&[8; 32]).chat_key(42));
    }

    #[cfg(unix)]
    #[test]
    fn the_key_file_is_created_private_and_refused_when_it_is_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        let first = Vault::open_or_create(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let again = Vault::open_or_create(&path).unwrap();
        assert_eq!(again.open(&first.seal("x")).unwrap(), "x", "the same key");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = Vault::open_or_create(&path).unwrap_err().to_string();
        assert!(err.contains("chmod 600"), "{err}");
        assert_eq!(first.check_value(), again.check_value());
        assert_ne!(first.check_value(), Vault::from_key(&[8; 32]).check_value());
    }
}
