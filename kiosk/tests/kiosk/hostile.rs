//! Both web channels against hostile input: every response carries the security headers, text
//! typed into the workspace or a kiosk comes back inert wherever it is shown, and malformed,
//! injected or oversized requests get a clear 4xx (never a 500) and leave nothing stored.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use navrat_content::ReferenceCode;
use navrat_content::model::Slug;
use tower::ServiceExt;

use crate::support::{Page, locales, state};
use crate::workspace::support::{Session, Ws, l};

const TOPIC: &str = "who-can-apply";
const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";
const JS_LINK: &str = "[x](javascript:alert(1))";
/// How the pages write them back (askama's escaping).
const SCRIPT_ESCAPED: &str = "&#60;script&#62;alert(1)&#60;/script&#62;";
const IMG_ESCAPED: &str = "&#34;&#62;&#60;img src=x onerror=alert(1)&#62;";
const SQL: [&str; 2] = ["' OR 1=1 --", "\"; DROP TABLE appointment_requests; --"];
const KIOSK_LIMIT: usize = 16 * 1024;
const WORKSPACE_LIMIT: usize = 256 * 1024;

/// A start tag of an HTML page: its name and attributes (names lower-case, values as written).
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of `html`. Text and attribute values are escaped by the templates, so every
/// `<` followed by a letter opens a real tag.
fn start_tags(html: &str) -> Vec<Tag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        if name_len == 0 {
            continue; // an end tag, a comment or the doctype
        }
        let name = rest[..name_len].to_ascii_lowercase();
        rest = &rest[name_len..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let len = rest
                .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
                .unwrap_or(rest.len());
            let attribute = rest[..len].to_ascii_lowercase();
            rest = rest[len..].trim_start();
            let mut value = "";
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                let (v, used) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let end = after[1..].find(quote).map_or(after.len(), |e| e + 1);
                        (&after[1..end], (end + 1).min(after.len()))
                    }
                    _ => {
                        let end = after
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        (&after[..end], end)
                    }
                };
                value = v;
                rest = &after[used..];
            }
            attributes.push((attribute, value.to_owned()));
        }
        tags.push(Tag { name, attributes });
    }
    tags
}

/// What a browser would run in `html`: inline scripts, event handler attributes and
/// `javascript:` addresses.
fn live_code(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in start_tags(html) {
        if tag.name == "script" && !tag.attributes.iter().any(|(a, _)| a == "src") {
            found.push("<script> without src".to_owned());
        }
        for (attribute, value) in &tag.attributes {
            if attribute.starts_with("on") {
                found.push(format!("<{} {attribute}=\"{value}\">", tag.name));
            }
            if value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
            {
                found.push(format!("<{} {attribute}=\"{value}\">", tag.name));
            }
        }
    }
    found
}

/// The stylesheet and script a page loads.
fn asset_urls(html: &str) -> Vec<String> {
    start_tags(html)
        .into_iter()
        .filter_map(|tag| {
            let attribute = |name: &str| {
                tag.attributes
                    .iter()
                    .find(|(a, _)| a == name)
                    .map(|(_, v)| v.clone())
            };
            match tag.name.as_str() {
                "link" if attribute("rel").as_deref() == Some("stylesheet") => attribute("href"),
                "script" => attribute("src"),
                _ => None,
            }
        })
        .collect()
}

