//! `navrat`: the composition root. Reads configuration, opens the store, and wires the kiosk,
//! the workspace and the Telegram bot together; also the operator's commands.

mod cli;
mod config;

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::Parser;
use navrat_content::i18n::{CORE_FILES, Catalog};
use navrat_content::model::Role;
use navrat_content::search::Searcher;
use navrat_content::{Locales, Store, seed};
use tokio::sync::watch;

use crate::cli::{Cli, Command, UserCommand};
use crate::config::ServeConfig;

/// The search index's folder inside the data directory.
const INDEX_DIR: &str = "index";

/// Who the audit log names for changes made from the command line.
const CLI_ACTOR: &str = "cli";

fn main() -> ExitCode {
    // `navrat check | head` closes the pipe early: end quietly, as other command-line tools do,
    // instead of panicking over a print that nobody reads any more.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default_hook(info);
    }));
    let cli = Cli::parse();
    init_tracing();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // One clear line for the operator: no panic, no backtrace.
            eprintln!("navrat: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    // Libraries below us log at debug what they send and receive: keep them at warn.
    let filter = EnvFilter::try_from_env("NAVRAT_LOG").unwrap_or_else(|_| {
        EnvFilter::new(
            // teloxide's webhook listener logs an update it cannot parse whole, with the
            // person's name and ids: never (the bot logs such an update by its id).
            "info,tantivy=warn,teloxide=warn,teloxide_core=warn,hyper=warn,reqwest=warn,tower_http=warn,teloxide::update_listeners::webhooks=off",
        )
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            let config = ServeConfig::new(cli.data, cli.locales, *args)?;
            let runtime =
                tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
            let deadline = config.http.shutdown_deadline;
            let served = runtime.block_on(serve(config));
            // Work still running after the deadline (a store call in progress) gets a moment,
            // not for ever: the service manager's stop must not hang.
            runtime.shutdown_timeout(deadline.min(std::time::Duration::from_secs(5)));
            served?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { ref dir } => {
            let locales = load_locales(&cli.locales)?;
            let store = open_store(&cli.data)?;
            let content = seed::read_dir(dir, &locales)?;
            let report = store.import_seed(&content, CLI_ACTOR)?;
            println!(
                "imported {}: topics +{}, source revisions +{}, translations +{} (refreshed {}), points changed {}, unchanged {}",
                dir.display(),
                report.topics_added,
                report.revisions_added,
                report.translations_added,
                report.translations_updated,
                report.points_changed,
                report.unchanged
            );
            for kept in &report.kept_edits {
                println!("kept (edited since the last import): {kept}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { ref dir } => {
            let store = open_store(&cli.data)?;
            let n = seed::export_dir(&store, dir)?;
            println!("exported {n} files to {}", dir.display());
            let messages = store.ui_messages()?;
            let files = navrat_content::i18n::export_messages(&cli.locales, &messages)?;
            println!(
                "wrote {} UI string(s) edited in the workspace to {} file(s) in {}",
                messages.len(),
                files,
                cli.locales.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { ref file } => {
            let store = open_store(&cli.data)?;
            store.backup_to(file)?;
            let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
            println!(
                "backed up {} to {} ({bytes} bytes)",
                store.path().display(),
                file.display()
            );
            println!(
                "keep a copy of {} apart from it: without the key the contact details in the backup cannot be read",
                cli.data.join(navrat_content::vault::KEY_FILE).display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::User(ref command) => {
            let store = open_store(&cli.data)?;
            user(&store, command)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => check(&cli),
    }
}

fn load_locales(dir: &Path) -> anyhow::Result<Locales> {
    Locales::load(dir).with_context(|| {
        format!(
            "cannot load the locales from {} (set --locales or NAVRAT_LOCALES)",
            dir.display()
        )
    })
}

fn open_store(data: &Path) -> anyhow::Result<Store> {
    Store::open_dir(data).with_context(|| {
        format!(
            "cannot open the data directory {} (set --data or NAVRAT_DATA)",
            data.display()
        )
    })
}

async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let locales = load_locales(&config.locales)?;
    let catalog = Arc::new(Catalog::load(&config.locales, &locales)?);
    let store = open_store(&config.data)?;
    apply_ui_messages(&store, &catalog)?;
    if store.is_empty()? {
        let content = seed::read_dir(&config.seed, &locales)
            .with_context(|| format!("the database is new, but the seed at {} cannot be read (set --seed or NAVRAT_SEED)", config.seed.display()))?;
        let report = store.import_seed(&content, "seed")?;
        tracing::info!(
            topics = report.topics_added,
            translations = report.translations_added,
            points = report.points_changed,
            "new database: imported the seed content"
        );
    }

    let searcher = Searcher::open(Some(&config.data.join(INDEX_DIR)), &store, &locales)?;
    let profiles = navrat_web::Profiles::load(&config.kiosks)?;
    let points = store.points()?;
    for (kiosk, point) in profiles.points() {
        if !points.iter().any(|p| p.id == point) {
            bail!("kiosk profile {kiosk} names counselling point {point:?}, which does not exist");
        }
    }
    let mut kiosk_config = navrat_web::KioskConfig::new(profiles, config.telegram_bot.clone());
    kiosk_config.posts_per_window = config.kiosk_posts_per_window;
    let mut shared = navrat_web::SharedConfig::new(config.retention_days);
    // Forms keep working across a restart: their tokens are keyed with the data directory's key.
    shared.form_secret = store.form_secret();
    shared.trusted_proxies = config.trusted_proxies.clone();
    let state = navrat_web::AppState {
        store: store.clone(),
        catalog: catalog.clone(),
        searcher,
        shared: Arc::new(shared),
        kiosk: Arc::new(kiosk_config),
        pages: navrat_web::PageCache::default(),
    };
    let kiosk = tokio::net::TcpListener::bind(config.kiosk_addr)
        .await
        .with_context(|| format!("cannot listen for the kiosk on {}", config.kiosk_addr))?;
    let workspace = tokio::net::TcpListener::bind(config.workspace_addr)
        .await
        .with_context(|| {
            format!(
                "cannot listen for the workspace on {}",
                config.workspace_addr
            )
        })?;
    tracing::info!(kiosk = %kiosk.local_addr()?, workspace = %workspace.local_addr()?, "listening");

    let (stop_tx, stop_rx) = watch::channel(false);
    let stopped = |mut rx: watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    let bot_health = config.bot.as_ref().map(|b| b.health.clone());
    let kiosk_app = navrat_web::app(state.clone()).route(
        "/readyz",
        axum::routing::get(move || readiness(bot_health.clone())),
    );
    let kiosk_server =
        navrat_web::server::serve(kiosk, kiosk_app, config.http, stopped(stop_rx.clone()));
    let workspace_config = navrat_web::WorkspaceConfig {
        secure_cookies: !config.workspace_plain_http,
        ..navrat_web::WorkspaceConfig::default()
    };
    let workspace_server = navrat_web::server::serve(
        workspace,
        navrat_web::workspace_app(state.clone(), workspace_config),
        config.http,
        stopped(stop_rx.clone()),
    );
    let bot = match config.bot {
        Some(bot_config) => {
            let deps = navrat_bot::BotDeps {
                store: store.clone(),
                catalog: catalog.clone(),
                searcher: state.searcher.clone(),
                retention_days: config.retention_days,
            };
            let fut = navrat_bot::run(bot_config, deps, stopped(stop_rx.clone()));
            Some(tokio::spawn(fut))
        }
        None => {
            tracing::info!("NAVRAT_TELEGRAM_TOKEN is not set: the Telegram bot does not run");
            None
        }
    };
    tokio::spawn(navrat_content::retention::purge_closed_requests(
        store.clone(),
        config.retention_days,
        unix_now,
        std::time::Duration::from_secs(3600),
        stopped(stop_rx.clone()),
    ));
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        let _ = stop_tx.send(true);
    });

    tokio::join!(kiosk_server, workspace_server);
    if let Some(bot) = bot {
        match tokio::time::timeout(config.http.shutdown_deadline, bot).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => tracing::error!(error = %e, "the Telegram bot stopped"),
            Ok(Err(e)) => tracing::error!(error = %e, "the Telegram bot task failed"),
            Err(_) => tracing::warn!("the Telegram bot did not stop by the shutdown deadline"),
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// `/readyz`: 200 when every part that serves people works, 503 (with the part that does
/// not) when the Telegram bot cannot reach Telegram. `/healthz` says whether the process and
/// its store live.
async fn readiness(bot: Option<navrat_bot::BotHealth>) -> (axum::http::StatusCode, String) {
    match bot.map(|b| b.current()) {
        None => (
            axum::http::StatusCode::OK,
            "ready (no telegram bot configured)\n".into(),
        ),
        Some(h) if h.is_up() => (
            axum::http::StatusCode::OK,
            format!("ready\n{}\n", h.describe()),
        ),
        Some(h) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready\n{}\n", h.describe()),
        ),
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("NAVRAT_USER_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let second = rpassword::prompt_password("Again: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

fn user(store: &Store, command: &UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add {
            login,
            roles,
            name,
            speaks,
        } => {
            let roles = roles
                .iter()
                .map(|r| Role::parse(r))
                .collect::<Result<Vec<_>, _>>()?;
            let speaks = parse_locales(speaks)?;
            let password = read_password()?;
            store.add_staff_user(
                login,
                name.as_deref().unwrap_or(login),
                &password,
                &roles,
                CLI_ACTOR,
            )?;
            if !speaks.is_empty() {
                store.set_staff_languages(login, &speaks, CLI_ACTOR)?;
            }
            println!("added {login}");
        }
        UserCommand::Speaks { login, languages } => {
            let languages = parse_locales(languages)?;
            store.set_staff_languages(login, &languages, CLI_ACTOR)?;
            println!("{login} speaks {}", languages.len());
        }
        UserCommand::Passwd { login } => {
            let password = read_password()?;
            store.set_staff_password(login, &password, CLI_ACTOR)?;
            println!("password changed for {login}");
        }
        UserCommand::Disable { login } => {
            store.disable_staff_user(login, CLI_ACTOR)?;
            println!("disabled {login}");
        }
        UserCommand::List => {
            for u in store.staff_users()? {
                let roles: Vec<String> = u.roles.iter().map(Role::to_string).collect();
                let speaks: Vec<&str> = u.languages.iter().map(|l| l.as_str()).collect();
                let state = if u.disabled { " (disabled)" } else { "" };
                println!(
                    "{:<20} {:<24} {} speaks: {}{state}",
                    u.login,
                    u.display_name,
                    roles.join(" "),
                    if speaks.is_empty() {
                        "-".to_owned()
                    } else {
                        speaks.join(",")
                    }
                );
            }
        }
    }
    Ok(())
}

fn parse_locales(codes: &[String]) -> anyhow::Result<Vec<navrat_content::Locale>> {
    codes
        .iter()
        .map(|c| navrat_content::Locale::parse(c.trim()).map_err(anyhow::Error::from))
        .collect()
}

/// Serves the UI strings edited in the workspace (kept in the store until `navrat export`
/// writes them to the .ftl files) instead of the files' versions.
fn apply_ui_messages(store: &Store, catalog: &Catalog) -> anyhow::Result<()> {
    for m in store.ui_messages()? {
        if let Err(e) = catalog.set_message(m.locale, &m.file, &m.id, &m.value) {
            tracing::warn!(locale = %m.locale, file = %m.file, message = %m.id, error = %e, "an edited UI string cannot be served");
        }
    }
    Ok(())
}

/// `navrat check`: prints the state of the database, the content and the UI strings.
fn check(cli: &Cli) -> anyhow::Result<ExitCode> {
    let locales = load_locales(&cli.locales)?;
    let catalog = Catalog::load(&cli.locales, &locales)?;
    let store = open_store(&cli.data)?;
    let mut problems = 0;

    let integrity = store.integrity()?;
    println!("database    {}", store.path().display());
    println!(
        "  integrity {}, foreign-key violations {}",
        integrity.integrity.join("; "),
        integrity.foreign_key_violations
    );
    if !integrity.is_ok() {
        problems += 1;
    }
    println!(
        "  topics {}, counselling points {}",
        store.topics()?.len(),
        store.points()?.len()
    );
    let index = Searcher::load(Some(&cli.data.join(INDEX_DIR)), &store, &locales)?.verify()?;
    println!(
        "search index: {} of {} served texts indexed and current{}",
        index.expected - index.missing_or_stale.len(),
        index.expected,
        if index.extra.is_empty() {
            String::new()
        } else {
            format!(", {} no longer served", index.extra.len())
        }
    );
    if !index.is_ok() {
        problems += 1;
        let sample: Vec<&str> = index
            .missing_or_stale
            .iter()
            .chain(&index.extra)
            .take(5)
            .map(String::as_str)
            .collect();
        println!(
            "  not in step with the database (e.g. {}): `navrat serve` rebuilds it on start",
            sample.join(", ")
        );
    }
    println!();
    println!(
        "{:<4} {:<12} {:>7} {:>8} {:>10} {:>7}   {:>9} {:>9} {:>9} {:>9}",
        "",
        "topics:",
        "current",
        "outdated",
        "unreviewed",
        "missing",
        "common",
        "kiosk",
        "bot",
        "workspace"
    );
    for info in locales.all() {
        let c = store.coverage(info.code)?;
        let ui: Vec<String> = catalog
            .coverage(info.code)
            .iter()
            .map(|(_, have, all)| format!("{have}/{all}"))
            .collect();
        println!(
            "{:<4} {:<12} {:>7} {:>8} {:>10} {:>7}   {:>9} {:>9} {:>9} {:>9}",
            info.code.as_str(),
            info.english_name,
            c.current,
            c.outdated,
            c.unreviewed,
            c.missing,
            ui[0],
            ui[1],
            ui[2],
            ui[3]
        );
        for file in CORE_FILES {
            let missing = catalog.missing(info.code, file);
            if !missing.is_empty() {
                problems += 1;
                println!(
                    "     {file}.ftl lacks core messages: {}",
                    missing.join(", ")
                );
            }
        }
    }
    println!();
    if problems == 0 {
        println!("ok");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{problems} problem(s)");
        Ok(ExitCode::FAILURE)
    }
}
