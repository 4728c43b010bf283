//! Issue 16 at the kiosk: a person writes a question to a counsellor, gets a reference only
//! once it is stored, and reads the answer on the status page, where they can reply and close
//! it. Through the real router (hostile input, forged forms, the quota, what reaches logs and
//! addresses) and in Chromium on a 390 px phone screen in Arabic, tapping the on-screen keys.

use axum::http::StatusCode;
use fantoccini::Locator;
use navrat_content::model::{Channel, ConversationState, NewQuestion, QuestionText};
use navrat_content::{Locale, ReferenceCode};
use navrat_testkit::ask::{counsellor_answers, counsellor_notes, questions_asked};
use navrat_testkit::logs;

use crate::attacks::support::{PROXY, get_request, kiosk_behind_proxy, send_from};
use crate::browser::{browser_sized, chromedriver, click, path, serve, shot, text, wait_for};
use crate::support::{Page, encode_form, follow, form_post, get, post, post_raw, state};
use crate::taps::{PHONE, assert_kiosk_page};

/// A text no other test writes: a question with a tag of its own.
fn unique(question: &str) -> String {
    format!("{question} {}", ReferenceCode::generate().as_str())
}

fn ui(locale: &str, id: &str) -> String {
    state().catalog.text(Locale::parse(locale).unwrap(), id)
}

