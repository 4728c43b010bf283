//! UI strings: Fluent files per locale (`locales/<code>/{common,kiosk,bot,workspace}.ftl`),
//! loaded once, looked up along the locale's fallback chain.

pub mod ftl;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;
use std::sync::{Mutex, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs;

use crate::locale::SOURCE;
use crate::{Error, Locale, Locales, Result};

/// The Fluent files every locale has, in the order they are loaded.
pub const FILES: [&str; 4] = ["common", "kiosk", "bot", "workspace"];

/// The files whose messages every locale must have in full: a person must be able to choose a
/// language, read, search and request an appointment in any of them.
pub const CORE_FILES: [&str; 3] = ["common", "kiosk", "bot"];

/// The UI strings of all locales. Messages edited in the workspace replace those of the files
/// while the service runs ([`Catalog::set_message`]).
pub struct Catalog {
    locales: Locales,
    messages: RwLock<Messages>,
    /// (locale, message id) pairs already reported as falling back, so each is logged once.
    reported: Mutex<HashSet<(Locale, String)>>,
}

struct Messages {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    /// Message ids per locale and file.
    ids: BTreeMap<Locale, BTreeMap<&'static str, BTreeSet<String>>>,
    /// Each message's Fluent value as written, per locale and file, in file order.
    values: BTreeMap<(Locale, &'static str), Vec<(String, String)>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field(
                "locales",
                &self.locales.all().map(|i| i.code).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// The name of a Fluent file as in [`FILES`], if it is one.
pub fn file_name(file: &str) -> Option<&'static str> {
    FILES.iter().copied().find(|f| *f == file)
}

/// Line number (from 1) of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())]
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

/// Parses one Fluent file, reporting the first syntax error with its line.
pub fn parse_ftl(path: &Path, text: String) -> Result<FluentResource> {
    FluentResource::try_new(text).map_err(|(res, errors)| {
        let first = &errors[0];
        Error::format(
            path,
            format!(
                "line {}: {:?} ({} syntax error(s))",
                // The start of the broken entry, where a translator should look.
                line_of(
                    res.source(),
                    first.slice.as_ref().map_or(first.pos.start, |s| s.start)
                ),
                first.kind,
                errors.len()
            ),
        )
    })
}

/// Writes UI messages edited in the workspace into `dir/<locale>/<file>.ftl`, replacing the
/// message of the same id and keeping the rest of each file. Returns how many files changed.
pub fn export_messages(dir: &Path, messages: &[crate::store::UiMessage]) -> Result<usize> {
    let mut by_file: BTreeMap<(Locale, &str), Vec<&crate::store::UiMessage>> = BTreeMap::new();
    for m in messages {
        by_file
            .entry((m.locale, m.file.as_str()))
            .or_default()
            .push(m);
    }
    let mut changed = 0;
    for ((locale, file), messages) in by_file {
        let name = file_name(file).ok_or_else(|| Error::NotFound(format!("UI file {file}")))?;
        let path = dir.join(locale.as_str()).join(format!("{name}.ftl"));
        let before = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let mut text = before.clone();
        for m in messages {
            text = ftl::replace(&text, &m.id, &m.value);
        }
        // The result must still load: never write a file the service would refuse.
        parse_ftl(&path, text.clone())?;
        if text != before {
            let tmp = path.with_extension("ftl.tmp");
            std::fs::write(&tmp, &text).map_err(|e| Error::io(&tmp, e))?;
            std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
            changed += 1;
        }
    }
    Ok(changed)
}

fn message_ids(res: &FluentResource) -> BTreeSet<String> {
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

impl Catalog {
    /// Loads the .ftl files of every locale in `locales` from `dir`. A file with a syntax error
    /// or a message defined twice stops the load with the file and line.
    pub fn load(dir: &Path, locales: &Locales) -> Result<Self> {
        let mut bundles = BTreeMap::new();
        let mut ids = BTreeMap::new();
        let mut values = BTreeMap::new();
        for info in locales.all() {
            let langid: LanguageIdentifier = info
                .code
                .as_str()
                .parse()
                .map_err(|_| Error::Invalid(format!("not a language tag: {}", info.code)))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let mut file_ids = BTreeMap::new();
            for file in FILES {
                let path = dir.join(info.code.as_str()).join(format!("{file}.ftl"));
                let text = match std::fs::read_to_string(&path) {
                    Ok(t) => t,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(Error::io(&path, e)),
                };
                values.insert((info.code, file), ftl::values(&text));
                let res = parse_ftl(&path, text)?;
                file_ids.insert(file, message_ids(&res));
                bundle.add_resource(res).map_err(|errs| {
                    Error::format(&path, format!("message defined twice: {errs:?}"))
                })?;
            }
            bundles.insert(info.code, bundle);
            ids.insert(info.code, file_ids);
        }
        Ok(Catalog {
            locales: locales.clone(),
            messages: RwLock::new(Messages {
                bundles,
                ids,
                values,
            }),
            reported: Mutex::new(HashSet::new()),
        })
    }

    /// Sets message `id` of `file` in `locale` to a Fluent `value` (as after `id =`), checked
    /// with Fluent's parser first; from now on it is what people read.
    pub fn set_message(&self, locale: Locale, file: &str, id: &str, value: &str) -> Result<()> {
        let file = file_name(file).ok_or_else(|| Error::NotFound(format!("UI file {file}")))?;
        let resource = ftl::parse_message(id, value).map_err(Error::Invalid)?;
        let mut messages = self.messages.write().unwrap_or_else(|p| p.into_inner());
        let bundle = messages
            .bundles
            .get_mut(&locale)
            .ok_or_else(|| Error::NotFound(format!("locale {locale}")))?;
        bundle.add_resource_overriding(resource);
        messages
            .ids
            .entry(locale)
            .or_default()
            .entry(file)
            .or_default()
            .insert(id.to_owned());
        let values = messages.values.entry((locale, file)).or_default();
        match values.iter_mut().find(|(i, _)| i == id) {
            Some(entry) => entry.1 = value.to_owned(),
            None => values.push((id.to_owned(), value.to_owned())),
        }
        drop(messages);
        self.reported
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&(locale, id.to_owned()));
        Ok(())
    }

    /// The messages of `file` in `locale` as written (id and Fluent value), in file order.
    pub fn messages(&self, locale: Locale, file: &str) -> Vec<(String, String)> {
        let messages = self.messages.read().unwrap_or_else(|p| p.into_inner());
        file_name(file)
            .and_then(|f| messages.values.get(&(locale, f)))
            .cloned()
            .unwrap_or_default()
    }

    /// The locales this catalog serves.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The text of message `id` in `locale`.
    pub fn text(&self, locale: Locale, id: &str) -> String {
        self.format(locale, id, None)
    }

    /// The text of message `id` in `locale`, with arguments (`{ $count }` …).
    pub fn text_with(&self, locale: Locale, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(locale, id, Some(args))
    }

    /// Builds arguments from name–value pairs.
    pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
        let mut args = FluentArgs::new();
        for (k, v) in pairs {
            args.set(*k, v.clone());
        }
        args
    }

    fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let messages = self.messages.read().unwrap_or_else(|p| p.into_inner());
        for candidate in self.locales.chain(locale) {
            let Some(bundle) = messages.bundles.get(&candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            if candidate != locale {
                self.report_once(locale, id, "falls back", Some(candidate));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                self.report_once(candidate, id, "has formatting errors", None);
            }
            return text.into_owned();
        }
        self.report_once(locale, id, "is missing in every locale of the chain", None);
        id.to_owned()
    }

    fn report_once(&self, locale: Locale, id: &str, what: &str, to: Option<Locale>) {
        let mut reported = self
            .reported
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if reported.insert((locale, id.to_owned())) {
            match to {
                Some(to) => {
                    tracing::warn!(%locale, message = id, fallback = %to, "UI string {what}")
                }
                None => tracing::warn!(%locale, message = id, "UI string {what}"),
            }
        }
    }

    /// Message ids of the source locale's `file` that `locale` lacks.
    pub fn missing(&self, locale: Locale, file: &str) -> Vec<String> {
        let source = self.file_ids(SOURCE, file);
        let have = self.file_ids(locale, file);
        source.difference(&have).cloned().collect()
    }

    /// For each file: how many of the source locale's messages `locale` has, and how many
    /// there are.
    pub fn coverage(&self, locale: Locale) -> Vec<(&'static str, usize, usize)> {
        FILES
            .iter()
            .map(|file| {
                let source = self.file_ids(SOURCE, file);
                let have = self.file_ids(locale, file);
                (*file, source.intersection(&have).count(), source.len())
            })
            .collect()
    }

    fn file_ids(&self, locale: Locale, file: &str) -> BTreeSet<String> {
        let messages = self.messages.read().unwrap_or_else(|p| p.into_inner());
        messages
            .ids
            .get(&locale)
            .and_then(|files| files.get(file))
            .cloned()
            .unwrap_or_default()
    }
}
