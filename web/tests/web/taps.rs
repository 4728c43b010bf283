//! A person at the kiosk, by taps in headless Chromium: Back after sending, the code keyboard,
//! a phone-width screen, errors and the keyboard, the idle warning. Screenshots of the request
//! flow in Ukrainian, Arabic and Chinese at 1080×1920 and 390×844 go to `docs/screenshots/`.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};

use crate::browser::{
    Driver, browser_sized, chromedriver, chromedriver_without_system_fonts, click, path, serve,
    serve_workspace, shot, sign_in, text, wait_for,
};
use crate::support::state;

const PORTRAIT: (u32, u32) = (1080, 1920);
pub(crate) const PHONE: (u32, u32) = (390, 844);

/// Runs `script` in the page and returns its value.
async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, Vec::new()).await.unwrap()
}

async fn number(c: &Client, script: &str) -> f64 {
    js(c, script).await.as_f64().unwrap_or(f64::NAN)
}

/// What a browser error page ("Confirm Form Resubmission", ERR_CACHE_MISS) would show, and
/// what every kiosk page has: the bar with Home and Finish.
pub(crate) async fn assert_kiosk_page(c: &Client, what: &str) {
    wait_for(c, "header.bar a.btn-finish").await;
    let body = text(c, "body").await;
    for error in ["ERR_CACHE_MISS", "Confirm Form Resubmission", "ERR_"] {
        assert!(!body.contains(error), "{what}: browser error page: {body}");
    }
}

/// Taps the first day, day-part and the consent of the appointment form.
async fn fill_form(c: &Client) {
    click(c, "input[name=days]").await;
    click(c, "input[name=parts]").await;
    click(c, "input[name=consent]").await;
}

