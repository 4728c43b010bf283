//! The appointment request through the real router: what a person sends, what comes back.

use crate::support::{Page, encode_form, follow, get, post, post_raw, state};

const SCRIPT: &str = "<script>alert(1)</script>";

/// Opens the form for a point and returns the page and the form cookie.
async fn open_form(locale: &str, point: &str) -> (Page, String) {
    let page = get(&format!("/{locale}/appointment?point={point}"), None).await;
    let cookie = page
        .set_cookie("navrat_form")
        .expect("the form sets its cookie");
    (page, cookie)
}

fn fields<'a>(page: &'a Page, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let mut out: Vec<(&str, String)> = ["csrf", "form_id", "point", "topic"]
        .iter()
        .map(|f| (*f, page.field(f)))
        .collect();
    out.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    out
}

async fn send(locale: &str, cookie: &str, form: &[(&str, String)]) -> Page {
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post(&format!("/{locale}/appointment"), Some(cookie), &form).await
}

#[tokio::test]
async fn a_whole_request_is_reviewed_sent_once_and_shown_with_its_reference() {
    let (page, cookie) = open_form("uk", "praha").await;
    assert_eq!(page.headers.get("cache-control").unwrap(), "no-store");
    assert!(page.body.contains("autocomplete=\"off\""));
    assert!(
        page.body.contains("\u{2068}90\u{2069}"),
        "the consent text says how long data is kept"
    );
    let form = fields(
        &page,
        &[
            ("days", "mon"),
            ("parts", "morning"),
            ("contact", "telegram"),
            ("consent", "yes"),
            ("alias", "Оксана"),
        ],
    );
    let review = send(
        "uk",
        &cookie,
        &[form.clone(), vec![("step", "review".into())]].concat(),
    )
    .await;
    // Every step is a page of its own (post/redirect/get), so Back never meets a resubmission.
    let review_at = review.headers["location"].to_str().unwrap().to_owned();
    assert!(
        review_at.starts_with("/uk/appointment/review?form="),
        "{review_at}"
    );
    let review = follow(&review, Some(&cookie)).await;
    assert_eq!(review.status, 200);
    assert!(review.body.contains("Оксана"));
    assert_eq!(review.headers.get("cache-control").unwrap(), "no-store");
    // Another device (or the next person after "Finish") does not see it.
    let stranger = get(
        &review_at,
        Some("navrat_form=0123456789abcdef0123456789abcdef"),
    )
    .await;
    assert_eq!(stranger.status, 303);
    assert!(!stranger.body.contains("Оксана"));
    let submit = [form.clone(), vec![("step", "submit".into())]].concat();
    let sent = send("uk", &cookie, &submit).await;
    assert_eq!(sent.status, 303);
    let location = sent.location();
    assert!(
        location.starts_with("/uk/appointment/") && location.ends_with("?new=1"),
        "{location}"
    );
    // Refresh, back, double tap: the same request, not a second one.
    let again = send("uk", &cookie, &submit).await;
    assert_eq!(again.location(), location);

    let status = get(&location, Some(&cookie)).await;
    assert_eq!(status.status, 200);
    assert_eq!(status.headers.get("cache-control").unwrap(), "no-store");
    assert!(status.body.contains("reference-code"));
    assert!(
        status.body.contains("class=\"qr-code\""),
        "QR code to follow on Telegram"
    );
    assert!(status.body.contains("status-new"));
    // The reference is in the store, acknowledged only after it was.
    let reference = location
        .trim_start_matches("/uk/appointment/")
        .trim_end_matches("?new=1")
        .to_owned();
    let code = navrat_content::ReferenceCode::parse(&reference).unwrap();
    let stored = state().store.appointment_request(&code).unwrap().unwrap();
    assert_eq!(stored.alias.as_deref(), Some("Оксана"));
    assert_eq!(stored.locale.as_str(), "uk");
    // Anyone else opening the same page sees no QR code.
    assert!(
        !get(&location, None)
            .await
            .body
            .contains("class=\"qr-code\"")
    );
    // Back from the confirmation: the review page of a sent request leads to the request, not
    // to a second send nor to a browser error.
    let back = get(&review_at, Some(&cookie)).await;
    assert_eq!(back.status, 303);
    let back_at = back.headers["location"].to_str().unwrap().to_owned();
    assert_eq!(back_at, format!("/uk/appointment/{reference}"));
    // That later status page shows the request, but no QR code, even to the sender's browser.
    let later = follow(&back, Some(&cookie)).await;
    assert_eq!(later.status, 200);
    assert!(later.body.contains("reference-code"));
    assert!(!later.body.contains("class=\"qr-code\""));
    // The confirmation itself still shows it to the sender, until "Finish": after it, not even
    // someone who kept the sender's old cookie sees it.
    assert!(
        get(&location, Some(&cookie))
            .await
            .body
            .contains("class=\"qr-code\"")
    );
    get("/clear", Some(&cookie)).await;
    let after_finish = get(&location, Some(&cookie)).await;
    assert_eq!(after_finish.status, 200);
    assert!(after_finish.body.contains("reference-code"));
    assert!(!after_finish.body.contains("class=\"qr-code\""));
    // "Finish" forgets the form in progress at once, even for someone who kept the old cookie.
    let (page, cookie) = open_form("uk", "praha").await;
    let half = fields(&page, &[("alias", "Марія"), ("step", "edit")]);
    let kept = send("uk", &cookie, &half).await;
    let kept_at = kept.headers["location"].to_str().unwrap().to_owned();
    assert!(get(&kept_at, Some(&cookie)).await.body.contains("Марія"));
    get("/clear", Some(&cookie)).await;
    let gone = get(&kept_at, Some(&cookie)).await;
    assert_eq!(gone.status, 303);
    assert!(!gone.body.contains("Марія"));
    // The status page without `new` shows no QR code.
    assert!(
        !get(&format!("/uk/appointment/{reference}"), None)
            .await
            .body
            .contains("class=\"qr-code\"")
    );
}

