//! Issue 12, point 1: a reference code must not hand a request to a stranger. The review's
//! attack: open `/{locale}/appointment/{ref}?new=1` with a known or guessed reference, decode
//! the Telegram QR code, follow the request from one's own chat, read the counsellor's news
//! and cancel it, while the real person can no longer follow it.

use navrat_content::ReferenceCode;
use navrat_content::store::FollowOutcome;

use super::support::{read_qr_code, send_request};
use crate::support::{get, state};

const PERSON_CHAT: i64 = 7_100_001;
const STRANGER_CHAT: i64 = 7_100_002;

#[tokio::test]
async fn a_stranger_with_the_reference_gets_no_qr_code_and_cannot_take_over_the_follow() {
    let sent = send_request("uk", "praha").await;
    let reference = &sent.reference;

    // The stranger knows the reference and asks for every page that could show the QR code:
    // without the sender's form cookie, with a form cookie of their own, through the lookup.
    let strangers_cookie = get("/uk/appointment?point=praha", None)
        .await
        .set_cookie("navrat_form")
        .unwrap();
    for cookie in [None, Some(strangers_cookie.as_str())] {
        for path in [
            sent.location.clone(),
            format!("/uk/appointment/{reference}?new=1"),
            format!("/uk/appointment/{reference}"),
            format!("/en/appointment/{reference}?new=1"),
            format!("/ar/appointment/{reference}?new=yes"),
        ] {
            let page = get(&path, cookie).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(page.body.contains("reference-code"), "{path}");
            assert_eq!(read_qr_code(&page), None, "{path} with {cookie:?}");
            assert!(!page.body.contains("t.me"), "{path}");
        }
    }

    // The person's own browser, and only it, sees the QR code; a phone reads the deep link.
    let own = get(&sent.location, Some(&sent.cookie)).await;
    let link = read_qr_code(&own).expect("the sender sees the QR code");
    let token = link
        .strip_prefix("https://t.me/NavratTestBot?start=f_")
        .unwrap_or_else(|| panic!("{link}"))
        .to_owned();
    assert_eq!(token.len(), 22);
    // Refreshing the page in the same browser keeps it.
    assert_eq!(
        read_qr_code(&get(&sent.location, Some(&sent.cookie)).await).as_deref(),
        Some(link.as_str())
    );

    // The database holds only a keyed hash of the token: a copy of it follows nothing.
    let store = &state().store;
    let mut files = std::fs::read(store.path()).unwrap();
    if let Ok(wal) = std::fs::read(store.path().with_extension("sqlite3-wal")) {
        files.extend(wal);
    }
    assert!(
        !files.windows(token.len()).any(|w| w == token.as_bytes()),
        "the follow token is not stored in clear"
    );

    // The person follows from their phone; the same decoded token in a second chat (a photo
    // of the screen, a shoulder) does not replace them.
    let code = ReferenceCode::parse(reference).unwrap();
    let followed = store.attach_chat_by_token(&token, PERSON_CHAT).unwrap();
    assert!(matches!(followed, FollowOutcome::Following(r) if r.reference == code));
    assert_eq!(
        store.attach_chat_by_token(&token, STRANGER_CHAT).unwrap(),
        FollowOutcome::FollowedElsewhere
    );
    let request = store.appointment_request(&code).unwrap().unwrap();
    assert_eq!(
        request.telegram_chat,
        Some(PERSON_CHAT),
        "the first chat keeps it"
    );
    assert!(
        store
            .appointment_requests_for_chat(STRANGER_CHAT)
            .unwrap()
            .is_empty()
    );
    // The person's own chat trying again is simply told it follows the request.
    assert!(matches!(
        store.attach_chat_by_token(&token, PERSON_CHAT).unwrap(),
        FollowOutcome::Following(_)
    ));

    // Once followed, the QR code is gone from the sender's page too: it has done its work.
    assert_eq!(
        read_qr_code(&get(&sent.location, Some(&sent.cookie)).await),
        None
    );
}
