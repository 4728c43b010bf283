//! Checks a translation must pass before it is published: one rule for every channel that
//! publishes (the workspace today). Errors block publishing; warnings are shown and allowed.

use std::collections::BTreeSet;

use crate::markdown;
use crate::model::TopicText;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Publishing is refused until it is fixed.
    Error,
    /// Shown to the reviewer; publishing is allowed.
    Warning,
}

/// What a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A field is empty (`title`, `summary`, `body`).
    Empty(&'static str),
    /// The Markdown is malformed: line and what.
    Markdown(usize, String),
    /// A link of the source is missing (its target).
    LinkMissing(String),
    /// A phone number of the source is missing (its digits).
    PhoneMissing(String),
    /// A number of the source is missing.
    NumberMissing(String),
    /// A Fluent variable of the source is missing (`$name`).
    PlaceholderMissing(String),
    /// A Fluent variable the source does not have.
    PlaceholderUnknown(String),
    /// The text is much shorter or longer than expected: its length in per cent of the expected.
    Length(u32),
    /// A Fluent message does not parse: what the parser says.
    Syntax(String),
}

impl Finding {
    /// Whether it blocks publishing.
    pub fn severity(&self) -> Severity {
        match self {
            Finding::NumberMissing(_) | Finding::Length(_) => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The UI string id that explains it (`check-…`), for the workspace.
    pub fn message_id(&self) -> &'static str {
        match self {
            Finding::Empty(_) => "check-empty",
            Finding::Markdown(..) => "check-markdown",
            Finding::LinkMissing(_) => "check-link-missing",
            Finding::PhoneMissing(_) => "check-phone-missing",
            Finding::NumberMissing(_) => "check-number-missing",
            Finding::PlaceholderMissing(_) => "check-placeholder-missing",
            Finding::PlaceholderUnknown(_) => "check-placeholder-unknown",
            Finding::Length(_) => "check-length",
            Finding::Syntax(_) => "check-syntax",
        }
    }

    /// What it is about (a field, a link, a number …), shown beside the message.
    pub fn subject(&self) -> String {
        match self {
            Finding::Empty(field) => (*field).to_owned(),
            Finding::Markdown(line, what) => format!("{line}: {what}"),
            Finding::LinkMissing(s)
            | Finding::PhoneMissing(s)
            | Finding::NumberMissing(s)
            | Finding::PlaceholderMissing(s)
            | Finding::PlaceholderUnknown(s)
            | Finding::Syntax(s) => s.clone(),
            Finding::Length(percent) => format!("{percent} %"),
        }
    }
}

/// Whether any finding blocks publishing.
pub fn blocks(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity() == Severity::Error)
}

/// Checks a topic's translation against its Czech source. `length_percent` is how long a
/// translation into this locale usually is, in per cent of the Czech (see `locale.toml`).
pub fn check_translation(
    source: &TopicText,
    translation: &TopicText,
    length_percent: u16,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (field, text) in [
        ("title", &translation.title),
        ("summary", &translation.summary),
        ("body", &translation.body),
    ] {
        if text.trim().is_empty() {
            out.push(Finding::Empty(field));
        }
    }
    for problem in markdown::problems(&translation.body) {
        out.push(Finding::Markdown(problem.line, problem.message));
    }
    let link_key = |t: &markdown::Target| match t {
        markdown::Target::Topic(slug) => format!("topic:{slug}"),
        markdown::Target::Web(url) => url.clone(),
    };
    let have: BTreeSet<String> = markdown::links(&translation.body)
        .iter()
        .map(link_key)
        .collect();
    let want: BTreeSet<String> = markdown::links(&source.body).iter().map(link_key).collect();
    out.extend(want.difference(&have).cloned().map(Finding::LinkMissing));

    let source_all = format!("{}\n{}\n{}", source.title, source.summary, source.body);
    let translated_all = format!(
        "{}\n{}\n{}",
        translation.title, translation.summary, translation.body
    );
    let (source_phones, source_numbers) = numbers(&source_all);
    let (phones, found_numbers) = numbers(&translated_all);
    out.extend(
        source_phones
            .difference(&phones)
            .cloned()
            .map(Finding::PhoneMissing),
    );
    // A number may be written inside a phone number or a date in the translation.
    let all_digits: BTreeSet<String> = found_numbers.union(&phones).cloned().collect();
    for n in source_numbers.difference(&found_numbers) {
        if !all_digits.iter().any(|d| d.contains(n.as_str())) {
            out.push(Finding::NumberMissing(n.clone()));
        }
    }

    let source_len = source.body.chars().count();
    if source_len >= 200 && !translation.body.trim().is_empty() {
        let expected = source_len as f64 * f64::from(length_percent) / 100.0;
        let percent = (translation.body.chars().count() as f64 / expected * 100.0).round() as u32;
        if !(50..=200).contains(&percent) {
            out.push(Finding::Length(percent));
        }
    }
    out
}