/// Waits until the address bar shows a path that `ok` accepts.
async fn wait_path(c: &Client, what: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = path(c).await;
        if ok(&now) {
            return now;
        }
        assert!(Instant::now() < deadline, "{what}: still at {now}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_and_home_after_sending_lead_to_kiosk_pages_never_to_a_browser_error() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "back", PHONE).await;
    c.goto(&format!("{base}/")).await.unwrap();
    click(&c, "a[href='/uk/']").await;
    click(&c, "a[href='/uk/appointment']").await;
    click(&c, "a[href*='point=praha']").await;
    // A first try with nothing chosen comes back with errors; Back from there is a page too.
    click(&c, "form.appointment button[type=submit]").await;
    wait_for(&c, "#error-summary").await;
    c.back().await.unwrap();
    assert_kiosk_page(&c, "Back from the errors").await;
    c.forward().await.unwrap();
    assert_kiosk_page(&c, "Forward to the errors").await;
    fill_form(&c).await;
    click(&c, "form.appointment button[type=submit]").await;
    wait_for(&c, "dl.review").await;
    // Back from the review and forward again: both are pages, nothing is sent twice.
    c.back().await.unwrap();
    assert_kiosk_page(&c, "Back from the review").await;
    c.forward().await.unwrap();
    assert_kiosk_page(&c, "Forward to the review").await;
    click(&c, "form:has(input[name=step][value=submit]) button").await;
    let reference = text(&c, ".reference-code").await;
    assert_eq!(reference.len(), 11, "{reference}");
    let sent_at = path(&c).await;

    // Browser Back from the confirmation: every step before is a kiosk page, and none sends
    // the request again.
    for step in 0..4 {
        c.back().await.unwrap();
        assert_kiosk_page(&c, &format!("Back {step} after sending")).await;
    }
    let code = navrat_content::ReferenceCode::parse(&reference).unwrap();
    let stored = state()
        .store
        .appointment_requests(&["praha".into()], None)
        .unwrap()
        .into_iter()
        .filter(|r| r.reference == code)
        .count();
    assert_eq!(stored, 1, "Back sent nothing again");

    // The bar's Back on the confirmation goes home, and so does Home.
    c.goto(&format!("{base}{sent_at}?new=1")).await.unwrap();
    assert_kiosk_page(&c, "the confirmation again").await;
    click(&c, "header.bar .bar-nav a.btn-nav:nth-child(2)").await;
    wait_path(&c, "bar Back on the confirmation", |p| p == "/uk/").await;
    c.back().await.unwrap();
    assert_kiosk_page(&c, "Back to the confirmation").await;
    click(&c, "header.bar .bar-nav a.btn-nav:nth-child(1)").await;
    wait_path(&c, "Home", |p| p == "/uk/").await;
    c.close().await.unwrap();
}

/// A request as the kiosk stores it, to look up.
fn stored_request(locale: &str) -> String {
    let request = navrat_testkit::request().locale(locale).build();
    let stored = state().store.create_appointment_request(&request).unwrap();
    stored.reference.as_str().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reference_code_is_typed_on_the_code_keyboard_in_scripts_without_latin_letters() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "code", PHONE).await;
    for locale in ["uk", "ru", "mn", "ka", "ar", "fa"] {
        let reference = stored_request(locale);
        c.goto(&format!("{base}/{locale}/")).await.unwrap();
        click(&c, &format!("a[href='/{locale}/status']")).await;
        click(&c, "#reference").await;
        wait_for(&c, "#osk .osk-key").await;
        for ch in reference.chars() {
            click(&c, &format!("#osk .osk-key[data-value='{ch}']")).await;
        }
        if locale == "ar" {
            shot(&c, "ar-phone-code-keyboard").await;
        }
        click(&c, "#osk [data-action=hide]").await;
        click(&c, "form.lookup button[type=submit]").await;
        let shown = text(&c, ".reference-code").await;
        assert_eq!(shown.replace('-', ""), reference, "{locale}");
        // The person chose to come back: the page says when and how, not that we will call.
        let status = text(&c, ".status").await;
        let expected = state().catalog.text(
            navrat_content::Locale::parse(locale).unwrap(),
            "kiosk-status-new-come-back",
        );
        let start: String = expected.chars().take(12).collect();
        assert!(status.contains(&start), "{locale}: {status}");
    }
    // Look-alike letters from a Cyrillic keyboard are read as the code.
    let reference = stored_request("ru");
    let cyrillic: String = reference
        .chars()
        .map(|ch| match ch {
            'K' => 'к',
            'M' => 'м',
            'T' => 'т',
            'A' => 'а',
            'E' => 'е',
            'H' => 'н',
            'P' => 'р',
            'C' => 'с',
            'X' => 'х',
            other => other,
        })
        .collect();
    c.goto(&format!("{base}/ru/status")).await.unwrap();
    c.find(Locator::Css("#reference"))
        .await
        .unwrap()
        .send_keys(&cyrillic)
        .await
        .unwrap();
    click(&c, "form.lookup button[type=submit]").await;
    assert_eq!(
        text(&c, ".reference-code").await.replace('-', ""),
        reference
    );
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_summarised_at_the_top_and_send_stays_above_the_keyboard_on_a_phone() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "errors", PHONE).await;
    c.goto(&format!("{base}/ar/appointment?point=praha"))
        .await
        .unwrap();
    // Typing a nickname: the keyboard covers the lower half, the send button stays in sight.
    click(&c, "#alias").await;
    wait_for(&c, "#osk .osk-key").await;
    let send_bottom = number(
        &c,
        "return document.querySelector('.btn-send').getBoundingClientRect().bottom",
    )
    .await;
    let keyboard_top = number(
        &c,
        "return document.getElementById('osk').getBoundingClientRect().top",
    )
    .await;
    assert!(
        send_bottom <= keyboard_top,
        "send button ends at {send_bottom}, keyboard starts at {keyboard_top}"
    );
    shot(&c, "ar-phone-form-keyboard").await;
    click(&c, "#osk [data-action=hide]").await;
    click(&c, ".btn-send").await;
    wait_for(&c, "#error-summary").await;
    let focused = js(
        &c,
        "return document.activeElement && document.activeElement.id",
    )
    .await;
    assert_eq!(focused, "error-summary", "focus moves to the summary");
    let top = number(
        &c,
        "return document.getElementById('error-summary').getBoundingClientRect().top",
    )
    .await;
    let height = number(&c, "return window.innerHeight").await;
    assert!(
        (0.0..height / 2.0).contains(&top),
        "summary at {top} of {height}"
    );
    // Each line of the summary leads to its field.
    let links = c
        .find_all(Locator::Css("#error-summary a[href^='#field-']"))
        .await
        .unwrap();
    assert!(links.len() >= 3, "days, day-parts, consent");
    shot(&c, "ar-phone-errors").await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_idle_warning_chimes_gives_more_time_and_long_topics_get_time_to_read() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "idle-more", PORTRAIT).await;
    // This device resets after 10 seconds.
    c.goto(&format!("{base}/k/fast")).await.unwrap();
    c.goto(&format!("{base}/en/topics/entry-ban-and-repayment"))
        .await
        .unwrap();
    wait_for(&c, "article h1").await;
    let effective = number(&c, "return Number(document.body.dataset.idleEffective)").await;
    assert!(
        effective >= 60.0,
        "a long topic gets time to read it, not 10 s: {effective}"
    );
    c.goto(&format!("{base}/en/status")).await.unwrap();
    wait_for(&c, "#reference").await;
    click(&c, "#reference").await;
    let warning = c.find(Locator::Css("#idle-warning")).await.unwrap();
    let start = Instant::now();
    while !warning.is_displayed().await.unwrap() {
        assert!(start.elapsed() < Duration::from_secs(20), "no idle warning");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let chime = js(&c, "return document.body.dataset.idleChime").await;
    assert_eq!(chime, "played", "the warning is heard as well as seen");
    click(&c, "#idle-continue").await;
    assert!(!warning.is_displayed().await.unwrap());
    assert_eq!(path(&c).await, "/en/status", "more time, nothing cleared");
    c.close().await.unwrap();
}

