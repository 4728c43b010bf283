//! A workspace of its own for each test (its own store, so one test's edits never leak into
//! another's), with one user per role, driven through the real router.

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use navrat_content::model::{NewAppointmentRequest, Role, Weekday};
use navrat_content::{Locale, ReferenceCode};
use navrat_web::{AppState, KioskConfig, Profiles, WorkspaceConfig};
use tower::ServiceExt;

use crate::support::{Page, app_state, encode_form, form_post};

/// Every test user's password.
pub const PASSWORD: &str = "correct horse battery";

/// A workspace with a fresh store and the kiosk of the same store.
pub struct Ws {
    _dir: tempfile::TempDir,
    pub state: AppState,
    pub app: Router,
    pub kiosk: Router,
}

/// A signed-in person: their session cookie and anti-forgery token.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

pub fn l(code: &str) -> Locale {
    Locale::parse(code).unwrap()
}

impl Ws {
    pub fn new() -> Ws {
        Ws::with_config(WorkspaceConfig::default())
    }

    /// Users: eva (coordinator), olena (translator:uk), ivan (reviewer:uk), linh
    /// (translator:vi), petr (counsellor:praha, speaks uk), jana (counsellor:brno).
    pub fn with_config(config: WorkspaceConfig) -> Ws {
        Ws::with_kiosks(config, Profiles::default())
    }

    /// [`Ws::with_config`] with these kiosk profiles.
    pub fn with_kiosks(config: WorkspaceConfig, profiles: Profiles) -> Ws {
        let seeded = navrat_testkit::seeded();
        let store = &seeded.store;
        for (login, role) in [
            ("eva", "coordinator"),
            ("olena", "translator:uk"),
            ("ivan", "reviewer:uk"),
            ("linh", "translator:vi"),
            ("petr", "counsellor:praha"),
            ("jana", "counsellor:brno"),
        ] {
            store
                .add_staff_user(
                    login,
                    login,
                    PASSWORD,
                    &[Role::parse(role).unwrap()],
                    "test",
                )
                .unwrap();
        }
        store
            .set_staff_languages("petr", &[l("cs"), l("uk")], "test")
            .unwrap();
        let mut kiosk = KioskConfig::new(profiles, None);
        kiosk.posts_per_window = 1000;
        let (dir, state) = app_state(seeded, kiosk);
        Ws {
            _dir: dir,
            app: navrat_web::workspace_app(state.clone(), config),
            kiosk: navrat_web::app(state.clone()),
            state,
        }
    }

    async fn send(&self, request: Request<Body>) -> Page {
        crate::support::into_page(self.app.clone().oneshot(request).await.unwrap()).await
    }

