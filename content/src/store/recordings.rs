//! Counsellors' recordings of topics: upload, review and publishing like text, and whether a
//! recording still records the text people read (outdated when the translation or its Czech
//! source changed since).

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::topics::topic_id;
use super::{Store, audit, now};
use crate::audio::recording::CheckedRecording;
use crate::audio::sniff::AudioFormat;
use crate::model::{Slug, StaffUser};
use crate::seed::SeedRecording;
use crate::translation_workflow::{RecordingAction, RecordingRefusal};
use crate::{Error, Locale, Result};

/// Whether a seed recording was taken on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SeedRecordingImport {
    /// Stored as the published recording.
    Added,
    /// The same recording is already published.
    Unchanged,
    /// Another recording is published (kept), or there is no published translation to tie it to.
    Kept,
}

/// Stores `recording` of topic `topic` as its published recording in that locale, unless one
/// is published already. It is tied to the published translation when it records that one,
/// else to none, so an outdated recording stays outdated.
pub(super) fn import_seed_recording(
    tx: &Transaction<'_>,
    topic: i64,
    recording: &SeedRecording,
    actor: &str,
) -> Result<SeedRecordingImport> {
    let locale = recording.locale;
    let published: Option<String> = tx
        .query_row(
            "SELECT sha256 FROM recordings WHERE topic_id = ?1 AND locale = ?2 AND status = 'published'",
            params![topic, locale.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    match published {
        Some(sha256) if sha256 == recording.sha256 => return Ok(SeedRecordingImport::Unchanged),
        Some(_) => return Ok(SeedRecordingImport::Kept),
        None => {}
    }
    let translation = published_translation(tx, topic, locale)?;
    if translation.is_none() && !locale.is_source() {
        return Ok(SeedRecordingImport::Kept);
    }
    let translation = translation.filter(|_| recording.records_published_translation);
    let at = now();
    tx.execute(
        "INSERT INTO recordings (topic_id, locale, translation_id, source_revision, status, uploaded_by, reviewed_by, uploaded_format, sha256, bytes, duration_ms, audio, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'published', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            topic,
            locale.as_str(),
            translation,
            recording.source_revision,
            recording.uploaded_by,
            recording.reviewed_by,
            recording.uploaded_format.as_str(),
            recording.sha256,
            i64::try_from(recording.audio.len()).unwrap_or(i64::MAX),
            i64::try_from(recording.duration_ms).unwrap_or(i64::MAX),
            recording.audio,
            at,
        ],
    )?;
    let slug: String = tx.query_row("SELECT slug FROM topics WHERE id = ?1", [topic], |r| {
        r.get(0)
    })?;
    audit(
        tx,
        actor,
        "recording.import",
        &format!("topic/{slug}/{locale}"),
        recording.uploaded_format.as_str(),
    )?;
    Ok(SeedRecordingImport::Added)
}

/// Where a recording stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordingStatus {
    /// Uploaded, not yet sent for review.
    Draft,
    /// Waiting for a reviewer.
    InReview,
    /// What listeners hear.
    Published,
}

impl RecordingStatus {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordingStatus::Draft => "draft",
            RecordingStatus::InReview => "in_review",
            RecordingStatus::Published => "published",
        }
    }

    fn parse(name: &str) -> Result<Self> {
        match name {
            "draft" => Ok(RecordingStatus::Draft),
            "in_review" => Ok(RecordingStatus::InReview),
            "published" => Ok(RecordingStatus::Published),
            other => Err(Error::Invalid(format!(
                "unknown recording status {other:?}"
            ))),
        }
    }
}

