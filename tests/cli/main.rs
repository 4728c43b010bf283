//! Black-box tests of the `navrat` binary: what an operator sees.

#![expect(
    clippy::unwrap_used,
    reason = "a test fails loudly on anything unexpected"
)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

mod ask;
mod attacks;
mod audio_check;
mod backups;
mod config_file;
mod monitoring;
mod reliability;
mod upgrades;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `navrat` run from the repository root (where the default paths point) with its own data dir.
fn navrat(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_navrat"));
    cmd.current_dir(repo())
        .env_remove("NAVRAT_TELEGRAM_TOKEN")
        // An empty configuration file: a /etc/navrat/navrat.toml on this machine stays out.
        .env("NAVRAT_CONFIG", "/dev/null")
        .env("NAVRAT_DATA", data)
        .env("NAVRAT_LOG", "info");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("navrat runs")
}

/// What a `navrat` command that must be refused (exit with failure) prints on stderr: for
/// `serve`, the configuration check it stops at.
fn refusal(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    text(&out.stderr)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn free_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap()
}

/// A bare HTTP/1.1 GET; returns the status code.
fn get_status(addr: SocketAddr, path: &str) -> Option<u16> {
    let s = TcpStream::connect_timeout(&addr, Duration::from_millis(200)).ok()?;
    status_of_get(s, path, Duration::from_secs(5))
}

/// Sends a bare HTTP/1.1 GET on `s` and reads the status code, waiting up to `read` for it.
fn status_of_get(mut s: TcpStream, path: &str, read: Duration) -> Option<u16> {
    s.set_read_timeout(Some(read)).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    buf.split_whitespace().nth(1)?.parse().ok()
}

/// Sends SIGTERM and waits for the process to end.
fn stop(mut child: Child) -> std::process::ExitStatus {
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    child.wait().unwrap()
}

fn wait_healthy(addr: SocketAddr, child: &mut Child) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if get_status(addr, "/healthz") == Some(200) {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("navrat serve exited early: {status}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{addr} never answered /healthz");
}

/// `navrat serve` on `data` with the bot talking to `fake` and a plain-http workspace, its
/// log at `level` appended to `serve.log` in `data`; returns once the kiosk answers.
fn serve_with_bot(
    data: &Path,
    fake: &navrat_testkit::telegram::FakeTelegram,
    kiosk: SocketAddr,
    workspace: SocketAddr,
    level: &str,
) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data.join("serve.log"))
        .unwrap();
    let mut child = navrat(data)
        .args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .env("NAVRAT_WORKSPACE_PLAIN_HTTP", "1")
        .env("NAVRAT_TELEGRAM_TOKEN", navrat_testkit::telegram::TOKEN)
        .env("NAVRAT_TELEGRAM_API_URL", &fake.url)
        .env("NAVRAT_LOG", level)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    wait_healthy(kiosk, &mut child);
    child
}

#[test]
fn serve_imports_the_seed_answers_healthz_on_both_listeners_and_stops_on_sigterm() {
    let data = tempfile::tempdir().unwrap();
    let (kiosk, workspace) = (free_port(), free_port());
    let mut child = navrat(data.path())
        .args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_healthy(kiosk, &mut child);
    wait_healthy(workspace, &mut child);
    assert_eq!(get_status(kiosk, "/no-such-page"), Some(404));

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no graceful stop within 10 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{status}\n{log}");
    assert!(log.contains("imported the seed content"), "{log}");
    assert!(log.contains("stopped"), "{log}");

    // The database holds the seed: check says so.
    let out = run(navrat(data.path()).arg("check"));
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("integrity ok"), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("uk ") && l.contains("Ukrainian")),
        "{stdout}"
    );
}

