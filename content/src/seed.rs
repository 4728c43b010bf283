//! The seed content as files: reading and writing the folder format described in
//! `content/seed/README.md`.
//!
//! [`read_dir`] parses and checks a folder into a [`SeedContent`];
//! [`Store::import_seed`](crate::Store::import_seed) stores that without overwriting later
//! edits; [`export_dir`] writes what a [`StoredContent`] (the store) holds back in the same
//! format, so `export → import → export` gives the same files byte for byte.
//!
//! Published recordings travel with their topic ([`recordings`]): `audio/<locale>.ogg` and
//! `recordings.toml` in the topic's folder.
//!
//! This module knows files, not the database: the store depends on its types, never the other
//! way round.

pub mod recordings;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::locale::SOURCE;
use crate::model::{
    Category, CounsellingPoint, Provenance, Slug, Source, SourceRevision, Topic, TopicText, Track,
    Translation, TranslationStatus,
};
use crate::{Error, Locale, Locales, Result};

pub use recordings::{AUDIO_DIR, RECORDINGS_FILE, SeedRecording};

/// Who is named as author of source revisions that come from seed files.
pub const SEED_AUTHOR: &str = "seed";

/// One item read from a seed file, with the hash of the text it came from (to tell later
/// whether the database still holds exactly what was imported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seeded<T> {
    /// The parsed item.
    pub value: T,
    /// A hash of the file text (or, for points, of the item) it was read from.
    pub hash: String,
}

/// A topic as read from `topics/<slug>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedTopic {
    /// The folder name.
    pub slug: Slug,
    /// Category id.
    pub category: String,
    /// Position in the category.
    pub order: i64,
    /// Source revisions, oldest first; the last is the current one (`cs.md`).
    pub revisions: Vec<Seeded<SourceRevision>>,
    /// Translations: the served version of each locale, and a newer working draft where one exists.
    pub translations: Vec<Seeded<Translation>>,
    /// Published recordings, one per locale at most.
    pub recordings: Vec<SeedRecording>,
}