/// Checks an edited Fluent message against the source locale's: the same variables.
pub fn check_placeholders(source: &str, translation: &str) -> Vec<Finding> {
    let want = variables(source);
    let have = variables(translation);
    let mut out: Vec<Finding> = want
        .difference(&have)
        .map(|v| Finding::PlaceholderMissing(format!("${v}")))
        .collect();
    out.extend(
        have.difference(&want)
            .map(|v| Finding::PlaceholderUnknown(format!("${v}"))),
    );
    out
}

/// The `$variables` a Fluent pattern uses.
fn variables(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name.clone());
        }
        rest = &rest[at + 1 + name.len()..];
    }
    out
}

/// The value of a decimal digit in any script (Arabic-Indic and Persian digits included).
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

/// Phone numbers (runs of 9 or more digits, with spaces, dashes or a leading +) and the other
/// numbers of a text, each as ASCII digits.
fn numbers(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut phones = BTreeSet::new();
    let mut others = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() && chars[i] != '+' {
            i += 1;
            continue;
        }
        // A run of digits and the separators a phone number uses.
        let start = i;
        let mut end = i;
        let mut j = i;
        while j < chars.len()
            && (digit(chars[j]).is_some()
                || (j == start && chars[j] == '+')
                || (matches!(chars[j], ' ' | '-' | '\u{a0}')
                    && chars.get(j + 1).and_then(|c| digit(*c)).is_some()))
        {
            if digit(chars[j]).is_some() {
                end = j + 1;
            }
            j += 1;
        }
        let run: String = chars[start..end.max(start)]
            .iter()
            .filter_map(|c| digit(*c))
            .collect();
        if run.len() >= 9 {
            phones.insert(run);
        } else {
            // Separate numbers that happened to be side by side ("3 000", "1 2").
            let mut n = String::new();
            for c in &chars[start..end.max(start)] {
                match digit(*c) {
                    Some(d) => n.push(d),
                    None if *c == '+' => {}
                    None => {
                        if !n.is_empty() {
                            others.insert(std::mem::take(&mut n));
                        }
                    }
                }
            }
            if !n.is_empty() {
                others.insert(n);
            }
        }
        i = j.max(i + 1);
    }
    (phones, others)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(title: &str, body: &str) -> TopicText {
        TopicText {
            title: title.into(),
            summary: "s".into(),
            body: body.into(),
            keywords: vec![],
        }
    }

    #[test]
    fn a_faithful_translation_passes() {
        let source = text(
            "Návrat",
            "Zavolejte na +420 974 820 000 do 30 dnů. Viz [zdroj](https://mvcr.cz) a [jiné](topic:costs).",
        );
        let good = text(
            "Return",
            "Call +420 974 820 000 within 30 days. See [source](https://mvcr.cz) and [other](topic:costs).",
        );
        assert_eq!(check_translation(&source, &good, 100), vec![]);
        // Persian digits count as the same number.
        let fa = text(
            "بازگشت",
            "با +۴۲۰ ۹۷۴ ۸۲۰ ۰۰۰ تماس بگیرید ظرف ۳۰ روز. [منبع](https://mvcr.cz) [دیگر](topic:costs)",
        );
        assert_eq!(check_translation(&source, &fa, 100), vec![]);
    }

    #[test]
    fn missing_links_phones_and_empty_fields_block() {
        let source = text(
            "Návrat",
            "Zavolejte na +420 974 820 000 do 30 dnů. Viz [zdroj](https://mvcr.cz).",
        );
        let bad = text("", "Call us within thirty days. See the **source.");
        let findings = check_translation(&source, &bad, 100);
        assert!(findings.contains(&Finding::Empty("title")));
        assert!(findings.contains(&Finding::PhoneMissing("420974820000".into())));
        assert!(findings.contains(&Finding::LinkMissing("https://mvcr.cz".into())));
        assert!(findings.contains(&Finding::NumberMissing("30".into())));
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::Markdown(1, _)))
        );
        assert!(blocks(&findings));
        let only_number = text("Return", "Call +420 974 820 000 soon. [s](https://mvcr.cz)");
        let findings = check_translation(&source, &only_number, 100);
        assert_eq!(findings, vec![Finding::NumberMissing("30".into())]);
        assert!(!blocks(&findings), "a missing number is a warning");
    }

    #[test]
    fn length_far_off_the_expected_warns() {
        let source = text("t", &"slovo ".repeat(100));
        assert_eq!(
            check_translation(&source, &text("t", "word"), 100),
            vec![Finding::Length(1)]
        );
        // Chinese is usually under half as long as Czech: not a warning at its locale's ratio.
        let zh = text("t", &"回国".repeat(135));
        assert_eq!(check_translation(&source, &zh, 45), vec![]);
        assert_eq!(
            check_translation(&source, &zh, 100),
            vec![Finding::Length(45)]
        );
    }

    #[test]
    fn fluent_variables_must_match() {
        assert_eq!(
            check_placeholders("Zbývá { $seconds } s", "{ $seconds } s left"),
            vec![]
        );
        assert_eq!(
            check_placeholders("Zbývá { $seconds } s", "{ $second } s left"),
            vec![
                Finding::PlaceholderMissing("$seconds".into()),
                Finding::PlaceholderUnknown("$second".into())
            ]
        );
    }
}

