//! Hostile input: what translators type into topic texts and UI strings, and what people type
//! into search, generated at random (with proptest) and checked for what a person would
//! notice: a crash, a link nobody wrote, HTML that slipped through, a UI file broken by an
//! edit, a search that fails. A failure prints the smallest input that shows it.

use navrat_content::i18n::ftl;
use navrat_content::markdown::{self, Block, Inline, Target};
use navrat_content::model::Slug;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::support::{l, locales_dir};

/// Pieces that mean something to the Markdown subset, or that break naive text handling.
const MARKDOWN_PIECES: &[&str] = &[
    "**",
    "*",
    "[",
    "]",
    "](",
    "(",
    ")",
    "<",
    ">",
    "</",
    "<script>",
    "<b>",
    "&",
    "\"",
    "topic:",
    "topic:who-can-apply",
    "topic:Who",
    "topic:a--b",
    "https://",
    "http://",
    "https://www.mvcr.cz/a_(b)",
    "javascript:alert(1)",
    "data:text/html,",
    "mailto:",
    "who-can-apply",
    "- ",
    "-",
    "1. ",
    "999. ",
    "1234. ",
    "## ",
    "#",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\r",
    "\u{0}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{2028}",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "\u{3000}",
    "ž",
    "я",
    "漢",
    "ع",
    "👍🏽",
    "e\u{301}",
];

/// A link as a translator might write it, well or badly: `[label](target)`.
fn markdown_link() -> impl Strategy<Value = String> {
    let part = || {
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(MARKDOWN_PIECES).prop_map(str::to_owned),
                "[a-z-]{1,8}",
            ],
            0..4,
        )
        .prop_map(|p| p.concat())
    };
    let scheme = prop::sample::select(
        &[
            "topic:",
            "https://",
            "http://",
            "javascript:",
            "",
            "HTTPS://",
            " https://",
        ][..],
    );
    let rest = prop_oneof![part(), "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}"];
    (part(), scheme, rest).prop_map(|(label, scheme, rest)| format!("[{label}]({scheme}{rest})"))
}

/// A topic text: arbitrary Unicode, or (mostly) a run of Markdown-ish pieces and characters.
fn markdown_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(MARKDOWN_PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        2 => "[a-z-]{1,12}",
        1 => markdown_link(),
    ];
    prop_oneof![
        1 => any::<String>(),
        4 => prop::collection::vec(piece, 0..80).prop_map(|p| p.concat()),
    ]
}

/// `cases` random inputs; a failure prints its smallest input (add it as an example test)
/// and writes no regression file.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every inline of the blocks, in order.
fn inlines_of(blocks: &[Block]) -> Vec<&Inline> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Heading(l) | Block::Paragraph(l) => vec![l],
            Block::Bullets(items) | Block::Numbered(items) => items.iter().collect(),
        })
        .flatten()
        .collect()
}

/// Checks that a link's target is one the text really wrote, in one of the allowed forms.
fn assert_written_target(target: &Target, text: &str) -> Result<(), TestCaseError> {
    match target {
        Target::Topic(slug) => {
            prop_assert!(Slug::parse(slug.as_str()).is_ok(), "slug {slug:?}");
            prop_assert!(
                text.contains(&format!("](topic:{slug})")),
                "topic link {slug:?} not written in {text:?}"
            );
        }
        Target::Web(url) => {
            prop_assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "web link {url:?}"
            );
            prop_assert!(!url.contains(char::is_whitespace), "web link {url:?}");
            prop_assert!(
                text.contains(&format!("]({url})")),
                "web link {url:?} not written in {text:?}"
            );
        }
    }
    Ok(())
}

