//! Topics, their Czech source revisions and their translations.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::{Store, audit, from_json, now, to_json};
use crate::checks;
use crate::locale::SOURCE;
use crate::model::{
    Category, Provenance, ServedTopic, Slug, SourceRevision, StaffUser, Topic, TopicText,
    Translation, TranslationStatus,
};
use crate::translation_workflow::{TranslationAction, TranslationRefusal, TranslationStep};
use crate::{Error, Locale, Result};

/// Where a topic's translation into one locale stands, for dashboards and `navrat check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranslationState {
    /// No translation at all.
    Missing,
    /// Only a draft or a text in review exists.
    Unreviewed,
    /// A published translation of the current source revision.
    Current,
    /// A published translation of an older source revision.
    Outdated,
}

const SOURCE_COLUMNS: &str = "r.revision, r.title, r.summary, r.body, r.keywords, r.tracks, r.sources, r.sample_data, r.author";
const TRANSLATION_COLUMNS: &str = "t.locale, t.title, t.summary, t.body, t.keywords, t.status, t.provenance, t.author, t.reviewer, t.source_revision";

/// Reads the [`SOURCE_COLUMNS`] of a row (alone, or after a topic's own columns).
fn source_from_row(row: &Row<'_>) -> Result<SourceRevision> {
    Ok(SourceRevision {
        revision: row.get("revision")?,
        text: TopicText {
            title: row.get("title")?,
            summary: row.get("summary")?,
            body: row.get("body")?,
            keywords: from_json(&row.get::<_, String>("keywords")?)?,
        },
        tracks: from_json(&row.get::<_, String>("tracks")?)?,
        sources: from_json(&row.get::<_, String>("sources")?)?,
        sample_data: row.get("sample_data")?,
        author: row.get("author")?,
    })
}

/// Reads the [`TRANSLATION_COLUMNS`] of a row.
fn translation_from_row(slug: &Slug, row: &Row<'_>) -> Result<Translation> {
    Ok(Translation {
        slug: slug.clone(),
        locale: Locale::parse(&row.get::<_, String>("locale")?)?,
        text: TopicText {
            title: row.get("title")?,
            summary: row.get("summary")?,
            body: row.get("body")?,
            keywords: from_json(&row.get::<_, String>("keywords")?)?,
        },
        // Superseded rows are never read through here.
        status: row.get::<_, TranslationStatus>("status")?,
        provenance: row.get::<_, Provenance>("provenance")?,
        author: row.get("author")?,
        reviewer: row.get("reviewer")?,
        source_revision: row.get("source_revision")?,
    })
}

/// Reads a topic's `slug, category, position` and its current source's [`SOURCE_COLUMNS`].
fn topic_from_row(row: &Row<'_>) -> Result<Topic> {
    Ok(Topic {
        slug: Slug::parse(&row.get::<_, String>("slug")?)?,
        category: row.get("category")?,
        order: row.get("position")?,
        source: source_from_row(row)?,
    })
}

pub(super) fn topic_id(conn: &Connection, slug: &Slug) -> Result<i64> {
    conn.query_row(
        "SELECT id FROM topics WHERE slug = ?1",
        [slug.as_str()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("topic {slug}")))
}

pub(super) fn insert_revision(
    tx: &Transaction<'_>,
    topic_id: i64,
    rev: &SourceRevision,
    import_hash: Option<&str>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO source_revisions (topic_id, revision, title, summary, body, keywords, tracks, sources, sample_data, author, created_at, import_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            topic_id,
            rev.revision,
            rev.text.title,
            rev.text.summary,
            rev.text.body,
            to_json(&rev.text.keywords)?,
            to_json(&rev.tracks)?,
            to_json(&rev.sources)?,
            rev.sample_data,
            rev.author,
            now(),
            import_hash,
        ],
    )?;
    Ok(())
}

