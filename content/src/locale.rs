//! The locales Navrat speaks.
//!
//! Locales are data, not code: each is a folder `locales/<code>/` with a `locale.toml` (native
//! name, direction, script sample, fallback chain) beside its `.ftl` files. Adding a locale means
//! adding such a folder and translations.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::model::Provenance;
use crate::{Error, Result};

/// The locale every text is written in first: Czech.
pub const SOURCE: Locale = Locale::from_static("cs");

/// A locale code such as `cs`, `uk` or `fa`: two or three lowercase ASCII letters.
///
/// Parsing only checks the shape; whether Navrat speaks it is a question for [`Locales`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale {
    bytes: [u8; 3],
    len: u8,
}

impl Locale {
    const fn from_static(code: &'static str) -> Self {
        let b = code.as_bytes();
        let mut bytes = [0u8; 3];
        let mut i = 0;
        while i < b.len() {
            bytes[i] = b[i];
            i += 1;
        }
        Locale {
            bytes,
            len: b.len() as u8,
        }
    }

    /// Parses a code of two or three lowercase ASCII letters.
    pub fn parse(code: &str) -> Result<Self> {
        let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            return Err(Error::Invalid(format!(
                "not a locale code (two or three lowercase letters): {code:?}"
            )));
        }
        let mut bytes = [0u8; 3];
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Ok(Locale {
            bytes,
            len: code.len() as u8,
        })
    }

    /// The code, e.g. `"uk"`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize])
            .expect("a Locale holds only ASCII letters, checked in parse")
    }

    /// Whether this is the source locale (Czech).
    pub fn is_source(&self) -> bool {
        *self == SOURCE
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.as_str())
    }
}

impl std::str::FromStr for Locale {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Locale::parse(s)
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Locale::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// What Navrat knows about one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    /// The code.
    pub code: Locale,
    /// The language's name in itself, e.g. "Українська".
    pub native_name: String,
    /// The language's name in English, for staff and logs.
    pub english_name: String,
    /// Writing direction.
    pub direction: Direction,
    /// ISO 15924 script code, e.g. `Cyrl`.
    pub script: String,
    /// A short phrase in the script, so a person recognises their writing before their language's name.
    pub sample: String,
    /// Display order in the language picker.
    pub order: u32,
    /// The whole fallback chain, starting with the locale itself.
    pub chain: Vec<Locale>,
    /// Who translated the UI strings: `machine_draft` until a community counsellor reviewed
    /// them, and the screens say so.
    pub ui_provenance: Provenance,
    /// How search analyses text in this locale.
    pub search: SearchSettings,
    /// Rows of the kiosk's on-screen keyboard for this locale's script.
    pub keyboard: Vec<Vec<String>>,
    /// How long a translation usually is, in per cent of the Czech text's characters; a
    /// translation far from it gets a warning before publishing.
    pub length_percent: u16,
    /// The espeak-ng voice that reads this locale's texts aloud (`[speech] voice`); `None`:
    /// espeak-ng has no voice for the language (Mongolian), so there is no machine voice.
    pub speech_voice: Option<String>,
    /// When counsellors who speak this locale answer questions (`[ask]`), told to a person
    /// who asks one.
    pub ask: AskHours,
}

/// The working days and hours (Prague time) in which counsellors answer questions in a
/// locale: `[ask]` in `locale.toml`; Monday to Friday, 9 to 17, when absent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskHours {
    /// The days on which questions are answered, as `mon` … `sun`.
    pub days: Vec<crate::model::Weekday>,
    /// The hour answering starts (0–23).
    pub opens: u8,
    /// The hour answering ends (1–24, after `opens`).
    pub closes: u8,
}

