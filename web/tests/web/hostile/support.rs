//! What the hostile-input tests share: the markup and header checks, requests as a script
//! would send them, and a probe that counts answers and watches the store.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use navrat_content::model::Slug;
use tower::ServiceExt;

use crate::support::Page;
pub(super) use crate::support::encode_form;
use crate::workspace::support::{Session, Ws, l};

pub(super) const TOPIC: &str = "who-can-apply";
pub(super) const SCRIPT: &str = "<script>alert(1)</script>";
pub(super) const IMG: &str = "\"><img src=x onerror=alert(1)>";
pub(super) const JS_LINK: &str = "[x](javascript:alert(1))";
/// How the pages write them back (askama's escaping).
pub(super) const SCRIPT_ESCAPED: &str = "&#60;script&#62;alert(1)&#60;/script&#62;";
pub(super) const IMG_ESCAPED: &str = "&#34;&#62;&#60;img src=x onerror=alert(1)&#62;";
pub(super) const SQL: [&str; 2] = ["' OR 1=1 --", "\"; DROP TABLE appointment_requests; --"];
pub(super) const KIOSK_LIMIT: usize = 16 * 1024;
pub(super) const WORKSPACE_LIMIT: usize = 256 * 1024;

/// A start tag of an HTML page: its name and attributes (names lower-case, values as written).
pub(super) struct Tag {
    pub(super) name: String,
    pub(super) attributes: Vec<(String, String)>,
}

/// The start tags of `html`. Text and attribute values are escaped by the templates, so every
/// `<` followed by a letter opens a real tag.
pub(super) fn start_tags(html: &str) -> Vec<Tag> {
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
pub(super) fn live_code(html: &str) -> Vec<String> {
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
pub(super) fn asset_urls(html: &str) -> Vec<String> {
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
pub(super) fn assert_secure(what: &str, page: &Page) {
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
pub(super) fn assert_inert(what: &str, page: &Page) {
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
pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// A request as a browser or a script would send it; POST bodies as a form.
pub(super) fn request(
    method: Method,
    path: &str,
    cookie: Option<&str>,
    body: Vec<u8>,
) -> Request<Body> {
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

pub(super) async fn send(app: &Router, request: Request<Body>) -> Page {
    crate::support::into_page(app.clone().oneshot(request).await.unwrap()).await
}

pub(super) async fn send_get(app: &Router, path: &str, cookie: Option<&str>) -> Page {
    send(app, request(Method::GET, path, cookie, Vec::new())).await
}

/// A workspace form with the session's anti-forgery token.
pub(super) fn with_token(who: &Session, fields: &[(&str, &str)]) -> Vec<u8> {
    let mut all = vec![("csrf", who.csrf.as_str())];
    all.extend_from_slice(fields);
    encode_form(&all)
}

/// `body` with one more field, whose value is `raw` as it is (bytes no browser sends).
pub(super) fn with_raw(body: &[u8], field: &str, raw: &[u8]) -> Vec<u8> {
    [body, b"&", field.as_bytes(), b"=", raw].concat()
}

/// `body` padded with a field of its own to exactly `size` bytes.
pub(super) fn padded(body: &[u8], size: usize) -> Vec<u8> {
    let mut body = [body, b"&pad="].concat();
    body.resize(size, b'a');
    body
}

/// A kiosk's appointment form at `point`: its cookie and the fields of a whole request.
pub(super) async fn kiosk_form(
    kiosk: &Router,
    locale: &str,
    point: &str,
) -> (String, Vec<(String, String)>) {
    let page = send_get(kiosk, &format!("/{locale}/appointment?point={point}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    let cookie = page.set_cookie("navrat_form").unwrap();
    let fields = page.whole_request();
    (cookie, fields)
}

/// A form's fields and `extra`, ready to encode.
pub(super) fn pairs<'a>(
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
pub(super) fn sent_reference(page: &Page) -> String {
    page.location()
        .rsplit('/')
        .next()
        .unwrap()
        .trim_end_matches("?new=1")
        .to_owned()
}

/// The sign-in form's cookie and token.
pub(super) async fn login_form(ws: &Ws) -> (String, String) {
    let page = ws.get("/login", None).await;
    (
        page.set_cookie("navrat_ws_form").unwrap(),
        page.field("csrf"),
    )
}

/// What the store holds that a refused request must not change.
#[derive(Debug, PartialEq)]
pub(super) struct Stored {
    pub(super) requests: Vec<String>,
    pub(super) comments: usize,
    pub(super) ui_messages: usize,
    pub(super) translations: Vec<String>,
    pub(super) audit: Vec<String>,
}

pub(super) fn stored(ws: &Ws) -> Stored {
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
pub(super) struct Probe<'a> {
    pub(super) watched: Option<&'a Ws>,
    pub(super) sent: usize,
}

impl Probe<'_> {
    pub(super) async fn send(&mut self, app: &Router, request: Request<Body>, status: u16) -> Page {
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

    pub(super) async fn get(
        &mut self,
        app: &Router,
        path: &str,
        who: Option<&Session>,
        status: u16,
    ) -> Page {
        let cookie = who.map(|s| s.cookie.as_str());
        self.send(app, request(Method::GET, path, cookie, Vec::new()), status)
            .await
    }

    pub(super) async fn post(
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