pub(super) fn insert_translation(
    tx: &Transaction<'_>,
    topic_id: i64,
    t: &Translation,
    import_hash: Option<&str>,
) -> Result<()> {
    let at = now();
    tx.execute(
        "INSERT INTO translations (topic_id, locale, title, summary, body, keywords, status, provenance, author, reviewer, source_revision, import_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            topic_id,
            t.locale.as_str(),
            t.text.title,
            t.text.summary,
            t.text.body,
            to_json(&t.text.keywords)?,
            t.status.as_str(),
            t.provenance.as_str(),
            t.author,
            t.reviewer,
            t.source_revision,
            import_hash,
            at,
        ],
    )?;
    Ok(())
}

fn check_translation_locale(locale: Locale) -> Result<()> {
    if locale.is_source() {
        Err(Error::NotAllowed(
            "the Czech text is the source: edit it as a new source revision".into(),
        ))
    } else {
        Ok(())
    }
}

impl Store {
    /// The categories in display order.
    pub fn categories(&self) -> Result<Vec<Category>> {
        self.read(|c| {
            let mut stmt = c.prepare("SELECT id FROM categories ORDER BY position, id")?;
            let rows = stmt.query_map([], |r| Ok(Category { id: r.get(0)? }))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Every topic with its current source, in category and topic order.
    pub fn topics(&self) -> Result<Vec<Topic>> {
        self.read(|c| {
            let sql = format!(
                "SELECT t.slug, t.category, t.position, {SOURCE_COLUMNS}
                 FROM topics t
                 JOIN categories c ON c.id = t.category
                 JOIN source_revisions r ON r.topic_id = t.id AND r.revision = t.current_revision
                 ORDER BY c.position, t.position, t.slug"
            );
            super::all_rows(c, &sql, [], topic_from_row)
        })
    }

    /// One topic with its current source.
    pub fn topic(&self, slug: &Slug) -> Result<Option<Topic>> {
        self.read(|c| {
            let sql = format!(
                "SELECT t.slug, t.category, t.position, {SOURCE_COLUMNS}
                 FROM topics t
                 JOIN source_revisions r ON r.topic_id = t.id AND r.revision = t.current_revision
                 WHERE t.slug = ?1"
            );
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query([slug.as_str()])?;
            rows.next()?.map(topic_from_row).transpose()
        })
    }

    /// Every stored revision of a topic's Czech source, oldest first.
    pub fn source_revisions(&self, slug: &Slug) -> Result<Vec<SourceRevision>> {
        self.read(|c| {
            let id = topic_id(c, slug)?;
            let sql = format!(
                "SELECT {SOURCE_COLUMNS} FROM source_revisions r WHERE r.topic_id = ?1 ORDER BY r.revision"
            );
            super::all_rows(c, &sql, [id], source_from_row)
        })
    }

    /// Creates a topic with its first source revision.
    pub fn create_topic(
        &self,
        slug: &Slug,
        category: &str,
        order: i64,
        source: &SourceRevision,
        actor: &str,
    ) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO topics (slug, category, position, current_revision, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
                params![slug.as_str(), category, order, now()],
            )?;
            let id = tx.last_insert_rowid();
            let first = SourceRevision {
                revision: 1,
                author: actor.to_owned(),
                ..source.clone()
            };
            insert_revision(tx, id, &first, None)?;
            audit(tx, actor, "topic.create", &format!("topic/{slug}"), "")
        })
    }