/// How a locale's topics can be heard, for `navrat check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AudioCoverage {
    /// A published recording of the text people read.
    pub recorded: usize,
    /// No current recording; the machine voice speaks it.
    pub machine: usize,
    /// Nothing to play.
    pub none: usize,
    /// A published recording of an older text (still counted apart, whatever else plays).
    pub outdated: usize,
}

/// Counts how the topics in `locale` can be heard; `machine_voice` is whether a machine voice
/// exists for it (espeak-ng installed and a `[speech] voice` in its locale.toml).
pub fn audio_coverage(
    store: &crate::Store,
    locale: crate::Locale,
    machine_voice: bool,
) -> crate::Result<AudioCoverage> {
    use crate::store::RecordingState;
    let mut c = AudioCoverage::default();
    for (_, state) in store.recording_states(locale)? {
        match state {
            RecordingState::Current => c.recorded += 1,
            RecordingState::Outdated => c.outdated += 1,
            RecordingState::Missing if machine_voice => c.machine += 1,
            RecordingState::Missing => c.none += 1,
        }
    }
    Ok(c)
}

/// The espeak-ng voice named in `<locales_dir>/<code>/locale.toml` under `[speech] voice`, if
/// any (absent: no machine voice for the locale).
pub fn speech_voice(locales_dir: &std::path::Path, locale: crate::Locale) -> Option<String> {
    let text =
        std::fs::read_to_string(locales_dir.join(locale.as_str()).join("locale.toml")).ok()?;
    let value: toml::Value = toml::from_str(&text).ok()?;
    value
        .get("speech")?
        .get("voice")?
        .as_str()
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}
