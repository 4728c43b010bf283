//! What the attacks share: sending a whole appointment request as a person at the kiosk, and
//! reading a QR code back from the page as a phone camera would.

use crate::support::{Page, get, post};

/// A request sent from the kiosk by one browser: its form cookie and its reference code.
pub struct SentRequest {
    pub cookie: String,
    pub reference: String,
    /// Where the kiosk sent the browser after the form: the confirmation page.
    pub location: String,
}

/// Opens the form at `point`, fills it and sends it, as a person at the kiosk does.
pub async fn send_request(locale: &str, point: &str) -> SentRequest {
    let form = get(&format!("/{locale}/appointment?point={point}"), None).await;
    let cookie = form.set_cookie("navrat_form").unwrap();
    let mut fields: Vec<(&str, String)> = ["csrf", "form_id", "point", "topic"]
        .iter()
        .map(|f| (*f, form.field(f)))
        .collect();
    fields.extend(
        [
            ("days", "mon"),
            ("parts", "morning"),
            ("contact", "telegram"),
            ("consent", "yes"),
            ("step", "submit"),
        ]
        .map(|(k, v)| (k, v.to_owned())),
    );
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = post(&format!("/{locale}/appointment"), Some(&cookie), &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let location = sent.location();
    let reference = location
        .trim_start_matches(&format!("/{locale}/appointment/"))
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    SentRequest {
        cookie,
        reference,
        location,
    }
}

/// The text of the QR code on a page, read from its pixels as a phone camera reads it; `None`
/// when the page shows no QR code.
pub fn read_qr_code(page: &Page) -> Option<String> {
    // The page's icons are drawn as SVG too: the QR code is the one in its own box.
    let qr_box = page.body.find("class=\"qr-code\"")?;
    let start = qr_box + page.body[qr_box..].find("<svg")?;
    let svg = &page.body[start..start + page.body[start..].find("</svg>")?];
    let number = |name: &str| -> usize {
        let at = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    };
    let (width, height) = (number("width"), number("height"));
    let mut dark = vec![false; width * height];
    let path = svg.split(" d=\"").nth(1)?.split('"').next()?;
    // Each dark rectangle is drawn as `M{left} {top}h{width}v{height}H{left}V{top}`.
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let [left, top, w, h, ..] = numbers[..] else {
            panic!("unexpected path {rect:?}");
        };
        for y in top..top + h {
            for x in left..left + w {
                dark[y * width + x] = true;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if dark[y * width + x] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    Some(grids[0].decode().unwrap().1)
}

/// A kiosk behind a TLS proxy at 127.0.0.1 (`--trusted-proxy 127.0.0.1`), with `posts` valid
/// forms per address and window; one router, so its limits are shared by every request sent
/// through it.
pub fn kiosk_behind_proxy(posts: u32) -> axum::Router {
    let mut kiosk = (*crate::support::state().kiosk).clone();
    kiosk.posts_per_window = posts;
    let mut shared = (*crate::support::state().shared).clone();
    shared.trusted_proxies = vec![PROXY.ip()];
    navrat_web::app(navrat_web::AppState {
        kiosk: std::sync::Arc::new(kiosk),
        shared: std::sync::Arc::new(shared),
        ..crate::support::state()
    })
}

/// The TLS proxy's address, as the kiosk sees its connections.
pub const PROXY: std::net::SocketAddr =
    std::net::SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 40_000);

/// Sends `request` to `kiosk` over a connection from `peer`, with `X-Forwarded-For` when given.
pub async fn send_from(
    kiosk: &axum::Router,
    mut request: axum::http::Request<axum::body::Body>,
    peer: std::net::SocketAddr,
    forwarded_for: Option<&str>,
) -> Page {
    use tower::ServiceExt;
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    if let Some(client) = forwarded_for {
        request
            .headers_mut()
            .insert("x-forwarded-for", client.parse().unwrap());
    }
    crate::support::into_page(kiosk.clone().oneshot(request).await.unwrap()).await
}

/// A GET as a browser sends it.
pub fn get_request(path: &str, cookie: Option<&str>) -> axum::http::Request<axum::body::Body> {
    let mut request = axum::http::Request::get(path);
    if let Some(c) = cookie {
        request = request.header(axum::http::header::COOKIE, c);
    }
    request.body(axum::body::Body::empty()).unwrap()
}

/// A UI string as the kiosk shows it in `locale`.
pub fn ui_text(locale: &str, id: &str) -> String {
    crate::support::state()
        .catalog
        .text(navrat_content::Locale::parse(locale).unwrap(), id)
}
