//! The consent text a person agrees to before sending a request, and `docs/privacy.md`, name
//! every field Navrat stores about an appointment request. The fields come from the migrations
//! themselves, so a column added later fails here until both texts say what it holds.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use navrat_content::i18n::{Catalog, FluentArgs};

use crate::support::{l, locales, locales_dir};

/// The tables that hold an appointment request: the request and its status history.
const TABLES: [&str; 2] = ["appointment_requests", "appointment_events"];

/// Row numbers the database gives itself; they say nothing about the person, so the consent
/// text does not name them (`docs/privacy.md` still does: "internal number").
const ROW_NUMBERS: [&str; 3] = [
    "appointment_requests.id",
    "appointment_events.id",
    "appointment_events.request_id",
];

/// Each stored column, with the words that name it in the Czech consent text and in
/// `docs/privacy.md` (compared in lower case).
const NAMED: &[(&str, &str, &str)] = &[
    (
        "appointment_requests.reference",
        "referenční kód",
        "reference code",
    ),
    (
        "appointment_requests.channel",
        "kiosek nebo telegram",
        "channel (kiosk or telegram)",
    ),
    ("appointment_requests.locale", "jazyk", "language"),
    ("appointment_requests.point_id", "místo", "place"),
    ("appointment_requests.days", "dny", "days"),
    (
        "appointment_requests.day_parts",
        "části dne",
        "parts of the day",
    ),
    ("appointment_requests.alias_sealed", "přezdívk", "nickname"),
    (
        "appointment_requests.contact_kind",
        "telefonní číslo nebo chat v telegramu",
        "how the person wants to hear from us",
    ),
    (
        "appointment_requests.contact_sealed",
        "telefonní číslo",
        "phone number",
    ),
    (
        "appointment_requests.chat_sealed",
        "chat v telegramu",
        "telegram chat",
    ),
    (
        "appointment_requests.chat_key",
        "chat v telegramu",
        "keyed hash of the id",
    ),
    (
        "appointment_requests.interpreter_needed",
        "potřebujete tlumočník",
        "interpreter needed",
    ),
    (
        "appointment_requests.topic_slug",
        "téma",
        "the topic it came from",
    ),
    ("appointment_requests.status", "historie stavu", "status"),
    (
        "appointment_requests.confirmed_when",
        "potvrzený čas",
        "confirmed time",
    ),
    (
        "appointment_requests.counsellor",
        "který poradce",
        "counsellor's login",
    ),
    (
        "appointment_requests.interpreter_confirmed",
        "jestli bude tlumočník",
        "interpreter confirmed",
    ),
    (
        "appointment_requests.decline_sealed",
        "důvod zamítnutí",
        "decline reason",
    ),
    (
        "appointment_requests.idempotency_key",
        "proti dvojímu odeslání",
        "form key against sending twice",
    ),
    (
        "appointment_requests.created_at",
        "kdy a odkud",
        "when it was received",
    ),
    (
        "appointment_requests.updated_at",
        "historie stavu",
        "when it last changed",
    ),
    (
        "appointment_requests.closed_at",
        "po uzavření",
        "when it was closed",
    ),
    (
        "appointment_requests.follow_hash",
        "pro odkaz do telegramu",
        "follow token for the telegram link",
    ),
    (
        "appointment_events.at",
        "historie stavu",
        "status changes, when",
    ),
    ("appointment_events.actor", "který poradce", "who made them"),
    (
        "appointment_events.from_status",
        "historie stavu",
        "status changes",
    ),
    (
        "appointment_events.to_status",
        "historie stavu",
        "status changes",
    ),
    ("appointment_events.detail", "potvrzený čas", "what changed"),
];