impl Default for AskHours {
    fn default() -> Self {
        use crate::model::Weekday;
        AskHours {
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            opens: 9,
            closes: 17,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleFile {
    native_name: String,
    english_name: String,
    direction: Direction,
    script: String,
    sample: String,
    order: u32,
    fallback: Option<Vec<Locale>>,
    #[serde(default)]
    never_fallback_to: Vec<Locale>,
    ui_provenance: Provenance,
    #[serde(default)]
    length_percent: Option<u16>,
    #[serde(default)]
    search: SearchSettings,
    #[serde(default)]
    kiosk: KioskSettings,
    #[serde(default)]
    speech: SpeechSettings,
    #[serde(default)]
    ask: AskHours,
}

/// How texts of a locale are read aloud.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechSettings {
    /// The espeak-ng voice (`espeak-ng --voices`), e.g. `cs` or `cmn`.
    #[serde(default)]
    voice: Option<String>,
}

/// What the kiosk needs to know about a locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct KioskSettings {
    /// Rows of the on-screen keyboard, one string per key.
    #[serde(default)]
    keyboard: Vec<Vec<String>>,
}

/// How search analyses a locale's text: data, so that a new locale needs no code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    /// A Snowball stemmer by name (`english`, `russian`, `romanian`, `arabic`, `turkish`, …).
    pub stemmer: Option<String>,
    /// For a non-Latin script: each letter and how people spell it in Latin letters, the
    /// standard spelling first. Lets a person without a Cyrillic keyboard search.
    #[serde(default)]
    pub latin: BTreeMap<String, Vec<String>>,
    /// For an inflected language without a stemmer: how many final letters of a query word
    /// may differ (case and number endings), so `dětmi` also finds `děti`. 0: off.
    #[serde(default)]
    pub endings: u8,
    /// Function words dropped from queries (`locales/<code>/stopwords.txt`), so that "can I …"
    /// does not outweigh the words that matter.
    #[serde(skip)]
    pub stopwords: Vec<String>,
}

/// The locales Navrat speaks, in picker order, with their fallback chains.
#[derive(Debug, Clone)]
pub struct Locales {
    by_code: BTreeMap<Locale, LocaleInfo>,
    ordered: Vec<Locale>,
}

