//! A kiosk built the way `navrat serve` builds it, over a temporary copy of the seed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use navrat_testkit::SeededStore;
use navrat_web::{AppState, KioskConfig, KioskProfile, Profiles, SharedConfig};
use tower::ServiceExt;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// One kiosk state for all tests of this binary (building the index takes a moment).
pub fn state() -> AppState {
    static STATE: OnceLock<(tempfile::TempDir, AppState)> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let seeded = navrat_testkit::seeded();
            let mut kiosks = BTreeMap::new();
            kiosks.insert(
                "zzc-balkova".to_owned(),
                KioskProfile {
                    point: Some("zzc-balkova".into()),
                    idle_seconds: 60,
                    telegram_qr: false,
                },
            );
            kiosks.insert(
                "praha".to_owned(),
                KioskProfile {
                    point: Some("praha".into()),
                    idle_seconds: 90,
                    telegram_qr: true,
                },
            );
            kiosks.insert(
                "fast".to_owned(),
                KioskProfile {
                    point: None,
                    idle_seconds: 10,
                    telegram_qr: true,
                },
            );
            let profiles = Profiles::new(
                KioskProfile {
                    idle_seconds: 30,
                    ..KioskProfile::default()
                },
                kiosks,
            );
            let mut kiosk = KioskConfig::new(profiles, Some("NavratTestBot".into()));
            kiosk.posts_per_window = 1000;
            kiosk.voice = Some(Arc::new(navrat_content::audio::MachineVoice::find(
                seeded.dir.path(),
                seeded.catalog.locales(),
            )));
            app_state(seeded, kiosk)
        })
        .1
        .clone()
}

/// The web apps' state over a seeded store with these kiosk settings (closed requests kept 90
/// days), and the guard that keeps the store's directory.
pub fn app_state(seeded: SeededStore, kiosk: KioskConfig) -> (tempfile::TempDir, AppState) {
    let SeededStore {
        store,
        catalog,
        searcher,
        dir,
        ..
    } = seeded;
    let state = AppState {
        store,
        catalog,
        searcher,
        shared: Arc::new(SharedConfig::new(90)),
        kiosk: Arc::new(kiosk),
        pages: navrat_web::PageCache::default(),
    };
    (dir, state)
}

/// A response with its body as text.
pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Page {
    /// Where a redirect leads (the page must be a `303 See Other`).
    pub fn location(&self) -> String {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "{}", self.body);
        self.headers[header::LOCATION].to_str().unwrap().to_owned()
    }

    /// A cookie the response sets, as `name=value`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(|v| v.split(';').next().unwrap().to_owned())
    }

    /// The value of an input or textarea, unescaped.
    pub fn form_value(&self, name: &str) -> String {
        let input = format!("name=\"{name}\" value=\"");
        let raw = if let Some(at) = self.body.find(&input) {
            self.body[at + input.len()..].split('"').next().unwrap()
        } else {
            let textarea = format!("name=\"{name}\"");
            let at = self
                .body
                .match_indices(&textarea)
                .map(|(i, _)| i)
                .find(|i| {
                    self.body[..*i].ends_with(' ')
                        && self.body[..*i].rfind("<textarea") > self.body[..*i].rfind('>')
                })
                .unwrap_or_else(|| panic!("no field {name}"));
            let rest = &self.body[at..];
            let start = rest.find('>').unwrap() + 1;
            &rest[start..rest.find("</textarea>").unwrap()]
        };
        raw.replace("&lt;", "<")
            .replace("&#60;", "<")
            .replace("&gt;", ">")
            .replace("&#62;", ">")
            .replace("&#38;", "&")
            .replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// The value of a hidden form field.
    pub fn field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name}"))
            + marker.len();
        self.body[start..].split('"').next().unwrap().to_owned()
    }

    /// The fields of this appointment form page (its token, form id, place and topic) with a
    /// whole request filled in: Monday morning, coming back to check, consent given.
    pub fn whole_request(&self) -> Vec<(String, String)> {
        let mut fields: Vec<(String, String)> = ["csrf", "form_id", "point", "topic"]
            .iter()
            .map(|f| (f.to_string(), self.field(f)))
            .collect();
        for (k, v) in [
            ("days", "mon"),
            ("parts", "morning"),
            ("contact", "return"),
            ("consent", "yes"),
        ] {
            fields.push((k.to_owned(), v.to_owned()));
        }
        fields
    }
}

pub async fn into_page(response: Response<Body>) -> Page {
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 4 << 20)
        .await
        .unwrap();
    Page {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// GET through the real router.
pub async fn get(path: &str, cookie: Option<&str>) -> Page {
    let mut request = Request::get(path);
    if let Some(c) = cookie {
        request = request.header(header::COOKIE, c);
    }
    let response = navrat_web::app(state())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    into_page(response).await
}

/// GET through the real router, the body as bytes: (status, headers, body).
pub async fn get_bytes(path: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    send_for_bytes(Request::get(path).body(Body::empty()).unwrap()).await
}

/// Sends a request through the real router, the body as bytes: (status, headers, body).
pub async fn send_for_bytes(
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = navrat_web::app(state()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 8 << 20)
        .await
        .unwrap();
    (status, headers, bytes.to_vec())
}

/// Follows a redirect as a browser does (GET, with the same cookie).
pub async fn follow(page: &Page, cookie: Option<&str>) -> Page {
    let to = page.location();
    get(&to, cookie).await
}

/// A form's fields URL-encoded, as a browser sends them.
pub fn encode_form<I, K, V>(fields: I) -> Vec<u8>
where
    I: IntoIterator,
    I::Item: std::borrow::Borrow<(K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
        .into_bytes()
}

/// A form POST to `host` as a browser sends it, with a cookie and an Origin when given.
pub fn form_post(
    path: &str,
    host: &str,
    cookie: Option<&str>,
    origin: Option<&str>,
    body: Vec<u8>,
) -> Request<Body> {
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, host);
    if let Some(c) = cookie {
        request = request.header(header::COOKIE, c);
    }
    if let Some(o) = origin {
        request = request.header(header::ORIGIN, o);
    }
    request.body(Body::from(body)).unwrap()
}

/// POST a form through the real router.
pub async fn post(path: &str, cookie: Option<&str>, form: &[(&str, &str)]) -> Page {
    post_raw(path, cookie, encode_form(form), None).await
}

/// POST raw bytes, optionally with an Origin header.
pub async fn post_raw(
    path: &str,
    cookie: Option<&str>,
    body: Vec<u8>,
    origin: Option<&str>,
) -> Page {
    let request = form_post(path, "kiosk.local", cookie, origin, body);
    let response = navrat_web::app(state()).oneshot(request).await.unwrap();
    into_page(response).await
}

/// Every locale code the kiosk serves.
pub fn locales() -> Vec<String> {
    state()
        .catalog
        .locales()
        .codes()
        .iter()
        .map(|c| c.to_string())
        .collect()
}