    /// Saves an edit of the Czech source as a new revision; every translation of an older
    /// revision becomes outdated. Returns the new revision number.
    pub fn edit_source(
        &self,
        slug: &Slug,
        text: &TopicText,
        tracks: &[crate::model::Track],
        sources: &[crate::model::Source],
        sample_data: bool,
        actor: &str,
    ) -> Result<u32> {
        self.write(|tx| {
            let id = topic_id(tx, slug)?;
            let current: u32 = tx.query_row(
                "SELECT current_revision FROM topics WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let next = current + 1;
            let rev = SourceRevision {
                revision: next,
                text: text.clone(),
                tracks: tracks.to_vec(),
                sources: sources.to_vec(),
                sample_data,
                author: actor.to_owned(),
            };
            insert_revision(tx, id, &rev, None)?;
            tx.execute(
                "UPDATE topics SET current_revision = ?1 WHERE id = ?2",
                params![next, id],
            )?;
            audit(
                tx,
                actor,
                "source.edit",
                &format!("topic/{slug}"),
                &format!("revision {next}"),
            )?;
            Ok(next)
        })
    }

    /// Saves a translation that is being worked on (draft or in review), replacing the current
    /// working version. People never read it before a reviewer publishes it: a published
    /// version, or else the imported machine draft, stays served until then.
    pub fn save_translation_draft(&self, t: &Translation, actor: &str) -> Result<()> {
        check_translation_locale(t.locale)?;
        if t.status == TranslationStatus::Published {
            return Err(Error::NotAllowed(
                "a translation is published by a reviewer, not saved as published".into(),
            ));
        }
        self.write(|tx| {
            let id = topic_id(tx, &t.slug)?;
            if t.provenance != Provenance::MachineDraft {
                // The imported machine draft stays what people read until a reviewer publishes
                // a translation: it is set aside, not replaced by a text nobody reviewed.
                tx.execute(
                    "UPDATE translations SET status = 'superseded', updated_at = ?3
                     WHERE topic_id = ?1 AND locale = ?2 AND status IN ('draft', 'in_review') AND provenance = 'machine_draft'",
                    params![id, t.locale.as_str(), now()],
                )?;
            }
            tx.execute(
                "DELETE FROM translations WHERE topic_id = ?1 AND locale = ?2 AND status IN ('draft', 'in_review')",
                params![id, t.locale.as_str()],
            )?;
            insert_translation(tx, id, t, None)?;
            audit(
                tx,
                actor,
                "translation.save",
                &format!("topic/{}/{}", t.slug, t.locale),
                t.status.as_str(),
            )
        })
    }

    /// Publishes the working version of a translation: it becomes what people read, and the
    /// previously published version is kept as superseded.
    pub fn publish_translation(
        &self,
        slug: &Slug,
        locale: Locale,
        reviewer: &str,
        actor: &str,
    ) -> Result<()> {
        check_translation_locale(locale)?;
        self.write(|tx| {
            let id = topic_id(tx, slug)?;
            let working: Option<i64> = tx
                .query_row(
                    "SELECT id FROM translations WHERE topic_id = ?1 AND locale = ?2 AND status IN ('draft', 'in_review')",
                    params![id, locale.as_str()],
                    |r| r.get(0),
                )
                .optional()?;
            let working = working.ok_or_else(|| {
                Error::NotFound(format!("a draft of {slug} in {locale} to publish"))
            })?;
            tx.execute(
                "UPDATE translations SET status = 'superseded', import_hash = NULL, updated_at = ?3
                 WHERE topic_id = ?1 AND locale = ?2 AND status = 'published'",
                params![id, locale.as_str(), now()],
            )?;
            tx.execute(
                // A machine draft a reviewer approved is a reviewed translation from now on.
                "UPDATE translations SET status = 'published', reviewer = ?2, import_hash = NULL, updated_at = ?3,
                        provenance = CASE provenance WHEN 'machine_draft' THEN 'community' ELSE provenance END
                 WHERE id = ?1",
                params![working, reviewer, now()],
            )?;
            // A machine draft set aside for this text is no longer what anyone reads.
            tx.execute(
                "DELETE FROM translations WHERE topic_id = ?1 AND locale = ?2 AND status = 'superseded' AND provenance = 'machine_draft'",
                params![id, locale.as_str()],
            )?;
            audit(
                tx,
                actor,
                "translation.publish",
                &format!("topic/{slug}/{locale}"),
                "",
            )
        })
    }

    /// Withdraws a published translation: people no longer read it (they get the next locale
    /// of their chain, or the working draft with its notice); it is kept as history.
    pub fn withdraw_translation(&self, slug: &Slug, locale: Locale, actor: &str) -> Result<()> {
        check_translation_locale(locale)?;
        self.write(|tx| {
            let id = topic_id(tx, slug)?;
            let n = tx.execute(
                "UPDATE translations SET status = 'superseded', import_hash = NULL, updated_at = ?3
                 WHERE topic_id = ?1 AND locale = ?2 AND status = 'published'",
                params![id, locale.as_str(), now()],
            )?;
            if n == 0 {
                return Err(Error::NotFound(format!(
                    "a published translation of {slug} in {locale}"
                )));
            }
            audit(
                tx,
                actor,
                "translation.withdraw",
                &format!("topic/{slug}/{locale}"),
                "",
            )
        })
    }

    /// The published and the working version of a topic's translations (not superseded ones),
    /// published first, by locale.
    pub fn translations(&self, slug: &Slug) -> Result<Vec<Translation>> {
        self.read(|c| {
            let id = topic_id(c, slug)?;
            let sql = format!(
                "SELECT {TRANSLATION_COLUMNS} FROM translations t
                 WHERE t.topic_id = ?1 AND t.status <> 'superseded'
                 ORDER BY t.locale, t.status = 'published' DESC"
            );
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query([id])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(translation_from_row(slug, row)?);
            }
            Ok(out)
        })
    }

