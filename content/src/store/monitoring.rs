//! What the administrator's monitoring and the coordinator's overview read about the running
//! service: requests per status, the outbox's queue, and the kiosks' last contact.

use super::{Store, now};
use crate::Result;

/// One kiosk device's last contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskHeartbeat {
    /// The kiosk's profile id (from the kiosk profiles file).
    pub profile_id: String,
    /// When its page last reported, in Unix seconds.
    pub last_seen: i64,
    /// The Navrat version that served the page.
    pub version: String,
}

/// The longest version string kept (a kiosk's page sends the version it was served with).
const MAX_VERSION_LEN: usize = 40;

impl Store {
    /// How many appointment requests there are in each status (stored names), every status
    /// included, also with none.
    pub fn appointment_status_counts(&self) -> Result<Vec<(&'static str, u64)>> {
        use crate::model::AppointmentStatus;
        self.read(|c| {
            let mut out = Vec::new();
            for status in [
                AppointmentStatus::New,
                AppointmentStatus::Confirmed,
                AppointmentStatus::Declined,
                AppointmentStatus::Done,
                AppointmentStatus::Cancelled,
                AppointmentStatus::NoShow,
            ] {
                let n: u64 = c.query_row(
                    "SELECT COUNT(*) FROM appointment_requests WHERE status = ?1",
                    [status.as_str()],
                    |r| r.get(0),
                )?;
                out.push((status.as_str(), n));
            }
            Ok(out)
        })
    }

    /// Messages waiting to be sent to people: how many, and when the oldest was queued (Unix
    /// seconds; `None` when none waits).
    pub fn outbox_queue(&self) -> Result<(u64, Option<i64>)> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'pending'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
    }

    /// Records that the kiosk with profile `profile_id` reported now, with its page's
    /// `version` (cut to 40 characters).
    pub fn record_kiosk_heartbeat(&self, profile_id: &str, version: &str) -> Result<()> {
        self.record_kiosk_heartbeat_at(profile_id, version, now())
    }

    /// [`Store::record_kiosk_heartbeat`] at `at` (Unix seconds), for tests with their own clock.
    pub fn record_kiosk_heartbeat_at(
        &self,
        profile_id: &str,
        version: &str,
        at: i64,
    ) -> Result<()> {
        let version: String = version.chars().take(MAX_VERSION_LEN).collect();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO kiosk_heartbeats (profile_id, last_seen, version) VALUES (?1, ?2, ?3)
                 ON CONFLICT (profile_id) DO UPDATE
                    SET last_seen = max(last_seen, excluded.last_seen), version = excluded.version",
                (profile_id, at, &version),
            )?;
            Ok(())
        })
    }

    /// Every kiosk's last contact, by profile id.
    pub fn kiosk_heartbeats(&self) -> Result<Vec<KioskHeartbeat>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT profile_id, last_seen, version FROM kiosk_heartbeats ORDER BY profile_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(KioskHeartbeat {
                    profile_id: r.get(0)?,
                    last_seen: r.get(1)?,
                    version: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}
