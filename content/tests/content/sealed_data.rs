//! The data directory's key and who may read the data: a lost or swapped key file stops the
//! store instead of sealing under a new key; one row that does not open leaves the others
//! readable; the directory and the database files are the service user's alone.

use std::path::{Path, PathBuf};

use navrat_content::model::{AppointmentChange, Channel, Contact, NewAppointmentRequest, Weekday};
use navrat_content::vault::KEY_FILE;
use navrat_content::{ReferenceCode, Store, store::DATABASE_FILE};
use tempfile::TempDir;

use crate::support::seeded_store;

fn request(alias: &str) -> NewAppointmentRequest {
    navrat_testkit::request()
        .locale("uk")
        .days(&[Weekday::Tue])
        .alias(alias)
        .phone("+420 777 123 456")
        .build()
}

/// A closed data directory with the seed and Oksana's appointment request (her nickname and
/// phone sealed): the directory, the request's reference and the key file's path.
fn data_with_oksanas_request() -> (TempDir, ReferenceCode, PathBuf) {
    let (dir, store) = seeded_store();
    let made = store
        .create_appointment_request(&request("Oksana"))
        .unwrap();
    drop(store);
    let key = dir.path().join(KEY_FILE);
    (dir, made.reference, key)
}

/// The store in `dir`, opened again, reads Oksana's request `reference` with her nickname.
fn assert_oksanas_request_opens(dir: &Path, reference: &ReferenceCode) {
    let store = Store::open_dir(dir).unwrap();
    let found = store.appointment_request(reference).unwrap().unwrap();
    assert_eq!(found.alias.as_deref(), Some("Oksana"));
}

#[test]
fn a_lost_key_file_stops_the_store_and_no_new_key_is_made() {
    let (dir, reference, key) = data_with_oksanas_request();
    let kept = std::fs::read(&key).unwrap();
    std::fs::remove_file(&key).unwrap();

    let err = Store::open_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("is missing"), "{err}");
    assert!(err.contains("put back"), "{err}");
    assert!(
        !key.exists(),
        "no new key was made while sealed data exists"
    );
    assert!(
        Store::open_dir(dir.path()).is_err(),
        "and not on a second try"
    );

    // With the kept copy put back, everything opens as before.
    std::fs::write(&key, kept).unwrap();
    set_mode(&key, 0o600);
    assert_oksanas_request_opens(dir.path(), &reference);
}

#[test]
fn another_key_file_is_refused_before_anything_is_sealed_under_it() {
    let (dir, _, key) = data_with_oksanas_request();
    std::fs::write(&key, "ab".repeat(32)).unwrap();
    set_mode(&key, 0o600);
    let err = Store::open_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("is not the key this database was sealed with"),
        "{err}"
    );
}

#[test]
fn a_database_without_personal_data_takes_a_new_key() {
    // Content only (the seed): nothing is sealed, so a lost key costs nothing and a new one
    // is made, as on a first start.
    let (dir, store) = seeded_store();
    drop(store);
    let key = dir.path().join(KEY_FILE);
    std::fs::remove_file(&key).unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    assert!(key.exists());
    let made = store
        .create_appointment_request(&request("Oksana"))
        .unwrap();
    drop(store);
    assert_oksanas_request_opens(dir.path(), &made.reference);
}

#[test]
fn one_row_that_does_not_open_leaves_the_list_and_the_others_readable() {
    let (dir, store) = seeded_store();
    let damaged = store
        .create_appointment_request(&request("Oksana"))
        .unwrap();
    let intact = store.create_appointment_request(&request("Petro")).unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let changed = conn
            .execute(
                "UPDATE appointment_requests SET contact_sealed = zeroblob(40) WHERE reference = ?1",
                [damaged.reference.as_str()],
            )
            .unwrap();
        assert_eq!(changed, 1);
    }
    let list = store.appointment_requests(&["praha".into()], None).unwrap();
    assert_eq!(list.len(), 2, "both requests are listed");
    let shown = |r: &navrat_content::ReferenceCode| {
        list.iter().find(|x| &x.reference == r).unwrap().clone()
    };
    let bad = shown(&damaged.reference);
    assert_eq!(bad.contact, Contact::Unreadable);
    assert_eq!(bad.alias, None, "nothing of a damaged row is trusted");
    let good = shown(&intact.reference);
    assert_eq!(good.alias.as_deref(), Some("Petro"));
    assert!(matches!(good.contact, Contact::Phone(_)));
    let one = store
        .appointment_request(&damaged.reference)
        .unwrap()
        .unwrap();
    assert_eq!(one.contact, Contact::Unreadable);
    assert!(
        store
            .create_appointment_request(&NewAppointmentRequest {
                contact: Contact::Unreadable,
                ..request("x")
            })
            .is_err(),
        "an unreadable contact is never stored"
    );
}

#[test]
fn one_notice_that_does_not_open_is_given_up_and_the_others_still_go() {
    let (dir, store) = seeded_store();
    let decline = |chat: i64| {
        let made = store
            .create_appointment_request(&NewAppointmentRequest {
                contact: Contact::Telegram(chat),
                telegram_chat: Some(chat),
                channel: Channel::Telegram,
                ..request("Oksana")
            })
            .unwrap();
        store
            .change_appointment(
                &made.reference,
                &AppointmentChange::Decline {
                    reason: "Zavolejte nám".into(),
                },
                "eva",
            )
            .unwrap();
        made.reference
    };
    let damaged = decline(111);
    decline(222);
    {
        let conn = rusqlite::Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let changed = conn
            .execute(
                "UPDATE outbox SET detail_sealed = randomblob(48) WHERE reference = ?1",
                [damaged.as_str()],
            )
            .unwrap();
        assert!(changed >= 1);
    }
    let due = store.due_notices(i64::MAX, 10).unwrap();
    assert!(!due.is_empty(), "the other notices still go");
    assert!(due.iter().all(|n| n.chat_id == 222), "{due:?}");
    assert!(due.iter().all(|n| n.reference != damaged));
    let (_, _, dropped) = store.outbox_counts().unwrap();
    assert!(
        dropped >= 1,
        "the damaged one is given up, not retried for ever"
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_: &std::path::Path, _: u32) {}

#[cfg(unix)]
#[test]
fn the_data_directory_and_database_files_are_private_and_loose_modes_are_tightened() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join("data");
    let store = Store::open_dir(&data).unwrap();
    let wal = data.join(format!("{DATABASE_FILE}-wal"));
    let shm = data.join(format!("{DATABASE_FILE}-shm"));
    let db = data.join(DATABASE_FILE);
    assert_eq!(mode(&data), 0o700);
    for file in [&db, &wal, &shm, &data.join(KEY_FILE)] {
        assert!(file.exists(), "{}", file.display());
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    let backup = parent.path().join("backup.sqlite3");
    store.backup_to(&backup).unwrap();
    assert_eq!(
        mode(&backup),
        0o600,
        "a backup is as private as the database"
    );
    drop(store);

    // As an earlier version left them: readable by everyone.
    set_mode(&data, 0o755);
    for file in [&db, &wal, &shm] {
        if file.exists() {
            set_mode(file, 0o644);
        }
    }
    let _store = Store::open_dir(&data).unwrap();
    assert_eq!(mode(&data), 0o700);
    for file in [&db, &wal, &shm] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
}