    /// GET as a signed-in person (or nobody).
    pub async fn get(&self, path: &str, who: Option<&Session>) -> Page {
        let mut request = Request::get(path);
        if let Some(s) = who {
            request = request.header(header::COOKIE, &s.cookie);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// POST a form with the session's anti-forgery token.
    pub async fn post(&self, path: &str, who: &Session, form: &[(&str, &str)]) -> Page {
        let mut pairs = vec![("csrf", who.csrf.as_str())];
        pairs.extend_from_slice(form);
        self.post_raw(path, Some(&who.cookie), &pairs, None, None)
            .await
    }

    /// POST a multipart form with one file field `audio` (and the session's anti-forgery
    /// token unless `csrf` is false), as a browser uploads a recording.
    pub async fn upload(
        &self,
        path: &str,
        who: &Session,
        file_name: &str,
        content_type: &str,
        bytes: &[u8],
        csrf: bool,
    ) -> Page {
        let boundary = "----navrat-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        if csrf {
            body.extend(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n",
                    who.csrf
                )
                .as_bytes(),
            );
        }
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"{file_name}\"\r\nContent-Type: {content_type}\r\n\r\n").as_bytes());
        body.extend(bytes);
        body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::HOST, "workspace.local")
            .header(header::COOKIE, &who.cookie)
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// POST exactly these fields, with an optional cookie, Origin and client address.
    pub async fn post_raw(
        &self,
        path: &str,
        cookie: Option<&str>,
        form: &[(&str, &str)],
        origin: Option<&str>,
        from: Option<SocketAddr>,
    ) -> Page {
        let mut request = form_post(path, "workspace.local", cookie, origin, encode_form(form));
        if let Some(addr) = from {
            request.extensions_mut().insert(ConnectInfo(addr));
        }
        self.send(request).await
    }

    /// Tries to sign in from `from`; the response.
    pub async fn try_login(&self, login: &str, password: &str, from: SocketAddr) -> Page {
        let form = self.get("/login", None).await;
        let cookie = form.set_cookie("navrat_ws_form").unwrap();
        let csrf = form.field("csrf");
        self.post_raw(
            "/login",
            Some(&cookie),
            &[("csrf", &csrf), ("login", login), ("password", password)],
            None,
            Some(from),
        )
        .await
    }

    /// Signs in; panics unless it works.
    pub async fn login(&self, login: &str) -> Session {
        let page = self.try_login(login, PASSWORD, addr(1)).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{login} signs in");
        let cookie = page.set_cookie("__Host-navrat_session").unwrap();
        let home = self
            .get(
                "/",
                Some(&Session {
                    cookie: cookie.clone(),
                    csrf: String::new(),
                }),
            )
            .await;
        assert_eq!(home.status, StatusCode::OK);
        Session {
            csrf: home.field("csrf"),
            cookie,
        }
    }

    /// The current revision of a topic's Czech source.
    pub fn source_revision(&self, slug: &str) -> u32 {
        let slug = navrat_content::model::Slug::parse(slug).unwrap();
        self.state
            .store
            .topic(&slug)
            .unwrap()
            .unwrap()
            .source
            .revision
    }

    /// GET a kiosk page of the same store.
    pub async fn kiosk_get(&self, path: &str) -> Page {
        let response = self
            .kiosk
            .clone()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        crate::support::into_page(response).await
    }

    /// POST a form to the kiosk of the same store, with its form cookie.
    pub async fn kiosk_post(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> Page {
        let request = form_post(path, "kiosk.local", Some(cookie), None, encode_form(form));
        let response = self.kiosk.clone().oneshot(request).await.unwrap();
        crate::support::into_page(response).await
    }

    /// Sends the kiosk's appointment form for Praha in `locale` as a person would (form page,
    /// then submit), with a nickname and a phone number; the answer to the submit.
    pub async fn kiosk_request(&self, locale: &str, alias: &str, phone: &str) -> Page {
        let form = self
            .kiosk_get(&format!("/{locale}/appointment?point=praha"))
            .await;
        let cookie = form.set_cookie("navrat_form").unwrap();
        let mut fields: Vec<(&str, String)> = ["csrf", "form_id", "point", "topic"]
            .iter()
            .map(|f| (*f, form.field(f)))
            .collect();
        for (k, v) in [
            ("days", "mon"),
            ("parts", "morning"),
            ("contact", "phone"),
            ("phone", phone),
            ("consent", "yes"),
            ("alias", alias),
            ("step", "submit"),
        ] {
            fields.push((k, v.to_owned()));
        }
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let answer = self
            .kiosk_post(&format!("/{locale}/appointment"), &cookie, &pairs)
            .await;
        // A refused request goes back to its form (post/redirect/get): the page a person sees.
        match answer.headers.get(axum::http::header::LOCATION) {
            Some(to) if to.to_str().unwrap().contains("?form=") => {
                let request = Request::get(to.to_str().unwrap())
                    .header(axum::http::header::COOKIE, &cookie)
                    .body(Body::empty())
                    .unwrap();
                let response = self.kiosk.clone().oneshot(request).await.unwrap();
                crate::support::into_page(response).await
            }
            _ => answer,
        }
    }

    /// What a person at `point` asks for, followed in Telegram by chat `chat` when given.
    pub fn new_request(
        &self,
        point: &str,
        locale: &str,
        chat: Option<i64>,
    ) -> NewAppointmentRequest {
        let request = navrat_testkit::request()
            .locale(locale)
            .at(point)
            .days(&[Weekday::Tue])
            .alias("Oksana")
            .interpreter();
        match chat {
            Some(chat) => request.over_telegram(chat),
            None => request.phone("+420 777 123 456"),
        }
        .build()
    }

    /// A stored request from a person at `point` (see [`Ws::new_request`]).
    pub fn request_at(&self, point: &str, locale: &str, chat: Option<i64>) -> ReferenceCode {
        let request = self.new_request(point, locale, chat);
        self.state
            .store
            .create_appointment_request(&request)
            .unwrap()
            .reference
    }
}

/// A client address on loopback.
pub fn addr(n: u8) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, n], 40000))
}