#[tokio::test]
async fn bad_input_is_explained_next_to_the_field_and_kept() {
    let (page, cookie) = open_form("cs", "praha").await;
    let form = fields(
        &page,
        &[
            ("days", "sun"),
            ("contact", "phone"),
            ("phone", "77x"),
            ("alias", SCRIPT),
        ],
    );
    let answer = send(
        "cs",
        &cookie,
        &[form, vec![("step", "review".into())]].concat(),
    )
    .await;
    let answer = follow(&answer, Some(&cookie)).await;
    assert_eq!(answer.status, 422);
    for message in [
        "Vyberte alespoň jeden den.",
        "Vyberte alespoň jednu denní dobu.",
        "telefonní číslo",
        "souhlaste",
    ] {
        assert!(answer.body.contains(message), "{message}");
    }
    assert!(
        answer.body.contains("value=\"77x\""),
        "the phone typed is kept"
    );
    assert!(
        !answer.body.contains(SCRIPT),
        "typed script comes back escaped"
    );
    assert!(answer.body.contains("&#60;script&#62;"));
}

#[tokio::test]
async fn script_typed_anywhere_comes_back_escaped() {
    let encoded = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    for path in [
        format!("/cs/search?q={encoded}"),
        format!("/ar/search?q={encoded}&partial=1"),
        format!("/cs/status?reference={encoded}"),
        format!("/cs/appointment?point={encoded}"),
        format!("/cs/appointment?point=praha&topic={encoded}"),
    ] {
        let page = get(&path, None).await;
        assert!(!page.body.contains(SCRIPT), "{path}");
    }
    let (page, cookie) = open_form("ar", "praha").await;
    for field in ["alias", "phone", "topic"] {
        let form = fields(
            &page,
            &[
                ("days", "mon"),
                ("parts", "morning"),
                ("contact", "phone"),
                ("consent", "yes"),
                (field, SCRIPT),
            ],
        );
        let answer = send(
            "ar",
            &cookie,
            &[form, vec![("step", "review".into())]].concat(),
        )
        .await;
        assert!(!answer.body.contains(SCRIPT), "{field}");
    }
}

