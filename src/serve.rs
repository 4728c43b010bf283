//! `navrat serve`: opens the store (importing the seed into a new database), builds the search
//! index, starts the kiosk and the workspace listeners, the Telegram bot when a token is set,
//! and the background jobs (deletion of closed requests after the retention period, the
//! machine voice of published texts); stops
//! them together on SIGTERM or Ctrl-C within the shutdown deadline.

use std::sync::Arc;

use anyhow::{Context, bail};
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;
use navrat_content::{Store, seed};
use tokio::sync::watch;

use crate::config::{INDEX_DIR, ServeConfig, load_locales, open_store_upgrading, unix_now};

/// Runs the service on its own async runtime until it is told to stop.
pub fn run(config: ServeConfig) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let deadline = config.http.shutdown_deadline;
    let served = runtime.block_on(serve(config));
    // Work still running after the deadline (a store call in progress) gets a moment,
    // not for ever: the service manager's stop must not hang.
    runtime.shutdown_timeout(deadline.min(std::time::Duration::from_secs(5)));
    served
}

/// Everything `serve` runs, until a stop signal and the shutdown deadline.
async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let locales = load_locales(&config.locales)?;
    let catalog = Arc::new(Catalog::load(&config.locales, &locales)?);
    // Before migrating an older database: a backup beside the scheduled ones (when set).
    let store = open_store_upgrading(
        &config.data,
        config.backups.as_ref().map(|b| b.dir.as_path()),
    )?;
    apply_ui_messages(&store, &catalog)?;
    if store.is_empty()? {
        let content = seed::read_dir(&config.seed, &locales)
            .with_context(|| format!("the database is new, but the seed at {} cannot be read (set --seed, NAVRAT_SEED or `seed` in the configuration file)", config.seed.display()))?;
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
    let voice = Arc::new(navrat_content::audio::MachineVoice::find(
        &config.data,
        catalog.locales(),
    ));
    kiosk_config.voice = Some(voice.clone());
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
    let ready_state = state.clone();
    let kiosk_app = navrat_web::app(state.clone()).route(
        "/readyz",
        axum::routing::get(move || readiness(ready_state.clone(), bot_health.clone())),
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
                voice: Some(voice.clone()),
            };
            let fut = navrat_bot::run(bot_config, deps, stopped(stop_rx.clone()));
            Some(tokio::spawn(fut))
        }
        None => {
            tracing::info!("NAVRAT_TELEGRAM_TOKEN is not set: the Telegram bot does not run");
            None
        }
    };
    // The machine voice of every published text, made in the background: at start for what
    // is missing, then after every change of the store (a translation published).
    tokio::spawn(navrat_content::audio::keep_machine_voice_current(
        store.clone(),
        voice.clone(),
        catalog.clone(),
        std::time::Duration::from_secs(30),
        stopped(stop_rx.clone()),
    ));
    tokio::spawn(navrat_content::retention::purge_closed_requests(
        store.clone(),
        config.retention_days,
        unix_now,
        std::time::Duration::from_secs(3600),
        stopped(stop_rx.clone()),
    ));
    if let Some(schedule) = config.backups.clone() {
        tracing::info!(dir = %schedule.dir.display(), every_s = schedule.every.as_secs(), keep = schedule.keep, "scheduled backups");
        tokio::spawn(navrat_content::backups::run_schedule(
            store.clone(),
            schedule,
            unix_now,
            stopped(stop_rx.clone()),
        ));
    }
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

/// `/readyz`: 200 when every part that serves people works — the database answers, the
/// search index answers a query, and (when configured) the Telegram bot reaches Telegram —
/// else 503; one line per part either way. `/healthz` says only whether the process and its
/// store live.
async fn readiness(
    state: navrat_web::AppState,
    bot: Option<navrat_bot::BotHealth>,
) -> (axum::http::StatusCode, String) {
    let mut lines = Vec::new();
    let mut ready = true;
    match state.store.blocking(|s| s.is_empty()).await {
        Ok(_) => lines.push("database: ok".to_owned()),
        Err(e) => {
            tracing::error!(error = %e, "readiness: the database does not answer");
            ready = false;
            lines.push("database: not answering".to_owned());
        }
    }
    let searcher = state.searcher.clone();
    match tokio::task::spawn_blocking(move || searcher.indexed_documents()).await {
        Ok(n) if n > 0 => lines.push(format!("search index: ok ({n} texts)")),
        Ok(_) => {
            tracing::error!("readiness: the search index is empty");
            ready = false;
            lines.push("search index: empty".to_owned());
        }
        Err(e) => {
            tracing::error!(error = %e, "readiness: the search index does not answer");
            ready = false;
            lines.push("search index: not answering".to_owned());
        }
    }
    match bot.map(|b| b.current()) {
        None => lines.push("telegram bot: not configured".to_owned()),
        Some(h) => {
            ready &= h.is_up();
            lines.push(format!("telegram bot: {}", h.describe()));
        }
    }
    let (status, head) = if ready {
        (axum::http::StatusCode::OK, "ready")
    } else {
        (axum::http::StatusCode::SERVICE_UNAVAILABLE, "not ready")
    };
    (status, format!("{head}\n{}\n", lines.join("\n")))
}

/// Resolves on Ctrl-C or SIGTERM (the service manager's stop).
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
