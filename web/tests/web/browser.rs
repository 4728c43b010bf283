//! The whole kiosk flow in headless Chromium through WebDriver, as a person would use it, in
//! Czech, Ukrainian and Arabic; and the idle reset clearing a half-filled form. Screenshots of
//! every screen (portrait, 1080×1920) go to `docs/screenshots/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` (installed by `scripts/test`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use crate::support::{repo, state};

pub struct Driver {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn chromedriver() -> Driver {
    chromedriver_with(&[])
}

/// A chromedriver whose browsers see no system fonts at all: a fresh machine where only the
/// fonts the kiosk ships can show text.
pub fn chromedriver_without_system_fonts() -> (Driver, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    // One font of symbols only, for no script a kiosk locale uses: Chromium needs at least one.
    let fonts = dir.path().join("none");
    std::fs::create_dir_all(&fonts).unwrap();
    std::fs::copy(
        "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        fonts.join("symbols.ttf"),
    )
    .unwrap();
    let config = dir.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>{}</dir><cachedir>{}</cachedir></fontconfig>\n",
            dir.path().join("none").display(),
            dir.path().join("cache").display()
        ),
    )
    .unwrap();
    let driver = chromedriver_with(&[("FONTCONFIG_FILE", config.to_str().unwrap())]);
    (driver, dir)
}

fn chromedriver_with(env: &[(&str, &str)]) -> Driver {
    let port = free_port();
    let child = Command::new("chromedriver")
        .envs(env.iter().copied())
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs (Debian package chromium-driver; scripts/test installs it)");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver {
        child,
        port,
        _profile: tempfile::tempdir().unwrap(),
    }
}

async fn browser(driver: &Driver, locale: &str) -> Client {
    browser_sized(driver, locale, (1080, 1920)).await
}

/// A headless Chromium window of `size` with a profile of its own named `name`.
pub async fn browser_sized(driver: &Driver, name: &str, size: (u32, u32)) -> Client {
    let profile = driver._profile.path().join(name);
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                format!("--window-size={},{}", size.0, size.1), format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    // The screen is emulated at exactly `size` (a window would lose its frame's height, and
    // 390 px is below Chromium's smallest window); under 500 px it is a phone's touch screen.
    let phone = size.0 < 500;
    let caps = match caps {
        serde_json::Value::Object(mut map) => {
            map["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": {
                    "width": size.0, "height": size.1, "pixelRatio": 1.0,
                    "touch": phone, "mobile": phone
                }
            });
            serde_json::Value::Object(map)
        }
        other => other,
    };
    let caps = match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object"),
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session")
}

