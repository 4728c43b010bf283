//! Listen: every topic can be heard. The audio route (Range, immutable caching, names that
//! cannot reach other files) and, in Chromium, a person pressing Listen.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use fantoccini::Locator;

use crate::browser::{browser_sized, chromedriver, click, serve, shot, wait_for};
use crate::support::{get, get_bytes, send_for_bytes};

const TOPIC: &str = "changing-your-mind";

/// The Listen link of a topic page: its audio URL.
async fn audio_src(locale: &str) -> String {
    let page = get(&format!("/{locale}/topics/{TOPIC}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    let at = page
        .body
        .find("data-listen-play")
        .unwrap_or_else(|| panic!("{locale}: a Listen button"));
    let before = &page.body[..at];
    let href = before.rfind("href=\"").unwrap() + 6;
    before[href..].split('"').next().unwrap().to_owned()
}

async fn get_range(path: &str, range: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let request = Request::get(path).header(header::RANGE, range);
    send_for_bytes(request.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn topic_audio_is_ogg_opus_served_whole_or_in_ranges_and_cached_for_ever() {
    let src = audio_src("cs").await;
    assert!(
        src.starts_with("/audio/m/") && src.ends_with(".ogg"),
        "{src}"
    );
    let (status, headers, whole) = get_bytes(&src).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "audio/ogg; codecs=opus");
    assert_eq!(headers[header::ACCEPT_RANGES], "bytes");
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(
        headers.get(header::CONTENT_ENCODING).is_none(),
        "audio is not compressed"
    );
    assert!(navrat_content::audio::machine::is_ogg_opus(&whole));
    assert!(
        whole.len() > 4_000,
        "a topic read aloud: {} bytes",
        whole.len()
    );

    let (status, headers, part) = get_range(&src, "bytes=0-99").await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        headers[header::CONTENT_RANGE],
        format!("bytes 0-99/{}", whole.len())
    );
    assert_eq!(part, whole[..100]);
    let (status, _, tail) = get_range(&src, "bytes=-10").await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(tail, whole[whole.len() - 10..]);
    let (status, _, rest) = get_range(&src, &format!("bytes={}-", whole.len() - 1)).await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(rest, whole[whole.len() - 1..]);

    for bad in [
        format!("bytes={}-", whole.len()),
        "bytes=50-10".to_owned(),
        "bytes=0-1,5-9".to_owned(),
        "lines=0-5".to_owned(),
        "bytes=x-y".to_owned(),
    ] {
        let (status, headers, body) = get_range(&src, &bad).await;
        assert_eq!(status, StatusCode::RANGE_NOT_SATISFIABLE, "{bad}");
        assert_eq!(
            headers[header::CONTENT_RANGE],
            format!("bytes */{}", whole.len())
        );
        assert!(body.is_empty());
    }
}

#[tokio::test]
async fn each_language_has_its_own_audio_and_mongolian_says_there_is_no_voice() {
    let cs = audio_src("cs").await;
    let uk = audio_src("uk").await;
    let ar = audio_src("ar").await;
    assert!(cs != uk && uk != ar && cs != ar);
    let page = get(&format!("/cs/topics/{TOPIC}"), None).await;
    assert!(
        page.body.contains("preload=\"none\""),
        "nothing loads before Listen"
    );
    assert!(
        page.body
            .contains(&navrat_testkit::text("cs", "listen-machine-voice"))
    );
    assert!(
        page.body.len() <= 60 * 1024,
        "topic page {} bytes",
        page.body.len()
    );

    let mn = get(&format!("/mn/topics/{TOPIC}"), None).await;
    assert_eq!(mn.status, StatusCode::OK);
    assert!(!mn.body.contains("data-listen-play"));
    assert!(!mn.body.contains("/audio/"));
    assert!(
        mn.body
            .contains(&navrat_testkit::text("mn", "listen-no-voice"))
    );
}

#[tokio::test]
async fn audio_names_cannot_reach_other_files() {
    let src = audio_src("en").await;
    let key = src
        .trim_start_matches("/audio/m/")
        .trim_end_matches(".ogg")
        .to_owned();
    for path in [
        "/audio/m/..%2F..%2Fdata.db.ogg".to_owned(),
        "/audio/m/../../etc/passwd".to_owned(),
        "/audio/m/%2e%2e%2fkey.ogg".to_owned(),
        format!("/audio/m/{}.ogg", key.to_uppercase()),
        format!("/audio/m/{key}"),
        format!("/audio/m/{key}.mp3"),
        format!("/audio/m/{}.ogg", &key[..63]),
        format!("/audio/x/{key}.ogg"),
        format!("/audio/r/{key}.ogg"),
        format!("/audio/m/{}.ogg", "0".repeat(64)),
    ] {
        let (status, headers, _) = get_bytes(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_ne!(
            headers
                .get(header::CONTENT_TYPE)
                .map(|v| v.to_str().unwrap()),
            Some("audio/ogg; codecs=opus"),
            "{path}"
        );
    }
    let (status, _, _) = get_bytes(&src).await;
    assert_eq!(status, StatusCode::OK, "the real name still works");
}

/// Waits until the Listen block says its audio can play (`canplay`) and returns the audio
/// element's readyState.
pub async fn ready_state(c: &fantoccini::Client) -> i64 {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let state = c
            .execute(
                "const a = document.querySelector('[data-listen-audio]'); \
                 const box = document.querySelector('[data-listen]'); \
                 return [a.readyState, box.getAttribute('data-ready') || '', a.error ? a.error.code : 0];",
                vec![],
            )
            .await
            .unwrap();
        let ready = state[0].as_i64().unwrap();
        let flag = state[1].as_str().unwrap().to_owned();
        assert_ne!(flag, "error", "the audio failed to load: {state:?}");
        if ready >= 3 && flag == "yes" {
            return ready;
        }
        assert!(
            Instant::now() < deadline,
            "audio never became playable: {state:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn a_person_presses_listen_in_czech_ukrainian_and_arabic_and_the_audio_plays() {
    let base = serve().await;
    let driver = chromedriver();
    for (locale, size) in [
        ("cs", (1080, 1920)),
        ("uk", (390, 844)),
        ("ar", (1080, 1920)),
    ] {
        let c = browser_sized(&driver, &format!("listen-{locale}"), size).await;
        c.goto(&format!("{base}/{locale}/topics/{TOPIC}"))
            .await
            .unwrap();
        wait_for(&c, "[data-listen-play]").await;
        let before: i64 = c
            .execute(
                "return document.querySelector('[data-listen-audio]').readyState;",
                vec![],
            )
            .await
            .unwrap()
            .as_i64()
            .unwrap();
        assert_eq!(before, 0, "{locale}: nothing is loaded before Listen");
        click(&c, "[data-listen-play]").await;
        assert!(ready_state(&c).await >= 3);
        // Playing: the big button became Pause, and Replay is there.
        wait_for(&c, "[data-listen][data-state=playing]").await;
        let pause = c.find(Locator::Css("[data-listen-pause]")).await.unwrap();
        assert!(pause.is_displayed().await.unwrap());
        shot(&c, &format!("listen-topic-{locale}")).await;
        pause.click().await.unwrap();
        wait_for(&c, "[data-listen][data-state=paused]").await;
        let play = c.find(Locator::Css("[data-listen-play]")).await.unwrap();
        assert!(play.is_displayed().await.unwrap());
        click(&c, "[data-listen-replay]").await;
        wait_for(&c, "[data-listen][data-state=playing]").await;
        let at: f64 = c
            .execute(
                "return document.querySelector('[data-listen-audio]').currentTime;",
                vec![],
            )
            .await
            .unwrap()
            .as_f64()
            .unwrap();
        assert!(at < 30.0, "{locale}: replay starts again from the start");
        c.close().await.unwrap();
    }
}
