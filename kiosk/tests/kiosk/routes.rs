//! Every route in every locale: status, `lang` and `dir`, and what a person must see.

use crate::support::{get, locales};

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
        .nth(1)
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
    for asset in home.body.split("\"/assets/").skip(1) {
        let name = asset.split('"').next().unwrap();
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
