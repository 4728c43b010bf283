//! Storing seed content without overwriting what people changed since.
//!
//! Every stored item remembers the hash of the seed file it came from; any edit in Navrat
//! clears it. On import an item is added when missing, refreshed when the database still holds
//! exactly an earlier import, and **kept** when someone edited it since. Importing the same
//! folder twice changes nothing.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction, params};

use super::points::upsert_point;
use super::recordings::{SeedRecordingImport, import_seed_recording};
use super::topics::{insert_revision, insert_translation};
use super::{Store, audit, now};
use crate::model::{Category, CounsellingPoint, Slug, SourceRevision, Topic, Translation};
use crate::seed::{SeedContent, SeedRecording, SeedTopic, StoredContent};
use crate::{Locale, Result};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New topics.
    pub topics_added: usize,
    /// Source revisions added to existing topics.
    pub revisions_added: usize,
    /// Translations (of one topic into one locale) added.
    pub translations_added: usize,
    /// Translations refreshed from a newer seed file (they had not been edited).
    pub translations_updated: usize,
    /// Counselling points added or refreshed.
    pub points_changed: usize,
    /// Published recordings added.
    pub recordings_added: usize,
    /// Items left as they are because someone edited them after the last import, e.g.
    /// `topic/who-can-apply/uk`.
    pub kept_edits: Vec<String>,
    /// Items already exactly as in the seed.
    pub unchanged: usize,
}

impl ImportReport {
    /// Whether the import changed anything.
    pub fn changed_anything(&self) -> bool {
        self.topics_added
            + self.revisions_added
            + self.translations_added
            + self.translations_updated
            + self.points_changed
            + self.recordings_added
            > 0
    }
}

/// An export reads the store through the same queries the channels use.
impl StoredContent for Store {
    fn categories(&self) -> Result<Vec<Category>> {
        Store::categories(self)
    }
    fn points(&self) -> Result<Vec<CounsellingPoint>> {
        Store::points(self)
    }
    fn topics(&self) -> Result<Vec<Topic>> {
        Store::topics(self)
    }
    fn translations(&self, slug: &Slug) -> Result<Vec<Translation>> {
        Store::translations(self, slug)
    }
    fn source_revisions(&self, slug: &Slug) -> Result<Vec<SourceRevision>> {
        Store::source_revisions(self, slug)
    }
    fn published_recordings(&self, slug: &Slug) -> Result<Vec<SeedRecording>> {
        Store::seed_recordings(self, slug)
    }
}

impl Store {
    /// Whether the store holds no topics yet (a new database).
    pub fn is_empty(&self) -> Result<bool> {
        self.read(|c| {
            Ok(
                !c.query_row("SELECT EXISTS (SELECT 1 FROM topics)", [], |r| {
                    r.get::<_, bool>(0)
                })?,
            )
        })
    }

    /// Imports seed content in one transaction: all of it or nothing.
    pub fn import_seed(&self, seed: &SeedContent, actor: &str) -> Result<ImportReport> {
        self.write(|tx| {
            let mut report = ImportReport::default();
            for (position, category) in seed.categories.iter().enumerate() {
                tx.execute(
                    "INSERT INTO categories (id, position) VALUES (?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET position = excluded.position",
                    params![category.id, position as i64],
                )?;
            }
            for (position, point) in seed.points.iter().enumerate() {
                let stored: Option<Option<String>> = tx
                    .query_row(
                        "SELECT import_hash FROM points WHERE id = ?1",
                        [&point.value.id],
                        |r| r.get(0),
                    )
                    .optional()?;
                match stored {
                    Some(Some(h)) if h == point.hash => report.unchanged += 1,
                    Some(None) => report.kept_edits.push(format!("point/{}", point.value.id)),
                    _ => {
                        upsert_point(tx, position, &point.value, Some(&point.hash))?;
                        report.points_changed += 1;
                    }
                }
            }
            for topic in &seed.topics {
                import_topic(tx, topic, actor, &mut report)?;
            }
            if report.changed_anything() {
                let detail = format!(
                    "topics +{}, revisions +{}, translations +{} ~{}, points {}, recordings +{}, kept {}",
                    report.topics_added,
                    report.revisions_added,
                    report.translations_added,
                    report.translations_updated,
                    report.points_changed,
                    report.recordings_added,
                    report.kept_edits.len()
                );
                audit(tx, actor, "seed.import", "content", &detail)?;
            }
            Ok(report)
        })
    }
}