/// The kiosk on a free loopback port, as `navrat serve` runs it.
pub async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = navrat_web::app(state()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn screenshot_dir() -> PathBuf {
    let dir = repo().join("docs/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).unwrap();
}

/// Does `act` on the element `css` once the page shows it, retrying for up to 20 s: a page that
/// is still loading (after a click that submits a form) may answer "aborted by navigation" or
/// hand out an element that is gone a moment later.
async fn on_element<T, F, Fut>(c: &Client, css: &str, act: F) -> T
where
    F: Fn(fantoccini::elements::Element) -> Fut,
    Fut: std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
{
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let outcome = match c.find(Locator::Css(css)).await {
            Ok(element) => act(element).await,
            Err(e) => Err(e),
        };
        match outcome {
            Ok(value) => return value,
            Err(e) if Instant::now() > deadline => panic!("{css}: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Waits until the page shows `css`.
pub async fn wait_for(c: &Client, css: &str) {
    on_element(c, css, |_| async { Ok(()) }).await
}

pub async fn click(c: &Client, css: &str) {
    on_element(c, css, |e| async move { e.click().await.map(|_| ()) }).await;
}

pub async fn text(c: &Client, css: &str) -> String {
    on_element(c, css, |e| async move { e.text().await }).await
}

/// The page's writing direction (`dir` of `<html>`).
pub async fn html_dir(c: &Client) -> String {
    c.find(Locator::Css("html"))
        .await
        .unwrap()
        .attr("dir")
        .await
        .unwrap()
        .unwrap_or_default()
}

pub async fn path(c: &Client) -> String {
    c.current_url().await.unwrap().path().to_owned()
}

/// Pick the language, search with a typo, read a topic, ask for a meeting, see the reference,
/// look the request up.
async fn whole_flow(base: &str, driver: &Driver, locale: &str, typo: &str, expected: &str) {
    let c = browser(driver, locale).await;
    c.goto(&format!("{base}/")).await.unwrap();
    if locale == "cs" {
        shot(&c, "picker").await;
    }
    click(&c, &format!("a[href='/{locale}/']")).await;
    assert_eq!(path(&c).await, format!("/{locale}/"));
    let dir = html_dir(&c).await;
    assert_eq!(dir == "rtl", locale == "ar", "{locale}: dir {dir}");
    shot(&c, &format!("{locale}-1-home")).await;

    c.find(Locator::Css("#q"))
        .await
        .unwrap()
        .send_keys(typo)
        .await
        .unwrap();
    // The on-screen keyboard opens on focus.
    assert!(
        c.find(Locator::Css("#osk .osk-key")).await.is_ok(),
        "{locale}: no on-screen keyboard"
    );
    click(&c, "form.search button[type=submit]").await;
    wait_for(&c, "#results a.topic-link").await;
    let links = c
        .find_all(Locator::Css("#results a.topic-link"))
        .await
        .unwrap();
    let mut hrefs = Vec::new();
    for l in links.iter().take(3) {
        hrefs.push(l.attr("href").await.unwrap().unwrap_or_default());
    }
    assert!(
        hrefs.iter().any(|h| h.ends_with(expected)),
        "{locale} {typo:?}: {hrefs:?}"
    );
    shot(&c, &format!("{locale}-2-search")).await;
    click(&c, &format!("#results a[href$='{expected}']")).await;
    assert!(!text(&c, "article h1").await.is_empty());
    shot(&c, &format!("{locale}-3-topic")).await;

    c.goto(&format!("{base}/{locale}/appointment"))
        .await
        .unwrap();
    shot(&c, &format!("{locale}-4-places")).await;
    click(&c, "a[href*='point=praha']").await;
    click(&c, "input[name=days]").await;
    click(&c, "input[name=parts]").await;
    c.find(Locator::Css("#alias"))
        .await
        .unwrap()
        .send_keys("Test <b>")
        .await
        .unwrap();
    // Done typing: the keyboard's Hide key uncovers the rest of the form.
    click(&c, "#osk [data-action=hide]").await;
    click(&c, "input[name=consent]").await;
    shot(&c, &format!("{locale}-5-form")).await;
    click(&c, "form.appointment button[type=submit]").await;
    wait_for(&c, "dl.review").await;
    shot(&c, &format!("{locale}-6-review")).await;
    click(&c, "form:has(input[name=step][value=submit]) button").await;
    let reference = text(&c, ".reference-code").await;
    assert_eq!(reference.len(), 11, "{locale}: reference {reference:?}");
    shot(&c, &format!("{locale}-7-sent")).await;

    c.goto(&format!("{base}/{locale}/status")).await.unwrap();
    c.find(Locator::Css("#reference"))
        .await
        .unwrap()
        .send_keys(&reference.to_lowercase())
        .await
        .unwrap();
    click(&c, "form.lookup button[type=submit]").await;
    assert_eq!(text(&c, ".reference-code").await, reference);
    assert!(text(&c, ".status").await.chars().count() > 5);
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_finds_a_topic_and_asks_for_a_meeting_in_czech_ukrainian_and_arabic() {
    let base = serve().await;
    let driver = chromedriver();
    whole_flow(
        &base,
        &driver,
        "cs",
        "zákat vstupu",
        "entry-ban-and-repayment",
    )
    .await;
    whole_flow(&base, &driver, "uk", "паспотр", "travel-documents").await;
    whole_flow(&base, &driver, "ar", "جواز السقر", "travel-documents").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_reset_warns_then_clears_a_half_filled_form() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser(&driver, "idle").await;
    // This device runs the profile with a 10-second idle reset.
    c.goto(&format!("{base}/k/fast")).await.unwrap();
    c.goto(&format!("{base}/cs/appointment?point=praha"))
        .await
        .unwrap();
    c.find(Locator::Css("#alias"))
        .await
        .unwrap()
        .send_keys("Half-filled")
        .await
        .unwrap();
    click(&c, "input[name=days]").await;
    let warning = c.find(Locator::Css("#idle-warning")).await.unwrap();
    let start = Instant::now();
    while !warning.is_displayed().await.unwrap() {
        assert!(start.elapsed() < Duration::from_secs(15), "no idle warning");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let seconds: u32 = warning
        .attr("data-seconds")
        .await
        .unwrap()
        .unwrap_or_default()
        .parse()
        .unwrap();
    assert!((1..=4).contains(&seconds), "countdown at {seconds}");
    // The number is formatted by Fluent as a number, so Czech gets its plural form.
    let shown = text(&c, "#idle-text")
        .await
        .replace(['\u{2068}', '\u{2069}'], "");
    let form = if seconds == 1 { "sekundu" } else { "sekundy" };
    assert!(
        shown.contains(&format!("{seconds} {form}")),
        "countdown shows {shown:?}"
    );
    shot(&c, "cs-8-idle-warning").await;
    while path(&c).await != "/" {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "not reset to the picker"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    c.goto(&format!("{base}/cs/appointment?point=praha"))
        .await
        .unwrap();
    let alias = c
        .find(Locator::Css("#alias"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(alias, "", "the form starts empty again");
    c.close().await.unwrap();
}

/// Serves a workspace router on a free loopback port for the browser; returns its base URL.
pub async fn serve_workspace(app: &axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = app
        .clone()
        .into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

/// On the workspace's sign-in page: types `login` and the tests' password and sends the form.
pub async fn sign_in(c: &Client, login: &str) {
    for (field, value) in [
        ("#login", login),
        ("#password", crate::workspace::support::PASSWORD),
    ] {
        c.find(Locator::Css(field))
            .await
            .unwrap()
            .send_keys(value)
            .await
            .unwrap();
    }
    click(c, "form[action='/login'] button[type=submit]").await;
}

/// Switches the signed-in workspace to `locale` with the language picker in its header.
pub async fn switch_language(c: &Client, base: &str, locale: &str) {
    c.goto(&format!("{base}/")).await.unwrap();
    click(c, &format!("#ws-lang option[value={locale}]")).await;
    click(c, "form[action='/language'] button").await;
    wait_for(c, &format!("html[lang={locale}]")).await;
}

/// Signs out of the workspace with the button in its header.
pub async fn sign_out(c: &Client) {
    click(c, "form[action='/logout'] button").await;
    wait_for(c, "#login").await;
}
