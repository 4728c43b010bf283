//! Inbox page latency with 10,000 questions (figures, not assertions; results go into
//! docs/benchmarks.md). The store is filled with testkit's filler (a month of questions in
//! every locale, most closed); a coordinator and a uk-speaking counsellor, signed in through
//! the real sign-in form, load the inbox tabs and a conversation through the workspace's real
//! router. Baselines in the same run: `GET /healthz` and the same pages over 10 questions.
//!
//! Run: `cargo bench -p navrat-web --bench inbox` (add `--profile dev` for a quick look).

#![expect(
    clippy::unwrap_used,
    reason = "a benchmark fails loudly on anything unexpected"
)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use criterion::Criterion;
use navrat_content::Locale;
use navrat_content::model::Role;
use navrat_testkit::fill::{FILLER_COORDINATOR, questions};
use navrat_web::{AppState, KioskConfig, Profiles, SharedConfig, WorkspaceConfig};
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery";
const ROUNDS: usize = 300;

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A workspace over a seeded store holding `count` questions, and the directory keeping it.
fn workspace(count: usize) -> (tempfile::TempDir, Router, i64) {
    let seeded = navrat_testkit::seeded();
    let started = Instant::now();
    let ids = questions(&seeded.store, count, unix_now());
    eprintln!("filled {count} questions in {:.1?}", started.elapsed());
    let roles = [Role::parse("counsellor:praha").unwrap()];
    seeded
        .store
        .add_staff_user("petr", "Petr", PASSWORD, &roles, "bench")
        .unwrap();
    seeded
        .store
        .set_staff_languages("petr", &[Locale::parse("uk").unwrap()], "bench")
        .unwrap();
    let state = AppState {
        store: seeded.store,
        catalog: seeded.catalog,
        searcher: seeded.searcher,
        shared: Arc::new(SharedConfig::new(90)),
        kiosk: Arc::new(KioskConfig::new(Profiles::default(), None)),
        pages: navrat_web::PageCache::default(),
    };
    let app = navrat_web::workspace_app(state, WorkspaceConfig::default());
    (seeded.dir, app, ids[ids.len() / 2])
}

async fn send(app: &Router, mut request: Request<Body>) -> (StatusCode, String, String) {
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect::<Vec<_>>()
        .join("; ");
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, cookie, String::from_utf8_lossy(&bytes).into_owned())
}

/// Signs `login` in through the sign-in form; the session cookie.
async fn sign_in(app: &Router, login: &str) -> String {
    let (_, form_cookie, form) =
        send(app, Request::get("/login").body(Body::empty()).unwrap()).await;
    let token = form
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("csrf", token), ("login", login), ("password", PASSWORD)])
        .finish();
    let request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "workspace.local")
        .header(header::COOKIE, form_cookie)
        .body(Body::from(body))
        .unwrap();
    let (status, cookie, _) = send(app, request).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{login} signs in");
    cookie
}

async fn get(app: &Router, path: &str, cookie: &str) -> usize {
    let request = Request::get(path)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(app, request).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    body.len()
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

/// p50 and p99 of `ROUNDS` loads of `path` (after a few to warm up), and the page's size.
async fn measure(app: &Router, path: &str, cookie: &str) -> (Duration, Duration, usize) {
    let mut size = 0;
    for _ in 0..10 {
        size = get(app, path, cookie).await;
    }
    let mut samples = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        get(app, path, cookie).await;
        samples.push(started.elapsed());
    }
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
        size,
    )
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (_small_dir, small, small_id) = workspace(10);
    let (_big_dir, big, big_id) = workspace(10_000);
    let (small_eva, big_eva, big_petr) = runtime.block_on(async {
        (
            sign_in(&small, FILLER_COORDINATOR).await,
            sign_in(&big, FILLER_COORDINATOR).await,
            sign_in(&big, "petr").await,
        )
    });
    let cases: Vec<(&str, &Router, String, &str)> = vec![
        ("GET /healthz (baseline)", &big, "/healthz".into(), ""),
        (
            "coordinator, 10: GET /inbox",
            &small,
            "/inbox".into(),
            &small_eva,
        ),
        (
            "coordinator, 10: conversation",
            &small,
            format!("/inbox/{small_id}"),
            &small_eva,
        ),
        (
            "coordinator, 10,000: GET /inbox",
            &big,
            "/inbox".into(),
            &big_eva,
        ),
        (
            "coordinator, 10,000: GET /inbox?tab=closed",
            &big,
            "/inbox?tab=closed".into(),
            &big_eva,
        ),
        (
            "coordinator, 10,000: GET /inbox?tab=waiting",
            &big,
            "/inbox?tab=waiting".into(),
            &big_eva,
        ),
        (
            "coordinator, 10,000: conversation",
            &big,
            format!("/inbox/{big_id}"),
            &big_eva,
        ),
        (
            "uk counsellor, 10,000: GET /inbox",
            &big,
            "/inbox".into(),
            &big_petr,
        ),
        (
            "uk counsellor, 10,000: GET /inbox?tab=closed",
            &big,
            "/inbox?tab=closed".into(),
            &big_petr,
        ),
        (
            "coordinator, 10,000: GET /overview",
            &big,
            "/overview".into(),
            &big_eva,
        ),
    ];
    let mut baseline = None;
    println!("| page | p50 | p99 | p50 / healthz p50 | page size |");
    println!("|---|---|---|---|---|");
    for (name, app, path, cookie) in &cases {
        let (p50, p99, size) = runtime.block_on(measure(app, path, cookie));
        let base = *baseline.get_or_insert(p50);
        println!(
            "| {name} | {p50:.2?} | {p99:.2?} | {:.1} | {} KiB |",
            p50.as_secs_f64() / base.as_secs_f64(),
            size / 1024
        );
    }

    // Criterion's estimates for the 10,000-question inbox against its baselines.
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    for (name, app, path, cookie) in [
        ("healthz", &big, "/healthz", ""),
        ("inbox-10", &small, "/inbox", small_eva.as_str()),
        ("inbox-10000", &big, "/inbox", big_eva.as_str()),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| runtime.block_on(get(app, path, cookie)))
        });
    }
    c.final_summary();
}