/// Checks the headers every response must carry, and that an HTML page runs no inline code.
fn assert_secure(what: &str, page: &Page) {
    let header = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{what}: no {name} header"))
    };
    let csp: Vec<(&str, Vec<&str>)> = header("content-security-policy")
        .split(';')
        .filter_map(|d| {
            let mut words = d.split_whitespace();
            Some((words.next()?, words.collect()))
        })
        .collect();
    let directive = |name: &str| csp.iter().find(|(d, _)| *d == name).map(|(_, v)| v);
    assert!(
        directive("default-src").is_some_and(|v| v.contains(&"'self'")),
        "{what}: {csp:?}"
    );
    for name in ["object-src", "base-uri", "frame-ancestors"] {
        assert_eq!(
            directive(name).map(Vec::as_slice),
            Some(&["'none'"][..]),
            "{what}: {name}"
        );
    }
    let scripts = directive("script-src")
        .or(directive("default-src"))
        .unwrap();
    for unsafe_source in ["'unsafe-inline'", "'unsafe-eval'", "*", "data:"] {
        assert!(
            !scripts.contains(&unsafe_source),
            "{what}: scripts from {unsafe_source}"
        );
    }
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("referrer-policy"), "no-referrer", "{what}");
    let permissions: Vec<&str> = header("permissions-policy")
        .split(',')
        .map(str::trim)
        .collect();
    for denied in ["camera=()", "microphone=()", "geolocation=()"] {
        assert!(permissions.contains(&denied), "{what}: {permissions:?}");
    }
    let html = page
        .headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if html {
        assert_eq!(live_code(&page.body), Vec::<String>::new(), "{what}");
    }
}

/// Checks that a page shows hostile text only escaped: no live tag, handler or address.
fn assert_inert(what: &str, page: &Page) {
    let lower = page.body.to_ascii_lowercase();
    for live in [
        "<script>alert",
        "<img src=x",
        "href=\"javascript:",
        "<b>x</b>",
    ] {
        assert!(!lower.contains(live), "{what}: {live} is live");
    }
    assert_eq!(live_code(&page.body), Vec::<String>::new(), "{what}");
}

/// `text` as the templates write it.
fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// A request as a browser or a script would send it; POST bodies as a form.
fn request(method: Method, path: &str, cookie: Option<&str>, body: Vec<u8>) -> Request<Body> {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "navrat.local")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        request = request.header(header::COOKIE, c);
    }
    request.body(Body::from(body)).unwrap()
}

async fn send(app: &Router, request: Request<Body>) -> Page {
    crate::support::into_page(app.clone().oneshot(request).await.unwrap()).await
}

async fn send_get(app: &Router, path: &str, cookie: Option<&str>) -> Page {
    send(app, request(Method::GET, path, cookie, Vec::new())).await
}

fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
        .into_bytes()
}

/// A workspace form with the session's anti-forgery token.
fn with_token(who: &Session, fields: &[(&str, &str)]) -> Vec<u8> {
    let mut all = vec![("csrf", who.csrf.as_str())];
    all.extend_from_slice(fields);
    form(&all)
}

/// `body` with one more field, whose value is `raw` as it is (bytes no browser sends).
fn with_raw(body: &[u8], field: &str, raw: &[u8]) -> Vec<u8> {
    [body, b"&", field.as_bytes(), b"=", raw].concat()
}

/// `body` padded with a field of its own to exactly `size` bytes.
fn padded(body: &[u8], size: usize) -> Vec<u8> {
    let mut body = [body, b"&pad="].concat();
    body.resize(size, b'a');
    body
}

