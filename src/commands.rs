//! The operator's commands besides `serve`: `import`, `export`, `backup`, `user …` and
//! `check`. Each writes its report to `out` (standard output) and returns a write's error
//! instead of panicking, so `navrat check | head` ends quietly (see `main`).

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use navrat_content::i18n::{CORE_FILES, Catalog};
use navrat_content::model::Role;
use navrat_content::search::Searcher;
use navrat_content::seed;

use crate::cli::UserCommand;
use crate::config::{INDEX_DIR, load_locales, open_store};

/// Who the audit log names for changes made from the command line.
const CLI_ACTOR: &str = "cli";

/// `navrat import DIR`: adds what the seed folder has and the database lacks; never overwrites
/// later edits (it names those it kept).
pub fn import(
    data: &Path,
    locales_dir: &Path,
    dir: &Path,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let locales = load_locales(locales_dir)?;
    let store = open_store(data)?;
    let content = seed::read_dir(dir, &locales)?;
    let report = store.import_seed(&content, CLI_ACTOR)?;
    writeln!(
        out,
        "imported {}: topics +{}, source revisions +{}, translations +{} (refreshed {}), points changed {}, recordings +{}, unchanged {}",
        dir.display(),
        report.topics_added,
        report.revisions_added,
        report.translations_added,
        report.translations_updated,
        report.points_changed,
        report.recordings_added,
        report.unchanged
    )?;
    for kept in &report.kept_edits {
        writeln!(out, "kept (edited since the last import): {kept}")?;
    }
    Ok(())
}

/// `navrat export DIR`: all content to DIR in the seed format, and the UI strings edited in
/// the workspace to the locales' .ftl files.
pub fn export(
    data: &Path,
    locales_dir: &Path,
    dir: &Path,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let store = open_store(data)?;
    let n = seed::export_dir(&store, dir)?;
    writeln!(out, "exported {n} files to {}", dir.display())?;
    let messages = store.ui_messages()?;
    let files = navrat_content::i18n::export_messages(locales_dir, &messages)?;
    writeln!(
        out,
        "wrote {} UI string(s) edited in the workspace to {} file(s) in {}",
        messages.len(),
        files,
        locales_dir.display()
    )?;
    Ok(())
}

/// `navrat backup FILE`: a consistent copy of the database while the service runs.
pub fn backup(data: &Path, file: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open_store(data)?;
    store.backup_to(file)?;
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    writeln!(
        out,
        "backed up {} to {} ({bytes} bytes)",
        store.path().display(),
        file.display()
    )?;
    writeln!(
        out,
        "keep a copy of {} apart from it: without the key the contact details in the backup cannot be read",
        data.join(navrat_content::vault::KEY_FILE).display()
    )?;
    Ok(())
}

/// `navrat restore BACKUP --data DIR [--key FILE]`: checks the backup's integrity and schema,
/// copies it into the new, empty data directory as its database (0600), and the key file when
/// given; then opens it once, so a wrong key or a damaged copy shows now, not at the start.
pub fn restore(
    backup: &Path,
    key: Option<&Path>,
    data: &Path,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    use navrat_content::store::{DATABASE_FILE, check_backup, latest_schema_version};
    use navrat_content::vault::KEY_FILE;
    let version =
        check_backup(backup).with_context(|| format!("{} cannot be restored", backup.display()))?;
    let latest = latest_schema_version();
    if version > latest {
        anyhow::bail!(
            "{} is at schema version {version}, newer than this Navrat ({latest}): restore it with the Navrat version that made it",
            backup.display()
        );
    }
    if let Ok(mut entries) = std::fs::read_dir(data)
        && entries.next().is_some()
    {
        anyhow::bail!(
            "{} is not empty: restore into a new, empty data directory (move the old one aside first)",
            data.display()
        );
    }
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(data, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot make {} private", data.display()))?;
    }
    let copy_private = |from: &Path, to: &Path| -> anyhow::Result<()> {
        std::fs::copy(from, to)
            .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} private", to.display()))?;
        }
        Ok(())
    };
    let database = data.join(DATABASE_FILE);
    copy_private(backup, &database)?;
    if let Some(key) = key {
        copy_private(key, &data.join(KEY_FILE))?;
    }
    // Opening checks the key against the sealed data and applies any newer migrations.
    open_store(data).with_context(|| {
        format!(
            "the backup was copied to {}, but it does not open with {}: put the {KEY_FILE} kept apart from the backups into {} and run `navrat check`",
            database.display(),
            if key.is_some() { "the key given" } else { "no key (no --key given)" },
            data.display()
        )
    })?;
    writeln!(
        out,
        "restored {} into {} (schema version {version})",
        backup.display(),
        database.display()
    )?;
    if key.is_none() {
        writeln!(
            out,
            "no --key given: a new {KEY_FILE} was made; contact details sealed with the old key cannot be read (Navrat refuses to start if the backup holds any). Copy the kept {KEY_FILE} over it before the first start"
        )?;
    }
    writeln!(
        out,
        "next: `navrat --data {} check`, then start the service on it (the search index is rebuilt at start)",
        data.display()
    )?;
    Ok(())
}

/// A new password: from `NAVRAT_USER_PASSWORD`, asked twice on a terminal, else one line of
/// standard input.
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

