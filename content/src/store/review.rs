//! What translators and reviewers work with: where each topic's translation into a locale
//! stands, and the comments on a translation.

use rusqlite::params;

use super::topics::topic_id;
use super::{Store, audit, now};
use crate::model::{Slug, TranslationStatus};
use crate::{Error, Locale, Result};

/// The longest comment on a translation.
pub const COMMENT_MAX_CHARS: usize = 2000;

/// One topic's translation into a locale, as a dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRow {
    /// The topic.
    pub slug: Slug,
    /// Its category.
    pub category: String,
    /// The Czech title.
    pub source_title: String,
    /// The current source revision.
    pub current_revision: u32,
    /// The source revision the published translation follows, if one is published.
    pub published_revision: Option<u32>,
    /// The version being worked on: its status, author and source revision.
    pub working: Option<(TranslationStatus, String, u32)>,
}

impl TranslationRow {
    /// A published translation follows an older source revision.
    pub fn outdated(&self) -> bool {
        self.published_revision
            .is_some_and(|r| r < self.current_revision)
    }
}

/// A comment on a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationComment {
    /// Login of who wrote it.
    pub author: String,
    /// The text.
    pub body: String,
    /// When (Unix seconds).
    pub at: i64,
}

impl Store {
    /// Where every topic's translation into `locale` stands, in category and topic order.
    pub fn translation_rows(&self, locale: Locale) -> Result<Vec<TranslationRow>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT t.slug, t.category, r.title AS source_title, t.current_revision,
                        (SELECT source_revision FROM translations x WHERE x.topic_id = t.id AND x.locale = ?1 AND x.status = 'published') AS published_revision,
                        w.status AS working_status, w.author AS working_author, w.source_revision AS working_revision
                 FROM topics t
                 JOIN categories c ON c.id = t.category
                 JOIN source_revisions r ON r.topic_id = t.id AND r.revision = t.current_revision
                 LEFT JOIN translations w ON w.topic_id = t.id AND w.locale = ?1 AND w.status IN ('draft', 'in_review')
                 ORDER BY c.position, t.position, t.slug",
            )?;
            let mut rows = stmt.query([locale.as_str()])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                let status: Option<TranslationStatus> = row.get("working_status")?;
                let working = match status {
                    Some(s) => Some((s, row.get("working_author")?, row.get("working_revision")?)),
                    None => None,
                };
                out.push(TranslationRow {
                    slug: Slug::parse(&row.get::<_, String>("slug")?)?,
                    category: row.get("category")?,
                    source_title: row.get("source_title")?,
                    current_revision: row.get("current_revision")?,
                    published_revision: row.get("published_revision")?,
                    working,
                });
            }
            Ok(out)
        })
    }

    /// Adds a comment on the translation of `slug` into `locale`.
    pub fn add_translation_comment(
        &self,
        slug: &Slug,
        locale: Locale,
        body: &str,
        actor: &str,
    ) -> Result<()> {
        let body = body.trim();
        if body.is_empty() || body.chars().count() > COMMENT_MAX_CHARS {
            return Err(Error::Invalid(format!(
                "a comment has 1–{COMMENT_MAX_CHARS} characters"
            )));
        }
        self.write(|tx| {
            let id = topic_id(tx, slug)?;
            tx.execute(
                "INSERT INTO translation_comments (topic_id, locale, author, body, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, locale.as_str(), actor, body, now()],
            )?;
            audit(
                tx,
                actor,
                "translation.comment",
                &format!("topic/{slug}/{locale}"),
                "",
            )
        })
    }

    /// The comments on the translation of `slug` into `locale`, oldest first.
    pub fn translation_comments(
        &self,
        slug: &Slug,
        locale: Locale,
    ) -> Result<Vec<TranslationComment>> {
        self.read(|c| {
            let id = topic_id(c, slug)?;
            let mut stmt = c.prepare(
                "SELECT author, body, at FROM translation_comments WHERE topic_id = ?1 AND locale = ?2 ORDER BY id",
            )?;
            let rows = stmt.query_map(params![id, locale.as_str()], |r| {
                Ok(TranslationComment {
                    author: r.get("author")?,
                    body: r.get("body")?,
                    at: r.get("at")?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}
