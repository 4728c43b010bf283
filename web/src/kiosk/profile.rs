//! Kiosk profiles: per-device settings chosen once by opening `/k/{kiosk}` on the device
//! (kept in a cookie): the default counselling point (a kiosk inside a detention facility
//! offers that facility's visiting counselling), the idle timeout, whether the Telegram QR
//! code is shown.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

/// The cookie naming the device's profile.
pub const COOKIE: &str = "navrat_web";

/// One device's settings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskProfile {
    /// The counselling point offered first (and alone, for a detention facility's kiosk).
    #[serde(default)]
    pub point: Option<String>,
    /// Seconds without a touch before the screen is cleared.
    #[serde(default = "default_idle")]
    pub idle_seconds: u32,
    /// Whether the confirmation shows a QR code to follow the request on Telegram (not in
    /// facilities where phones are taken away).
    #[serde(default = "yes")]
    pub telegram_qr: bool,
}

fn default_idle() -> u32 {
    90
}

fn yes() -> bool {
    true
}

impl Default for KioskProfile {
    fn default() -> Self {
        KioskProfile {
            point: None,
            idle_seconds: default_idle(),
            telegram_qr: true,
        }
    }
}

/// All profiles, by id, and the default for devices without one.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    by_id: BTreeMap<String, KioskProfile>,
    default: KioskProfile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfilesFile {
    #[serde(default)]
    default: Option<KioskProfile>,
    #[serde(default)]
    kiosks: BTreeMap<String, KioskProfile>,
}

/// A problem with the profiles file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct ProfilesError {
    path: String,
    reason: String,
}

impl Profiles {
    /// Reads `kiosks.toml`: `[default]` and `[kiosks.<id>]` tables. A missing file means the
    /// defaults (90 s idle reset, QR code shown, no default point).
    pub fn load(path: &Path) -> Result<Self, ProfilesError> {
        let err = |reason: String| ProfilesError {
            path: path.display().to_string(),
            reason,
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Profiles::default()),
            Err(e) => return Err(err(e.to_string())),
        };
        let file: ProfilesFile = toml::from_str(&text).map_err(|e| err(e.to_string()))?;
        let default_id = String::from("default");
        let all = file
            .kiosks
            .iter()
            .chain(file.default.as_ref().map(|d| (&default_id, d)));
        for (id, p) in all {
            if !(10..=3600).contains(&p.idle_seconds) {
                return Err(err(format!("kiosk {id:?}: idle_seconds must be 10–3600")));
            }
        }
        if let Some(bad) = file.kiosks.keys().find(|id| !valid_id(id)) {
            return Err(err(format!(
                "kiosk id {bad:?}: use lowercase letters, digits and '-'"
            )));
        }
        Ok(Profiles {
            by_id: file.kiosks,
            default: file.default.unwrap_or_default(),
        })
    }

    /// Profiles from values (tests, embedding).
    pub fn new(default: KioskProfile, by_id: BTreeMap<String, KioskProfile>) -> Self {
        Profiles { by_id, default }
    }

    /// The profile with this id, if any.
    pub fn get(&self, id: &str) -> Option<&KioskProfile> {
        self.by_id.get(id)
    }

    /// The profile for a device: its cookie's, or the default.
    pub fn for_cookie(&self, id: Option<&str>) -> &KioskProfile {
        id.and_then(|id| self.by_id.get(id))
            .unwrap_or(&self.default)
    }

    /// Every configured kiosk's profile id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }

    /// Every profile's point, to check they exist.
    pub fn points(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_id
            .iter()
            .filter_map(|(id, p)| p.point.as_deref().map(|pt| (id.as_str(), pt)))
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
