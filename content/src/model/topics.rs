//! Topics and their translations: what a person reads, in which language, and where each
//! text stands in review.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, Locale, Result};

/// A topic's stable identifier in URLs and files, e.g. `who-can-apply`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    /// Parses a slug: 1–64 characters of lowercase ASCII letters, digits and single hyphens.
    pub fn parse(s: &str) -> Result<Self> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Slug(s.to_owned()))
        } else {
            Err(Error::Invalid(format!("not a topic slug: {s:?}")))
        }
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Slug::parse(&s)
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> String {
        s.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which programme track a fact belongs to; the programme changed over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    /// IOM's assisted voluntary return and reintegration, run with SUZ and the Ministry of the
    /// Interior until 2022.
    Iom,
    /// The Ministry of the Interior's voluntary return under §123a of Act 326/1999 Coll.
    Moi,
    /// Returns of asylum applicants run by SUZ under §54a of the Asylum Act.
    Asylum,
    /// The Ministry of the Interior's pilot for Ukraine, June–November 2024.
    UkrainePilot,
    /// Facts that hold across tracks.
    General,
}

/// A public source of the facts in a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The track the sourced fact belongs to.
    pub track: Track,
    /// Where the fact was published.
    pub url: String,
    /// What the source says or is, with the year for dated facts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A category of topics; its name is the UI string `category-<id>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable id, e.g. `rights`.
    pub id: String,
}

/// The text of a topic in one language: what a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TopicText {
    /// Short title.
    pub title: String,
    /// One or two sentences shown in lists and search results.
    pub summary: String,
    /// The body in Navrat's Markdown subset.
    pub body: String,
    /// Words people type when they look for this topic (synonyms, colloquial words).
    pub keywords: Vec<String>,
}

/// One revision of a topic's Czech source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRevision {
    /// Revision number, from 1; every edit of the source makes a new one.
    pub revision: u32,
    /// The Czech text.
    pub text: TopicText,
    /// Which programme tracks the facts belong to.
    pub tracks: Vec<Track>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// Whether the text holds unverified amounts, addresses, phone numbers or hours.
    pub sample_data: bool,
    /// Who wrote this revision (a staff login, or `seed`).
    pub author: String,
}

/// A topic with its current source revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Stable identifier.
    pub slug: Slug,
    /// Category id.
    pub category: String,
    /// Position within the category.
    pub order: i64,
    /// The current Czech source.
    pub source: SourceRevision,
}

/// Where a translation stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// Being written; shown to people (with a notice) only when it is the imported machine
    /// draft, never when a translator wrote it.
    Draft,
    /// Submitted for a reviewer; shown to people only as a draft is.
    InReview,
    /// Approved by a reviewer.
    Published,
}

stored_names! {
    /// The name stored in the database and the seed files.
    TranslationStatus, refused as "unknown translation status " {
        Draft => "draft",
        InReview => "in_review",
        Published => "published",
    }
}

/// Who made a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Translated by a community counsellor.
    Community,
    /// Written by Return Centre staff.
    Staff,
    /// A draft awaiting community review; the product shows it as such.
    MachineDraft,
}

stored_names! {
    /// The name stored in the database and the seed files.
    Provenance, refused as "unknown provenance " {
        Community => "community",
        Staff => "staff",
        MachineDraft => "machine_draft",
    }
}

/// A translation of a topic into one locale (one version of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The topic translated.
    pub slug: Slug,
    /// The target locale.
    pub locale: Locale,
    /// The translated text.
    pub text: TopicText,
    /// Where it stands in review.
    pub status: TranslationStatus,
    /// Who made it.
    pub provenance: Provenance,
    /// Login of the translator (or `navrat-team`, `seed`).
    pub author: String,
    /// Login of the reviewer who approved it, if any.
    pub reviewer: Option<String>,
    /// The source revision it was translated from.
    pub source_revision: u32,
}

/// A topic as served to a person in a locale: the text, and what they must be told about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedTopic {
    /// Stable identifier.
    pub slug: Slug,
    /// Category id.
    pub category: String,
    /// The locale the text is in (may differ from the one asked for: fallback).
    pub locale: Locale,
    /// The text shown.
    pub text: TopicText,
    /// Not yet approved by a reviewer (draft or in review): show a notice.
    pub unreviewed: bool,
    /// Made by machine and never reviewed by the community.
    pub provenance: Provenance,
    /// Translated from an older source revision than the current one: show a notice and link
    /// to the current source.
    pub outdated: bool,
    /// The source revision the text follows.
    pub source_revision: u32,
    /// The current source revision.
    pub current_revision: u32,
    /// The source holds unverified amounts, addresses, phones or hours.
    pub sample_data: bool,
    /// Public sources of the facts.
    pub sources: Vec<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_checked() {
        assert!(Slug::parse("who-can-apply").is_ok());
        assert!(Slug::parse("../x").is_err());
        assert!(Slug::parse("A").is_err());
        assert!(Slug::parse("a--b").is_err());
    }
}