#[test]
fn import_and_export_round_trip_through_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let out = run(navrat(data.path()).args(["import", "content/seed"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("topics +"),
        "{}",
        text(&out.stdout)
    );
    let again = run(navrat(data.path()).args(["import", "content/seed"]));
    assert!(
        text(&again.stdout).contains("topics +0, source revisions +0, translations +0"),
        "{}",
        text(&again.stdout)
    );

    let export = tempfile::tempdir().unwrap();
    let out = run(navrat(data.path()).arg("export").arg(export.path()));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let seed_cs = std::fs::read(repo().join("content/seed/topics/who-can-apply/cs.md")).unwrap();
    let exported = std::fs::read(export.path().join("topics/who-can-apply/cs.md")).unwrap();
    assert_eq!(seed_cs, exported);
}

#[test]
fn users_are_added_listed_and_disabled() {
    let data = tempfile::tempdir().unwrap();
    let out = run(navrat(data.path())
        .args([
            "user",
            "add",
            "eva",
            "--role",
            "coordinator",
            "--name",
            "Eva Nováková",
        ])
        .env("NAVRAT_USER_PASSWORD", "a long enough password"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(navrat(data.path())
        .args([
            "user",
            "add",
            "olena",
            "--role",
            "translator:uk",
            "--role",
            "reviewer:uk",
            "--speaks",
            "uk,ru",
        ])
        .env("NAVRAT_USER_PASSWORD", "another long password"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    run(navrat(data.path()).args(["user", "disable", "olena"]));
    let list = text(&run(navrat(data.path()).args(["user", "list"])).stdout);
    assert!(
        list.contains("eva") && list.contains("coordinator"),
        "{list}"
    );
    assert!(
        list.contains("translator:uk") && list.contains("(disabled)"),
        "{list}"
    );
    assert!(!list.contains("password"), "{list}");
    assert!(list.contains("speaks: ru,uk"), "{list}");
    let speaks = run(navrat(data.path()).args(["user", "speaks", "eva", "cs", "en"]));
    assert!(speaks.status.success(), "{}", text(&speaks.stderr));
    let list = text(&run(navrat(data.path()).args(["user", "list"])).stdout);
    assert!(list.contains("speaks: cs,en"), "{list}");

    let bad = refusal(
        navrat(data.path())
            .args(["user", "add", "petr", "--role", "king"])
            .env("NAVRAT_USER_PASSWORD", "another long password"),
    );
    assert!(bad.contains("not a role"), "{bad}");
}

#[test]
fn operator_errors_are_one_clear_line() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let stderr = refusal(navrat(&file).arg("check"));
    assert!(
        stderr.starts_with("navrat: cannot open the data directory"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let stderr = refusal(navrat(data.path()).args(["import", "/nonexistent/seed"]));
    assert!(stderr.contains("/nonexistent/seed"), "{stderr}");

    let (kiosk, _) = (free_port(), ());
    let out = run(navrat(data.path()).args([
        "serve",
        "--kiosk-addr",
        &kiosk.to_string(),
        "--workspace-addr",
        &kiosk.to_string(),
    ]));
    assert!(
        text(&out.stderr).contains("different addresses"),
        "{}",
        text(&out.stderr)
    );

    let stderr = refusal(
        navrat(data.path())
            .args(["serve", "--workspace-addr", "0.0.0.0:0"])
            .env("NAVRAT_WORKSPACE_PLAIN_HTTP", "true"),
    );
    assert!(
        stderr.contains("only for a workspace on loopback"),
        "{stderr}"
    );
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_command_quietly_and_the_work_is_kept() {
    let data = tempfile::tempdir().unwrap();
    // `navrat import … | head -0`: the reading end is closed before navrat writes a line.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = navrat(data.path())
        .args(["import", "content/seed"])
        .stdout(writer)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{:?}\n{stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("navrat:"), "{stderr}");

    // The import happened even though nobody read its report.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = navrat(data.path())
        .arg("check")
        .stdout(writer)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // (check exits 1 here: the search index is built by the first `serve`.)
    let out = run(navrat(data.path()).arg("check"));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("integrity ok"), "{stdout}");
    assert!(
        stdout.contains("  topics ") && !stdout.contains("topics 0,"),
        "the import was lost: {stdout}"
    );
}

/// Whether `/readyz` answers `status`, waiting for it up to 30 s.
fn wait_status(addr: SocketAddr, path: &str, status: u16) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if get_status(addr, path) == Some(status) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn a_bot_that_cannot_reach_telegram_makes_readyz_say_not_ready_while_healthz_stays_ok() {
    let data = tempfile::tempdir().unwrap();
    let (kiosk, workspace, telegram) = (free_port(), free_port(), free_port());
    let token = "999999:NOT-A-REAL-TOKEN-for-a-test";
    let mut child = navrat(data.path())
        .args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .env("NAVRAT_TELEGRAM_TOKEN", token)
        // Nothing listens there: Telegram is unreachable.
        .env("NAVRAT_TELEGRAM_API_URL", format!("http://{telegram}/"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_healthy(kiosk, &mut child);
    let not_ready = wait_status(kiosk, "/readyz", 503);
    let still_healthy = get_status(kiosk, "/healthz");
    let mut stderr = child.stderr.take().unwrap();
    stop(child);
    let mut log = String::new();
    stderr.read_to_string(&mut log).unwrap();
    assert!(not_ready, "/readyz never said the bot is down\n{log}");
    assert_eq!(still_healthy, Some(200), "the process itself is alive");
    assert!(log.contains("getMe failed"), "{log}");
    assert!(!log.contains("NOT-A-REAL-TOKEN"), "the token is in the log");

    // Without a bot, ready means the kiosk serves.
    let mut child = navrat(data.path())
        .args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_healthy(kiosk, &mut child);
    let ready = get_status(kiosk, "/readyz");
    stop(child);
    assert_eq!(ready, Some(200));
}