/// A kiosk's appointment form at `point`: its cookie and the fields of a whole request.
async fn kiosk_form(kiosk: &Router, locale: &str, point: &str) -> (String, Vec<(String, String)>) {
    let page = send_get(kiosk, &format!("/{locale}/appointment?point={point}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    let cookie = page.set_cookie("navrat_form").unwrap();
    let mut fields: Vec<(String, String)> = ["csrf", "form_id", "point", "topic"]
        .iter()
        .map(|f| (f.to_string(), page.field(f)))
        .collect();
    for (k, v) in [
        ("days", "mon"),
        ("parts", "morning"),
        ("contact", "return"),
        ("consent", "yes"),
    ] {
        fields.push((k.to_owned(), v.to_owned()));
    }
    (cookie, fields)
}

/// A form's fields and `extra`, ready to encode.
fn pairs<'a>(
    fields: &'a [(String, String)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    out.extend_from_slice(extra);
    out
}

/// The reference in a kiosk's answer to a sent request.
fn sent_reference(page: &Page) -> String {
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.headers[header::LOCATION].to_str().unwrap();
    location
        .rsplit('/')
        .next()
        .unwrap()
        .trim_end_matches("?new=1")
        .to_owned()
}

/// The sign-in form's cookie and token.
async fn login_form(ws: &Ws) -> (String, String) {
    let page = ws.get("/login", None).await;
    (
        page.set_cookie("navrat_ws_form").unwrap(),
        page.field("csrf"),
    )
}

/// What the store holds that a refused request must not change.
#[derive(Debug, PartialEq)]
struct Stored {
    requests: Vec<String>,
    comments: usize,
    ui_messages: usize,
    translations: Vec<String>,
    audit: Vec<String>,
}

fn stored(ws: &Ws) -> Stored {
    let store = &ws.state.store;
    let points: Vec<String> = store.points().unwrap().into_iter().map(|p| p.id).collect();
    let slug = Slug::parse(TOPIC).unwrap();
    Stored {
        requests: store
            .appointment_requests(&points, None)
            .unwrap()
            .into_iter()
            .map(|r| {
                format!(
                    "{} {:?} {:?} {:?}",
                    r.reference, r.status, r.alias, r.decline_reason
                )
            })
            .collect(),
        comments: store.translation_comments(&slug, l("uk")).unwrap().len(),
        ui_messages: store.ui_messages().unwrap().len(),
        translations: store
            .translations(&slug)
            .unwrap()
            .into_iter()
            .map(|t| format!("{} {:?} {}", t.locale, t.status, t.text.title))
            .collect(),
        audit: store
            .audit_entries(100_000)
            .unwrap()
            .into_iter()
            .map(|e| format!("{} {} {}", e.actor, e.action, e.subject))
            .collect(),
    }
}

/// Sends requests, checks each answer's status and security headers, and counts them; when it
/// watches a workspace, also that its store holds afterwards exactly what it held before.
#[derive(Default)]
struct Probe<'a> {
    watched: Option<&'a Ws>,
    sent: usize,
}

impl Probe<'_> {
    async fn send(&mut self, app: &Router, request: Request<Body>, status: u16) -> Page {
        let what: String = format!("{} {}", request.method(), request.uri())
            .chars()
            .take(100)
            .collect();
        let before = self.watched.map(stored);
        let page = send(app, request).await;
        assert_eq!(page.status, status, "{what}: {}", page.body);
        assert_secure(&what, &page);
        assert_eq!(
            self.watched.map(stored),
            before,
            "{what}: something was stored"
        );
        self.sent += 1;
        page
    }

    async fn get(&mut self, app: &Router, path: &str, who: Option<&Session>, status: u16) -> Page {
        let cookie = who.map(|s| s.cookie.as_str());
        self.send(app, request(Method::GET, path, cookie, Vec::new()), status)
            .await
    }

    async fn post(
        &mut self,
        app: &Router,
        path: &str,
        cookie: Option<&str>,
        body: Vec<u8>,
        status: u16,
    ) -> Page {
        self.send(app, request(Method::POST, path, cookie, body), status)
            .await
    }
}

