//! Every route in every locale: status, `lang` and `dir`, and what a person must see.

use crate::support::{get, locales, state};

fn html_attrs(body: &str) -> (String, String) {
    let tag = &body[body.find("<html").unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    let attr = |name: &str| {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..].split('"').next().unwrap().to_owned()
    };
    (attr("lang"), attr("dir"))
}

#[tokio::test]
async fn every_screen_answers_in_every_locale_with_lang_and_dir() {
    for locale in locales() {
        let dir = if locale == "ar" || locale == "fa" {
            "rtl"
        } else {
            "ltr"
        };
        for path in [
            format!("/{locale}/"),
            format!("/{locale}/topics/who-can-apply"),
            format!("/{locale}/search?q=pas"),
            format!("/{locale}/search?q="),
            format!("/{locale}/appointment"),
            format!("/{locale}/appointment?point=praha"),
            format!("/{locale}/status"),
            format!("/{locale}/ask"),
        ] {
            let page = get(&path, None).await;
            assert_eq!(page.status, 200, "{path}");
            assert_eq!(
                html_attrs(&page.body),
                (locale.clone(), dir.to_owned()),
                "{path}"
            );
            assert!(
                page.body.contains("href=\"/clear\""),
                "{path}: no Finish and clear"
            );
            assert!(
                !page.body.contains("{ $"),
                "{path}: an unformatted placeable"
            );
        }
    }
}

#[tokio::test]
async fn the_picker_lists_every_language_by_its_own_name() {
    let page = get("/", None).await;
    assert_eq!(page.status, 200);
    for name in [
        "Čeština",
        "Українська",
        "العربية",
        "فارسی",
        "ქართული",
        "中文",
        "Tiếng Việt",
        "Монгол",
    ] {
        assert!(page.body.contains(name), "{name}");
    }
    assert!(page.body.contains("lang=\"ar\" dir=\"rtl\""));
}

