//! Monitoring: after people used the kiosk and the bot and a coordinator the workspace,
//! `/metrics` on the workspace's listener parses as the Prometheus text format, counts what
//! happened, and holds nothing a person typed or is known by.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use navrat_testkit::person::Person;
use navrat_testkit::telegram::FakeTelegram;

use crate::reliability::{ask_for_appointment, field, http};
use crate::{free_port, navrat, run, serve_with_bot, stop};

/// One sample: metric name, labels, value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// A strict reader of the Prometheus text format 0.0.4: every line a HELP, a TYPE or a sample
/// of a family declared before it; names and labels well-formed; values numbers; no series
/// twice; histogram buckets cumulative up to `+Inf` equal to `_count`.
fn parse_exposition(body: &str) -> Result<Vec<Sample>, String> {
    fn valid_name(n: &str) -> bool {
        let mut chars = n.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    }
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut helps = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut samples = Vec::new();
    if !body.ends_with('\n') {
        return Err("the body does not end with a newline".into());
    }
    for (number, line) in body.lines().enumerate() {
        let at = |what: &str| format!("line {}: {what}: {line:?}", number + 1);
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, _) = rest
                .split_once(' ')
                .ok_or_else(|| at("HELP without text"))?;
            if !valid_name(name) || !helps.insert(name.to_owned()) {
                return Err(at("bad or repeated HELP"));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest
                .split_once(' ')
                .ok_or_else(|| at("TYPE without kind"))?;
            if !valid_name(name)
                || !["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind)
            {
                return Err(at("bad TYPE"));
            }
            if types.insert(name.to_owned(), kind.to_owned()).is_some() {
                return Err(at("TYPE repeated"));
            }
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            return Err(at("stray comment or empty line"));
        }
        let (series, value) = line.rsplit_once(' ').ok_or_else(|| at("no value"))?;
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().map_err(|_| at("value is not a number"))?,
        };
        let (name, labels) = match series.split_once('{') {
            None => (series, BTreeMap::new()),
            Some((name, rest)) => {
                let inner = rest
                    .strip_suffix('}')
                    .ok_or_else(|| at("labels not closed"))?;
                (name, parse_labels(inner).map_err(|e| at(&e))?)
            }
        };
        if !valid_name(name) {
            return Err(at("bad metric name"));
        }
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| {
                let base = name.strip_suffix(suffix)?;
                (types.get(base).map(String::as_str) == Some("histogram")).then_some(base)
            })
            .unwrap_or(name);
        if !types.contains_key(family) {
            return Err(at("sample of a family without TYPE"));
        }
        if !seen.insert(series.to_owned()) {
            return Err(at("series repeated"));
        }
        samples.push(Sample {
            name: name.to_owned(),
            labels,
            value,
        });
    }
    for (family, kind) in &types {
        if kind != "histogram" {
            continue;
        }
        let buckets: Vec<&Sample> = samples
            .iter()
            .filter(|s| s.name == format!("{family}_bucket"))
            .collect();
        let count = samples
            .iter()
            .find(|s| s.name == format!("{family}_count"))
            .ok_or(format!("{family}: no _count"))?;
        if buckets.windows(2).any(|w| w[1].value < w[0].value) {
            return Err(format!("{family}: buckets not cumulative"));
        }
        let last = buckets.last().ok_or(format!("{family}: no buckets"))?;
        if last.labels.get("le").map(String::as_str) != Some("+Inf") || last.value != count.value {
            return Err(format!("{family}: +Inf bucket missing or not the count"));
        }
    }
    Ok(samples)
}

/// `a="x",b="y\"z"` into a map; escapes `\\`, `\"`, `\n` only.
fn parse_labels(inner: &str) -> Result<BTreeMap<String, String>, String> {
    let mut labels = BTreeMap::new();
    let mut rest = inner;
    while !rest.is_empty() {
        let (name, after) = rest.split_once("=\"").ok_or("label without =\"")?;
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next() {
                None => return Err("label value not closed".into()),
                Some((i, '"')) => break i,
                Some((_, '\\')) => match chars.next() {
                    Some((_, '\\')) => value.push('\\'),
                    Some((_, '"')) => value.push('"'),
                    Some((_, 'n')) => value.push('\n'),
                    _ => return Err("bad escape".into()),
                },
                Some((_, c)) => value.push(c),
            }
        };
        if labels.insert(name.to_owned(), value).is_some() {
            return Err("label repeated".into());
        }
        rest = &after[end + 1..];
        rest = match rest.strip_prefix(',') {
            Some(r) => r,
            None if rest.is_empty() => rest,
            None => return Err("junk after a label".into()),
        };
    }
    Ok(labels)
}