/// The ask page as a kiosk opens it: the page and the form cookie it set.
async fn open_ask(locale: &str) -> (Page, String) {
    let page = get(&format!("/{locale}/ask"), None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let cookie = page.set_cookie("navrat_form").unwrap();
    (page, cookie)
}

/// The ask form's fields with `question` typed (any place).
fn fields(page: &Page, question: &str) -> Vec<(String, String)> {
    vec![
        ("csrf".into(), page.field("csrf")),
        ("form_id".into(), page.field("form_id")),
        ("question".into(), question.into()),
        ("point".into(), String::new()),
    ]
}

async fn send(locale: &str, cookie: &str, fields: &[(String, String)]) -> Page {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    post(&format!("/{locale}/ask"), Some(cookie), &fields).await
}

/// The reference code shown on a page, as the person reads it.
fn shown_reference(page: &Page) -> String {
    let at = page
        .body
        .find("class=\"reference-code\"")
        .expect("a reference code");
    let rest = &page.body[at..];
    let start = rest.find("<bdi>").unwrap() + 5;
    rest[start..rest.find("</bdi>").unwrap()].to_owned()
}

/// Asks `question` from the kiosk in `locale`: the confirmation page and the form cookie.
async fn ask(locale: &str, question: &str) -> (Page, String) {
    let (page, cookie) = open_ask(locale).await;
    let sent = send(locale, &cookie, &fields(&page, question)).await;
    let to = sent.location();
    assert!(to.starts_with(&format!("/{locale}/ask/sent?form=")), "{to}");
    let confirmation = get(&to, Some(&cookie)).await;
    assert_eq!(confirmation.status, StatusCode::OK, "{}", confirmation.body);
    (confirmation, cookie)
}

/// Looks a code up on the status page as a person types it: where it leads, and the cookie.
async fn look_up(locale: &str, reference: &str, cookie: &str) -> Page {
    let lookup = get(&format!("/{locale}/status"), Some(cookie)).await;
    let form = [
        ("csrf", lookup.field("csrf")),
        ("reference", reference.to_owned()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post(&format!("/{locale}/status"), Some(cookie), &form).await
}

#[tokio::test]
async fn a_question_is_confirmed_with_its_reference_only_once_stored_and_stored_once() {
    let question = unique("هل يمكن لزوجتي أن تعود معي؟");
    let (page, cookie) = open_ask("ar").await;
    // The consent says who reads it and for how long (the configured retention).
    let consent = state()
        .catalog
        .text_with(Locale::parse("ar").unwrap(), "ask-consent", &{
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("days", 90);
            args
        });
    assert!(page.body.contains(&consent), "{}", page.body);
    assert!(
        page.body.contains("data-osk=\"text\""),
        "the on-screen keyboard types into it"
    );
    let form = fields(&page, &question);
    let sent = send("ar", &cookie, &form).await;
    let to = sent.location();
    assert!(
        !to.contains(&question) && !to.contains("%D9"),
        "no text in the address: {to}"
    );
    let confirmation = get(&to, Some(&cookie)).await;
    let reference = shown_reference(&confirmation);
    assert_eq!(reference.len(), 11, "{reference}");
    assert!(
        !to.contains(&reference.replace('-', "")),
        "no code in the address"
    );
    let code = ReferenceCode::parse(&reference).unwrap();
    let stored = stored_conversation(&code);
    assert_eq!(stored.messages[0].text, question, "stored as typed");
    assert_eq!(
        questions_asked(&state().store, &question),
        vec![code.clone()]
    );
    // When counsellors who speak Arabic answer, and how to read the answer.
    let read_answer: String = ui("ar", "kiosk-ask-read-answer").chars().take(20).collect();
    assert!(confirmation.body.contains(&read_answer));
    let plain = confirmation.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("9:00") && plain.contains("17:00"), "{plain}");

    // A second tap on Send, and Back to the form: the same question, never a second one.
    let again = send("ar", &cookie, &form).await;
    assert_eq!(again.location(), to);
    let back = get(
        &format!("/ar/ask?form={}", page.field("form_id")),
        Some(&cookie),
    )
    .await;
    assert_eq!(back.location(), to);
    assert_eq!(questions_asked(&state().store, &question).len(), 1);

    // Another browser with the confirmation's address learns nothing.
    let stranger = get(&to, None).await;
    assert_eq!(stranger.location(), "/ar/ask");
    let other = open_ask("ar").await.1;
    let stranger = get(&to, Some(&other)).await;
    assert_eq!(stranger.location(), "/ar/ask");
    // After Finish the device has no confirmation to show again.
    let cleared = get("/clear", Some(&cookie)).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    assert_eq!(get(&to, Some(&cookie)).await.location(), "/ar/ask");
}

#[tokio::test]
async fn empty_markup_only_and_too_long_questions_get_a_message_with_the_text_kept_and_nothing_stored()
 {
    let too_long = "س".repeat(4096);
    let cases = [
        ("   \n  ".to_owned(), ui("ar", "ask-error-empty")),
        (
            "<b></b><script></script> <br>".to_owned(),
            ui("ar", "kiosk-ask-error-markup"),
        ),
        (too_long.clone(), {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("length", 4096);
            args.set("max", 2000);
            state()
                .catalog
                .text_with(Locale::parse("ar").unwrap(), "ask-error-too-long", &args)
        }),
    ];
    for (typed, message) in cases {
        let (page, cookie) = open_ask("ar").await;
        let refused = send("ar", &cookie, &fields(&page, &typed)).await;
        let to = refused.location();
        assert!(to.starts_with("/ar/ask?form="), "{to}");
        let shown = get(&to, Some(&cookie)).await;
        assert_eq!(shown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(shown.body.contains("id=\"error-summary\""));
        let escaped = message.replace('<', "&#60;").replace('>', "&#62;");
        assert!(
            shown.body.contains(&message) || shown.body.contains(&escaped),
            "{message}"
        );
        assert_eq!(
            shown.form_value("question"),
            typed,
            "what was typed is kept"
        );
        assert!(
            !shown.body.contains("<script></script>"),
            "kept text is escaped"
        );
        assert!(questions_asked(&state().store, typed.trim()).is_empty());
        // Corrected, the same form goes through (nothing was lost on the way).
        let question = unique("سؤال");
        let sent = send("ar", &cookie, &fields(&shown, &question)).await;
        assert!(sent.location().starts_with("/ar/ask/sent?form="));
        assert_eq!(questions_asked(&state().store, &question).len(), 1);
    }
}

#[tokio::test]
async fn forged_and_cross_site_questions_are_refused_with_the_text_kept_and_nothing_stored() {
    let question = unique("Můžu se vrátit i s manželkou?");
    let (page, cookie) = open_ask("cs").await;
    // A wrong token.
    let mut forged = fields(&page, &question);
    forged[0].1 = "0".repeat(64);
    let refused = send("cs", &cookie, &forged).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains(&ui("cs", "error-generic")));
    assert_eq!(refused.form_value("question"), question);
    // No form cookie at all.
    let fields_only = fields(&page, &question);
    let fields_only: Vec<(&str, &str)> = fields_only
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = post("/cs/ask", None, &fields_only).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.form_value("question"), question);
    // Sent from another site, with a valid token.
    let cross = post_raw(
        "/cs/ask",
        Some(&cookie),
        encode_form(fields(&page, &question)),
        Some("https://evil.example"),
    )
    .await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    assert!(questions_asked(&state().store, &question).is_empty());
}

#[tokio::test]
async fn a_kiosk_address_over_its_quota_is_asked_to_wait_with_the_question_kept() {
    let kiosk = kiosk_behind_proxy(2);
    let client = "198.51.100.77";
    let mut sent = Vec::new();
    for n in 0..3 {
        let question = unique(&format!("سؤال رقم {n}"));
        let page = send_from(&kiosk, get_request("/ar/ask", None), PROXY, Some(client)).await;
        let cookie = page.set_cookie("navrat_form").unwrap();
        let request = form_post(
            "/ar/ask",
            "kiosk.local",
            Some(&cookie),
            None,
            encode_form(fields(&page, &question)),
        );
        let answer = send_from(&kiosk, request, PROXY, Some(client)).await;
        let to = answer.location();
        let shown = send_from(&kiosk, get_request(&to, Some(&cookie)), PROXY, Some(client)).await;
        sent.push((question, to, shown));
    }
    for (question, to, _) in &sent[..2] {
        assert!(to.starts_with("/ar/ask/sent?form="), "{to}");
        assert_eq!(questions_asked(&state().store, question).len(), 1);
    }
    let (question, to, shown) = &sent[2];
    assert!(to.starts_with("/ar/ask?form="), "{to}");
    assert_eq!(shown.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(shown.body.contains(&ui("ar", "error-rate-limited")));
    assert_eq!(&shown.form_value("question"), question);
    assert!(questions_asked(&state().store, question).is_empty());
}

#[tokio::test]
async fn the_status_page_shows_answers_not_notes_in_order_escaped_and_takes_a_reply_and_close() {
    logs::capture();
    let question = unique("<script>alert(1)</script> هل يمكنني العودة مع عائلتي؟");
    let (confirmation, cookie) = ask("ar", &question).await;
    let reference = shown_reference(&confirmation);
    let code = ReferenceCode::parse(&reference).unwrap();

    // The lookup: sent in the form's body, it leads to an address without the code.
    let found = look_up("ar", &reference.to_lowercase(), &cookie).await;
    assert_eq!(found.location(), "/ar/status/question");
    let open = follow(&found, Some(&cookie)).await;
    assert_eq!(open.status, StatusCode::OK);
    assert!(!open.body.contains("<script>alert(1)"), "shown escaped");
    assert!(
        open.body
            .contains("&#60;script&#62;alert(1)&#60;/script&#62;")
    );
    assert!(open.body.contains(&ui("ar", "kiosk-question-waiting")));

    let note = unique("Internal: check the family file first");
    counsellor_notes(&state().store, &code, &note);
    let answer = unique("نعم، يمكن لعائلتك العودة معك. <b>تعالوا</b> إلينا.");
    counsellor_answers(&state().store, &code, &answer);
    let read = get("/ar/status/question", Some(&cookie)).await;
    assert!(
        !read.body.contains("Internal: check"),
        "notes never reach the person"
    );
    let escaped_answer = answer.replace('<', "&#60;").replace('>', "&#62;");
    let (q_at, a_at) = (
        read.body.find("&#60;script&#62;").unwrap(),
        read.body
            .find(&escaped_answer)
            .expect("the answer, escaped"),
    );
    assert!(q_at < a_at, "the question comes before its answer");

    // Another device, even with the same address, is sent to the lookup.
    let other = open_ask("ar").await.1;
    let stranger = get("/ar/status/question", Some(&other)).await;
    assert_eq!(stranger.location(), "/ar/status");

    // A reply: empty first (message, nothing stored), then in words.
    let token = read.field("csrf");
    let reply = async |text: &str, action: &str| {
        post(
            "/ar/status/question",
            Some(&cookie),
            &[
                ("csrf", token.as_str()),
                ("action", action),
                ("message", text),
            ],
        )
        .await
    };
    let empty = follow(&reply("  ", "add").await, Some(&cookie)).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains(&ui("ar", "ask-error-empty")));
    let forged = post(
        "/ar/status/question",
        Some(&cookie),
        &[("csrf", "x"), ("action", "add"), ("message", "شكرا")],
    )
    .await;
    let forged = follow(&forged, Some(&cookie)).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(forged.form_value("message"), "شكرا");
    let thanks = follow(&reply("شكرا جزيلا", "add").await, Some(&cookie)).await;
    assert!(thanks.body.contains(&ui("ar", "kiosk-question-added")));
    let view = stored_conversation(&code);
    let texts: Vec<&str> = view.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, [question.as_str(), answer.as_str(), "شكرا جزيلا"]);

    let closed = follow(&reply("", "close").await, Some(&cookie)).await;
    assert!(closed.body.contains(&ui("ar", "kiosk-question-closed")));
    assert!(
        !closed.body.contains("name=\"message\""),
        "nothing to add to a closed one"
    );
    let late = follow(&reply("سؤال آخر", "add").await, Some(&cookie)).await;
    assert!(late.body.contains(&ui("ar", "kiosk-question-closed")));
    let view = stored_conversation(&code);
    assert_eq!(view.state, ConversationState::Closed);
    assert_eq!(view.messages.len(), 3, "nothing added after closing");

    // Neither the texts nor the code reached a log line.
    let logged = logs::captured();
    for secret in [
        question.as_str(),
        "شكرا جزيلا",
        code.as_str(),
        reference.as_str(),
    ] {
        assert!(!logged.contains(secret), "logged: {secret}");
    }
}