#[tokio::test]
async fn unknown_addresses_lead_back_to_the_picker_in_every_language() {
    for path in [
        "/xx/",
        "/nothing/here/at/all",
        "/assets/../Cargo.toml",
        "/assets/kiosk.css",
    ] {
        let page = get(path, None).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("href=\"/\""), "{path}");
        assert!(
            page.body.contains("Stránka neexistuje")
                || page.body.contains("This page does not exist"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn topics_show_draft_outdated_and_fallback_notices() {
    // Ukrainian texts are machine drafts: the notice says so.
    let page = get("/uk/topics/who-can-apply", None).await;
    assert!(page.body.contains("notice-draft"), "draft notice missing");
    // English is reviewed: no draft notice.
    let page = get("/en/topics/who-can-apply", None).await;
    assert!(!page.body.contains("notice-draft"));
    // Sample data is flagged.
    let page = get("/en/topics/reach-a-counsellor", None).await;
    assert!(page.body.contains("notice-sample"));
}

#[tokio::test]
async fn search_finds_with_a_typo_and_marks_the_words() {
    let page = get("/en/search?q=pasport", None).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("/en/topics/travel-documents"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<mark>"));
    let partial = get("/en/search?q=pasport&partial=1", None).await;
    assert!(!partial.body.contains("<html"), "partial is a fragment");
    assert!(partial.body.contains("/en/topics/travel-documents"));
    assert_eq!(page.headers.get("cache-control").unwrap(), "no-store");
}

#[tokio::test]
async fn assets_are_served_with_hashed_names_and_long_cache() {
    let home = get("/cs/", None).await;
    let css = home
        .body
        .split("href=\"/assets/")
        .skip(1)
        .find(|link| link.starts_with("kiosk."))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let page = get(&format!("/assets/{css}"), None).await;
    assert_eq!(page.status, 200);
    assert!(
        page.headers
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(page.body.contains("--accent"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in ["/", "/cs/", "/cs/appointment?point=praha", "/nothing"] {
        let page = get(path, None).await;
        let csp = page
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(
            page.headers.get("x-content-type-options").unwrap(),
            "nosniff"
        );
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
    }
}

#[tokio::test]
async fn the_home_page_stays_small() {
    let home = get("/cs/", None).await;
    let mut total = home.body.len();
    // Each asset once, as a browser fetches it (the pictograms' sprite is named many times).
    let mut names: Vec<&str> = home
        .body
        .split("\"/assets/")
        .skip(1)
        .map(|asset| asset.split(['"', '#']).next().unwrap())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        total += get(&format!("/assets/{name}"), None).await.body.len();
    }
    assert!(
        total <= 60 * 1024,
        "home page with CSS and JS is {total} bytes"
    );
}

#[tokio::test]
async fn a_published_change_reaches_the_topic_page_at_once() {
    use navrat_content::Locale;
    use navrat_content::model::{Provenance, Slug, TopicText, Translation, TranslationStatus};
    let before = get("/ro/topics/health-needs", None).await;
    assert!(before.body.contains("notice-draft"));
    let store = crate::support::state().store;
    let slug = Slug::parse("health-needs").unwrap();
    let text = TopicText {
        title: "Sănătate (verificat)".into(),
        summary: "Rezumat.".into(),
        body: "Text verificat de un consilier.".into(),
        keywords: vec![],
    };
    let t = Translation {
        slug: slug.clone(),
        locale: Locale::parse("ro").unwrap(),
        text,
        status: TranslationStatus::InReview,
        provenance: Provenance::Community,
        author: "ana".into(),
        reviewer: None,
        source_revision: 1,
    };
    store.save_translation_draft(&t, "ana").unwrap();
    store
        .publish_translation(&slug, t.locale, "mihai", "mihai")
        .unwrap();
    let after = get("/ro/topics/health-needs", None).await;
    assert!(
        after.body.contains("Sănătate (verificat)"),
        "the cached page was not refreshed"
    );
    assert!(!after.body.contains("notice-draft"));
}

#[tokio::test]
async fn an_unknown_topic_is_explained_in_the_language_the_person_chose() {
    for (locale, message, dir) in [
        ("cs", "Tato stránka neexistuje.", "ltr"),
        ("uk", "Такої сторінки не існує.", "ltr"),
        ("ar", "هذه الصفحة غير موجودة.", "rtl"),
        ("zh", "此页面不存在。", "ltr"),
    ] {
        for path in [
            format!("/{locale}/topics/no-such-topic"),
            format!("/{locale}/topics/..%2F..%2Fetc"),
            format!("/{locale}/no/such/page"),
        ] {
            let page = get(&path, None).await;
            assert_eq!(page.status, 404, "{path}");
            assert!(
                page.body
                    .contains(&format!("<html lang=\"{locale}\" dir=\"{dir}\">")),
                "{path}: not a page in {locale}"
            );
            assert!(page.body.contains(message), "{path}: {message}");
            if locale != "en" {
                assert!(
                    !page.body.contains("This page does not exist"),
                    "{path}: not a page in every language"
                );
            }
            // The usual bar: Home of the chosen language, Finish.
            assert!(
                page.body.contains(&format!("href=\"/{locale}/\"")),
                "{path}"
            );
            assert!(page.body.contains("href=\"/clear\""), "{path}");
        }
    }
}

#[tokio::test]
async fn places_are_in_the_persons_language_counselling_points_first_and_marked_as_unchecked() {
    let page = get("/uk/appointment", None).await;
    let prague = page
        .body
        .find("Консультаційний пункт Прага")
        .expect("Prague in Ukrainian");
    let detention = page
        .body
        .find("Заклад для затримання іноземців (ZZC) Balková")
        .expect("Balková in Ukrainian");
    assert!(
        prague < detention,
        "counselling points come before detention facilities"
    );
    assert!(
        !page.body.contains("Detention facility for foreigners"),
        "no English names"
    );
    // Address, hours and visiting rules are shown, each place marked as sample data.
    assert!(
        page.body
            .contains("Ukázková 12, 110 00 Praha 1 (зразкова адреса)")
    );
    assert!(page.body.contains("Візьміть із собою документи"));
    assert_eq!(
        page.body.matches("Зразкові дані, не перевірено").count(),
        7,
        "each place carries the sample mark"
    );
    // Sample languages are no promise: the page does not claim them as fact.
    assert!(
        !page
            .body
            .contains("Консультанти тут розмовляють вашою мовою")
    );
    // One notice says what is unchecked: the screens, the place texts, the sample data.
    assert_eq!(
        page.body.matches("class=\"notice ").count(),
        1,
        "one notice"
    );
    for said in [
        "ui-draft-notice",
        "kiosk-notice-point-draft",
        "notice-sample-data",
    ] {
        assert!(
            page.body.contains(&format!("<li class=\"{said}\">")),
            "{said}"
        );
    }
    // Czech texts are the staff's own: no machine-draft line for the places.
    let czech = get("/cs/appointment", None).await;
    assert!(!czech.body.contains("kiosk-notice-point-draft"));
    assert!(czech.body.contains("notice-sample-data"));
}

#[tokio::test]
async fn html_css_and_script_go_out_compressed_and_fonts_as_they_are() {
    use axum::body::Body;
    use axum::http::{Request, header};
    use tower::ServiceExt;
    let picker = get("/", None).await;
    let css = picker
        .body
        .split("href=\"")
        .skip(1)
        .filter_map(|r| r.split('"').next())
        .find(|u| u.starts_with("/assets/kiosk."))
        .unwrap()
        .to_owned();
    for (path, encoding) in [
        ("/uk/".to_owned(), "br"),
        ("/uk/".to_owned(), "gzip"),
        (css.clone(), "br"),
        (css, "gzip"),
    ] {
        let request = Request::get(&path)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        let response = navrat_web::app(state()).oneshot(request).await.unwrap();
        assert_eq!(
            response.headers().get(header::CONTENT_ENCODING).unwrap(),
            encoding,
            "{path}"
        );
    }
    // Without Accept-Encoding, plain text.
    let plain = get("/uk/", None).await;
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());
    assert!(plain.body.contains("<!doctype html>"));
}

#[tokio::test]
async fn pages_pass_the_html_checks_people_never_see() {
    // The tab icon exists.
    let icon = get("/favicon.ico", None).await;
    assert_eq!(icon.status, 200);
    assert!(icon.body.starts_with("<svg"));
    for path in [
        "/uk/",
        "/uk/appointment",
        "/uk/appointment?point=praha",
        "/ar/status",
        "/ar/ask",
        "/zh/topics/who-can-apply",
    ] {
        let page = get(path, None).await;
        assert_eq!(page.status, 200, "{path}");
        // A valid refresh (seconds, semicolon, space, URL) for browsers without script.
        assert!(
            page.body
                .contains("http-equiv=\"refresh\" content=\"30; url=/clear\""),
            "{path}"
        );
        assert!(
            page.body.contains("<meta name=\"description\" content=\""),
            "{path}"
        );
        // Headings never skip a level (h1 → h3).
        let mut last = 0;
        for (at, _) in page.body.match_indices("<h") {
            let Some(level) = page.body[at + 2..]
                .chars()
                .next()
                .and_then(|c| c.to_digit(10))
            else {
                continue;
            };
            assert!(level <= last + 1, "{path}: h{last} then h{level}");
            last = level;
        }
        // At most one notice about unchecked content.
        assert!(
            page.body.matches("notice-unreviewed").count() <= 1,
            "{path}"
        );
    }
}

#[tokio::test]
async fn after_a_request_the_status_says_what_happens_next_for_how_the_person_chose() {
    use navrat_content::model::{Contact, PhoneNumber};
    let request = |contact| {
        navrat_testkit::request()
            .locale("en")
            .contact(contact)
            .build()
    };
    let come_back = state()
        .store
        .create_appointment_request(&request(Contact::ComeBack))
        .unwrap();
    let page = get(
        &format!("/en/appointment/{}", come_back.reference.as_str()),
        None,
    )
    .await;
    assert!(
        page.body
            .contains("Come back to this kiosk from the next working day")
    );
    assert!(
        page.body.contains("Check my request"),
        "names the button to tap"
    );
    assert!(!page.body.contains("will contact you"), "no call promised");
    let phone = Contact::Phone(PhoneNumber::parse("+420 777 123 456").unwrap());
    let by_phone = state()
        .store
        .create_appointment_request(&request(phone))
        .unwrap();
    let page = get(
        &format!("/en/appointment/{}", by_phone.reference.as_str()),
        None,
    )
    .await;
    assert!(page.body.contains("will call or text you"));
}
