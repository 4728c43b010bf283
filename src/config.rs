//! Configuration of `navrat serve`, read once from flags and environment into typed values.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

use navrat_content::backups;
use navrat_content::store::{DATABASE_FILE, pending_upgrade};
use navrat_content::{Locales, Store};

use crate::cli::ServeArgs;

/// The search index's folder inside the data directory.
pub const INDEX_DIR: &str = "index";

/// The locales at `dir`; the error names the setting that points there.
pub fn load_locales(dir: &Path) -> anyhow::Result<Locales> {
    Locales::load(dir).with_context(|| {
        format!(
            "cannot load the locales from {} (set --locales, NAVRAT_LOCALES or `locales` in the configuration file)",
            dir.display()
        )
    })
}

/// The store in the data directory `data`; the error names the setting that points there.
/// A database at an older schema is backed up into `<data>/backups` before it is migrated.
pub fn open_store(data: &Path) -> anyhow::Result<Store> {
    open_store_upgrading(data, None)
}

/// The store in the data directory `data`. When opening it will migrate its database to this
/// Navrat's schema, the database is copied first into `backup_dir` (else `<data>/backups`) as
/// a pre-upgrade backup, with one line in the log; if that copy fails, nothing is migrated and
/// the error says why.
pub fn open_store_upgrading(data: &Path, backup_dir: Option<&Path>) -> anyhow::Result<Store> {
    let database = data.join(DATABASE_FILE);
    // A file that cannot be read here gets its clear error from opening it, below.
    if let Ok(Some(upgrade)) = pending_upgrade(&database) {
        let dir = backup_dir.map_or_else(|| data.join(backups::DEFAULT_DIR), Path::to_path_buf);
        let backup = backups::backup_before_upgrade(&database, upgrade, &dir, unix_now())
            .with_context(|| {
                format!(
                    "{} is at schema version {} and this Navrat migrates it to {}, but the backup taken first into {} failed, so nothing was migrated: make room or make that directory writable for the service's user (or set --backup-dir, NAVRAT_BACKUP_DIR or `backup_dir`), then start again",
                    database.display(),
                    upgrade.from,
                    upgrade.to,
                    dir.display()
                )
            })?;
        tracing::info!(
            from = upgrade.from,
            to = upgrade.to,
            backup = %backup.display(),
            "backed up the database before upgrading its schema"
        );
    }
    Store::open_dir(data).with_context(|| {
        format!(
            "cannot open the data directory {} (set --data, NAVRAT_DATA or `data` in the configuration file)",
            data.display()
        )
    })
}

/// Seconds since 1970 (for backup names and the retention job).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Everything `navrat serve` needs to know, checked.
#[derive(Debug)]
pub struct ServeConfig {
    /// Data directory.
    pub data: PathBuf,
    /// Locales directory.
    pub locales: PathBuf,
    /// Seed folder for a new database.
    pub seed: PathBuf,
    /// Kiosk listener.
    pub kiosk_addr: SocketAddr,
    /// Workspace listener.
    pub workspace_addr: SocketAddr,
    /// The workspace's session cookie may travel over plain http (loopback only).
    pub workspace_plain_http: bool,
    /// Kiosk profiles file.
    pub kiosks: PathBuf,
    /// Kiosk POSTs per client address per window.
    pub kiosk_posts_per_window: u32,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The bot's username for QR codes.
    pub telegram_bot: Option<String>,
    /// Days after which closed appointment requests are deleted.
    pub retention_days: u32,
    /// Scheduled backups, when a backup directory is set.
    pub backups: Option<navrat_content::backups::BackupSchedule>,
    /// The bot's settings, when a token is set.
    pub bot: Option<navrat_bot::BotConfig>,
    /// Timeouts and limits of the kiosk's and the workspace's listeners.
    pub http: navrat_web::server::ServerLimits,
}