#[tokio::test]
async fn a_question_added_on_the_review_step_goes_with_the_request() {
    let form = get("/uk/appointment?point=praha", None).await;
    let cookie = form.set_cookie("navrat_form").unwrap();
    let mut request = form.whole_request();
    request.push(("step".into(), "submit".into()));
    request.push(("ask".into(), "yes".into()));
    let request: Vec<(&str, &str)> = request
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sent = post("/uk/appointment", Some(&cookie), &request).await;
    let to = sent.location();
    assert!(to.starts_with("/uk/ask?form="), "{to}");
    let ask_page = get(&to, Some(&cookie)).await;
    assert_eq!(ask_page.status, StatusCode::OK);
    let request_reference = shown_reference(&ask_page);
    let stored = ReferenceCode::parse(&request_reference).unwrap();
    assert!(
        state()
            .store
            .appointment_request(&stored)
            .unwrap()
            .is_some()
    );
    let question = unique("Чи можна взяти з собою дітей?");
    let asked = send("uk", &cookie, &fields(&ask_page, &question)).await;
    let confirmation = get(&asked.location(), Some(&cookie)).await;
    assert!(
        confirmation.body.contains(&request_reference),
        "said it goes with the request"
    );
    let references = questions_asked(&state().store, &question);
    assert_eq!(references.len(), 1);
    assert_ne!(references[0], stored, "the question has its own code");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_asks_in_arabic_on_a_phone_reads_the_answer_replies_and_closes() {
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "ask", PHONE).await;
    c.goto(&format!("{base}/")).await.unwrap();
    click(&c, "a[href='/ar/']").await;
    click(&c, "a.btn-ask").await;
    wait_for(&c, "#consent").await;
    assert!(
        text(&c, "#consent").await.chars().count() > 40,
        "the consent is there"
    );
    // The question is typed on the on-screen keyboard.
    click(&c, "#question").await;
    wait_for(&c, "#osk .osk-key").await;
    for ch in "هل يمكن لزوجتي العودة".chars() {
        let key = if ch == ' ' {
            "#osk [data-action=char][data-value=' ']".to_owned()
        } else {
            format!("#osk .osk-key[data-value='{ch}']")
        };
        click(&c, &key).await;
    }
    let tag = ReferenceCode::generate();
    c.find(Locator::Css("#question"))
        .await
        .unwrap()
        .send_keys(&format!(" {}", tag.as_str()))
        .await
        .unwrap();
    let typed = c
        .execute(
            "return document.querySelector('#question').value",
            Vec::new(),
        )
        .await
        .unwrap();
    let question = typed.as_str().unwrap().trim().to_owned();
    assert!(question.starts_with("هل يمكن"), "{question}");
    assert!(question.ends_with(tag.as_str()), "{question}");
    shot(&c, "ar-phone-ask").await;
    click(&c, "#osk [data-action=hide]").await;
    // The place is optional; this person chooses Prague.
    click(&c, "input[name=point][value=praha]").await;
    click(&c, "form.ask button[type=submit]").await;
    let reference = text(&c, ".reference-code").await;
    assert_eq!(reference.len(), 11, "{reference}");
    assert!(!path(&c).await.contains(&tag.as_str()[..4]));
    shot(&c, "ar-phone-ask-sent").await;
    // Below it, the QR code to follow the question on Telegram, with what it is for.
    wait_for(&c, ".qr-code svg").await;
    assert_eq!(
        text(&c, "section.qr p").await,
        ui("ar", "kiosk-ask-follow-telegram")
    );
    c.execute(
        "document.querySelector('.qr-code').scrollIntoView({block: 'end'})",
        Vec::new(),
    )
    .await
    .unwrap();
    shot(&c, "ar-phone-ask-sent-qr").await;
    let code = ReferenceCode::parse(&reference).unwrap();
    let stored = stored_conversation(&code);
    assert_eq!(stored.messages[0].text, question, "stored as typed");
    // Back from the confirmation: kiosk pages, never a browser error, nothing sent again.
    // (Before the form: the home page, then the language picker.)
    for step in 0..2 {
        c.back().await.unwrap();
        assert_kiosk_page(&c, &format!("Back {step} after asking")).await;
    }
    let after_back = stored_conversation(&code);
    assert_eq!(after_back.messages.len(), 1, "nothing sent again");

    // A counsellor answers; the person comes back and types the code.
    let answer = "نعم، يمكن لزوجتك العودة معك. <b>تعالي</b> إلينا يوم الاثنين.";
    counsellor_answers(&state().store, &code, answer);
    c.goto(&format!("{base}/ar/")).await.unwrap();
    click(&c, "a[href='/ar/status']").await;
    click(&c, "#reference").await;
    wait_for(&c, "#osk .osk-key").await;
    for ch in code.as_str().chars() {
        click(&c, &format!("#osk .osk-key[data-value='{ch}']")).await;
    }
    click(&c, "#osk [data-action=hide]").await;
    click(&c, "form.lookup button[type=submit]").await;
    let shown = text(&c, ".from-counsellor .message-text").await;
    assert_eq!(shown, answer, "the answer, markup shown as typed");
    assert_eq!(
        path(&c).await,
        "/ar/status/question",
        "no code in the address"
    );

    // A reply on the keyboard, then the question is closed.
    click(&c, "#message").await;
    wait_for(&c, "#osk .osk-key").await;
    for ch in "شكرا".chars() {
        click(&c, &format!("#osk .osk-key[data-value='{ch}']")).await;
    }
    click(&c, "#osk [data-action=hide]").await;
    click(&c, "form.add-message button[type=submit]").await;
    wait_for(&c, ".notice-ok").await;
    assert_kiosk_page(&c, "after the reply").await;
    click(&c, "form.close-question button").await;
    wait_for(&c, ".status-closed").await;
    let view = stored_conversation(&code);
    assert_eq!(view.state, ConversationState::Closed);
    let texts: Vec<&str> = view.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, [question.as_str(), answer, "شكرا"]);
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_persian_answer_reads_right_to_left_on_the_status_page() {
    let store = &state().store;
    let asked = store
        .ask(
            NewQuestion {
                channel: Channel::Kiosk,
                locale: Locale::parse("fa").unwrap(),
                point_id: None,
                telegram_chat: None,
                appointment_reference: None,
                text: QuestionText::parse(&unique("آیا می‌توانم با همسرم به کشورم برگردم؟"))
                    .unwrap(),
            },
            1_764_000_000,
        )
        .unwrap();
    counsellor_answers(
        store,
        &asked.reference,
        "بله، همسر شما هم می‌تواند با شما برگردد. لطفاً روز دوشنبه ساعت ۱۰ با مدارک خود به دفتر بیایید.",
    );
    let base = serve().await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "fa-answer", PHONE).await;
    c.goto(&format!("{base}/fa/status")).await.unwrap();
    c.find(Locator::Css("#reference"))
        .await
        .unwrap()
        .send_keys(asked.reference.as_str())
        .await
        .unwrap();
    click(&c, "form.lookup button[type=submit]").await;
    wait_for(&c, ".from-counsellor").await;
    assert_eq!(crate::browser::html_dir(&c).await, "rtl");
    shot(&c, "fa-phone-question-answered").await;
    c.close().await.unwrap();
}

