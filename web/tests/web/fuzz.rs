//! Hostile input on the appointment form: random bodies (any bytes, any fields, repeated and
//! oversized values) POSTed through the real router, generated with proptest. A person must
//! never see a server error, and a form without its anti-forgery token must never become a
//! request. A failure prints the smallest body that shows it.
//!
//! Each test has a kiosk of its own: they store requests, and others count them.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{Request, header};
use navrat_web::{AppState, KioskConfig, KioskProfile, Profiles};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use tower::ServiceExt;

use crate::support::{Page, encode_form, form_post, into_page};

const SCRIPT: &str = "<script>alert(1)</script>";

/// The fields of the appointment form, the anti-forgery token first.
const FIELDS: &[&str] = &[
    "csrf",
    "point",
    "days",
    "parts",
    "alias",
    "phone",
    "contact",
    "interpreter",
    "consent",
    "topic",
    "form_id",
    "step",
];

/// A kiosk over a temporary copy of the seed (kept alive by the returned guard).
fn new_kiosk() -> (tempfile::TempDir, AppState) {
    let profiles = Profiles::new(KioskProfile::default(), BTreeMap::new());
    crate::support::app_state(navrat_testkit::seeded(), KioskConfig::new(profiles, None))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Sends a request through the real router of `kiosk`.
fn send(runtime: &tokio::runtime::Runtime, kiosk: &AppState, request: Request<Body>) -> Page {
    runtime.block_on(async {
        let response = navrat_web::app(kiosk.clone())
            .oneshot(request)
            .await
            .unwrap();
        into_page(response).await
    })
}

/// POST of `body` to `/{locale}/appointment`, with a cookie header and origin when given.
fn appointment_post(
    locale: &str,
    cookie: Option<&str>,
    origin: Option<&str>,
    body: Vec<u8>,
) -> Request<Body> {
    form_post(
        &format!("/{locale}/appointment"),
        "kiosk.local",
        cookie,
        origin,
        body,
    )
}

/// The form of a point: its cookie (`navrat_form=…`) and its anti-forgery token.
fn open_form(runtime: &tokio::runtime::Runtime, kiosk: &AppState, point: &str) -> (String, String) {
    let request = Request::get(format!("/cs/appointment?point={point}"))
        .body(Body::empty())
        .unwrap();
    let page = send(runtime, kiosk, request);
    let cookie = page.set_cookie("navrat_form").unwrap();
    (cookie, page.field("csrf"))
}

/// How many appointment requests `kiosk` holds, at every point.
fn all_requests(kiosk: &AppState) -> usize {
    let points: Vec<String> = kiosk
        .store
        .points()
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    kiosk
        .store
        .appointment_requests(&points, None)
        .unwrap()
        .len()
}

/// A locale of the address: one the kiosk serves, mostly.
fn locale(kiosk: &AppState) -> impl Strategy<Value = String> + use<> {
    let codes: Vec<String> = kiosk
        .catalog
        .locales()
        .codes()
        .iter()
        .map(|c| c.to_string())
        .collect();
    prop_oneof![
        9 => prop::sample::select(codes),
        1 => prop::sample::select(&["xx", "CS", "cs-CZ", "%20", "%FF"][..]).prop_map(str::to_owned),
    ]
}

/// A value of field `name`: mostly one the form offers, else a near miss, anything, or
/// (rarely) thousands of characters.
fn field_value(name: &str) -> BoxedStrategy<String> {
    let (offered, near_misses): (&'static [&'static str], &'static [&'static str]) = match name {
        "point" => (
            &["praha", "brno", "plzen", "mv-oamp", "zzc-balkova"],
            &["nowhere", "", "Praha", "praha "],
        ),
        "days" => (
            &["mon", "tue", "wed", "thu", "fri"],
            &["sat", "sun", "Mon", "", "mon,tue"],
        ),
        "parts" => (&["morning", "afternoon"], &["evening", "night", ""]),
        "alias" => (
            &["Оксана", "Nguyễn Văn A", "", SCRIPT, "\"><img src=x>"],
            &["\u{202e}x", "a\u{0}b", " "],
        ),
        "phone" => (
            &["+420 777 123 456", "777123456", "00420777123456"],
            &["+", "77x", SCRIPT, ""],
        ),
        "contact" => (&["phone", "return", "telegram"], &["email", "", "PHONE"]),
        "interpreter" | "consent" => (&["yes"], &["no", "on", ""]),
        "topic" => (
            &["who-can-apply", "what-to-bring", ""],
            &["Who", "a--b", SCRIPT],
        ),
        "form_id" => (
            &["0123456789abcdef", "0123456789ABCDEFabcdef0123456789"],
            &["short", "a-b_c", ""],
        ),
        "step" => (&["review", "submit", "edit"], &["delete", ""]),
        _ => (&[""], &[""]),
    };
    prop_oneof![
        24 => prop::sample::select(offered).prop_map(str::to_owned),
        4 => prop::sample::select(near_misses).prop_map(str::to_owned),
        4 => any::<String>(),
        1 => (any::<char>(), 500..4_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
    .boxed()
}

/// The fields of a form as a browser or a forger might send them: a form that would be
/// taken with a few fields changed, repeated or added (so that what reaches the store is as
/// hostile as what is checked), or each field absent, once or repeated, and fields the form
/// does not have; in any order.
fn form_fields() -> impl Strategy<Value = Vec<(String, String)>> {
    prop_oneof![nearly_complete_form(), any_fields()].prop_shuffle()
}

/// A request form that is complete and sent (all but the form id and the token).
const COMPLETE: [(&str, &str); 6] = [
    ("point", "praha"),
    ("days", "mon"),
    ("parts", "morning"),
    ("contact", "return"),
    ("consent", "yes"),
    ("step", "submit"),
];

fn nearly_complete_form() -> impl Strategy<Value = Vec<(String, String)>> {
    let change = prop::sample::select(&FIELDS[1..])
        .prop_flat_map(|name| (Just(name), field_value(name), any::<bool>()));
    (prop::collection::vec(change, 0..4), "[0-9a-f]{16}").prop_map(|(changes, form_id)| {
        let mut form: Vec<(String, String)> = COMPLETE
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        form.push(("form_id".to_owned(), form_id));
        for (name, value, replace) in changes {
            match form.iter_mut().find(|(k, _)| k == name) {
                Some(field) if replace => field.1 = value,
                _ => form.push((name.to_owned(), value)),
            }
        }
        form
    })
}

fn any_fields() -> impl Strategy<Value = Vec<(String, String)>> {
    let fields: Vec<_> = FIELDS[1..]
        .iter()
        .map(|&name| {
            prop_oneof![1 => Just(0usize), 6 => Just(1usize), 1 => Just(2usize)]
                .prop_flat_map(move |n| prop::collection::vec(field_value(name), n))
                .prop_map(move |values| {
                    values
                        .into_iter()
                        .map(|v| (name.to_owned(), v))
                        .collect::<Vec<_>>()
                })
        })
        .collect();
    let strangers = prop::collection::vec((any::<String>(), any::<String>()), 0..3);
    (fields, strangers).prop_map(|(fields, strangers)| {
        fields
            .into_iter()
            .flatten()
            .chain(strangers)
            .collect::<Vec<_>>()
    })
}

/// A body that is not a well-formed form: any bytes, or form syntax (`%`, `&`, `=`) mixed
/// with bytes that are not UTF-8.
fn raw_body() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(
            &[
                "&",
                "=",
                "%",
                "%FF",
                "%C3",
                "%00",
                "+",
                "csrf=",
                "step=submit",
                "point=praha",
                "days=mon",
                "parts=morning",
                "consent=yes",
                "contact=return",
                "%3Cscript%3E",
            ][..]
        )
        .prop_map(|s| s.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..8),
    ];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2_000),
        prop::collection::vec(piece, 0..40).prop_map(|p| p.concat()),
    ]
}