/// Everything in a seed folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedContent {
    /// Categories in display order.
    pub categories: Vec<Category>,
    /// Counselling points in display order.
    pub points: Vec<Seeded<CounsellingPoint>>,
    /// Topics, by slug.
    pub topics: Vec<SeedTopic>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFront {
    title: String,
    summary: String,
    keywords: Vec<String>,
    category: String,
    order: i64,
    revision: u32,
    tracks: Vec<Track>,
    sample_data: bool,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFront {
    title: String,
    summary: String,
    keywords: Vec<String>,
    status: TranslationStatus,
    provenance: Provenance,
    author: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reviewer: Option<String>,
    source_revision: u32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesFile {
    categories: Vec<Category>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PointsFile {
    points: Vec<CounsellingPoint>,
}

const CATEGORIES_HEADER: &str = "# Topic categories in display order. Their names are UI strings: `category-<id>` and\n# `category-<id>-description` in locales/<locale>/common.ftl.\n\n";

/// A stable 64-bit FNV-1a hash, as hex: enough to notice that a text changed.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Splits a `+++` front-matter file into its TOML and its body (without the final newline).
fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<(&'a str, &'a str)> {
    if text.contains('\r') {
        return Err(Error::format(path, "use LF line endings, not CRLF"));
    }
    let rest = text
        .strip_prefix("+++\n")
        .ok_or_else(|| Error::format(path, "must start with a line `+++`"))?;
    let end = rest
        .find("\n+++\n")
        .ok_or_else(|| Error::format(path, "front matter must end with a line `+++`"))?;
    let front = &rest[..=end];
    let body = &rest[end + 5..];
    let body = body
        .strip_prefix('\n')
        .ok_or_else(|| Error::format(path, "leave one blank line after the front matter"))?;
    let body = body
        .strip_suffix('\n')
        .ok_or_else(|| Error::format(path, "end the file with a newline"))?;
    if body.trim().is_empty() {
        return Err(Error::format(path, "the body is empty"));
    }
    Ok((front, body))
}

fn join_front_matter(front: &str, body: &str) -> String {
    format!("+++\n{front}+++\n\n{body}\n")
}

fn to_toml<T: Serialize>(path: &Path, value: &T) -> Result<String> {
    toml::to_string(value).map_err(|e| Error::format(path, e))
}

fn check_text(path: &Path, title: &str, summary: &str) -> Result<()> {
    if title.trim().is_empty() || summary.trim().is_empty() {
        return Err(Error::format(path, "title and summary must not be empty"));
    }
    Ok(())
}

fn parse_source(path: &Path, text: &str) -> Result<(SourceFront, String)> {
    let (front, body) = split_front_matter(path, text)?;
    let front: SourceFront = toml::from_str(front).map_err(|e| Error::format(path, e))?;
    check_text(path, &front.title, &front.summary)?;
    if front.revision == 0 {
        return Err(Error::format(path, "revisions count from 1"));
    }
    Ok((front, body.to_owned()))
}

fn parse_translation(path: &Path, text: &str) -> Result<(TranslationFront, String)> {
    let (front, body) = split_front_matter(path, text)?;
    let front: TranslationFront = toml::from_str(front).map_err(|e| Error::format(path, e))?;
    check_text(path, &front.title, &front.summary)?;
    Ok((front, body.to_owned()))
}

/// What kind of file a name in a topic folder is.
enum TopicFile {
    Source,
    OldSource(u32),
    Served(Locale),
    Working(Locale),
}

fn classify(name: &str) -> Option<TopicFile> {
    let stem = name.strip_suffix(".md")?;
    if stem == "cs" {
        return Some(TopicFile::Source);
    }
    if let Some(n) = stem.strip_prefix("cs.r") {
        return n.parse().ok().map(TopicFile::OldSource);
    }
    if let Some(l) = stem.strip_suffix(".draft") {
        return Locale::parse(l).ok().map(TopicFile::Working);
    }
    Locale::parse(stem).ok().map(TopicFile::Served)
}

/// Reads and checks a seed folder. Every problem names its file.
pub fn read_dir(dir: &Path, locales: &Locales) -> Result<SeedContent> {
    let categories_path = dir.join("categories.toml");
    let categories: CategoriesFile =
        toml::from_str(&read(&categories_path)?).map_err(|e| Error::format(&categories_path, e))?;
    let category_ids: BTreeSet<&str> = categories
        .categories
        .iter()
        .map(|c| c.id.as_str())
        .collect();

    let points_path = dir.join("points.toml");
    let points: PointsFile =
        toml::from_str(&read(&points_path)?).map_err(|e| Error::format(&points_path, e))?;
    let mut seen_points = BTreeSet::new();
    for p in &points.points {
        if !seen_points.insert(p.id.clone()) {
            return Err(Error::format(
                &points_path,
                format!("point {} appears twice", p.id),
            ));
        }
        if p.hours.iter().any(|h| h.minutes().is_none()) {
            return Err(Error::format(
                &points_path,
                format!(
                    "point {}: hours must be HH:MM, opening before closing",
                    p.id
                ),
            ));
        }
        if !p.text.contains_key(&SOURCE) {
            return Err(Error::format(
                &points_path,
                format!("point {} has no Czech text", p.id),
            ));
        }
    }
    let points = points
        .points
        .into_iter()
        .map(|p| {
            let hash = content_hash(&serde_json::to_string(&p).unwrap_or_default());
            Seeded { value: p, hash }
        })
        .collect();

    let topics_dir = dir.join("topics");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&topics_dir)
        .map_err(|e| Error::io(&topics_dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut topics = Vec::new();
    for folder in folders {
        topics.push(read_topic(&folder, locales, &category_ids)?);
    }
    Ok(SeedContent {
        categories: categories.categories,
        points,
        topics,
    })
}

fn read_topic(folder: &Path, locales: &Locales, categories: &BTreeSet<&str>) -> Result<SeedTopic> {
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let slug = Slug::parse(&name).map_err(|e| Error::format(folder, e))?;
    let source_path = folder.join("cs.md");
    let source_text = read(&source_path)?;
    let (front, body) = parse_source(&source_path, &source_text)?;
    if !categories.contains(front.category.as_str()) {
        return Err(Error::format(
            &source_path,
            format!("unknown category {:?}", front.category),
        ));
    }
    let (category, order, current) = (front.category.clone(), front.order, front.revision);
    let to_revision = |front: SourceFront, body: String| SourceRevision {
        revision: front.revision,
        text: TopicText {
            title: front.title,
            summary: front.summary,
            body,
            keywords: front.keywords,
        },
        tracks: front.tracks,
        sources: front.sources,
        sample_data: front.sample_data,
        author: SEED_AUTHOR.to_owned(),
    };
    let mut revisions = vec![Seeded {
        value: to_revision(front, body),
        hash: content_hash(&source_text),
    }];
    let mut translations = Vec::new();
    let mut served = BTreeMap::new();
    let mut working = BTreeSet::new();

    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| Error::io(folder, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for path in files {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file_name == RECORDINGS_FILE || (file_name == AUDIO_DIR && path.is_dir()) {
            continue;
        }
        let Some(kind) = classify(&file_name) else {
            return Err(Error::format(
                &path,
                "unexpected file: topic folders hold cs.md, cs.r<N>.md, <locale>.md, <locale>.draft.md, recordings.toml and audio/",
            ));
        };
        match kind {
            TopicFile::Source => {}
            TopicFile::OldSource(n) => {
                let text = read(&path)?;
                let (front, body) = parse_source(&path, &text)?;
                if front.revision != n || n >= current {
                    return Err(Error::format(
                        &path,
                        format!("must hold revision {n}, older than cs.md's {current}"),
                    ));
                }
                revisions.push(Seeded {
                    value: to_revision(front, body),
                    hash: content_hash(&text),
                });
            }
            TopicFile::Served(locale) | TopicFile::Working(locale) => {
                let is_working = matches!(kind, TopicFile::Working(_));
                if locales.get(locale).is_none() {
                    return Err(Error::format(&path, format!("unknown locale {locale}")));
                }
                let text = read(&path)?;
                let (front, body) = parse_translation(&path, &text)?;
                if is_working && front.status == TranslationStatus::Published {
                    return Err(Error::format(&path, "a .draft.md file cannot be published"));
                }
                if is_working {
                    working.insert(locale);
                } else {
                    served.insert(locale, front.status);
                }
                translations.push(Seeded {
                    value: Translation {
                        slug: slug.clone(),
                        locale,
                        text: TopicText {
                            title: front.title,
                            summary: front.summary,
                            body,
                            keywords: front.keywords,
                        },
                        status: front.status,
                        provenance: front.provenance,
                        author: front.author,
                        reviewer: front.reviewer,
                        source_revision: front.source_revision,
                    },
                    hash: content_hash(&text),
                });
            }
        }
    }
    revisions.sort_by_key(|r| r.value.revision);
    let known: BTreeSet<u32> = revisions.iter().map(|r| r.value.revision).collect();
    for t in &translations {
        if !known.contains(&t.value.source_revision) {
            return Err(Error::format(
                folder.join(format!("{}.md", t.value.locale)),
                format!(
                    "source_revision {} has no cs.md or cs.r{}.md",
                    t.value.source_revision, t.value.source_revision
                ),
            ));
        }
    }
    for locale in &working {
        if served.get(locale) != Some(&TranslationStatus::Published) {
            return Err(Error::format(
                folder.join(format!("{locale}.draft.md")),
                format!("a draft file needs a published {locale}.md beside it"),
            ));
        }
    }
    let published: BTreeSet<Locale> = served
        .iter()
        .filter(|(_, status)| **status == TranslationStatus::Published)
        .map(|(locale, _)| *locale)
        .collect();
    let recordings = recordings::read(folder, &published)?;
    Ok(SeedTopic {
        slug,
        category,
        order,
        revisions,
        translations,
        recordings,
    })
}

/// What an export reads: the content as stored. [`Store`](crate::Store) is the one there is.
pub trait StoredContent {
    /// Categories in display order.
    fn categories(&self) -> Result<Vec<Category>>;
    /// Active counselling points in display order.
    fn points(&self) -> Result<Vec<CounsellingPoint>>;
    /// Topics with their current source revision.
    fn topics(&self) -> Result<Vec<Topic>>;
    /// A topic's published and working translations (not superseded ones), published first.
    fn translations(&self, slug: &Slug) -> Result<Vec<Translation>>;
    /// A topic's source revisions, oldest first.
    fn source_revisions(&self, slug: &Slug) -> Result<Vec<SourceRevision>>;
    /// A topic's published recordings, by locale.
    fn published_recordings(&self, slug: &Slug) -> Result<Vec<SeedRecording>>;
}

/// Writes the store's content to `dir` in the seed format. Topic files that the store no longer
/// has are removed from `dir/topics`; other files are left alone. Returns how many files were written.
pub fn export_dir(store: &impl StoredContent, dir: &Path) -> Result<usize> {
    let mut written = 0;
    let write_bytes = |path: &Path, bytes: &[u8]| -> Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
    };
    let write = |path: &Path, text: &str| write_bytes(path, text.as_bytes());

    let path = dir.join("categories.toml");
    let categories = CategoriesFile {
        categories: store.categories()?,
    };
    write(
        &path,
        &format!("{CATEGORIES_HEADER}{}", to_toml(&path, &categories)?),
    )?;
    written += 1;

    let path = dir.join("points.toml");
    let points = PointsFile {
        points: store.points()?,
    };
    write(&path, &to_toml(&path, &points)?)?;
    written += 1;

    let topics_dir = dir.join("topics");
    let mut keep: BTreeSet<PathBuf> = BTreeSet::new();
    for topic in store.topics()? {
        let folder = topics_dir.join(topic.slug.as_str());
        let translations = store.translations(&topic.slug)?;
        let referenced: BTreeSet<u32> = translations.iter().map(|t| t.source_revision).collect();
        for rev in store.source_revisions(&topic.slug)? {
            let is_current = rev.revision == topic.source.revision;
            if !is_current && !referenced.contains(&rev.revision) {
                continue;
            }
            let name = if is_current {
                "cs.md".to_owned()
            } else {
                format!("cs.r{}.md", rev.revision)
            };
            let path = folder.join(name);
            let front = SourceFront {
                title: rev.text.title,
                summary: rev.text.summary,
                keywords: rev.text.keywords,
                category: topic.category.clone(),
                order: topic.order,
                revision: rev.revision,
                tracks: rev.tracks,
                sample_data: rev.sample_data,
                sources: rev.sources,
            };
            write(
                &path,
                &join_front_matter(&to_toml(&path, &front)?, &rev.text.body),
            )?;
            keep.insert(path);
            written += 1;
        }
        let mut seen = BTreeSet::new();
        for t in translations {
            // Published comes before the working version of the same locale.
            let name = if seen.insert(t.locale) {
                format!("{}.md", t.locale)
            } else {
                format!("{}.draft.md", t.locale)
            };
            let path = folder.join(name);
            let front = TranslationFront {
                title: t.text.title,
                summary: t.text.summary,
                keywords: t.text.keywords,
                status: t.status,
                provenance: t.provenance,
                author: t.author,
                reviewer: t.reviewer,
                source_revision: t.source_revision,
            };
            write(
                &path,
                &join_front_matter(&to_toml(&path, &front)?, &t.text.body),
            )?;
            keep.insert(path);
            written += 1;
        }
        let recordings = store.published_recordings(&topic.slug)?;
        if !recordings.is_empty() {
            for path in recordings::write(&folder, &recordings, &write_bytes)? {
                keep.insert(path);
                written += 1;
            }
        }
    }
    remove_stale(&topics_dir, &keep)?;
    Ok(written)
}

/// Removes the files below `topics_dir` that the export did not write (texts, the recordings
/// list and audio), and folders left empty.
fn remove_stale(topics_dir: &Path, keep: &BTreeSet<PathBuf>) -> Result<()> {
    let Ok(folders) = std::fs::read_dir(topics_dir) else {
        return Ok(());
    };
    let exported = |file: &Path| {
        file.extension().is_some_and(|x| x == "md" || x == "ogg")
            || file.file_name().is_some_and(|n| n == RECORDINGS_FILE)
    };
    for folder in folders
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
    {
        for dir in [folder.join(AUDIO_DIR), folder.clone()] {
            let Ok(files) = std::fs::read_dir(&dir) else {
                continue;
            };
            for file in files.filter_map(|e| e.ok().map(|e| e.path())) {
                if file.is_file() && exported(&file) && !keep.contains(&file) {
                    std::fs::remove_file(&file).map_err(|e| Error::io(&file, e))?;
                }
            }
            let empty = std::fs::read_dir(&dir)
                .map_err(|e| Error::io(&dir, e))?
                .next()
                .is_none();
            if empty {
                std::fs::remove_dir(&dir).map_err(|e| Error::io(&dir, e))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_and_joined_back() {
        let text = "+++\ntitle = \"a\"\n+++\n\nBody\n\nMore\n";
        let (front, body) = split_front_matter(Path::new("x.md"), text).unwrap();
        assert_eq!(front, "title = \"a\"\n");
        assert_eq!(body, "Body\n\nMore");
        assert_eq!(join_front_matter(front, body), text);
    }

    #[test]
    fn malformed_files_are_refused_with_a_reason() {
        for (text, reason) in [
            ("title = 1\n", "start with"),
            ("+++\ntitle = 1\n", "end with a line"),
            ("+++\na = 1\n+++\nBody\n", "blank line"),
            ("+++\na = 1\n+++\n\nBody", "newline"),
            ("+++\r\na = 1\r\n+++\r\n\r\nBody\r\n", "CRLF"),
        ] {
            let err = split_front_matter(Path::new("x.md"), text).unwrap_err();
            assert!(err.to_string().contains(reason), "{text:?}: {err}");
        }
    }

    #[test]
    fn hash_changes_with_text() {
        assert_eq!(content_hash("a"), content_hash("a"));
        assert_ne!(content_hash("a"), content_hash("b"));
    }
}