/// Asks `question` from the kiosk with profile `kiosk` (its device cookie) in `locale`: the
/// confirmation's address, the page, and the browser's cookies.
async fn ask_at(kiosk: &str, locale: &str, question: &str) -> (String, Page, String) {
    let device = format!("navrat_web={kiosk}");
    let form = get(&format!("/{locale}/ask"), Some(&device)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let cookies = format!("{}; {device}", form.set_cookie("navrat_form").unwrap());
    let sent = send(locale, &cookies, &fields(&form, question)).await;
    let to = sent.location();
    let confirmation = get(&to, Some(&cookies)).await;
    assert_eq!(confirmation.status, StatusCode::OK, "{}", confirmation.body);
    (to, confirmation, cookies)
}

#[tokio::test]
async fn a_kiosk_question_shows_its_telegram_qr_code_to_the_browser_that_asked_and_nobody_else() {
    use crate::attacks::support::read_qr_code;
    use navrat_content::store::FollowOutcome;

    let (to, confirmation, cookies) =
        ask_at("praha", "uk", &unique("Чи можу я повернутися?")).await;
    let reference = shown_reference(&confirmation);
    let code = ReferenceCode::parse(&reference).unwrap();
    // The person's browser sees the QR code, with the line that answers then come there too.
    let link = read_qr_code(&confirmation).expect("the person sees the QR code");
    assert!(
        confirmation
            .body
            .contains(&ui("uk", "kiosk-ask-follow-telegram")),
        "{}",
        confirmation.body
    );
    let token = link
        .strip_prefix("https://t.me/NavratTestBot?start=q_")
        .unwrap_or_else(|| panic!("{link}"))
        .to_owned();
    assert_eq!(token.len(), 22);
    // Neither the code nor the address holds the reference.
    assert!(
        !link.contains(code.as_str()) && !link.contains(&reference),
        "{link}"
    );
    assert!(
        !to.contains(code.as_str()) && !to.contains(&reference),
        "{to}"
    );
    // Reloading in the same browser keeps it.
    assert_eq!(
        read_qr_code(&get(&to, Some(&cookies)).await).as_deref(),
        Some(link.as_str())
    );

    // A stranger at the same address, without the cookie or with a form cookie of their own,
    // sees no QR code.
    let strangers = get("/uk/ask", None)
        .await
        .set_cookie("navrat_form")
        .unwrap();
    for cookie in [None, Some(strangers.as_str())] {
        let page = follow(&get(&to, cookie).await, cookie).await;
        assert_eq!(read_qr_code(&page), None, "{cookie:?}");
        assert!(!page.body.contains("t.me"), "{cookie:?}");
    }

    // The database holds only a keyed hash of the token.
    let store = &state().store;
    let mut files = std::fs::read(store.path()).unwrap();
    if let Ok(wal) = std::fs::read(store.path().with_extension("sqlite3-wal")) {
        files.extend(wal);
    }
    assert!(!files.windows(token.len()).any(|w| w == token.as_bytes()));

    // The question's token never follows a request, and it follows this question.
    assert_eq!(
        store.attach_chat_by_token(&token, 7_200_001).unwrap(),
        FollowOutcome::Unknown
    );
    match store
        .attach_question_chat_by_token(&token, 7_200_001, 1)
        .unwrap()
    {
        FollowOutcome::Following(q) => {
            assert_eq!(q.reference, code);
            assert_eq!(q.locale.as_str(), "uk");
        }
        other => panic!("{other:?}"),
    }

    // Once followed, the QR code is gone from the person's page too: it has done its work.
    let reloaded = get(&to, Some(&cookies)).await;
    assert!(reloaded.body.contains("reference-code"));
    assert_eq!(read_qr_code(&reloaded), None);

    // "Finish": the next person at this kiosk, even with the old cookie, sees no QR code.
    get("/clear", Some(&cookies)).await;
    let after = follow(&get(&to, Some(&cookies)).await, Some(&cookies)).await;
    assert_eq!(read_qr_code(&after), None);
}

#[tokio::test]
async fn a_kiosk_that_shows_no_telegram_qr_codes_shows_none_with_a_question() {
    use crate::attacks::support::read_qr_code;

    let (_, confirmation, _) = ask_at("zzc-balkova", "uk", &unique("Питання з ЗЗС")).await;
    // The question is stored and its reference shown, but no QR code and no link.
    let reference = shown_reference(&confirmation);
    assert!(ReferenceCode::parse(&reference).is_ok(), "{reference}");
    assert_eq!(read_qr_code(&confirmation), None);
    assert!(!confirmation.body.contains("t.me"));
    assert!(
        !confirmation
            .body
            .contains(&ui("uk", "kiosk-ask-follow-telegram"))
    );
}

/// The conversation of a reference as the person's side reads it from the store.
fn stored_conversation(code: &ReferenceCode) -> navrat_content::model::PersonView {
    state()
        .store
        .conversation_for_person(code)
        .unwrap()
        .expect("the question is stored")
}
