//! Nothing acknowledged is lost: requests sent over HTTP while the service is killed with
//! SIGKILL at random moments are all there afterwards; an online backup restores into a
//! working service.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::{free_port, navrat, run, text};

/// A bare HTTP/1.1 exchange: (status, head, body), or `None` when the connection failed.
pub(super) fn http(addr: SocketAddr, request: &str) -> Option<(u16, String, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_millis(300)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    s.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, head.to_owned(), body.to_owned()))
}

pub(super) fn field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    html[start..].split('"').next().map(str::to_owned)
}

/// The kiosk's page of the appointment request `reference` (in Czech), as the person opens
/// it: its status and body.
pub(super) fn request_page(addr: SocketAddr, reference: &str) -> Option<(u16, String)> {
    let (status, _, body) = http(
        addr,
        &format!(
            "GET /cs/appointment/{reference} HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n"
        ),
    )?;
    Some((status, body))
}

/// Asks for an appointment as the kiosk's form does; the reference when the service
/// acknowledged it (answered 303 to the request's page).
pub(super) fn ask_for_appointment(addr: SocketAddr) -> Option<String> {
    let (status, head, body) = http(
        addr,
        "GET /cs/appointment?point=praha HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n",
    )?;
    if status != 200 {
        return None;
    }
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: navrat_form="))?
        .split(';')
        .next()?
        .to_owned();
    let mut form = form_urlencoded::Serializer::new(String::new());
    for name in ["csrf", "form_id", "point", "topic"] {
        form.append_pair(name, &field(&body, name)?);
    }
    let form = form
        .extend_pairs([
            ("days", "mon"),
            ("parts", "morning"),
            ("contact", "return"),
            // A nickname is sealed with the data directory's key.
            ("alias", "Oksana"),
            ("consent", "yes"),
            ("step", "submit"),
        ])
        .finish();
    let (status, head, _) = http(
        addr,
        &format!(
            "POST /cs/appointment HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\nCookie: navrat_form={cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        ),
    )?;
    if status != 303 {
        return None;
    }
    let location = head
        .lines()
        .find_map(|l| l.strip_prefix("location: "))?
        .trim();
    let path = location.split('?').next()?;
    path.rsplit('/').next().map(str::to_owned)
}

/// `navrat serve` on fresh ports, healthy. Its log goes to `serve.log` in the data directory, so a
/// failure can show why; a start that fails because another test took its port just now is
/// tried again on other ports.
pub(super) fn serve(data: &Path) -> (Child, SocketAddr) {
    let log_path = data.join("serve.log");
    for _ in 0..3 {
        let (kiosk, workspace) = (free_port(), free_port());
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .unwrap();
        let mut child = navrat(data)
            .args(["serve", "--kiosk-addr", &kiosk.to_string()])
            .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
            .env("NAVRAT_KIOSK_POSTS_PER_WINDOW", "100000")
            .env("NAVRAT_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if crate::get_status(kiosk, "/healthz") == Some(200) {
                return (child, kiosk);
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        if !log.contains("cannot listen") {
            panic!("navrat serve did not become healthy:\n{log}");
        }
    }
    panic!("no free ports for navrat serve");
}

/// A small deterministic generator, so a failing run can be repeated from its seed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[test]
fn requests_acknowledged_before_a_sigkill_are_all_there_afterwards() {
    let data = tempfile::tempdir().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let cut_off = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut kills = 0;
    for _ in 0..20 {
        let (mut child, addr) = serve(data.path());
        let running = Arc::new(AtomicBool::new(true));
        let clients: Vec<_> = (0..3)
            .map(|_| {
                let (running, acknowledged) = (running.clone(), acknowledged.clone());
                let cut_off = cut_off.clone();
                std::thread::spawn(move || {
                    while running.load(Ordering::Relaxed) {
                        match ask_for_appointment(addr) {
                            Some(reference) => acknowledged.lock().unwrap().push(reference),
                            None => {
                                cut_off.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(200 + rng.below(1300)));
        child.kill().unwrap(); // SIGKILL: no shutdown, no flush, nothing.
        child.wait().unwrap();
        kills += 1;
        running.store(false, Ordering::Relaxed);
        for c in clients {
            c.join().unwrap();
        }
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert_eq!(kills, 20);
    assert!(
        acknowledged.len() >= 20,
        "seed {seed}: only {} acknowledged",
        acknowledged.len()
    );

    // Restarted once more, then checked: every acknowledged request is there.
    let (mut child, _) = serve(data.path());
    child.kill().unwrap();
    child.wait().unwrap();
    let store = navrat_content::Store::open_dir(data.path()).unwrap();
    let missing: Vec<&String> = acknowledged
        .iter()
        .filter(|r| {
            let code = navrat_content::ReferenceCode::parse(r).unwrap();
            store.appointment_request(&code).unwrap().is_none()
        })
        .collect();
    assert!(missing.is_empty(), "seed {seed}: lost {missing:?}");
    assert!(store.integrity().unwrap().is_ok());
    drop(store);
    let check = run(navrat(data.path()).arg("check"));
    let stdout = text(&check.stdout);
    assert!(check.status.success(), "seed {seed}: {stdout}");
    assert!(stdout.contains("integrity ok"), "{stdout}");
    assert!(stdout.contains("indexed and current"), "{stdout}");
    eprintln!(
        "crash test: 20 SIGKILLs (seed {seed}), {} requests acknowledged, none lost; {} cut off before an answer (never acknowledged, so never promised)",
        acknowledged.len(),
        cut_off.load(Ordering::Relaxed)
    );
}

#[test]
fn an_online_backup_restores_into_a_working_service() {
    let data = tempfile::tempdir().unwrap();
    let (mut child, addr) = serve(data.path());
    let reference = ask_for_appointment(addr).expect("a request is acknowledged");
    // Writes go on while the backup runs.
    let writer = std::thread::spawn(move || {
        let start = Instant::now();
        let mut n = 0;
        while start.elapsed() < Duration::from_millis(800) {
            n += usize::from(ask_for_appointment(addr).is_some());
        }
        n
    });
    let backup_dir = tempfile::tempdir().unwrap();
    let file = backup_dir.path().join("navrat-backup.sqlite3");
    let out = run(navrat(data.path()).arg("backup").arg(&file));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("navrat.key"),
        "the key file is named"
    );
    assert!(
        writer.join().unwrap() > 0,
        "the service kept taking requests"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    // Restore as the README says: the backup as the database, beside the same key file.
    let restored = tempfile::tempdir().unwrap();
    std::fs::copy(&file, restored.path().join("navrat.sqlite3")).unwrap();
    let key = restored.path().join("navrat.key");
    std::fs::copy(data.path().join("navrat.key"), &key).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // The search index is not in the backup: the first start rebuilds it.
    let (mut child, addr) = serve(restored.path());
    let (status, body) = request_page(addr, &reference).unwrap();
    assert_eq!(status, 200, "{body}");
    assert!(
        ask_for_appointment(addr).is_some(),
        "the restored service takes requests"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let check = run(navrat(restored.path()).arg("check"));
    assert!(check.status.success(), "{}", text(&check.stdout));
    let store = navrat_content::Store::open_dir(restored.path()).unwrap();
    let code = navrat_content::ReferenceCode::parse(&reference).unwrap();
    assert!(store.appointment_request(&code).unwrap().is_some());
}