#[test]
fn the_markup_check_finds_inline_code_and_only_that() {
    assert!(!live_code("<p>a</p><script>alert(1)</script>").is_empty());
    assert!(!live_code("<img src=x onerror=alert(1)>").is_empty());
    assert!(!live_code("<body onload='go()'>").is_empty());
    assert!(!live_code("<a href=\" JavaScript:alert(1)\">x</a>").is_empty());
    assert!(live_code("<script src=\"/assets/kiosk.1.js\" defer></script>").is_empty());
    assert!(
        live_code("<input value=\"&#34;&#62;&#60;img src=x onerror=alert(1)&#62;\">").is_empty(),
        "escaped text inside an attribute is not a handler"
    );
    assert_eq!(
        asset_urls("<link rel=\"stylesheet\" href=\"/a.css\"><script src=\"/b.js\"></script>"),
        ["/a.css", "/b.js"]
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let mut probe = Probe::default();

    // The kiosk's form, refused, shown again, reviewed and sent: a request with a status page.
    let kiosk = &navrat_kiosk::app(state());
    let path = "/cs/appointment";
    let (cookie, fields) = kiosk_form(kiosk, "cs", "praha").await;
    let cookie = Some(cookie.as_str());
    let submit = form(&pairs(&fields, &[("step", "submit")]));
    probe.post(kiosk, path, None, submit.clone(), 403).await;
    let mut foreign = request(Method::POST, path, cookie, submit.clone());
    let evil = "https://evil.example".parse().unwrap();
    foreign.headers_mut().insert(header::ORIGIN, evil);
    probe.send(kiosk, foreign, 403).await;
    let incomplete = form(&pairs(&fields[..4], &[("step", "review")]));
    probe.post(kiosk, path, cookie, incomplete, 422).await;
    probe
        .post(kiosk, path, cookie, padded(&submit, KIOSK_LIMIT + 1), 413)
        .await;
    let review = form(&pairs(&fields, &[("step", "review")]));
    probe.post(kiosk, path, cookie, review, 200).await;
    let sent = probe.post(kiosk, path, cookie, submit, 303).await;
    let reference = sent_reference(&sent);
    probe
        .send(kiosk, request(Method::PUT, "/cs/", None, Vec::new()), 405)
        .await;

    // Every kiosk page, in every language.
    let picker = probe.get(kiosk, "/", None, 200).await;
    let assets = asset_urls(&picker.body);
    assert_eq!(assets.len(), 2, "stylesheet and script: {assets:?}");
    for asset in &assets {
        probe.get(kiosk, asset, None, 200).await;
    }
    for (path, status) in [
        ("/k/fast", 303),
        ("/k/no-such-kiosk", 404),
        ("/clear", 303),
        ("/cs", 308),
        ("/healthz", 200),
        ("/nothing/here", 404),
        ("/xx/", 404),
    ] {
        probe.get(kiosk, path, None, status).await;
    }
    let unknown = ReferenceCode::generate();
    for locale in locales() {
        for (path, status) in [
            (String::new(), 200),
            (format!("topics/{TOPIC}"), 200),
            ("topics/no-such-topic".into(), 404),
            ("search?q=pas".into(), 200),
            ("search?q=pas&partial=1".into(), 200),
            ("appointment".into(), 200),
            ("appointment?point=praha".into(), 200),
            (format!("appointment/{reference}"), 200),
            (format!("appointment/{reference}?new=1"), 200),
            (format!("appointment/{}", unknown.as_str()), 404),
            ("status".into(), 200),
            ("status?reference=ABC".into(), 422),
            (format!("status?reference={reference}"), 303),
        ] {
            probe
                .get(kiosk, &format!("/{locale}/{path}"), None, status)
                .await;
        }
    }
    let with_qr = send_get(kiosk, &format!("/ar/appointment/{reference}?new=1"), None).await;
    assert!(
        with_qr.body.contains("<svg"),
        "the inline QR code was checked too"
    );

    // The workspace, signed out.
    let ws = Ws::new();
    let app = &ws.app;
    let request_ref = ws.request_at("praha", "uk", None);
    let login = probe.get(app, "/login", None, 200).await;
    let ws_assets = asset_urls(&login.body);
    assert_eq!(ws_assets.len(), 1, "the stylesheet: {ws_assets:?}");
    for (path, status) in [
        (ws_assets[0].as_str(), 200),
        ("/", 303),
        ("/requests", 303),
        ("/nothing/here", 404),
        ("/healthz", 200),
    ] {
        probe.get(app, path, None, status).await;
    }
    let blind = form(&[("login", "eva"), ("password", "x")]);
    probe.post(app, "/login", None, blind, 403).await;
    probe
        .send(app, request(Method::PUT, "/login", None, Vec::new()), 405)
        .await;

    // Every workspace page, signed in as the coordinator.
    let eva = ws.login("eva").await;
    let unknown = ReferenceCode::generate();
    for (path, status) in [
        ("/".to_owned(), 200),
        ("/login".into(), 303),
        ("/translations/uk".into(), 200),
        (format!("/translations/uk/{TOPIC}"), 200),
        (format!("/translations/cs/{TOPIC}"), 303),
        ("/translations/xx".into(), 404),
        (format!("/source/{TOPIC}"), 200),
        ("/strings/uk/kiosk".into(), 200),
        ("/strings/uk/kiosk?missing=1".into(), 200),
        ("/requests".into(), 200),
        ("/requests?status=all&locale=uk&point=praha".into(), 200),
        ("/requests?status=bogus".into(), 400),
        (format!("/requests/{request_ref}"), 200),
        (format!("/requests/{}", unknown.as_str()), 404),
        ("/overview".into(), 200),
        ("/audit".into(), 200),
        ("/nothing/here".into(), 404),
    ] {
        probe.get(app, &path, Some(&eva), status).await;
    }
    let olena = ws.login("olena").await;
    probe.get(app, "/translations/vi", Some(&olena), 403).await;

    // Its forms: refused, shown again, too big, a bad request, accepted.
    let comments = format!("/translations/uk/{TOPIC}/comments");
    let cookie = Some(eva.cookie.as_str());
    let comment = |text: &str| with_token(&eva, &[("body", text)]);
    probe
        .post(app, &comments, cookie, form(&[("body", "x")]), 403)
        .await;
    probe.post(app, &comments, cookie, comment(" "), 422).await;
    let too_big = padded(&comment("x"), WORKSPACE_LIMIT + 1);
    probe.post(app, &comments, cookie, too_big, 413).await;
    let act = with_token(&eva, &[("action", "x")]);
    probe
        .post(app, &format!("/requests/{request_ref}"), cookie, act, 400)
        .await;
    probe
        .post(app, &comments, cookie, comment("Díky"), 303)
        .await;
    let arabic = with_token(&eva, &[("locale", "ar")]);
    probe.post(app, "/language", cookie, arabic, 303).await;
    probe.get(app, "/", Some(&eva), 200).await;
    probe
        .post(app, "/logout", cookie, with_token(&eva, &[]), 303)
        .await;

    assert!(probe.sent > 200, "{} responses", probe.sent);
}

#[tokio::test]
async fn hostile_text_in_the_workspace_comes_back_escaped() {
    let ws = Ws::new();
    let (app, kiosk) = (&ws.app, &ws.kiosk);
    // Someone at a kiosk gives markup as their name.
    let alias = "<img src=x onerror=alert(1)>";
    let (cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
    let body = form(&pairs(&fields, &[("alias", alias), ("step", "submit")]));
    let request = request(Method::POST, "/uk/appointment", Some(&cookie), body);
    let reference = sent_reference(&send(kiosk, request).await);

    // A translator saves a draft full of markup, and comments with more.
    let olena = ws.login("olena").await;
    let editor = format!("/translations/uk/{TOPIC}");
    let original = ws.get(&editor, Some(&olena)).await.form_value("body");
    let draft = [
        ("title", format!("Хто може подати заяву {SCRIPT}")),
        ("summary", format!("{IMG} {JS_LINK}")),
        ("body", format!("{original}\n\n{JS_LINK} {SCRIPT} {IMG}")),
        ("keywords", format!("{SCRIPT}, {IMG}")),
        ("action", "save".to_owned()),
    ];
    let draft: Vec<(&str, &str)> = draft.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = ws.post(&editor, &olena, &draft).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let comment = format!("{SCRIPT} {IMG} {JS_LINK}");
    let commented = ws
        .post(&format!("{editor}/comments"), &olena, &[("body", &comment)])
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);

    // The coordinator puts a tag in a kiosk UI string: kept as text, or refused cleanly.
    let eva = ws.login("eva").await;
    let message = [("id", "home-title"), ("value", "<b>x</b>")];
    let ui = ws.post("/strings/uk/kiosk", &eva, &message).await;
    let ui_shown: &[&str] = match ui.status {
        StatusCode::OK => &["&#60;b&#62;x&#60;/b&#62;"],
        StatusCode::UNPROCESSABLE_ENTITY => &[],
        other => panic!("saving a UI string with a tag: {other}"),
    };
    assert_inert("the UI string saved", &ui);

    // A counsellor declines with markup in the note.
    let petr = ws.login("petr").await;
    let detail = format!("/requests/{reference}");
    let note = format!("{SCRIPT} {IMG}");
    let decline = [
        ("action", "decline"),
        ("reason", "capacity"),
        ("note", &note),
    ];
    let declined = ws.post(&detail, &petr, &decline).await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);

    // Everywhere it comes back: shown, and only as text.
    let ivan = ws.login("ivan").await;
    let listed = ReferenceCode::parse(&reference).unwrap().to_string();
    let alias_escaped = "&#60;img src=x onerror=alert(1)&#62;";
    let draft_shown = vec![SCRIPT_ESCAPED, IMG_ESCAPED, JS_LINK];
    let topic = format!("/uk/topics/{TOPIC}");
    let status = format!("/uk/appointment/{reference}");
    let pages = [
        (app, editor.as_str(), Some(&olena), draft_shown.clone()),
        (app, &editor, Some(&ivan), draft_shown.clone()),
        (app, "/translations/uk", Some(&olena), vec![]),
        (app, "/strings/uk/kiosk", Some(&eva), ui_shown.to_vec()),
        (
            app,
            &detail,
            Some(&petr),
            vec![alias_escaped, SCRIPT_ESCAPED, IMG_ESCAPED],
        ),
        (
            app,
            &detail,
            Some(&eva),
            vec![alias_escaped, SCRIPT_ESCAPED],
        ),
        (
            app,
            "/requests?status=all",
            Some(&eva),
            vec![listed.as_str()],
        ),
        (app, "/audit", Some(&eva), vec![]),
        (
            kiosk,
            &topic,
            None,
            [&draft_shown[..], &["notice-draft"]].concat(),
        ),
        (
            kiosk,
            "/uk/",
            None,
            [&[SCRIPT_ESCAPED, IMG_ESCAPED][..], ui_shown].concat(),
        ),
        (kiosk, "/uk/search?q=alert", None, vec![SCRIPT_ESCAPED]),
        (kiosk, &status, None, vec![SCRIPT_ESCAPED, IMG_ESCAPED]),
    ];
    let mut probe = Probe::default();
    for (router, path, who, shown) in pages {
        let page = probe.get(router, path, who, 200).await;
        for text in shown {
            assert!(page.body.contains(text), "{path} does not show {text}");
        }
        assert_inert(path, &page);
    }
}