/// Prints the service's log when the test fails, so the failure shows why.
pub(super) struct ShowLogOnFailure(pub(super) std::path::PathBuf);

impl Drop for ShowLogOnFailure {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("{}", std::fs::read_to_string(&self.0).unwrap_or_default());
        }
    }
}

/// Signs `login` in through the workspace's sign-in form, as a browser does; the session's
/// cookies, for a `Cookie` header.
pub(super) fn sign_in(workspace: SocketAddr, login: &str, password: &str) -> String {
    let (_, head, body) = get(workspace, "/login", "");
    let form_cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_owned();
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", &field(&body, "csrf").unwrap())
        .append_pair("login", login)
        .append_pair("password", password)
        .finish();
    let (status, head, _) = http(
        workspace,
        &format!(
            "POST /login HTTP/1.1\r\nHost: navrat\r\nConnection: close\r\nCookie: {form_cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        ),
    )
    .unwrap();
    assert_eq!(status, 303, "{head}");
    head.lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .filter_map(|c| c.split(';').next())
        .collect::<Vec<_>>()
        .join("; ")
}

/// GET with `cookie`: (status, head, body).
pub(super) fn get(addr: SocketAddr, path: &str, cookie: &str) -> (u16, String, String) {
    http(
        addr,
        &format!(
            "GET {path} HTTP/1.1\r\nHost: navrat\r\nConnection: close\r\nCookie: {cookie}\r\n\r\n"
        ),
    )
    .unwrap_or_else(|| panic!("GET {path} got no answer"))
}

fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

#[test]
fn the_parser_refuses_what_prometheus_would() {
    let good = "# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"1\"} 3\n";
    assert!(parse_exposition(good).is_ok());
    for bad in [
        "a_total 3\n",                                    // no TYPE
        "# TYPE a_total counter\na_total{x=\"1} 3\n",     // label not closed
        "# TYPE a_total counter\na_total three\n",        // not a number
        "# TYPE a_total counter\na_total 1\na_total 2\n", // series twice
        "# TYPE a_total counter\na-total 1\n",            // bad name
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n", // not cumulative
        "# TYPE a_total counter\na_total 1", // no final newline
    ] {
        assert!(parse_exposition(bad).is_err(), "accepted: {bad:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_after_kiosk_bot_and_workspace_count_what_happened_and_hold_nothing_personal() {
    let data = tempfile::tempdir().unwrap();
    let fake = FakeTelegram::start().await;
    let (kiosk, workspace) = (free_port(), free_port());
    let password = "correct horse battery staple";
    let added = run(navrat(data.path())
        .args(["user", "add", "eva", "--role", "coordinator"])
        .env("NAVRAT_USER_PASSWORD", password));
    assert!(added.status.success(), "{added:?}");
    let child = tokio::task::block_in_place(|| {
        serve_with_bot(data.path(), &fake, kiosk, workspace, "info")
    });
    let log = data.path().join("serve.log");
    let _show_log = ShowLogOnFailure(log.clone());

    // What people typed and are known by, to look for afterwards.
    let kiosk_search = "zapomenutyklicek";
    let bot_search = "загубленийключик";
    let nickname = "Oksana";
    let chat = 771_234_567_i64;

    let (reference, topic_page) = tokio::task::block_in_place(|| {
        let reference = ask_for_appointment(kiosk).expect("the kiosk accepted the request");
        let (status, _, _) = get(kiosk, &format!("/cs/search?q={kiosk_search}"), "");
        assert_eq!(status, 200);
        let topic = get(kiosk, "/uk/topics/confidentiality", "");
        let _ = get(kiosk, "/k/zzc-balkova", "");
        (reference, topic)
    });
    assert_eq!(topic_page.0, 200);

    let person = Person::new(&fake, chat, Some("uk"));
    person.says("/start").await;
    person.says(bot_search).await;

    // A coordinator signs in and looks at the requests.
    let signed_in = tokio::task::block_in_place(|| {
        let session = sign_in(workspace, "eva", password);
        let (status, _, body) = get(workspace, "/requests", &session);
        assert_eq!(status, 200);
        body
    });
    assert!(
        signed_in.replace('-', "").contains(&reference),
        "the coordinator sees the request {reference}: {signed_in}"
    );

    let (status, head, body) = tokio::task::block_in_place(|| {
        // The bot counts an update when it finishes handling it: wait until both are counted.
        let start = Instant::now();
        loop {
            let got = get(workspace, "/metrics", "");
            let samples = parse_exposition(&got.2).unwrap_or_default();
            let updates = value(&samples, "navrat_bot_update_seconds_count", &[]).unwrap_or(0.0);
            if updates >= 2.0 || start.elapsed() > Duration::from_secs(20) {
                break got;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    let kiosk_metrics = get(kiosk, "/metrics", "").0;
    stop(child);

    assert_eq!(status, 200);
    assert!(head.contains("text/plain; version=0.0.4"), "{head}");
    let samples = parse_exposition(&body).unwrap_or_else(|e| panic!("{e}\n{body}"));
    assert_eq!(
        kiosk_metrics, 404,
        "/metrics is not on the kiosk's listener"
    );

    // It counts what happened.
    let kiosk_requests = |route: &str, locale: &str| {
        value(
            &samples,
            "navrat_requests_total",
            &[("channel", "kiosk"), ("route", route), ("locale", locale)],
        )
        .unwrap_or(0.0)
    };
    assert!(
        kiosk_requests("/{locale}/topics/{slug}", "uk") >= 1.0,
        "{body}"
    );
    assert!(kiosk_requests("/{locale}/search", "cs") >= 1.0, "{body}");
    assert!(
        kiosk_requests("/{locale}/appointment", "cs") >= 2.0,
        "{body}"
    );
    assert!(
        value(
            &samples,
            "navrat_requests_total",
            &[("channel", "telegram"), ("locale", "uk")]
        )
        .unwrap_or(0.0)
            >= 2.0,
        "{body}"
    );
    assert!(
        value(
            &samples,
            "navrat_requests_total",
            &[("channel", "workspace"), ("route", "/requests")]
        )
        .unwrap_or(0.0)
            >= 1.0,
        "{body}"
    );
    assert_eq!(
        value(
            &samples,
            "navrat_appointment_requests",
            &[("status", "new")]
        ),
        Some(1.0),
        "{body}"
    );
    assert_eq!(
        value(
            &samples,
            "navrat_appointment_requests",
            &[("status", "done")]
        ),
        Some(0.0)
    );
    assert_eq!(value(&samples, "navrat_outbox_queued", &[]), Some(0.0));
    assert!(
        value(&samples, "navrat_search_seconds_count", &[]).unwrap_or(0.0) >= 2.0,
        "{body}"
    );
    assert!(
        value(&samples, "navrat_search_misses_total", &[]).unwrap_or(0.0) >= 2.0,
        "{body}"
    );
    assert!(
        value(&samples, "navrat_bot_update_seconds_count", &[]).unwrap_or(0.0) >= 2.0,
        "{body}"
    );
    assert!(
        value(
            &samples,
            "navrat_kiosk_last_seen_age_seconds",
            &[("kiosk", "zzc-balkova")]
        )
        .is_some(),
        "every configured kiosk has a line: {body}"
    );

    // Nothing personal or typed, anywhere in the body (labels or otherwise).
    let chat_text = chat.to_string();
    let shown_reference: Vec<String> = reference
        .as_bytes()
        .chunks(3)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    for needle in [
        reference.as_str(),
        &shown_reference.join("-"),
        nickname,
        kiosk_search,
        bot_search,
        &chat_text,
        "eva",
        navrat_testkit::telegram::TOKEN,
        "confidentiality",
    ] {
        assert!(!body.contains(needle), "{needle:?} is in /metrics:\n{body}");
    }
}