/// How many times `c` occurs in every text and web address of the inlines.
fn count_in(inlines: &[&Inline], c: char) -> usize {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text, .. } => text.matches(c).count(),
            Inline::Link {
                text,
                target: Target::Web(url),
            } => text.matches(c).count() + url.matches(c).count(),
            Inline::Link { text, .. } => text.matches(c).count(),
        })
        .sum()
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn markdown_never_panics_and_never_invents_markup(text in markdown_text()) {
        let blocks = markdown::parse(&text);
        let parsed = inlines_of(&blocks);
        let single = markdown::inlines(&text);
        let _ = markdown::problems(&text);
        let mut linked = Vec::new();
        for inline in &parsed {
            if let Inline::Link { target, .. } = inline {
                assert_written_target(target, &text)?;
                linked.push(target.clone());
            }
        }
        for inline in &single {
            if let Inline::Link { target, .. } = inline {
                assert_written_target(target, &text)?;
            }
        }
        prop_assert_eq!(markdown::links(&text), linked);
        // Angle brackets are never dropped or added: whatever a translator typed stays text.
        let single: Vec<&Inline> = single.iter().collect();
        for c in ['<', '>', '&', '"'] {
            let typed = text.matches(c).count();
            prop_assert_eq!(count_in(&parsed, c), typed, "{:?} in parse", c);
            prop_assert_eq!(count_in(&single, c), typed, "{:?} in inlines", c);
        }
    }

    #[test]
    fn text_without_bold_or_links_is_shown_exactly_as_written(
        text in markdown_text().prop_map(|t| t.replace(['*', '['], "")),
    ) {
        let expected = if text.is_empty() {
            vec![]
        } else {
            vec![Inline::Text { text: text.clone(), strong: false }]
        };
        prop_assert_eq!(markdown::inlines(&text), expected);
    }

    #[test]
    fn html_in_a_topic_text_is_always_pointed_out_to_the_translator(text in markdown_text()) {
        let problems = markdown::problems(&text);
        let lines: Vec<&str> = text.lines().collect();
        for p in &problems {
            prop_assert!((1..=lines.len()).contains(&p.line), "{p:?}");
        }
        for (i, line) in lines.iter().enumerate() {
            if line.contains('<') && line.contains('>') {
                prop_assert!(
                    problems.iter().any(|p| p.line == i + 1 && p.message.contains("HTML")),
                    "line {} {line:?}: {problems:?}", i + 1
                );
            }
        }
    }
}

/// What a translator types into a UI string: Fluent pieces, broken ones, and odd characters.
const FLUENT_PIECES: &[&str] = &[
    "Ahoj",
    "Зберегти",
    "zkontrolujte",
    "漢字",
    "مرحبا",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\n  ",
    "\n    ",
    "{ $count }",
    "{ $name }",
    "{ NUMBER($count) }",
    "{ -brand }",
    "{ \"{\" }",
    "{ $count ->\n    [one] jeden\n   *[other] více\n}",
    "{ $count ->\n[one] a\n*[other] b }",
    "{",
    "}",
    "$",
    "->",
    "[one]",
    "*[other]",
    "=",
    "a = b",
    "# comment",
    "-term = x",
    ".attr = x",
    "\"",
    "\\",
    "\u{0}",
    "\u{a0}",
    "\u{3000}",
    "\u{feff}",
    "\u{2028}",
];

/// A value as the workspace stores it: typed text through `from_editable`.
fn typed_value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(FLUENT_PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        1 => any::<String>(),
        5 => prop::collection::vec(piece, 0..24).prop_map(|p| p.concat()),
    ]
}