impl Locales {
    /// Loads every `locales/<code>/locale.toml` below `dir` and checks the fallback chains:
    /// every chain ends in the source locale, names only known locales, and never names a
    /// language the person may reject (`never_fallback_to`).
    pub fn load(dir: &Path) -> Result<Self> {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        let mut files = BTreeMap::new();
        let mut never = BTreeMap::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let path = entry.path().join("locale.toml");
            if !path.is_file() {
                continue;
            }
            let name = entry.file_name();
            let code =
                Locale::parse(&name.to_string_lossy()).map_err(|e| Error::format(&path, e))?;
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let mut file: LocaleFile =
                toml::from_str(&text).map_err(|e| Error::format(&path, e))?;
            let stop_path = entry.path().join("stopwords.txt");
            match std::fs::read_to_string(&stop_path) {
                Ok(list) => {
                    file.search.stopwords = list
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                        .map(str::to_owned)
                        .collect();
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&stop_path, e)),
            }
            never.insert(code, file.never_fallback_to.clone());
            files.insert(code, file);
        }
        Self::from_files(dir, files, never)
    }

    fn from_files(
        dir: &Path,
        files: BTreeMap<Locale, LocaleFile>,
        never: BTreeMap<Locale, Vec<Locale>>,
    ) -> Result<Self> {
        if !files.contains_key(&SOURCE) {
            return Err(Error::format(
                dir,
                "the source locale cs has no locale.toml",
            ));
        }
        let mut by_code = BTreeMap::new();
        for (code, file) in files.iter() {
            let fallback = file
                .fallback
                .clone()
                .unwrap_or_else(|| default_fallback(*code));
            let mut chain = vec![*code];
            for next in fallback {
                if !files.contains_key(&next) {
                    return Err(Error::format(
                        dir.join(code.as_str()).join("locale.toml"),
                        format!("fallback names unknown locale {next}"),
                    ));
                }
                if !chain.contains(&next) {
                    chain.push(next);
                }
            }
            if !chain.contains(&SOURCE) {
                chain.push(SOURCE);
            }
            let path = dir.join(code.as_str()).join("locale.toml");
            if let Some(name) = &file.search.stemmer
                && crate::search::analysis::stemmer_algorithm(name).is_none()
            {
                return Err(Error::format(&path, format!("unknown stemmer {name:?}")));
            }
            if let Some((letter, _)) = file.search.latin.iter().find(|(letter, spellings)| {
                letter.chars().count() != 1
                    || spellings.is_empty()
                    || spellings
                        .iter()
                        .any(|s| !s.chars().all(char::is_alphabetic))
            }) {
                return Err(Error::format(
                    &path,
                    format!(
                        "search.latin: {letter:?} must be one letter with at least one spelling in letters"
                    ),
                ));
            }
            if file.ask.days.is_empty() || file.ask.opens >= file.ask.closes || file.ask.closes > 24
            {
                return Err(Error::format(
                    &path,
                    "ask: name at least one day, and hours with 0 <= opens < closes <= 24",
                ));
            }
            let rejected = never.get(code).map(Vec::as_slice).unwrap_or_default();
            if let Some(bad) = chain.iter().find(|c| rejected.contains(c)) {
                return Err(Error::format(
                    dir.join(code.as_str()).join("locale.toml"),
                    format!("fallback chain of {code} names {bad}, which its readers may reject"),
                ));
            }
            by_code.insert(
                *code,
                LocaleInfo {
                    code: *code,
                    native_name: file.native_name.clone(),
                    english_name: file.english_name.clone(),
                    direction: file.direction,
                    script: file.script.clone(),
                    sample: file.sample.clone(),
                    order: file.order,
                    chain,
                    ui_provenance: file.ui_provenance,
                    search: file.search.clone(),
                    keyboard: file.kiosk.keyboard.clone(),
                    length_percent: file.length_percent.unwrap_or(100).max(1),
                    speech_voice: file.speech.voice.clone().filter(|v| {
                        !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    }),
                    ask: file.ask.clone(),
                },
            );
        }
        let mut ordered: Vec<Locale> = by_code.keys().copied().collect();
        ordered.sort_by_key(|c| (by_code[c].order, *c));
        Ok(Locales { by_code, ordered })
    }

    /// The locales in picker order.
    pub fn all(&self) -> impl Iterator<Item = &LocaleInfo> {
        self.ordered.iter().map(|c| &self.by_code[c])
    }

    /// The codes in picker order.
    pub fn codes(&self) -> &[Locale] {
        &self.ordered
    }

    /// What Navrat knows about `code`, if it speaks it.
    pub fn get(&self, code: Locale) -> Option<&LocaleInfo> {
        self.by_code.get(&code)
    }

    /// Parses a code and checks that Navrat speaks it.
    pub fn parse(&self, code: &str) -> Result<Locale> {
        let locale = Locale::parse(code)?;
        if self.by_code.contains_key(&locale) {
            Ok(locale)
        } else {
            Err(Error::Invalid(format!("unknown locale: {locale}")))
        }
    }

    /// The fallback chain of `code`, starting with itself; unknown locales get the default chain.
    pub fn chain(&self, code: Locale) -> Vec<Locale> {
        match self.by_code.get(&code) {
            Some(info) => info.chain.clone(),
            None => {
                let mut chain = vec![code];
                chain.extend(default_fallback(code));
                chain
            }
        }
    }

    /// The best supported locale for a client's language tag (`uk`, `pt-BR`, `zh-hans`), if any.
    pub fn negotiate(&self, tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        let locale = Locale::parse(&primary).ok()?;
        self.by_code.contains_key(&locale).then_some(locale)
    }
}