    /// What people may read of a topic's translations, one per locale: the published version,
    /// or where none is published the imported machine draft (shown with its notice). A draft
    /// a translator saved is not among them: it reaches people only once a reviewer publishes it.
    fn served_translations(&self, slug: &Slug) -> Result<Vec<Translation>> {
        self.read(|c| {
            let id = topic_id(c, slug)?;
            // A machine draft set aside for a translator's draft is stored as superseded and
            // served as the draft it is.
            let sql = "SELECT t.locale, t.title, t.summary, t.body, t.keywords,
                        CASE t.status WHEN 'superseded' THEN 'draft' ELSE t.status END AS status,
                        t.provenance, t.author, t.reviewer, t.source_revision
                 FROM translations t
                 WHERE t.topic_id = ?1
                   AND (t.status = 'published' OR t.provenance = 'machine_draft')
                 ORDER BY t.locale, t.status = 'published' DESC, t.status <> 'superseded' DESC, t.id DESC";
            let mut stmt = c.prepare(sql)?;
            let mut rows = stmt.query([id])?;
            let mut out: Vec<Translation> = Vec::new();
            while let Some(row) = rows.next()? {
                let t = translation_from_row(slug, row)?;
                if out.last().is_none_or(|last| last.locale != t.locale) {
                    out.push(t);
                }
            }
            Ok(out)
        })
    }

    /// The topic as a person reading in `chain[0]` gets it: the first locale of the chain that
    /// has a text people may read (published, or the imported machine draft).
    pub fn served_topic(&self, slug: &Slug, chain: &[Locale]) -> Result<Option<ServedTopic>> {
        let Some(topic) = self.topic(slug)? else {
            return Ok(None);
        };
        let translations = self.served_translations(slug)?;
        Ok(serve(&topic, &translations, chain))
    }

    /// Every topic as served in `chain`, in category and topic order.
    pub fn served_topics(&self, chain: &[Locale]) -> Result<Vec<ServedTopic>> {
        let topics = self.topics()?;
        let mut out = Vec::with_capacity(topics.len());
        for topic in &topics {
            let translations = self.served_translations(&topic.slug)?;
            out.extend(serve(topic, &translations, chain));
        }
        Ok(out)
    }

    /// What people read in each locale, per topic: the Czech source, and for every other
    /// locale its published translation or, where none is published, the imported machine
    /// draft shown with a notice. Exactly this is what search indexes. Only `slug`'s topic when
    /// given.
    pub fn searchable_texts(&self, slug: Option<&Slug>) -> Result<Vec<(Slug, Locale, TopicText)>> {
        let topics = match slug {
            Some(slug) => self.topic(slug)?.into_iter().collect(),
            None => self.topics()?,
        };
        let mut out = Vec::new();
        for topic in topics {
            out.push((topic.slug.clone(), SOURCE, topic.source.text.clone()));
            for t in self.served_translations(&topic.slug)? {
                out.push((topic.slug.clone(), t.locale, t.text));
            }
        }
        Ok(out)
    }