fn import_topic(
    tx: &Transaction<'_>,
    topic: &SeedTopic,
    actor: &str,
    report: &mut ImportReport,
) -> Result<()> {
    let slug = topic.slug.as_str();
    let existing: Option<(i64, u32)> = tx
        .query_row(
            "SELECT id, current_revision FROM topics WHERE slug = ?1",
            [slug],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let latest = topic
        .revisions
        .iter()
        .map(|r| r.value.revision)
        .max()
        .unwrap_or(1);
    let (id, mut current) = match existing {
        Some(found) => found,
        None => {
            tx.execute(
                "INSERT INTO topics (slug, category, position, current_revision, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![slug, topic.category, topic.order, latest, now()],
            )?;
            report.topics_added += 1;
            (tx.last_insert_rowid(), 0)
        }
    };

    for rev in &topic.revisions {
        let stored: Option<Option<String>> = tx
            .query_row(
                "SELECT import_hash FROM source_revisions WHERE topic_id = ?1 AND revision = ?2",
                params![id, rev.value.revision],
                |r| r.get(0),
            )
            .optional()?;
        match stored {
            Some(Some(h)) if h == rev.hash => report.unchanged += 1,
            // Revisions never change once stored; an edited seed needs a new revision number.
            Some(_) => report
                .kept_edits
                .push(format!("topic/{slug}/cs.r{}", rev.value.revision)),
            None => {
                let current_is_imported: bool = current == 0
                    || tx.query_row(
                        "SELECT import_hash IS NOT NULL FROM source_revisions WHERE topic_id = ?1 AND revision = ?2",
                        params![id, current],
                        |r| r.get(0),
                    )?;
                if rev.value.revision > current && !current_is_imported {
                    report.kept_edits.push(format!("topic/{slug}/cs"));
                    continue;
                }
                insert_revision(tx, id, &rev.value, Some(&rev.hash))?;
                if existing.is_some() {
                    report.revisions_added += 1;
                }
                current = current.max(rev.value.revision);
            }
        }
    }
    tx.execute(
        "UPDATE topics SET current_revision = ?2 WHERE id = ?1",
        params![id, current],
    )?;

    let mut by_locale: BTreeMap<Locale, Vec<&crate::seed::Seeded<Translation>>> = BTreeMap::new();
    for t in &topic.translations {
        by_locale.entry(t.value.locale).or_default().push(t);
    }
    for (locale, files) in by_locale {
        let stored: Vec<Option<String>> = {
            let mut stmt = tx.prepare(
                "SELECT import_hash FROM translations WHERE topic_id = ?1 AND locale = ?2",
            )?;
            let rows = stmt.query_map(params![id, locale.as_str()], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if stored.iter().any(Option::is_none) {
            report.kept_edits.push(format!("topic/{slug}/{locale}"));
            continue;
        }
        let mut stored_hashes: Vec<&str> = stored.iter().flatten().map(String::as_str).collect();
        let mut file_hashes: Vec<&str> = files.iter().map(|f| f.hash.as_str()).collect();
        stored_hashes.sort_unstable();
        file_hashes.sort_unstable();
        if stored_hashes == file_hashes {
            report.unchanged += 1;
            continue;
        }
        tx.execute(
            "DELETE FROM translations WHERE topic_id = ?1 AND locale = ?2",
            params![id, locale.as_str()],
        )?;
        for file in files {
            insert_translation(tx, id, &file.value, Some(&file.hash))?;
        }
        if stored.is_empty() {
            report.translations_added += 1;
        } else {
            report.translations_updated += 1;
        }
    }
    // After the translations: a recording is tied to the published one.
    for recording in &topic.recordings {
        match import_seed_recording(tx, id, recording, actor)? {
            SeedRecordingImport::Added => report.recordings_added += 1,
            SeedRecordingImport::Unchanged => report.unchanged += 1,
            SeedRecordingImport::Kept => report
                .kept_edits
                .push(format!("topic/{slug}/audio/{}", recording.locale)),
        }
    }
    Ok(())
}