/// Walks home → places → form → review → sent → lookup in `locale` at `size`, checking that
/// nothing is wider than the screen, and takes a screenshot of each.
async fn screens(base: &str, driver: &Driver, locale: &str, size: (u32, u32), tag: &str) {
    let c = browser_sized(driver, &format!("{locale}-{tag}"), size).await;
    let fits = |what: String| {
        let c = c.clone();
        async move {
            let wide = number(&c, "return document.documentElement.scrollWidth").await;
            let inner = number(&c, "return window.innerWidth").await;
            assert!(
                wide <= inner,
                "{what}: {wide} px wide on a {inner} px screen"
            );
            // Every bar button is on the screen (RTL too), and the bar leaves room to read.
            let outside = number(
                &c,
                "return [...document.querySelectorAll('header.bar .btn')].filter(b => {
                   const r = b.getBoundingClientRect();
                   return r.left < 0 || r.right > window.innerWidth + 0.5; }).length",
            )
            .await;
            assert_eq!(outside, 0.0, "{what}: a bar button is cut off");
            let bar = number(
                &c,
                "const b = document.querySelector('header.bar'); return b ? b.getBoundingClientRect().height : 0",
            )
            .await;
            assert!(
                bar <= inner.min(1000.0) * 0.3,
                "{what}: the bar is {bar} px high"
            );
        }
    };
    c.goto(&format!("{base}/{locale}/")).await.unwrap();
    wait_for(&c, "h1").await;
    fits(format!("{locale} {tag} home")).await;
    shot(&c, &format!("{locale}-{tag}-1-home")).await;
    click(&c, &format!("a[href='/{locale}/appointment']")).await;
    wait_for(&c, "ul.points").await;
    // Counselling points first, detention facilities last.
    let kinds = js(
        &c,
        "return [...document.querySelectorAll('ul.points .point-kind')].map(e => e.textContent)",
    )
    .await;
    let detention = state().catalog.text(
        navrat_content::Locale::parse(locale).unwrap(),
        "point-kind-detention",
    );
    let kinds: Vec<String> = serde_json::from_value(kinds).unwrap();
    let first_detention = kinds.iter().position(|k| *k == detention).unwrap();
    assert!(
        kinds[first_detention..].iter().all(|k| *k == detention),
        "{locale}: {kinds:?}"
    );
    fits(format!("{locale} {tag} places")).await;
    shot(&c, &format!("{locale}-{tag}-2-places")).await;
    click(&c, "a[href*='point=praha']").await;
    fill_form(&c).await;
    fits(format!("{locale} {tag} form")).await;
    shot(&c, &format!("{locale}-{tag}-3-form")).await;
    click(&c, ".btn-send").await;
    wait_for(&c, "dl.review").await;
    fits(format!("{locale} {tag} review")).await;
    shot(&c, &format!("{locale}-{tag}-4-review")).await;
    click(&c, "form:has(input[name=step][value=submit]) button").await;
    wait_for(&c, ".reference-code").await;
    fits(format!("{locale} {tag} sent")).await;
    shot(&c, &format!("{locale}-{tag}-5-sent")).await;
    c.goto(&format!("{base}/{locale}/status")).await.unwrap();
    click(&c, "#reference").await;
    wait_for(&c, "#osk .osk-key").await;
    fits(format!("{locale} {tag} lookup")).await;
    shot(&c, &format!("{locale}-{tag}-6-lookup")).await;
    c.goto(&format!("{base}/{locale}/topics/no-such-topic"))
        .await
        .unwrap();
    assert_kiosk_page(&c, "unknown topic").await;
    fits(format!("{locale} {tag} not found")).await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_request_flow_fits_a_phone_and_a_portrait_kiosk_in_ukrainian_arabic_and_chinese() {
    let base = serve().await;
    let driver = chromedriver();
    for locale in ["uk", "ar", "zh"] {
        screens(&base, &driver, locale, PHONE, "phone").await;
        screens(&base, &driver, locale, PORTRAIT, "kiosk").await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_machine_without_fonts_every_script_shows_in_the_shipped_fonts() {
    let base = serve().await;
    let (driver, _fonts) = chromedriver_without_system_fonts();
    let c = browser_sized(&driver, "no-fonts", PORTRAIT).await;
    c.goto(&format!("{base}/")).await.unwrap();
    wait_for(&c, ".picker-choices").await;
    // The picker shows every language in its own script: each script's font is loaded.
    let deadline = Instant::now() + Duration::from_secs(20);
    let loaded = loop {
        let loaded = js(
            &c,
            "return document.fonts.ready.then(() => [...document.fonts]
               .filter(f => f.status === 'loaded').map(f => f.unicodeRange).join(' '))",
        )
        .await;
        let loaded = loaded.as_str().unwrap_or_default().to_owned();
        if loaded.contains("U+4E00-9FFF") || Instant::now() > deadline {
            break loaded;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    for (script, range) in [
        ("Latin and Cyrillic", "U+400-52F"),
        ("Arabic", "U+600-6FF"),
        ("Georgian", "U+10A0-10FF"),
        ("Chinese", "U+4E00-9FFF"),
    ] {
        assert!(loaded.contains(range), "{script} font not loaded: {loaded}");
    }
    shot(&c, "picker-without-system-fonts").await;
    c.goto(&format!("{base}/zh/appointment?point=praha"))
        .await
        .unwrap();
    wait_for(&c, "form.appointment").await;
    // Chinese is drawn, not boxes, in plain and in bold text (headings, buttons): each
    // character one em wide, as Chinese glyphs are.
    for weight in [400, 700] {
        let width = number(
            &c,
            &format!(
                "const font = '{weight} 20px ' + getComputedStyle(document.body).fontFamily;
                 return document.fonts.load(font, '申请').then(() => {{
                   const ctx = document.createElement('canvas').getContext('2d');
                   ctx.font = font;
                   return ctx.measureText('申请').width; }})"
            ),
        )
        .await;
        assert_eq!(
            width, 40.0,
            "Chinese at weight {weight} is {width} px, not 2 em"
        );
    }
    shot(&c, "zh-kiosk-form-without-system-fonts").await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counsellor_reads_the_request_list_on_a_phone_without_sideways_scrolling() {
    use crate::workspace::support::Ws;
    let ws = Ws::with_config(navrat_web::WorkspaceConfig {
        secure_cookies: false,
        ..navrat_web::WorkspaceConfig::default()
    });
    for locale in ["uk", "ar", "zh", "ka"] {
        ws.state
            .store
            .create_appointment_request(&ws.new_request("praha", locale, None))
            .unwrap();
    }
    let base = serve_workspace(&ws.app).await;

    let driver = chromedriver();
    let c = browser_sized(&driver, "workspace-phone", PHONE).await;
    c.goto(&format!("{base}/login")).await.unwrap();
    sign_in(&c, "petr").await;
    wait_path(&c, "signed in", |p| p == "/").await;
    c.goto(&format!("{base}/requests")).await.unwrap();
    wait_for(&c, "table.rows tbody tr").await;
    let wide = number(&c, "return document.documentElement.scrollWidth").await;
    let inner = number(&c, "return window.innerWidth").await;
    assert!(
        wide <= inner,
        "the request list is {wide} px on a {inner} px screen"
    );
    // The table itself scrolls inside its box, and every reference is reachable.
    let rows = c
        .find_all(Locator::Css("table.rows tbody tr"))
        .await
        .unwrap();
    assert!(rows.len() >= 4);
    shot(&c, "ws-phone-requests").await;
    c.close().await.unwrap();
}