/// `navrat user …`: adds, changes, disables and lists the workspace's staff users.
pub fn user(data: &Path, command: &UserCommand, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open_store(data)?;
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
            writeln!(out, "added {login}")?;
        }
        UserCommand::Speaks { login, languages } => {
            let languages = parse_locales(languages)?;
            store.set_staff_languages(login, &languages, CLI_ACTOR)?;
            writeln!(out, "{login} speaks {}", languages.len())?;
        }
        UserCommand::Passwd { login } => {
            let password = read_password()?;
            store.set_staff_password(login, &password, CLI_ACTOR)?;
            writeln!(out, "password changed for {login}")?;
        }
        UserCommand::Disable { login } => {
            store.disable_staff_user(login, CLI_ACTOR)?;
            writeln!(out, "disabled {login}")?;
        }
        UserCommand::List => {
            for u in store.staff_users()? {
                let roles: Vec<String> = u.roles.iter().map(Role::to_string).collect();
                let speaks: Vec<&str> = u.languages.iter().map(|l| l.as_str()).collect();
                let state = if u.disabled { " (disabled)" } else { "" };
                writeln!(
                    out,
                    "{:<20} {:<24} {} speaks: {}{state}",
                    u.login,
                    u.display_name,
                    roles.join(" "),
                    if speaks.is_empty() {
                        "-".to_owned()
                    } else {
                        speaks.join(",")
                    }
                )?;
            }
        }
    }
    Ok(())
}

/// Locale codes given on the command line, checked.
fn parse_locales(codes: &[String]) -> anyhow::Result<Vec<navrat_content::Locale>> {
    codes
        .iter()
        .map(|c| navrat_content::Locale::parse(c.trim()).map_err(anyhow::Error::from))
        .collect()
}

/// `navrat check`: reports the state of the database, the content and the UI strings.
pub fn check(data: &Path, locales_dir: &Path, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let locales = load_locales(locales_dir)?;
    let catalog = Catalog::load(locales_dir, &locales)?;
    let store = open_store(data)?;
    let mut problems = 0;

    let integrity = store.integrity()?;
    writeln!(out, "database    {}", store.path().display())?;
    writeln!(
        out,
        "  integrity {}, foreign-key violations {}",
        integrity.integrity.join("; "),
        integrity.foreign_key_violations
    )?;
    if !integrity.is_ok() {
        problems += 1;
    }
    writeln!(
        out,
        "  topics {}, counselling points {}",
        store.topics()?.len(),
        store.points()?.len()
    )?;
    let index = Searcher::load(Some(&data.join(INDEX_DIR)), &store, &locales)?.verify()?;
    writeln!(
        out,
        "search index: {} of {} served texts indexed and current{}",
        index.expected - index.missing_or_stale.len(),
        index.expected,
        if index.extra.is_empty() {
            String::new()
        } else {
            format!(", {} no longer served", index.extra.len())
        }
    )?;
    if !index.is_ok() {
        problems += 1;
        let sample: Vec<&str> = index
            .missing_or_stale
            .iter()
            .chain(&index.extra)
            .take(5)
            .map(String::as_str)
            .collect();
        writeln!(
            out,
            "  not in step with the database (e.g. {}): `navrat serve` rebuilds it on start",
            sample.join(", ")
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
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
    )?;
    for info in locales.all() {
        let c = store.coverage(info.code)?;
        let ui: Vec<String> = catalog
            .coverage(info.code)
            .iter()
            .map(|(_, have, all)| format!("{have}/{all}"))
            .collect();
        writeln!(
            out,
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
        )?;
        for file in CORE_FILES {
            let missing = catalog.missing(info.code, file);
            if !missing.is_empty() {
                problems += 1;
                writeln!(
                    out,
                    "     {file}.ftl lacks core messages: {}",
                    missing.join(", ")
                )?;
            }
        }
    }
    writeln!(out)?;
    let espeak = navrat_content::audio::recording::find_program("espeak-ng").is_some();
    let opusenc = navrat_content::audio::recording::OpusEncoder::find().is_available();
    if !espeak {
        writeln!(
            out,
            "warning: espeak-ng is not installed: no machine voice, recordings only"
        )?;
    }
    if !opusenc {
        writeln!(
            out,
            "warning: opusenc (opus-tools) is not installed: only Ogg/Opus recordings are taken"
        )?;
    }
    writeln!(
        out,
        "{:<4} {:<12} {:>8} {:>8} {:>8} {:>8}",
        "", "audio:", "recorded", "machine", "none", "outdated"
    )?;
    for info in locales.all() {
        let voice =
            espeak && navrat_content::checks::speech_voice(locales_dir, info.code).is_some();
        let a = navrat_content::checks::audio_coverage(&store, info.code, voice)?;
        writeln!(
            out,
            "{:<4} {:<12} {:>8} {:>8} {:>8} {:>8}",
            info.code.as_str(),
            info.english_name,
            a.recorded,
            a.machine,
            a.none,
            a.outdated
        )?;
    }
    writeln!(out)?;
    if problems == 0 {
        writeln!(out, "ok")?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(out, "{problems} problem(s)")?;
        Ok(ExitCode::FAILURE)
    }
}