#[tokio::test]
async fn hostile_requests_get_a_clear_4xx_never_a_500() {
    let ws = Ws::new();
    let (app, kiosk) = (&ws.app, &ws.kiosk);
    let reference = ws.request_at("praha", "uk", None);
    let listed = reference.to_string();
    let (eva, olena) = (ws.login("eva").await, ws.login("olena").await);
    let before = stored(&ws);
    let mut probe = Probe {
        watched: Some(&ws),
        sent: 0,
    };

    // Paths out of the asset folder, and names other than the hashed ones: nothing is read.
    let long_name = format!("/assets/{}.css", "a".repeat(10_000));
    for router in [kiosk, app] {
        for path in [
            "/assets/../Cargo.toml",
            "/assets/..%2fCargo.toml",
            "/assets/..%2f..%2fCargo.toml",
            "/assets/..%2F..%2Fkiosk%2FCargo.toml",
            "/assets/%2e%2e/x",
            "/assets/%2e%2e%2f%2e%2e%2fCargo.toml",
            "/assets/%252e%252e%252fCargo.toml",
            "/assets/....//....//Cargo.toml",
            "/assets/kiosk.css",
            "/assets/workspace.css",
            "/assets/kiosk.js",
            "/assets/",
            &long_name,
        ] {
            let page = probe.get(router, path, None, 404).await;
            for secret in ["[package]", "[dependencies]", "[workspace]"] {
                assert!(!page.body.contains(secret), "{path}: file contents");
            }
        }
    }

    // Unknown locales: the page that says so in every language.
    let catalog = &ws.state.catalog;
    let not_found: Vec<String> = catalog
        .locales()
        .codes()
        .iter()
        .map(|code| escape(&catalog.text(*code, "error-not-found")))
        .collect();
    assert_eq!(not_found.len(), 12);
    let long_locale = format!("/{}/", "x".repeat(5 * 1024));
    for path in [
        "/xx/",
        "/xx",
        "/../",
        "/%00/",
        "/cs%00/",
        "/ar%2f..%2f/",
        "/%2e%2e/",
        "/xx/topics/who-can-apply",
        "/xx/status",
        "/uk/topics/'%20OR%201=1--",
        &long_locale,
    ] {
        let page = probe.get(kiosk, path, None, 404).await;
        for message in &not_found {
            assert!(page.body.contains(message), "{path}: {message} missing");
        }
    }
    let submit = form(&[("step", "submit")]);
    probe
        .post(kiosk, "/xx/appointment", None, submit, 404)
        .await;

    // SQL wherever a value reaches the store: a 4xx or the usual page, and no request shown.
    for sql in SQL {
        let q: String = form_urlencoded::byte_serialize(sql.as_bytes()).collect();
        let p = q.replace('+', "%20");
        let mut shown = Vec::new();
        for (path, status) in [
            (format!("/uk/search?q={q}"), 200),
            (format!("/uk/status?reference={q}"), 422),
            (format!("/uk/appointment/{p}"), 404),
            (format!("/uk/appointment?point={q}"), 200),
            (format!("/uk/topics/{p}"), 404),
        ] {
            shown.push(probe.get(kiosk, &path, None, status).await);
        }
        for (path, status) in [
            (format!("/requests/{p}"), 404),
            (format!("/requests?status={q}"), 400),
            (format!("/requests?locale={q}"), 400),
            (format!("/requests?status=all&point={q}"), 200),
            (format!("/translations/uk/{p}"), 404),
            (format!("/source/{p}"), 404),
            (format!("/strings/uk/{p}"), 404),
        ] {
            shown.push(probe.get(app, &path, Some(&eva), status).await);
        }
        assert!(shown.iter().all(|page| !page.body.contains(&listed)));
        // Signing in with SQL for the name or the password.
        let (cookie, csrf) = login_form(&ws).await;
        for login in [sql, "eva' --", "eva"] {
            let body = form(&[("csrf", &csrf), ("login", login), ("password", sql)]);
            let page = probe.post(app, "/login", Some(&cookie), body, 401).await;
            assert!(
                page.set_cookie("__Host-navrat_session").is_none(),
                "{login}"
            );
        }
        // A kiosk form naming a point in SQL goes back to the list of points.
        let (cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
        let mut fields = pairs(&fields, &[("step", "submit")]);
        fields.retain(|(k, _)| *k != "point");
        fields.push(("point", sql));
        let path = "/uk/appointment";
        probe
            .post(kiosk, path, Some(&cookie), form(&fields), 303)
            .await;
    }
    let store = &ws.state.store;
    assert!(store.integrity().unwrap().is_ok(), "the database is sound");
    let praha = store.appointment_requests(&["praha".into()], None).unwrap();
    assert_eq!(
        praha.len(),
        1,
        "the requests table is there, with its request"
    );

    // Invalid UTF-8 in query strings and paths: a 4xx or the usual page.
    for (router, path, who, status) in [
        (kiosk, "/uk/search?q=%FF%FE", None, 200),
        (kiosk, "/uk/status?reference=%FF%FE", None, 422),
        (kiosk, "/uk/appointment?point=%FF", None, 200),
        (kiosk, "/uk/topics/%FF%FE", None, 400),
        (kiosk, "/%FF/", None, 400),
        (app, "/requests?status=%FF%FE", Some(&eva), 400),
        (app, "/requests?status=all&point=%FF", Some(&eva), 200),
        (app, "/requests/%FF", Some(&eva), 400),
        (app, "/strings/uk/kiosk?missing=%FF", Some(&eva), 200),
    ] {
        probe.get(router, path, who, status).await;
    }

    // Invalid UTF-8 in forms with valid tokens, so only the encoding is wrong: 400.
    let (kiosk_cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
    let kiosk_cookie = Some(kiosk_cookie.as_str());
    let submit = form(&pairs(&fields, &[("step", "submit")]));
    let (login_cookie, csrf) = login_form(&ws).await;
    let login_cookie = Some(login_cookie.as_str());
    let comments = format!("/translations/uk/{TOPIC}/comments");
    let editor = format!("/translations/uk/{TOPIC}");
    let detail = format!("/requests/{reference}");
    for bad in [&b"%FF%FE"[..], &[0xff, 0xfe]] {
        let alias = with_raw(&submit, "alias", bad);
        probe
            .post(kiosk, "/uk/appointment", kiosk_cookie, alias, 400)
            .await;
        let password = with_raw(&form(&[("csrf", &csrf), ("login", "eva")]), "password", bad);
        probe.post(app, "/login", login_cookie, password, 400).await;
        let name = with_raw(&form(&[("csrf", &csrf), ("password", "x")]), "login", bad);
        probe.post(app, "/login", login_cookie, name, 400).await;
        for (path, who, fields, field) in [
            (comments.as_str(), &olena, vec![], "body"),
            (
                "/strings/uk/kiosk",
                &eva,
                vec![("id", "home-title")],
                "value",
            ),
            (
                &editor,
                &olena,
                vec![("action", "save"), ("body", "b")],
                "title",
            ),
            (
                &detail,
                &eva,
                vec![("action", "decline"), ("reason", "capacity")],
                "note",
            ),
        ] {
            let body = with_raw(&with_token(who, &fields), field, bad);
            probe.post(app, path, Some(&who.cookie), body, 400).await;
        }
    }

    // Bodies over the limit: 413. A body just at it is still read.
    let over = padded(&submit, KIOSK_LIMIT + 1);
    probe
        .post(kiosk, "/uk/appointment", kiosk_cookie, over, 413)
        .await;
    let review = padded(&form(&pairs(&fields, &[("step", "review")])), KIOSK_LIMIT);
    probe
        .post(kiosk, "/uk/appointment", kiosk_cookie, review, 200)
        .await;
    let sign_in = form(&[("csrf", &csrf), ("login", "eva"), ("password", "x")]);
    let over = padded(&sign_in, WORKSPACE_LIMIT + 1);
    probe.post(app, "/login", login_cookie, over, 413).await;
    let comment = with_token(&olena, &[("body", "x")]);
    let over = padded(&comment, WORKSPACE_LIMIT + 1);
    probe
        .post(app, &comments, Some(&olena.cookie), over, 413)
        .await;
    let message = with_token(&eva, &[("id", "home-title"), ("value", "x")]);
    let over = padded(&message, WORKSPACE_LIMIT + 1);
    probe
        .post(app, "/strings/uk/kiosk", Some(&eva.cookie), over, 413)
        .await;
    let mut long_comment = with_token(&olena, &[("body", "")]);
    long_comment.resize(WORKSPACE_LIMIT, b'a');
    let page = probe
        .post(app, &comments, Some(&olena.cookie), long_comment, 422)
        .await;
    assert!(
        page.body.contains("Komentář musí mít 1 až 2000 znaků"),
        "read, then refused"
    );

    assert_eq!(stored(&ws), before, "nothing hostile was stored");
    assert!(ws.state.store.integrity().unwrap().is_ok());
    probe.get(app, "/healthz", None, 200).await;
    assert!(probe.sent >= 90, "{} hostile requests", probe.sent);
}