fn check_page(page: &Page, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !page.status.is_server_error(),
        "{} gave {}: {:.300}",
        what,
        page.status,
        page.body
    );
    prop_assert!(
        !page.body.contains(SCRIPT),
        "{} came back with the typed script unescaped",
        what
    );
    Ok(())
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

#[test]
fn a_form_without_its_anti_forgery_token_never_fails_and_never_stores_a_request() {
    let runtime = runtime();
    let (_dir, kiosk) = new_kiosk();
    let (cookie, token) = open_form(&runtime, &kiosk, "praha");
    let (_, other_token) = open_form(&runtime, &kiosk, "brno");
    assert_ne!(token, other_token);
    let before = all_requests(&kiosk);
    let cookies = prop_oneof![
        1 => Just(None),
        4 => Just(Some(cookie.clone())),
        1 => Just(Some(format!("navrat_form={}", "0".repeat(32)))),
        1 => "[ -~]{0,80}".prop_map(Some),
    ];
    // Anything but this cookie's own token: none, another form's, a near miss, garbage.
    let mut near_miss = token.clone();
    near_miss.replace_range(..1, if token.starts_with('0') { "1" } else { "0" });
    let tokens = prop::collection::vec(
        prop_oneof![
            Just(other_token),
            Just(near_miss),
            Just("0".repeat(64)),
            Just(token.to_uppercase()),
            Just(format!("{token} ")),
            any::<String>(),
        ],
        0..3,
    );
    let origins = prop_oneof![
        4 => Just(None),
        1 => prop::sample::select(&["null", "https://evil.example", "http://kiosk.local"][..])
            .prop_map(Some),
    ];
    let bodies = prop_oneof![
        4 => (form_fields(), tokens).prop_map(|(mut fields, tokens)| {
            let at = fields.len() / 2;
            for t in tokens {
                fields.insert(at, ("csrf".to_owned(), t));
            }
            encode_form(&fields)
        }),
        1 => raw_body(),
    ];
    let mut runner = TestRunner::new(config(256));
    let result = runner.run(
        &(locale(&kiosk), cookies, origins, bodies),
        |(locale, cookie, origin, body)| {
            let page = send(
                &runtime,
                &kiosk,
                appointment_post(&locale, cookie.as_deref(), origin, body),
            );
            check_page(&page, "a forged form")?;
            let location = page
                .headers
                .get(header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .unwrap_or_default();
            prop_assert!(
                !location.contains("?new=1"),
                "a forged form was taken: {}",
                location
            );
            Ok(())
        },
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    assert_eq!(
        all_requests(&kiosk),
        before,
        "a forged form stored a request"
    );
}

#[test]
fn any_values_in_a_genuine_form_never_give_a_server_error() {
    let runtime = runtime();
    let (_dir, kiosk) = new_kiosk();
    let (cookie, token) = open_form(&runtime, &kiosk, "praha");
    let before = all_requests(&kiosk);
    let taken = std::cell::Cell::new(0);
    let mut runner = TestRunner::new(config(256));
    let result = runner.run(&(locale(&kiosk), form_fields()), |(locale, fields)| {
        let mut form = vec![("csrf".to_owned(), token.clone())];
        form.extend(fields);
        let page = send(
            &runtime,
            &kiosk,
            appointment_post(&locale, Some(&cookie), None, encode_form(&form)),
        );
        check_page(&page, "a genuine form")?;
        let location = page
            .headers
            .get(header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default();
        if location.contains("?new=1") {
            taken.set(taken.get() + 1);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // A request is stored only when the person is told so (a repeated form id returns the
    // first one).
    let after = all_requests(&kiosk);
    assert!(
        after - before <= taken.get(),
        "{} stored, {} told",
        after - before,
        taken.get()
    );
    // The token is genuine: a complete form is taken.
    let complete: Vec<(String, String)> = [("csrf", token.as_str())]
        .into_iter()
        .chain(COMPLETE)
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let page = send(
        &runtime,
        &kiosk,
        appointment_post("cs", Some(&cookie), None, encode_form(&complete)),
    );
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(all_requests(&kiosk), after + 1);
}