/// One recording of a topic in a locale, without its audio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingInfo {
    /// Its id (for [`Store::recording_bytes`]).
    pub id: i64,
    /// SHA-256 of its Ogg/Opus bytes, lower-case hex.
    pub sha256: String,
    /// Size of the Ogg/Opus bytes.
    pub bytes: usize,
    /// Playing time in milliseconds.
    pub duration_ms: u64,
    /// The translation or its Czech source changed since it was recorded.
    pub outdated: bool,
    /// Login of who uploaded it.
    pub uploaded_by: String,
    /// Login of who published it.
    pub reviewed_by: Option<String>,
    /// Where it stands in review.
    pub status: RecordingStatus,
    /// What was uploaded (it is stored as Ogg/Opus).
    pub uploaded_format: AudioFormat,
}

/// A topic's recording in a locale, as dashboards and `navrat check` count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordingState {
    /// No published recording (one may be in review).
    Missing,
    /// A published recording of an older text.
    Outdated,
    /// A published recording of the text people read.
    Current,
}

/// Whether recording `r` (joined with its topic `t`) records an older text than people read:
/// the Czech source changed, or (for translations) the published translation is another one.
macro_rules! outdated_sql {
    () => {
        "(r.source_revision <> t.current_revision
          OR (r.locale <> 'cs' AND r.translation_id IS NOT (SELECT x.id FROM translations x WHERE x.topic_id = r.topic_id AND x.locale = r.locale AND x.status = 'published')))"
    };
}

/// Columns of [`RecordingInfo`].
const INFO_COLUMNS: &str = concat!(
    "r.id, r.sha256, r.bytes, r.duration_ms, r.uploaded_by, r.reviewed_by, r.status, r.uploaded_format, ",
    outdated_sql!(),
    " AS outdated"
);

fn info_from_row(row: &Row<'_>) -> Result<RecordingInfo> {
    let format: String = row.get("uploaded_format")?;
    Ok(RecordingInfo {
        id: row.get("id")?,
        sha256: row.get("sha256")?,
        bytes: usize::try_from(row.get::<_, i64>("bytes")?).unwrap_or(0),
        duration_ms: u64::try_from(row.get::<_, i64>("duration_ms")?).unwrap_or(0),
        outdated: row.get("outdated")?,
        uploaded_by: row.get("uploaded_by")?,
        reviewed_by: row.get("reviewed_by")?,
        status: RecordingStatus::parse(&row.get::<_, String>("status")?)?,
        uploaded_format: AudioFormat::parse(&format)
            .ok_or_else(|| Error::Invalid(format!("unknown recording format {format:?}")))?,
    })
}