/// The real UI files a translator edits.
fn ui_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for code in ["cs", "uk", "ar", "zh"] {
        for file in ["common", "kiosk", "bot"] {
            let path = locales_dir().join(code).join(format!("{file}.ftl"));
            out.push((
                format!("{code}/{file}.ftl"),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out
}

fn ui_file() -> impl Strategy<Value = (String, String)> {
    prop::sample::select(ui_files())
}

/// An id to edit: one the file has, or a new one.
fn message_id(file: &str) -> impl Strategy<Value = String> + use<> {
    let existing: Vec<String> = ftl::values(file).into_iter().map(|(id, _)| id).collect();
    prop_oneof![
        3 => prop::sample::select(existing),
        1 => "[a-z][a-z0-9-]{0,15}",
    ]
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn fluent_editing_never_panics_on_any_text(
        text in typed_value(),
        id in "[a-zA-Z0-9 _=-]{0,10}",
        value in typed_value(),
    ) {
        let _ = ftl::values(&text);
        let _ = ftl::replace(&text, &id, &value);
        let _ = ftl::to_editable(&text);
        let _ = ftl::from_editable(&text);
        let _ = ftl::parse_message(&id, &value);
    }

    #[test]
    fn saving_a_ui_string_keeps_the_file_loadable_and_every_other_message(
        ((name, file), id) in ui_file().prop_flat_map(|f| {
            let ids = message_id(&f.1);
            (Just(f), ids)
        }),
        typed in typed_value(),
    ) {
        let value = ftl::from_editable(&typed);
        // The workspace refuses what Fluent's parser refuses; only accepted values are written.
        prop_assume!(ftl::parse_message(&id, &value).is_ok());
        let before = ftl::values(&file);
        let after_text = ftl::replace(&file, &id, &value);
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(after_text.clone()) {
            return Err(TestCaseError::fail(format!(
                "{name} no longer loads after setting {id} = {value:?}: {errors:?}"
            )));
        }
        let after = ftl::values(&after_text);
        let others = |v: &[(String, String)]| -> Vec<(String, String)> {
            v.iter().filter(|(i, _)| *i != id).cloned().collect()
        };
        prop_assert_eq!(others(&after), others(&before), "{} {}", name, id);
        let read_back: Vec<&String> =
            after.iter().filter(|(i, _)| *i == id).map(|(_, v)| v).collect();
        prop_assert_eq!(read_back, vec![&value], "{} {} reads back as saved", name, id);
    }

    #[test]
    fn a_saved_ui_string_reopens_in_the_editor_as_it_was_saved(typed in typed_value()) {
        let value = ftl::from_editable(&typed);
        prop_assume!(ftl::parse_message("message", &value).is_ok());
        let editable = ftl::to_editable(&value);
        prop_assert_eq!(ftl::from_editable(&editable), value, "editor showed {:?}", editable);
    }
}

/// What people type into search: anything, query syntax of search engines, words of every
/// script, up to 200 characters.
fn search_query() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "pas",
        "паспорт",
        "pasport",
        "护照",
        "جواز",
        "zákaz",
        "vstupu",
        "letenka",
        "AND",
        "OR",
        "NOT",
        "\"",
        "*",
        "?",
        ":",
        "title:",
        "^2",
        "~",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "+",
        "-",
        "/",
        "\\",
        " ",
        "  ",
        "\t",
        "\n",
        "0",
        "777 123 456",
        "e\u{301}",
        "\u{0}",
        "\u{200b}",
        "\u{202e}",
        "ß",
        "İ",
        "ﬁ",
        "👍🏽",
    ];
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        1 => ".{0,200}",
        2 => prop::collection::vec(piece, 0..40).prop_map(|p| p.concat()),
    ]
    .prop_map(|q: String| q.chars().take(200).collect())
}

#[test]
fn search_answers_any_query_in_every_locale() {
    let seeded = navrat_testkit::seeded();
    let (locales, searcher) = (&seeded.locales, &seeded.searcher);
    for &locale in locales.codes() {
        let chain = locales.chain(locale);
        let mut runner = TestRunner::new(Config {
            cases: 64,
            failure_persistence: None,
            ..Config::default()
        });
        let result = runner.run(&(search_query(), 0usize..12), |(query, limit)| {
            let hits = searcher
                .search(&query, locale, limit)
                .map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert!(hits.len() <= limit);
            for hit in &hits {
                prop_assert!(chain.contains(&hit.locale), "{hit:?}");
                prop_assert!(chain.contains(&hit.matched_locale), "{hit:?}");
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{locale}: {e}");
        }
    }
    // The seed's own words still find something: the searcher under test is a working one.
    assert!(!searcher.search("pas", l("cs"), 3).unwrap().is_empty());
}