    /// The state of every topic's translation into `locale`.
    pub fn translation_states(&self, locale: Locale) -> Result<Vec<(Slug, TranslationState)>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT t.slug, t.current_revision,
                        (SELECT source_revision FROM translations x WHERE x.topic_id = t.id AND x.locale = ?1 AND x.status = 'published'),
                        EXISTS (SELECT 1 FROM translations x WHERE x.topic_id = t.id AND x.locale = ?1 AND x.status IN ('draft', 'in_review'))
                 FROM topics t ORDER BY t.slug",
            )?;
            let mut rows = stmt.query([locale.as_str()])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let slug = Slug::parse(&row.get::<_, String>(0)?)?;
                let current: u32 = row.get(1)?;
                let published: Option<u32> = row.get(2)?;
                let working: bool = row.get(3)?;
                let state = if locale.is_source() {
                    TranslationState::Current
                } else {
                    match (published, working) {
                        (Some(r), _) if r >= current => TranslationState::Current,
                        (Some(_), _) => TranslationState::Outdated,
                        (None, true) => TranslationState::Unreviewed,
                        (None, false) => TranslationState::Missing,
                    }
                };
                out.push((slug, state));
            }
            Ok(out)
        })
    }
}

/// Picks what a person reading in `chain[0]` is shown.
fn serve(topic: &Topic, translations: &[Translation], chain: &[Locale]) -> Option<ServedTopic> {
    let current = topic.source.revision;
    for locale in chain {
        if *locale == SOURCE {
            return Some(ServedTopic {
                slug: topic.slug.clone(),
                category: topic.category.clone(),
                locale: SOURCE,
                text: topic.source.text.clone(),
                unreviewed: false,
                provenance: Provenance::Staff,
                outdated: false,
                source_revision: current,
                current_revision: current,
                sample_data: topic.source.sample_data,
                sources: topic.source.sources.clone(),
            });
        }
        // `translations` holds at most one text per locale: the one people may read.
        if let Some(t) = translations.iter().find(|t| t.locale == *locale) {
            return Some(ServedTopic {
                slug: topic.slug.clone(),
                category: topic.category.clone(),
                locale: *locale,
                text: t.text.clone(),
                unreviewed: t.status != TranslationStatus::Published,
                provenance: t.provenance,
                outdated: t.source_revision < current,
                source_revision: t.source_revision,
                current_revision: current,
                sample_data: topic.source.sample_data,
                sources: topic.source.sources.clone(),
            });
        }
    }
    None
}

impl Store {
    /// Applies a translator's or reviewer's [`TranslationAction`] to the translation of `slug`
    /// into `locale`, with `text` in the editor, under the rules of
    /// [`crate::translation_workflow`]; `length_percent` is how long translations into the
    /// locale usually are (for the checks). A refused action changes nothing.
    pub fn apply_translation_action(
        &self,
        user: &StaffUser,
        slug: &Slug,
        locale: Locale,
        action: TranslationAction,
        text: &TopicText,
        length_percent: u16,
    ) -> Result<Result<(), TranslationRefusal>> {
        let Some(topic) = self.topic(slug)? else {
            return Err(Error::NotFound(format!("topic {slug}")));
        };
        let working = self
            .translations(slug)?
            .into_iter()
            .find(|t| t.locale == locale && t.status != TranslationStatus::Published);
        let findings = checks::check_translation(&topic.source.text, text, length_percent);
        let step = match action.apply_to(user, locale, working.as_ref(), text, &findings) {
            Ok(step) => step,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let login = &user.login;
        match (step, working) {
            (TranslationStep::SaveWorking(status), _) => self.save_translation_draft(
                &Translation {
                    slug: slug.clone(),
                    locale,
                    text: text.clone(),
                    status,
                    provenance: user.work_provenance(locale),
                    author: login.clone(),
                    reviewer: None,
                    source_revision: topic.source.revision,
                },
                login,
            )?,
            (TranslationStep::Publish, _) => {
                self.publish_translation(slug, locale, login, login)?;
            }
            (TranslationStep::ReturnToAuthor, Some(working)) => self.save_translation_draft(
                &Translation {
                    status: TranslationStatus::Draft,
                    ..working
                },
                login,
            )?,
            (TranslationStep::ReturnToAuthor, None) => {
                return Ok(Err(TranslationRefusal::NoWorkingVersion));
            }
            (TranslationStep::Withdraw, _) => self.withdraw_translation(slug, locale, login)?,
        }
        Ok(Ok(()))
    }
}