impl ServeConfig {
    /// Checks the flags and environment of `navrat serve`.
    pub fn new(data: PathBuf, locales: PathBuf, args: ServeArgs) -> anyhow::Result<Self> {
        if args.kiosk_addr == args.workspace_addr {
            bail!(
                "the kiosk and the workspace need different addresses (both are {})",
                args.kiosk_addr
            );
        }
        if args.workspace_plain_http && !args.workspace_addr.ip().is_loopback() {
            bail!(
                "NAVRAT_WORKSPACE_PLAIN_HTTP is allowed only for a workspace on loopback, not on {}: put TLS in front of it",
                args.workspace_addr
            );
        }
        let api_url = args
            .telegram_api_url
            .as_deref()
            .map(|u| u.parse().context("NAVRAT_TELEGRAM_API_URL is not a URL"))
            .transpose()?;
        let bot = args
            .telegram_token
            .filter(|t| !t.trim().is_empty())
            .map(|token| navrat_bot::BotConfig::new(token.trim().to_owned(), api_url));
        let bot = match (bot, args.telegram_webhook_url) {
            (Some(mut bot), Some(url)) => {
                let secret = args.telegram_webhook_secret.unwrap_or_default();
                check_webhook_secret(&secret)?;
                bot.webhook = Some(navrat_bot::Webhook {
                    url: url
                        .parse()
                        .context("NAVRAT_TELEGRAM_WEBHOOK_URL is not a URL")?,
                    listen: args.telegram_webhook_listen,
                    secret,
                });
                Some(bot)
            }
            (bot, _) => bot,
        };
        if args.http_header_timeout_secs == 0
            || args.http_body_timeout_secs == 0
            || args.http_max_connections == 0
        {
            bail!(
                "NAVRAT_HTTP_HEADER_TIMEOUT_SECS, NAVRAT_HTTP_BODY_TIMEOUT_SECS and NAVRAT_HTTP_MAX_CONNECTIONS must be at least 1"
            );
        }
        let http = navrat_web::server::ServerLimits {
            header_read_timeout: Duration::from_secs(args.http_header_timeout_secs),
            body_timeout: Duration::from_secs(args.http_body_timeout_secs),
            max_connections: args.http_max_connections,
            shutdown_deadline: Duration::from_secs(args.shutdown_deadline_secs),
            ..navrat_web::server::ServerLimits::default()
        };
        Ok(ServeConfig {
            http,
            data,
            locales,
            seed: args.seed,
            kiosk_addr: args.kiosk_addr,
            workspace_addr: args.workspace_addr,
            workspace_plain_http: args.workspace_plain_http,
            retention_days: args.retention_days,
            backups: args
                .backup_dir
                .map(|dir| navrat_content::backups::BackupSchedule {
                    dir,
                    every: args.backup_every,
                    keep: args.backup_keep,
                }),
            kiosks: args.kiosks,
            kiosk_posts_per_window: args.kiosk_posts_per_window.max(1),
            trusted_proxies: args.trusted_proxies,
            telegram_bot: args
                .telegram_bot
                .map(|b| b.trim().trim_start_matches('@').to_owned())
                .filter(|b| !b.is_empty()),
            bot,
        })
    }
}

/// The shortest webhook secret accepted: long enough that nobody guesses it and forges updates
/// (Telegram itself allows 1 to 256 characters).
pub const WEBHOOK_SECRET_MIN: usize = 32;

/// Telegram's longest webhook secret.
const WEBHOOK_SECRET_MAX: usize = 256;

/// A webhook secret is 32 to 256 of `A-Z a-z 0-9 _ -`; the error says which rule it breaks,
/// never the secret itself.
fn check_webhook_secret(secret: &str) -> anyhow::Result<()> {
    if secret.is_empty() {
        bail!(
            "NAVRAT_TELEGRAM_WEBHOOK_SECRET must be set with a webhook: {WEBHOOK_SECRET_MIN}-{WEBHOOK_SECRET_MAX} of A-Z, a-z, 0-9, _ and - (e.g. `openssl rand -hex 32`)"
        );
    }
    if !secret
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        bail!(
            "NAVRAT_TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (e.g. `openssl rand -hex 32`)"
        );
    }
    if !(WEBHOOK_SECRET_MIN..=WEBHOOK_SECRET_MAX).contains(&secret.len()) {
        bail!(
            "NAVRAT_TELEGRAM_WEBHOOK_SECRET has {} characters: it needs {WEBHOOK_SECRET_MIN} to {WEBHOOK_SECRET_MAX} (e.g. `openssl rand -hex 32`)",
            secret.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_webhook_secret_needs_32_to_256_url_safe_characters() {
        assert!(check_webhook_secret(&"a".repeat(32)).is_ok());
        assert!(check_webhook_secret(&"Az09_-".repeat(40)).is_ok());
        assert!(check_webhook_secret(&"a".repeat(31)).is_err());
        assert!(check_webhook_secret(&"a".repeat(257)).is_err());
        assert!(check_webhook_secret(&format!("{}+", "a".repeat(40))).is_err());
    }
}