/// The columns of `TABLES` after applying every migration in order (CREATE TABLE, ADD, DROP
/// and RENAME COLUMN), as `table.column`.
fn stored_columns() -> BTreeSet<String> {
    // The migrations, and the fragments that finish migrations 8–11 after their data step
    // (`0008_x.sql`, then `0008_x_drop.sql`): sorted by file name, the order the store runs them.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = [
        crate_dir.join("migrations"),
        crate_dir.join("src/store/sql"),
    ]
    .iter()
    .flat_map(|dir| std::fs::read_dir(dir).unwrap())
    .map(|e| e.unwrap().path())
    .filter(|p| p.extension().is_some_and(|e| e == "sql"))
    .collect();
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    let mut columns: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let sql = std::fs::read_to_string(&file).unwrap();
        let code: String = sql
            .lines()
            .map(|line| line.split("--").next().unwrap())
            .collect::<Vec<_>>()
            .join("\n");
        for statement in code.split(';') {
            let words: Vec<&str> = statement.split_whitespace().collect();
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            for table in TABLES {
                let is = |at: usize, want: &[&str]| {
                    want.iter()
                        .enumerate()
                        .all(|(i, w)| lower.get(at + i).map(String::as_str) == Some(*w))
                };
                if is(0, &["create", "table"]) && lower.get(2).map(String::as_str) == Some(table) {
                    let open = statement.find('(').unwrap();
                    let close = statement.rfind(')').unwrap();
                    let set = columns.entry(table).or_default();
                    let mut depth = 0;
                    let mut part = String::new();
                    for c in statement[open + 1..close].chars().chain([',']) {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            ',' if depth == 0 => {
                                let name = part.split_whitespace().next().unwrap_or("");
                                let upper = name.to_uppercase();
                                if !name.is_empty()
                                    && !["PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT"]
                                        .contains(&upper.as_str())
                                {
                                    set.insert(name.to_owned());
                                }
                                part.clear();
                                continue;
                            }
                            _ => {}
                        }
                        part.push(c);
                    }
                } else if is(0, &["alter", "table"])
                    && lower.get(2).map(String::as_str) == Some(table)
                {
                    let set = columns.entry(table).or_default();
                    if is(3, &["add", "column"]) {
                        set.insert(words[5].to_owned());
                    } else if is(3, &["drop", "column"]) {
                        assert!(
                            set.remove(words[5]),
                            "{}: no column {}",
                            file.display(),
                            words[5]
                        );
                    } else if is(3, &["rename", "column"]) {
                        assert!(set.remove(words[5]));
                        set.insert(words[7].to_owned());
                    }
                }
            }
        }
    }
    columns
        .into_iter()
        .flat_map(|(table, cols)| cols.into_iter().map(move |c| format!("{table}.{c}")))
        .collect()
}

/// The Czech consent text, as the kiosk and the bot show it.
fn czech_consent() -> String {
    let catalog = Catalog::load(&locales_dir(), &locales()).unwrap();
    let mut args = FluentArgs::new();
    args.set("days", 90_i64);
    catalog
        .text_with(l("cs"), "appointment-consent", &args)
        .replace(['\u{2068}', '\u{2069}'], "")
        .to_lowercase()
}

fn privacy_doc() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/privacy.md");
    std::fs::read_to_string(path).unwrap().to_lowercase()
}

#[test]
fn the_migrations_are_read_as_the_store_applies_them() {
    let columns = stored_columns();
    // Dropped by 0008/0009 after sealing: must not count as stored any more.
    for gone in [
        "appointment_requests.alias",
        "appointment_requests.decline_reason",
        "appointment_requests.follow_token",
    ] {
        assert!(!columns.contains(gone), "{gone} was dropped");
    }
    for added in [
        "appointment_requests.follow_hash",
        "appointment_requests.chat_sealed",
    ] {
        assert!(columns.contains(added), "{added} was added");
    }
    assert!(columns.contains("appointment_events.detail"));
}

/// What the two texts fail to say about `columns`.
fn unnamed(columns: &BTreeSet<String>, consent: &str, privacy: &str) -> Vec<String> {
    let named: BTreeMap<&str, (&str, &str)> =
        NAMED.iter().map(|(c, cs, en)| (*c, (*cs, *en))).collect();
    let mut problems = Vec::new();
    for column in columns {
        if ROW_NUMBERS.contains(&column.as_str()) {
            if !privacy.contains("internal number") {
                problems.push(format!(
                    "{column}: docs/privacy.md does not mention internal numbers"
                ));
            }
            continue;
        }
        let Some((cs, en)) = named.get(column.as_str()) else {
            problems.push(format!(
                "{column}: stored but not listed here; say what it holds in `appointment-consent` \
                 (locales/*/common.ftl) and docs/privacy.md, then add it to NAMED"
            ));
            continue;
        };
        if !consent.contains(cs) {
            problems.push(format!("{column}: the Czech consent text lacks {cs:?}"));
        }
        if !privacy.contains(en) {
            problems.push(format!("{column}: docs/privacy.md lacks {en:?}"));
        }
    }
    problems
}

#[test]
fn every_stored_field_of_a_request_is_named_in_the_consent_text_and_the_privacy_doc() {
    let problems = unnamed(&stored_columns(), &czech_consent(), &privacy_doc());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_new_column_or_a_field_dropped_from_the_texts_is_reported() {
    let consent = czech_consent();
    let privacy = privacy_doc();
    let mut columns = stored_columns();
    columns.insert("appointment_requests.nationality".into());
    let problems = unnamed(&columns, &consent, &privacy);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("appointment_requests.nationality"));

    let without_nickname = consent.replace("přezdívk", "");
    let problems = unnamed(&stored_columns(), &without_nickname, &privacy);
    assert_eq!(
        problems,
        ["appointment_requests.alias_sealed: the Czech consent text lacks \"přezdívk\""]
    );
    let without_phone = privacy.replace("phone number", "");
    assert!(
        unnamed(&stored_columns(), &consent, &without_phone)
            .iter()
            .any(|p| p.contains("contact_sealed") && p.contains("docs/privacy.md"))
    );
}
