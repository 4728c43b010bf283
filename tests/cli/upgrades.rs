//! Upgrading (#17): a data directory left by the previous Navrat (its database one schema
//! version behind, with content in it) is backed up before the start migrates it — by
//! `navrat serve` into its backup directory, by the other commands into `<data>/backups` —
//! and the backup opens, is at the old version and holds the old rows. When that backup
//! cannot be made nothing is migrated; a database newer than this Navrat is refused and
//! nothing is written.

use std::path::{Path, PathBuf};

use navrat_content::store::{DATABASE_FILE, check_backup, latest_schema_version};
use navrat_content::{Locales, Store, seed};

use crate::backups::{names, serve_with_backups};
use crate::{navrat, repo, run, stop, text};

/// The schema version of the Navrat before this one.
fn previous_version() -> u32 {
    latest_schema_version() - 1
}

/// A data directory as the previous Navrat left it: its schema, the seed imported, the search
/// index built. Returns
/// how many topics it holds.
fn previous_navrat_data(data: &Path) -> usize {
    let store =
        Store::open_at_schema_version(&data.join(DATABASE_FILE), previous_version()).unwrap();
    let locales = Locales::load(&repo().join("locales")).unwrap();
    let content = seed::read_dir(&repo().join("content/seed"), &locales).unwrap();
    store.import_seed(&content, "seed").unwrap();
    // As the previous Navrat's start left it: with its search index, so `check` is clean.
    navrat_content::search::Searcher::open(Some(&data.join("index")), &store, &locales).unwrap();
    content.topics.len()
}

/// (schema version, topics, whether the newest migration's change is there) of a database file.
fn schema_and_topics(path: &Path) -> (u32, usize, bool) {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let version = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let topics: i64 = conn
        .query_row("SELECT count(*) FROM topics", [], |r| r.get(0))
        .unwrap();
    // The newest migration (0020) gives a kiosk question its follow token's hash.
    let newest: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM pragma_table_info('conversations') WHERE name = 'follow_hash')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (version, usize::try_from(topics).unwrap(), newest)
}

fn pre_upgrade_backups(dir: &Path) -> Vec<PathBuf> {
    let prefix = format!(
        "pre-upgrade-{}-to-{}-",
        previous_version(),
        latest_schema_version()
    );
    names(dir)
        .into_iter()
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".sqlite3"))
        .map(|n| dir.join(n))
        .collect()
}

#[test]
fn serve_backs_up_an_older_database_into_its_backup_directory_before_migrating_it() {
    let data = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let topics = previous_navrat_data(data.path());
    assert!(topics > 0);
    let database = data.path().join(DATABASE_FILE);
    assert_eq!(
        schema_and_topics(&database),
        (previous_version(), topics, false)
    );

    let (child, _kiosk, _workspace) = serve_with_backups(data.path(), backups.path());
    let status = stop(child);
    let log = std::fs::read_to_string(data.path().join("serve-backups.log")).unwrap();
    assert!(status.success(), "{status}\n{log}");

    // The live database was migrated and kept its rows.
    assert_eq!(
        schema_and_topics(&database),
        (latest_schema_version(), topics, true)
    );
    // The backup beside the scheduled ones is the database as it was: whole, old, all rows.
    let found = pre_upgrade_backups(backups.path());
    assert_eq!(found.len(), 1, "{:?}", names(backups.path()));
    assert_eq!(check_backup(&found[0]).unwrap(), previous_version());
    assert_eq!(
        schema_and_topics(&found[0]),
        (previous_version(), topics, false)
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&found[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    // Nothing went to the data directory's own backups folder.
    assert!(!data.path().join("backups").exists());
}

#[test]
fn check_backs_up_an_older_database_once_and_refuses_to_migrate_when_it_cannot() {
    let data = tempfile::tempdir().unwrap();
    let topics = previous_navrat_data(data.path());
    let out = run(navrat(data.path()).arg("check"));
    let log = text(&out.stderr);
    assert!(out.status.success(), "{}{log}", text(&out.stdout));
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("backed up the database before upgrading its schema"))
        .collect();
    assert_eq!(lines.len(), 1, "{log}");
    let found = pre_upgrade_backups(&data.path().join("backups"));
    assert_eq!(found.len(), 1);
    assert!(lines[0].contains(&found[0].display().to_string()), "{log}");
    assert_eq!(
        schema_and_topics(&found[0]),
        (previous_version(), topics, false)
    );
    // Already current: the next start makes no second backup.
    let out = run(navrat(data.path()).arg("check"));
    assert!(out.status.success());
    assert!(!text(&out.stderr).contains("before upgrading"));
    assert_eq!(pre_upgrade_backups(&data.path().join("backups")).len(), 1);

    // The backup cannot be made (a file is where the folder should be): nothing is migrated.
    let blocked = tempfile::tempdir().unwrap();
    previous_navrat_data(blocked.path());
    std::fs::write(blocked.path().join("backups"), "not a folder").unwrap();
    let out = run(navrat(blocked.path()).arg("check"));
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    assert!(err.contains("the backup taken first"), "{err}");
    assert!(err.contains("nothing was migrated"), "{err}");
    assert_eq!(
        schema_and_topics(&blocked.path().join(DATABASE_FILE)),
        (previous_version(), topics, false)
    );
}

#[test]
fn a_database_newer_than_this_navrat_is_refused_and_left_as_it_is() {
    let data = tempfile::tempdir().unwrap();
    let topics = previous_navrat_data(data.path());
    let database = data.path().join(DATABASE_FILE);
    let newer = latest_schema_version() + 1;
    rusqlite::Connection::open(&database)
        .unwrap()
        .pragma_update(None, "user_version", newer)
        .unwrap();
    let out = run(navrat(data.path()).arg("check"));
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{}", text(&out.stdout));
    assert!(
        err.contains(&format!(
            "schema version {newer}, newer than this Navrat ({})",
            latest_schema_version()
        )),
        "{err}"
    );
    assert!(!data.path().join("backups").exists());
    assert_eq!(schema_and_topics(&database), (newer, topics, false));
}
