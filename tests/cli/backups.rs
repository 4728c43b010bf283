//! Backups on a schedule and the restore drill: requests made, a scheduled backup taken at
//! start (older ones rotated away, other files left alone), a failing backup directory logged
//! and counted while nothing is deleted, and `navrat restore` into a fresh data directory with
//! the key: the old requests are there, `navrat check` is clean; without the key, into a
//! non-empty directory, or from a damaged file it refuses with a clear message.

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::reliability::{ask_for_appointment, http, request_page, serve};
use crate::{free_port, navrat, refusal, run, stop, text, wait_healthy};

/// `navrat serve` with scheduled backups into `backups` (keep 2); the kiosk and workspace.
pub(crate) fn serve_with_backups(
    data: &Path,
    backups: &Path,
) -> (Child, std::net::SocketAddr, std::net::SocketAddr) {
    let (kiosk, workspace) = (free_port(), free_port());
    let mut child = navrat(data)
        .args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .args(["--backup-dir".as_ref(), backups.as_os_str()])
        .args(["--backup-keep", "2"])
        .env("NAVRAT_BACKUP_EVERY", "1d")
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .env("NAVRAT_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(data.join("serve-backups.log")).unwrap())
        .spawn()
        .unwrap();
    wait_healthy(kiosk, &mut child);
    (child, kiosk, workspace)
}

pub(crate) fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn metric(workspace: std::net::SocketAddr, name: &str) -> Option<f64> {
    let (_, _, body) = http(
        workspace,
        "GET /metrics HTTP/1.1\r\nHost: staff\r\nConnection: close\r\n\r\n",
    )?;
    body.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.parse().ok())
}

#[test]
fn a_scheduled_backup_rotates_and_restores_with_its_key_as_a_drill() {
    let data = tempfile::tempdir().unwrap();
    let (child, kiosk) = serve(data.path());
    let references: Vec<String> = (0..3)
        .map(|_| ask_for_appointment(kiosk).expect("acknowledged"))
        .collect();
    stop(child);

    // Two older backups (real ones, named for 2020) and a file of the administrator's.
    let backups = tempfile::tempdir().unwrap();
    for name in [
        "navrat-20200101T000000Z.sqlite3",
        "navrat-20200102T000000Z.sqlite3",
    ] {
        let out = run(navrat(data.path())
            .arg("backup")
            .arg(backups.path().join(name)));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    std::fs::write(backups.path().join("notes.txt"), "mine").unwrap();

    // At start the newest backup is older than a day: one is made now, the oldest goes.
    let (child, _, workspace) = serve_with_backups(data.path(), backups.path());
    let start = Instant::now();
    while metric(workspace, "navrat_backups_total") != Some(1.0) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no scheduled backup: {:?}\n{}",
            names(backups.path()),
            std::fs::read_to_string(data.path().join("serve-backups.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(metric(workspace, "navrat_backup_failures_total"), Some(0.0));
    stop(child);
    let kept = names(backups.path());
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert_eq!(kept[0], "navrat-20200102T000000Z.sqlite3", "{kept:?}");
    assert!(
        kept[1].starts_with("navrat-20") && kept[1] != kept[0],
        "{kept:?}"
    );
    assert_eq!(kept[2], "notes.txt", "not a backup: left alone");
    let newest = backups.path().join(&kept[1]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&newest).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a backup holds what the database holds");
    }

    // The drill. Without the key, the sealed nicknames cannot be read: refused, saying so.
    let fresh = tempfile::tempdir().unwrap();
    let without_key = fresh.path().join("without-key");
    let out = run(navrat(&without_key).arg("restore").arg(&newest));
    assert!(!out.status.success(), "restored without its key");
    assert!(
        text(&out.stderr).contains("navrat.key"),
        "{}",
        text(&out.stderr)
    );

    // Into a directory that is not empty: refused, nothing overwritten.
    let stderr = refusal(navrat(data.path()).arg("restore").arg(&newest));
    assert!(stderr.contains("not empty"), "{stderr}");

    // A damaged backup: refused before anything is copied.
    let damaged = fresh.path().join("damaged.sqlite3");
    let mut bytes = std::fs::read(&newest).unwrap();
    bytes.truncate(bytes.len() / 2);
    bytes[100..4096].fill(0xA5);
    std::fs::write(&damaged, bytes).unwrap();
    let target = fresh.path().join("from-damaged");
    let out = run(navrat(&target).arg("restore").arg(&damaged));
    assert!(!out.status.success(), "a damaged backup was restored");
    assert!(
        text(&out.stderr).contains("cannot be restored"),
        "{}",
        text(&out.stderr)
    );
    assert!(!target.join("navrat.sqlite3").exists());

    // With the key kept apart: restored, checked, started, the old requests are there.
    let restored = fresh.path().join("restored");
    let out = run(navrat(&restored)
        .arg("restore")
        .arg(&newest)
        .arg("--key")
        .arg(data.path().join("navrat.key")));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("restored"),
        "{}",
        text(&out.stdout)
    );
    // Started: the search index is rebuilt from the restored database.
    let (child, kiosk) = serve(&restored);
    for reference in &references {
        let (status, body) = request_page(kiosk, reference).unwrap();
        assert_eq!(status, 200, "{reference}: {body}");
    }
    stop(child);
    let check = run(navrat(&restored).arg("check"));
    assert!(check.status.success(), "{}", text(&check.stdout));
    let store = navrat_content::Store::open_dir(&restored).unwrap();
    for reference in &references {
        let code = navrat_content::ReferenceCode::parse(reference).unwrap();
        let request = store.appointment_request(&code).unwrap().unwrap();
        assert_eq!(
            request.alias.as_deref(),
            Some("Oksana"),
            "sealed data readable"
        );
    }
}

#[test]
fn a_backup_that_fails_is_logged_and_counted_and_deletes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let (child, kiosk) = serve(data.path());
    ask_for_appointment(kiosk).expect("acknowledged");
    stop(child);
    // The backup directory's place is taken by a file: every backup fails.
    let blocked = tempfile::tempdir().unwrap();
    let dir = blocked.path().join("backups");
    std::fs::write(&dir, "not a directory").unwrap();
    let (child, _, workspace) = serve_with_backups(data.path(), &dir);
    let start = Instant::now();
    while metric(workspace, "navrat_backup_failures_total").unwrap_or(0.0) < 1.0 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no failure counted"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(metric(workspace, "navrat_backups_total"), Some(0.0));
    stop(child);
    let log = std::fs::read_to_string(data.path().join("serve-backups.log")).unwrap();
    assert!(log.contains("scheduled backup failed"), "{log}");
    assert_eq!(std::fs::read_to_string(&dir).unwrap(), "not a directory");
}
