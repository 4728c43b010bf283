//! Recordings as translators and reviewers meet them over HTTP: uploads taken or refused with
//! a message in their language, listening behind sign-in, review and publishing, the
//! dashboard marking a recording outdated after the Czech source changes, and people of
//! another locale refused.
//!
//! Test audio (a tone as WAV, and as Ogg/Opus from Debian's `opusenc`) comes from
//! `navrat_testkit::audio`.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use navrat_content::model::Slug;
use navrat_testkit::audio::{tone_ogg, tone_wav};
use navrat_testkit::text;
use tower::ServiceExt;

use super::support::{Ws, l};

const TOPIC: &str = "who-can-apply";
const PATH: &str = "/translations/uk/who-can-apply";
const UPLOAD: &str = "/translations/uk/who-can-apply/recording";

/// A Ukrainian translation of the topic that is published, so it can be recorded.
fn published(ws: &Ws) -> Slug {
    let slug = Slug::parse(TOPIC).unwrap();
    ws.state
        .store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    slug
}

/// The Ukrainian recording the topic's translators are working on, if any.
fn working_uk(ws: &Ws, slug: &Slug) -> Option<navrat_content::store::RecordingInfo> {
    ws.state.store.working_recording(slug, l("uk")).unwrap()
}

#[tokio::test]
async fn a_translator_uploads_and_hostile_files_are_refused_with_the_reason() {
    let ws = Ws::new();
    let slug = published(&ws);
    let olena = ws.login("olena").await;
    let cs = |id: &str| text("cs", id);

    // Refused ones first: each says why, in the counsellor's language, and keeps nothing.
    let empty = ws
        .upload(UPLOAD, &olena, "talk.ogg", "audio/ogg", b"", true)
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains(&cs("ws-recording-error-empty")),
        "{}",
        empty.body
    );
    let pdf = ws
        .upload(
            UPLOAD,
            &olena,
            "talk.ogg",
            "audio/ogg",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3 not audio",
            true,
        )
        .await;
    assert_eq!(pdf.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(pdf.body.contains(&cs("ws-recording-error-not-audio")));
    let huge = ws
        .upload(
            UPLOAD,
            &olena,
            "big.wav",
            "audio/wav",
            &vec![0u8; 8 * 1024 * 1024 + 1],
            true,
        )
        .await;
    assert!(
        huge.body.contains(&cs("ws-recording-error-too-large"))
            || huge.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        huge.status
    );
    assert_ne!(huge.status, StatusCode::OK);
    let ogg = tone_ogg(1_500);
    let cut = ws
        .upload(
            UPLOAD,
            &olena,
            "cut.ogg",
            "audio/ogg",
            &ogg[..ogg.len() / 2],
            true,
        )
        .await;
    assert_eq!(cut.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        cut.body.contains("Ogg/Opus") && cut.body.contains("poškozený"),
        "{}",
        cut.body
    );
    assert_eq!(working_uk(&ws, &slug), None);

    // No anti-forgery token: refused before anything is read.
    let forged = ws
        .upload(UPLOAD, &olena, "talk.ogg", "audio/ogg", &ogg, false)
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(working_uk(&ws, &slug), None);

    // A WAV that says it is Ogg: judged by its bytes, taken as WAV, converted, and said so.
    let wav = ws
        .upload(
            UPLOAD,
            &olena,
            "talk.ogg",
            "audio/ogg",
            &tone_wav(1_000, 16_000),
            true,
        )
        .await;
    assert_eq!(wav.status, StatusCode::OK, "{}", wav.body);
    assert!(wav.body.contains(&cs("ws-recording-uploaded")));
    assert!(
        wav.body.contains("WAV"),
        "the counsellor is told what it really was"
    );
    let working = working_uk(&ws, &slug).unwrap();
    assert_eq!(working.uploaded_format.as_str(), "wav");

    // A valid Ogg/Opus file replaces it, byte for byte.
    let valid = ws
        .upload(UPLOAD, &olena, "talk.opus", "audio/ogg", &ogg, true)
        .await;
    assert_eq!(valid.status, StatusCode::OK);
    let working = working_uk(&ws, &slug).unwrap();
    assert_eq!(ws.state.store.recording_bytes(working.id).unwrap(), ogg);
    assert!(
        valid
            .body
            .contains(&format!("/recordings/{}.ogg", working.id)),
        "a player on the page"
    );
    let heard = ws
        .app
        .clone()
        .oneshot(
            Request::get(format!("/recordings/{}.ogg", working.id))
                .header(header::COOKIE, &olena.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(heard.status(), StatusCode::OK);
    assert_eq!(
        heard.headers()[header::CONTENT_TYPE],
        "audio/ogg; codecs=opus"
    );
    assert!(
        heard.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let body = axum::body::to_bytes(heard.into_body(), usize::MAX)
        .await
        .unwrap();
    assert_eq!(
        body.as_ref(),
        ogg.as_slice(),
        "the reviewer hears what was uploaded"
    );
}

#[tokio::test]
async fn a_reviewer_publishes_and_the_dashboard_marks_it_outdated_after_the_source_changes() {
    let ws = Ws::new();
    let slug = published(&ws);
    let (olena, ivan, linh) = (
        ws.login("olena").await,
        ws.login("ivan").await,
        ws.login("linh").await,
    );
    let cs = |id: &str| text("cs", id);
    let ogg = tone_ogg(1_200);
    assert_eq!(
        ws.upload(UPLOAD, &olena, "t.ogg", "audio/ogg", &ogg, true)
            .await
            .status,
        StatusCode::OK
    );
    let id = working_uk(&ws, &slug).unwrap().id;

    // A translator of another locale neither uploads, listens nor acts here.
    assert_eq!(
        ws.upload(UPLOAD, &linh, "t.ogg", "audio/ogg", &ogg, true)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get(&format!("/recordings/{id}.ogg"), Some(&linh))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get(&format!("/recordings/{id}.ogg"), None).await.status,
        StatusCode::SEE_OTHER
    );
    let action = format!("{UPLOAD}/action");
    assert_eq!(
        ws.post(&action, &linh, &[("action", "publish")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // The translator does not publish; she sends it for review, the reviewer publishes.
    let own = ws.post(&action, &olena, &[("action", "publish")]).await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    let sent = ws.post(&action, &olena, &[("action", "submit")]).await;
    assert!(sent.body.contains(&cs("ws-recording-done-submit")));
    let done = ws.post(&action, &ivan, &[("action", "publish")]).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains(&cs("ws-recording-done-publish")));
    let published = ws
        .state
        .store
        .published_recording(&slug, l("uk"))
        .unwrap()
        .unwrap();
    assert_eq!(published.reviewed_by.as_deref(), Some("ivan"));
    let dashboard = ws.get("/translations/uk", Some(&ivan)).await;
    assert!(dashboard.body.contains("recording-published"));
    assert!(!dashboard.body.contains("recording-outdated"));
    // A listener at the kiosk hears the counsellor's recording, said to be recorded.
    let recorded = format!("/audio/r/{}.ogg", published.sha256);
    let outdated_notice = text("uk", "listen-outdated-recording");
    let topic = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(topic.body.contains(&recorded), "{}", topic.body);
    assert!(topic.body.contains(&text("uk", "listen-recorded")));
    assert!(!topic.body.contains(&outdated_notice));

    // The Czech source changes: the dashboard and the page say the recording is outdated.
    navrat_testkit::edit_czech_source(&ws.state.store, &slug, "Nový odstavec.");
    let dashboard = ws.get("/translations/uk", Some(&ivan)).await;
    assert!(
        dashboard.body.contains("recording-outdated"),
        "{}",
        dashboard.body
    );
    let page = ws.get(PATH, Some(&olena)).await;
    assert!(page.body.contains(&cs("ws-recording-outdated")));

    // And for listeners: where there is no machine voice (this kiosk has none), the outdated
    // recording still plays, with the written notice before it…
    let topic = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(topic.body.contains(&recorded));
    assert!(topic.body.contains(&outdated_notice), "{}", topic.body);
    // …and where there is one, the machine voice of the current text takes its place.
    let voice_dir = tempfile::tempdir().unwrap();
    let mut kiosk = (*ws.state.kiosk).clone();
    kiosk.voice = Some(std::sync::Arc::new(
        navrat_content::audio::MachineVoice::find(voice_dir.path(), &navrat_testkit::locales()),
    ));
    let voiced = navrat_web::AppState {
        kiosk: std::sync::Arc::new(kiosk),
        pages: navrat_web::PageCache::default(),
        ..ws.state.clone()
    };
    let response = navrat_web::app(voiced)
        .oneshot(
            Request::get(format!("/uk/topics/{TOPIC}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let topic = crate::support::into_page(response).await;
    assert!(!topic.body.contains(&recorded), "{}", topic.body);
    assert!(topic.body.contains("/audio/m/"));
    assert!(topic.body.contains(&text("uk", "listen-machine-voice")));
}