/// The default chain after a locale: English, then the Czech source.
fn default_fallback(code: Locale) -> Vec<Locale> {
    [Locale::from_static("en"), SOURCE]
        .into_iter()
        .filter(|c| *c != code)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(fallback: Option<&[&str]>, never: &[&str]) -> LocaleFile {
        LocaleFile {
            native_name: "x".into(),
            english_name: "x".into(),
            direction: Direction::Ltr,
            script: "Latn".into(),
            sample: "x".into(),
            order: 1,
            fallback: fallback.map(|f| f.iter().map(|c| Locale::parse(c).unwrap()).collect()),
            never_fallback_to: never.iter().map(|c| Locale::parse(c).unwrap()).collect(),
            ui_provenance: Provenance::Staff,
            length_percent: None,
            search: SearchSettings::default(),
            kiosk: KioskSettings::default(),
            speech: SpeechSettings::default(),
            ask: AskHours::default(),
        }
    }

    #[test]
    fn working_hours_that_cannot_be_are_refused() {
        let mut cs = file(Some(&[]), &[]);
        cs.ask.opens = 17;
        cs.ask.closes = 9;
        let files = BTreeMap::from([(SOURCE, cs)]);
        assert!(Locales::from_files(Path::new("x"), files, BTreeMap::new()).is_err());
        let files = BTreeMap::from([(SOURCE, file(Some(&[]), &[]))]);
        let locales = Locales::from_files(Path::new("x"), files, BTreeMap::new()).unwrap();
        let hours = &locales.get(SOURCE).unwrap().ask;
        assert_eq!((hours.days.len(), hours.opens, hours.closes), (5, 9, 17));
    }

    /// (code, fallback, never_fallback_to)
    type Entry<'a> = (&'a str, Option<&'a [&'a str]>, &'a [&'a str]);

    fn build(entries: &[Entry<'_>]) -> Result<Locales> {
        let mut files = BTreeMap::new();
        let mut never = BTreeMap::new();
        for (code, fallback, nev) in entries {
            let c = Locale::parse(code).unwrap();
            files.insert(c, file(*fallback, nev));
            never.insert(c, nev.iter().map(|c| Locale::parse(c).unwrap()).collect());
        }
        Locales::from_files(Path::new("locales"), files, never)
    }

    #[test]
    fn default_chain_is_locale_english_czech() {
        let l = build(&[("cs", Some(&[]), &[]), ("en", None, &[]), ("vi", None, &[])]).unwrap();
        let chain: Vec<_> = l
            .chain(Locale::parse("vi").unwrap())
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(chain, ["vi", "en", "cs"]);
        let en: Vec<_> = l
            .chain(Locale::parse("en").unwrap())
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(en, ["en", "cs"]);
    }

    #[test]
    fn a_chain_into_a_rejected_language_is_refused() {
        let err = build(&[
            ("cs", Some(&[]), &[]),
            ("en", None, &[]),
            ("ru", None, &[]),
            ("uk", Some(&["ru", "en"]), &["ru"]),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("may reject"), "{err}");
    }

    #[test]
    fn configured_chain_is_followed_and_ends_in_czech() {
        let l = build(&[
            ("cs", Some(&[]), &[]),
            ("en", None, &[]),
            ("fa", Some(&["en"]), &[]),
            ("ar", None, &[]),
        ])
        .unwrap();
        let chain: Vec<_> = l
            .chain(Locale::parse("fa").unwrap())
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(chain, ["fa", "en", "cs"]);
    }

    #[test]
    fn locale_codes_are_checked() {
        assert!(Locale::parse("uk").is_ok());
        assert!(Locale::parse("UK").is_err());
        assert!(Locale::parse("../etc").is_err());
        assert!(Locale::parse("").is_err());
    }

    #[test]
    fn negotiation_takes_the_primary_subtag() {
        let l = build(&[("cs", Some(&[]), &[]), ("en", None, &[]), ("zh", None, &[])]).unwrap();
        assert_eq!(
            l.negotiate("zh-hans").map(|c| c.to_string()).as_deref(),
            Some("zh")
        );
        assert_eq!(l.negotiate("pt-br"), None);
    }
}