/// The published translation of a topic into `locale`, if any (none for Czech).
fn published_translation(conn: &Connection, topic: i64, locale: Locale) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM translations WHERE topic_id = ?1 AND locale = ?2 AND status = 'published'",
            params![topic, locale.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

fn recording_where(
    conn: &Connection,
    slug: &Slug,
    locale: Locale,
    statuses: &str,
) -> Result<Option<RecordingInfo>> {
    let topic = topic_id(conn, slug)?;
    let sql = format!(
        "SELECT {INFO_COLUMNS} FROM recordings r JOIN topics t ON t.id = r.topic_id
         WHERE r.topic_id = ?1 AND r.locale = ?2 AND r.status IN ({statuses})"
    );
    conn.query_row(&sql, params![topic, locale.as_str()], |row| {
        Ok(info_from_row(row))
    })
    .optional()?
    .transpose()
}

impl Store {
    /// Keeps an uploaded, checked recording of `slug` in `locale` as the working recording (a
    /// draft of `actor`), replacing the previous working one. It records the text people read
    /// now: the published translation (a topic without one cannot be recorded) and the
    /// current Czech revision. Who may upload is asked by the caller
    /// ([`StaffUser::may_translate`]). Returns its id.
    pub fn add_recording(
        &self,
        slug: &Slug,
        locale: Locale,
        recording: &CheckedRecording,
        actor: &str,
    ) -> Result<i64> {
        self.write(|tx| {
            let topic = topic_id(tx, slug)?;
            let translation = published_translation(tx, topic, locale)?;
            if translation.is_none() && !locale.is_source() {
                return Err(Error::NotFound(format!(
                    "a published translation of {slug} in {locale} to record"
                )));
            }
            tx.execute(
                "DELETE FROM recordings WHERE topic_id = ?1 AND locale = ?2 AND status IN ('draft', 'in_review')",
                params![topic, locale.as_str()],
            )?;
            let at = now();
            tx.execute(
                "INSERT INTO recordings (topic_id, locale, translation_id, source_revision, status, uploaded_by, uploaded_format, sha256, bytes, duration_ms, audio, created_at, updated_at)
                 SELECT ?1, ?2, ?3, t.current_revision, 'draft', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10 FROM topics t WHERE t.id = ?1",
                params![
                    topic,
                    locale.as_str(),
                    translation,
                    actor,
                    recording.uploaded_as.as_str(),
                    recording.sha256,
                    i64::try_from(recording.ogg.len()).unwrap_or(i64::MAX),
                    i64::try_from(recording.duration_ms).unwrap_or(i64::MAX),
                    recording.ogg,
                    at,
                ],
            )?;
            let id = tx.last_insert_rowid();
            audit(
                tx,
                actor,
                "recording.upload",
                &format!("topic/{slug}/{locale}"),
                recording.uploaded_as.as_str(),
            )?;
            Ok(id)
        })
    }

    /// The published recording of `slug` in `locale`, if there is one (outdated or not).
    pub fn published_recording(
        &self,
        slug: &Slug,
        locale: Locale,
    ) -> Result<Option<RecordingInfo>> {
        self.read(|c| recording_where(c, slug, locale, "'published'"))
    }

    /// The recording being worked on (draft or in review) of `slug` in `locale`.
    pub fn working_recording(&self, slug: &Slug, locale: Locale) -> Result<Option<RecordingInfo>> {
        self.read(|c| recording_where(c, slug, locale, "'draft', 'in_review'"))
    }

    /// The Ogg/Opus bytes of recording `id`.
    pub fn recording_bytes(&self, id: i64) -> Result<Vec<u8>> {
        self.read(|c| {
            c.query_row("SELECT audio FROM recordings WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("recording {id}")))
        })
    }

    /// The Ogg/Opus bytes of the published recording whose SHA-256 is `sha256` (what the
    /// kiosk's audio route serves); `None` when no published recording has it.
    pub fn published_recording_bytes(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT audio FROM recordings WHERE sha256 = ?1 AND status = 'published' LIMIT 1",
                [sha256],
                |r| r.get(0),
            )
            .optional()?)
        })
    }

    /// Which topic and locale recording `id` belongs to, and whether it is still current
    /// (published or being worked on); `None` for an unknown or superseded one.
    pub fn recording_place(&self, id: i64) -> Result<Option<(Slug, Locale)>> {
        self.read(|c| {
            let place: Option<(String, String)> = c
                .query_row(
                    "SELECT t.slug, r.locale FROM recordings r JOIN topics t ON t.id = r.topic_id
                     WHERE r.id = ?1 AND r.status <> 'superseded'",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            place
                .map(|(slug, locale)| Ok((Slug::parse(&slug)?, Locale::parse(&locale)?)))
                .transpose()
        })
    }

    /// Applies `user`'s [`RecordingAction`] to the recordings of `slug` in `locale`, under the
    /// rules of [`RecordingAction::check`], in one transaction. A refused action changes nothing.
    pub fn apply_recording_action(
        &self,
        user: &StaffUser,
        slug: &Slug,
        locale: Locale,
        action: RecordingAction,
    ) -> Result<std::result::Result<(), RecordingRefusal>> {
        self.write(|tx| {
            let topic = topic_id(tx, slug)?;
            let working = recording_where(tx, slug, locale, "'draft', 'in_review'")?;
            let published = recording_where(tx, slug, locale, "'published'")?;
            if let Err(refusal) = action.check(
                user,
                locale,
                working.as_ref().map(|w| (w.uploaded_by.as_str(), w.outdated)),
                published.is_some(),
            ) {
                return Ok(Err(refusal));
            }
            let at = now();
            let login = user.login.as_str();
            match (action, working, published) {
                (RecordingAction::Submit, Some(w), _) => {
                    tx.execute(
                        "UPDATE recordings SET status = 'in_review', updated_at = ?2 WHERE id = ?1",
                        params![w.id, at],
                    )?;
                }
                (RecordingAction::Return, Some(w), _) => {
                    tx.execute(
                        "UPDATE recordings SET status = 'draft', updated_at = ?2 WHERE id = ?1",
                        params![w.id, at],
                    )?;
                }
                (RecordingAction::Publish, Some(w), _) => {
                    tx.execute(
                        "UPDATE recordings SET status = 'superseded', updated_at = ?3
                         WHERE topic_id = ?1 AND locale = ?2 AND status = 'published'",
                        params![topic, locale.as_str(), at],
                    )?;
                    tx.execute(
                        "UPDATE recordings SET status = 'published', reviewed_by = ?2, updated_at = ?3 WHERE id = ?1",
                        params![w.id, login, at],
                    )?;
                }
                (RecordingAction::Withdraw, _, Some(p)) => {
                    tx.execute(
                        "UPDATE recordings SET status = 'superseded', updated_at = ?2 WHERE id = ?1",
                        params![p.id, at],
                    )?;
                }
                _ => return Ok(Err(RecordingRefusal::NoRecording)),
            }
            audit(
                tx,
                login,
                &format!("recording.{}", action.as_str()),
                &format!("topic/{slug}/{locale}"),
                "",
            )?;
            Ok(Ok(()))
        })
    }

    /// The published recordings of `slug`, by locale, as the seed carries them (an export).
    pub fn seed_recordings(&self, slug: &Slug) -> Result<Vec<SeedRecording>> {
        self.read(|c| {
            let topic = topic_id(c, slug)?;
            let mut stmt = c.prepare(
                "SELECT r.locale, r.source_revision,
                        (r.locale = 'cs' OR r.translation_id IS (SELECT x.id FROM translations x WHERE x.topic_id = r.topic_id AND x.locale = r.locale AND x.status = 'published')),
                        r.uploaded_by, r.reviewed_by, r.uploaded_format, r.duration_ms, r.sha256, r.audio
                 FROM recordings r WHERE r.topic_id = ?1 AND r.status = 'published' ORDER BY r.locale",
            )?;
            let mut rows = stmt.query([topic])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let format: String = row.get(5)?;
                out.push(SeedRecording {
                    locale: Locale::parse(&row.get::<_, String>(0)?)?,
                    source_revision: row.get(1)?,
                    records_published_translation: row.get(2)?,
                    uploaded_by: row.get(3)?,
                    reviewed_by: row.get(4)?,
                    uploaded_format: AudioFormat::parse(&format).ok_or_else(|| {
                        Error::Invalid(format!("unknown recording format {format:?}"))
                    })?,
                    duration_ms: u64::try_from(row.get::<_, i64>(6)?).unwrap_or(0),
                    sha256: row.get(7)?,
                    audio: row.get(8)?,
                });
            }
            Ok(out)
        })
    }

    /// Where every topic's recording in `locale` stands, by slug.
    pub fn recording_states(&self, locale: Locale) -> Result<Vec<(Slug, RecordingState)>> {
        self.read(|c| {
            let sql = concat!(
                "SELECT t.slug, (SELECT ",
                outdated_sql!(),
                " FROM recordings r WHERE r.topic_id = t.id AND r.locale = ?1 AND r.status = 'published')
                 FROM topics t ORDER BY t.slug"
            );
            let mut stmt = c.prepare(sql)?;
            let mut rows = stmt.query([locale.as_str()])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let outdated: Option<bool> = row.get(1)?;
                let state = match outdated {
                    None => RecordingState::Missing,
                    Some(true) => RecordingState::Outdated,
                    Some(false) => RecordingState::Current,
                };
                out.push((Slug::parse(&row.get::<_, String>(0)?)?, state));
            }
            Ok(out)
        })
    }
}