#[tokio::test]
async fn a_forged_or_foreign_form_is_refused_and_nothing_stored() {
    let before = state()
        .store
        .appointment_requests(&["brno".into()], None)
        .unwrap()
        .len();
    let (page, cookie) = open_form("cs", "brno").await;
    let mut form = fields(
        &page,
        &[
            ("days", "tue"),
            ("parts", "morning"),
            ("contact", "return"),
            ("consent", "yes"),
            ("step", "submit"),
        ],
    );
    // Without the form cookie.
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(post("/cs/appointment", None, &refs).await.status, 403);
    // With a wrong token.
    form[0].1 = "0".repeat(64);
    assert_eq!(send("cs", &cookie, &form).await.status, 403);
    // From another site.
    let body = encode_form(fields(&page, &[("step", "submit")]));
    let foreign = post_raw(
        "/cs/appointment",
        Some(&cookie),
        body,
        Some("https://evil.example"),
    )
    .await;
    assert_eq!(foreign.status, 403);
    assert_eq!(
        state()
            .store
            .appointment_requests(&["brno".into()], None)
            .unwrap()
            .len(),
        before
    );
}

#[tokio::test]
async fn oversized_bodies_and_invalid_utf8_get_a_clear_4xx() {
    let (_page, cookie) = open_form("cs", "praha").await;
    let big = post_raw(
        "/cs/appointment",
        Some(&cookie),
        vec![b'a'; 64 * 1024],
        None,
    )
    .await;
    assert_eq!(big.status, 413);
    let bad = post_raw(
        "/cs/appointment",
        Some(&cookie),
        b"alias=%FF%FE&step=review&point=praha".to_vec(),
        None,
    )
    .await;
    assert!(bad.status.is_client_error(), "{}", bad.status);
}

#[tokio::test]
async fn a_detention_kiosk_offers_its_facility_and_no_qr_code() {
    let cookie = "navrat_web=zzc-balkova";
    let page = get("/en/appointment", Some(cookie)).await;
    assert!(
        page.body.contains("name=\"point\" value=\"zzc-balkova\""),
        "goes straight to the facility's form"
    );
    assert!(!page.body.contains("Choose another place"));
    assert!(page.body.contains("data-idle=\"60\""));
}

#[tokio::test]
async fn a_counselling_point_kiosk_starts_at_its_place_and_lets_the_person_choose_another() {
    let cookie = "navrat_web=praha";
    let form = get("/cs/appointment?topic=what-to-bring", Some(cookie)).await;
    assert!(
        form.body.contains("name=\"point\" value=\"praha\""),
        "starts at the kiosk's own place"
    );
    // The person follows "Vybrat jiné místo" as the page gives it.
    let link = form
        .body
        .split("<a ")
        .find(|a| a.contains(&navrat_testkit::text("cs", "appointment-change-point")))
        .and_then(|a| a.split("href=\"").nth(1))
        .and_then(|h| h.split('"').next())
        .expect("a link to choose another place")
        .replace("&amp;", "&");
    let places = get(&link, Some(cookie)).await;
    assert_eq!(places.status, 200);
    for point in ["praha", "brno", "plzen"] {
        assert!(
            places.body.contains(&format!("point={point}")),
            "{point} is offered on {link}"
        );
    }
    assert!(
        !places.body.contains("name=\"point\" value=\"praha\""),
        "not the form again"
    );
    assert!(
        places.body.contains("topic=what-to-bring"),
        "the topic goes along"
    );
    // A place chosen there is the form for that place.
    let brno = get("/cs/appointment?point=brno", Some(cookie)).await;
    assert!(brno.body.contains("name=\"point\" value=\"brno\""));
}

#[tokio::test]
async fn status_lookup_explains_bad_and_unknown_codes() {
    let page = get("/en/status?reference=ABC", None).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("This reference code is not valid"));
    let unknown = navrat_content::ReferenceCode::generate();
    let page = get(&format!("/en/appointment/{}", unknown.as_str()), None).await;
    assert_eq!(page.status, 404);
    assert!(
        page.body
            .contains("We could not find a request with this code.")
    );
}
