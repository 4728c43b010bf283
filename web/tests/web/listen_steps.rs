//! Listen beyond topics, as a person uses it in Chromium: the home page and every appointment
//! step can be heard, the confirmation reads the reference code character by character without
//! the code ever reaching a URL or a file, the idle warning speaks only to a person who has
//! used Listen, and the language picker says each language's name. Screenshots of home with
//! its pictograms (cs, ar) and of the confirmation (fa), at 390 px and desktop width.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use fantoccini::{Client, Locator};
use sha2::{Digest, Sha256};

use crate::browser::{browser_sized, chromedriver, click, path, serve, shot, text, wait_for};
use crate::listen::ready_state;
use crate::support::{get, get_bytes, state};

const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1366, 900);

/// Runs `script` in the page and returns its value.
async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, Vec::new()).await.unwrap()
}

/// Waits until `script` returns something other than `null`, `""` or `false`, and returns it.
async fn wait_value(c: &Client, what: &str, script: &str) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let value = js(c, script).await;
        if !(value.is_null() || value == "" || value == false) {
            return value;
        }
        assert!(Instant::now() < deadline, "{what}: still {value:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Taps the page's Listen and waits until its audio can play.
async fn listen_plays(c: &Client, what: &str) {
    let src = js(
        c,
        "return document.querySelector('[data-listen-audio]').getAttribute('src')",
    )
    .await;
    assert!(
        src.as_str().is_some_and(|s| s.starts_with("/audio/m/")),
        "{what}: the machine voice plays, not {src:?}"
    );
    click(c, "[data-listen-play]").await;
    assert!(ready_state(c).await >= 3, "{what}");
    wait_for(c, "[data-listen][data-state=playing]").await;
    click(c, "[data-listen-pause]").await;
    wait_for(c, "[data-listen][data-state=paused]").await;
}

/// The folder of machine-voice files of the tests' kiosk.
fn machine_dir() -> PathBuf {
    let voice = state().kiosk.voice.clone().unwrap();
    voice
        .path(&"0".repeat(64))
        .unwrap()
        .parent()
        .unwrap()
        .to_owned()
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Fails if any name or content of a file below `dir` holds `needle` (case-insensitive).
fn assert_no_file_holds(dir: &Path, needle: &str) {
    let needle = needle.to_lowercase();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_lowercase();
        assert!(
            !name.contains(&needle),
            "{} is named after it",
            path.display()
        );
        let bytes = std::fs::read(&path).unwrap();
        let content = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(!content.contains(&needle), "{} holds it", path.display());
    }
}

#[tokio::test]
async fn every_main_step_has_its_own_machine_voice_and_mongolian_says_it_has_none() {
    let mut sources = Vec::new();
    for locale in ["cs", "ar"] {
        for path in [
            format!("/{locale}/"),
            format!("/{locale}/appointment"),
            format!("/{locale}/appointment?point=praha"),
        ] {
            let page = get(&path, None).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            let at = page
                .body
                .find("data-listen-audio")
                .unwrap_or_else(|| panic!("{path}: a Listen player"));
            let src = page.body[..at]
                .rsplit("src=\"")
                .next()
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned();
            assert!(src.starts_with("/audio/m/"), "{path}: {src}");
            assert!(
                page.body
                    .contains(&navrat_testkit::text(locale, "listen-machine-voice")),
                "{path}: labelled machine voice"
            );
            let (status, _, bytes) = get_bytes(&src).await;
            assert_eq!(status, StatusCode::OK, "{path}: {src}");
            assert!(
                navrat_content::audio::machine::is_ogg_opus(&bytes),
                "{path}"
            );
            sources.push(src);
        }
    }
    let mut distinct = sources.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), sources.len(), "each step says its own text");

    // Home with its pictograms and player stays light: the sprite is fetched once, apart.
    let cs_home = get("/cs/", None).await;
    eprintln!("home page (cs): {} bytes", cs_home.body.len());
    assert!(
        cs_home.body.len() <= 60 * 1024,
        "home page {} bytes",
        cs_home.body.len()
    );

    let home = get("/mn/", None).await;
    assert!(!home.body.contains("data-listen-play"));
    assert!(
        !home.body.contains("/audio/"),
        "no clip at all in Mongolian"
    );
    assert!(
        home.body
            .contains(&navrat_testkit::text("mn", "listen-no-voice"))
    );
    assert!(home.body.contains("#no-voice"), "the crossed-speaker mark");

    // The picker: a speaker for every language with a voice, the mark for Mongolian.
    let picker = get("/", None).await;
    let mn = picker
        .body
        .split("<li class=\"picker-choice\"")
        .skip(1)
        .find(|li| li.contains("lang=\"mn\""))
        .unwrap();
    assert!(!mn.contains("data-say"), "no speaker for Mongolian");
    assert!(mn.contains(&navrat_testkit::text("mn", "listen-no-voice-short")));
    assert_eq!(picker.body.matches("data-say=").count(), 11);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_listens_on_each_step_in_arabic_on_a_phone_and_hears_the_code_without_it_leaving_the_page()
 {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "listen-steps-ar", PHONE).await;
    c.goto(&format!("{base}/ar/")).await.unwrap();
    wait_for(&c, "h1").await;
    listen_plays(&c, "home").await;

    click(&c, "a[href='/ar/appointment']").await;
    wait_for(&c, "ul.points").await;
    listen_plays(&c, "places").await;
    click(&c, "a[href*='point=praha']").await;
    wait_for(&c, "form.appointment").await;
    listen_plays(&c, "form").await;
    // Back to the places, and on again: Listen is there each time.
    click(&c, "header.bar .bar-nav a.btn-nav:nth-child(2)").await;
    wait_for(&c, "ul.points").await;
    assert_eq!(path(&c).await, "/ar/appointment");
    click(&c, "a[href*='point=praha']").await;
    click(&c, "input[name=days]").await;
    click(&c, "input[name=parts]").await;
    click(&c, "input[name=consent]").await;
    click(&c, ".btn-send").await;
    wait_for(&c, "dl.review").await;
    listen_plays(&c, "review").await;
    click(&c, "form:has(input[name=step][value=submit]) button").await;
    let shown = text(&c, ".reference-code").await;
    let code = navrat_content::ReferenceCode::parse(&shown).unwrap();
    let code = code.as_str().to_owned();
    assert_eq!(code.len(), 9, "{shown}");
    listen_plays(&c, "confirmation").await;

    // Every clip the page asks for while reading the code, as the browser played it.
    js(
        &c,
        "window.heard = []; window.ended = 0; \
         const a = document.querySelector('[data-read-code-audio]'); \
         a.addEventListener('playing', () => window.heard.push(a.currentSrc)); \
         a.addEventListener('ended', () => { window.ended += 1; });",
    )
    .await;
    click(&c, "[data-read-code-play]").await;
    wait_value(
        &c,
        "reading the code",
        "return document.querySelector('[data-read-code]').dataset.state === 'ended'",
    )
    .await;
    let heard: Vec<String> = serde_json::from_value(js(&c, "return window.heard").await).unwrap();
    assert_eq!(
        heard.len(),
        code.len(),
        "one clip per character of {shown}: {heard:?}"
    );
    assert_eq!(
        js(&c, "return window.ended").await.as_f64(),
        Some(code.len() as f64),
        "each clip played to its end"
    );
    let clips: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        js(
            &c,
            "return document.querySelector('[data-read-code]').dataset.readCode",
        )
        .await
        .as_str()
        .unwrap(),
    )
    .unwrap();
    for (c_, url) in code.chars().zip(&heard) {
        let expected = clips[&c_.to_string()].as_str().unwrap();
        assert!(url.ends_with(expected), "{c_}: {url}");
    }

    // The attack: the code, its text's SHA-256, or the machine-voice key of the whole code are
    // in no URL the browser requested and in no file of the machine voice.
    let requested: Vec<String> = serde_json::from_value(
        js(
            &c,
            "return performance.getEntriesByType('resource').map(e => e.name)",
        )
        .await,
    )
    .unwrap();
    assert!(
        requested.iter().filter(|u| u.contains("/audio/m/")).count() >= 5,
        "{requested:?}"
    );
    let voice = state().kiosk.voice.clone().unwrap();
    let ar_voice = voice
        .voice(navrat_content::Locale::parse("ar").unwrap())
        .unwrap();
    let secrets = [
        code.clone(),
        shown.clone(),
        sha256_hex(&code),
        sha256_hex(&shown),
        navrat_content::audio::MachineVoice::key(ar_voice, &code),
        navrat_content::audio::MachineVoice::key(ar_voice, &shown),
    ];
    for url in requested.iter().chain(&heard) {
        for secret in &secrets {
            assert!(
                !url.to_lowercase().contains(&secret.to_lowercase()),
                "{url} holds {secret}"
            );
        }
    }
    let dir = machine_dir();
    for secret in &secrets {
        assert_no_file_holds(&dir, secret);
    }
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_idle_warning_is_spoken_only_to_a_person_who_used_listen() {
    let base = serve().await;
    let driver = chromedriver();
    for listened in [true, false] {
        let c = browser_sized(&driver, &format!("idle-voice-{listened}"), PHONE).await;
        // This device resets after 10 seconds.
        c.goto(&format!("{base}/k/fast")).await.unwrap();
        c.goto(&format!("{base}/cs/")).await.unwrap();
        wait_for(&c, "[data-listen-play]").await;
        assert!(
            js(
                &c,
                "return document.getElementById('idle-warning').dataset.speech"
            )
            .await
            .as_str()
            .is_some_and(|s| s.starts_with("/audio/m/")),
            "the warning has a voice in Czech"
        );
        if listened {
            listen_plays(&c, "home").await;
        } else {
            // A tap somewhere that is not Listen.
            click(&c, "h1").await;
        }
        let spoken = wait_value(
            &c,
            "the idle warning",
            "return document.body.dataset.idleSpoken",
        )
        .await;
        assert_eq!(
            js(&c, "return document.body.dataset.idleChime").await,
            "played",
            "the chime sounds for everyone"
        );
        if listened {
            let spoken = if spoken == "no" {
                spoken
            } else {
                wait_value(
                    &c,
                    "the spoken warning",
                    "const s = document.body.dataset.idleSpoken; return s === 'playing' || s === 'blocked' ? s : null",
                )
                .await
            };
            assert_eq!(spoken, "playing", "spoken to a person who used Listen");
        } else {
            assert_eq!(
                spoken, "no",
                "a person who never asked for sound hears no voice"
            );
        }
        click(&c, "#idle-continue").await;
        c.close().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_picker_says_ukrainian_in_ukrainian_and_shows_mongolian_has_no_voice() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "picker-say", PHONE).await;
    c.goto(&format!("{base}/")).await.unwrap();
    click(&c, "li[lang=uk] [data-say]").await;
    wait_value(
        &c,
        "the Ukrainian name",
        "const b = document.querySelector('li[lang=uk] [data-say]'); \
         if (b.dataset.state === 'error' || b.dataset.state === 'blocked') return 'failed: ' + b.dataset.state; \
         return b.dataset.ready === 'yes' && document.getElementById('say-audio').readyState >= 3",
    )
    .await;
    assert_eq!(
        js(
            &c,
            "return document.querySelector('li[lang=uk] [data-say]').dataset.state || ''"
        )
        .await
        .as_str()
        .map(|s| s.starts_with("failed")),
        Some(false)
    );
    assert_eq!(
        path(&c).await,
        "/",
        "the speaker does not choose the language"
    );
    let mn = c.find(Locator::Css("li[lang=mn] .say-none")).await.unwrap();
    assert!(mn.is_displayed().await.unwrap());
    assert!(
        c.find_all(Locator::Css("li[lang=mn] [data-say]"))
            .await
            .unwrap()
            .is_empty()
    );
    shot(&c, "listen-picker-phone").await;
    // One tap on the name still chooses the language.
    click(&c, "li[lang=uk] a.choice").await;
    wait_for(&c, "[data-listen-play]").await;
    assert_eq!(path(&c).await, "/uk/");
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn screenshots_of_home_with_pictograms_and_of_the_confirmation_with_listen() {
    let base = serve().await;
    let driver = chromedriver();
    for (size, tag) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
        for locale in ["cs", "ar"] {
            let c = browser_sized(&driver, &format!("pict-{locale}-{tag}"), size).await;
            c.goto(&format!("{base}/{locale}/")).await.unwrap();
            wait_for(&c, "h2.category-title svg use").await;
            // The pictograms come from the one sprite, and are big enough to see.
            let sprite = wait_value(
                &c,
                "the pictograms' sprite",
                "return performance.getEntriesByType('resource').some(e => e.name.includes('/assets/icons.'))",
            )
            .await;
            assert_eq!(sprite, true);
            let drawn = js(
                &c,
                "return [...document.querySelectorAll('svg.pict')].filter(s => s.getBoundingClientRect().width >= 24).length",
            )
            .await;
            assert!(drawn.as_f64().unwrap() >= 7.0, "{locale} {tag}: {drawn}");
            let back_flipped = js(
                &c,
                "return getComputedStyle(document.querySelector('header.bar .flip')).transform",
            )
            .await;
            assert_eq!(
                back_flipped != "none",
                locale == "ar",
                "{locale}: Back points the way the page reads ({back_flipped})"
            );
            shot(&c, &format!("listen-home-{locale}-{tag}")).await;
            c.close().await.unwrap();
        }
        let c = browser_sized(&driver, &format!("sent-fa-{tag}"), size).await;
        c.goto(&format!("{base}/fa/appointment?point=praha"))
            .await
            .unwrap();
        click(&c, "input[name=days]").await;
        click(&c, "input[name=parts]").await;
        click(&c, "input[name=consent]").await;
        click(&c, ".btn-send").await;
        click(&c, "form:has(input[name=step][value=submit]) button").await;
        wait_for(&c, "[data-read-code-play]").await;
        assert!(
            c.find(Locator::Css("[data-read-code-play]"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        );
        shot(&c, &format!("listen-sent-fa-{tag}")).await;
        c.close().await.unwrap();
    }
}
