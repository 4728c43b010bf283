//! Attacks on signing in: many wrong passwords sent at once, over-long logins and passwords,
//! and an attacker trying to lock a colleague out. Each attack is made through the real
//! router, and the store counts how many passwords were actually hashed.

use std::sync::Arc;

use axum::http::StatusCode;
use navrat_web::workspace::{LOGIN_ATTEMPTS, PASSWORD_CHECKS_AT_ONCE};

use super::support::{PASSWORD, Ws, addr};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_wrong_passwords_sent_at_once_hash_no_more_than_the_limit() {
    let ws = Arc::new(Ws::new());
    let before = ws.state.store.password_checks();
    let attempts: Vec<_> = (0..60)
        .map(|n| {
            let ws = ws.clone();
            tokio::spawn(async move {
                // The attacker sends again whatever was answered "busy".
                for _ in 0..10_000 {
                    let page = ws
                        .try_login("eva", &format!("wrong password {n}"), addr(7))
                        .await;
                    if page.status != StatusCode::SERVICE_UNAVAILABLE {
                        return page;
                    }
                    assert!(page.headers.contains_key("retry-after"));
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                }
                panic!("busy for ever");
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for attempt in attempts {
        let page = attempt.await.unwrap();
        if page.status != StatusCode::UNAUTHORIZED {
            assert!(
                page.headers.contains_key("retry-after"),
                "{}: says when to try again",
                page.status
            );
            assert!(page.body.contains("<form"), "a page, with the form again");
        }
        statuses.push(page.status);
    }
    let hashed = ws.state.store.password_checks() - before;
    let wrong = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert!(
        hashed <= LOGIN_ATTEMPTS as u64,
        "{hashed} passwords hashed for 60 parallel attempts (limit {LOGIN_ATTEMPTS})"
    );
    assert_eq!(
        wrong as u64, hashed,
        "every hashed attempt was told it failed"
    );
    assert!(
        statuses
            .iter()
            .all(|s| [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(s)),
        "{statuses:?}"
    );
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    // The limit holds afterwards too, even for the right password from that address.
    let after = ws.try_login("eva", PASSWORD, addr(7)).await;
    assert_eq!(after.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(ws.state.store.password_checks() - before, hashed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_and_fifty_failures_from_everywhere_are_all_answered() {
    // 150 attempts on made-up accounts from 150 addresses: none is limited by the counts, so
    // only the cap on parallel hashing stands between them and the memory.
    let ws = Arc::new(Ws::new());
    let attempts: Vec<_> = (0..150u8)
        .map(|n| {
            let ws = ws.clone();
            tokio::spawn(async move {
                ws.try_login(&format!("guess{n}"), "wrong password", addr(n))
                    .await
                    .status
            })
        })
        .collect();
    let mut busy = 0;
    for attempt in attempts {
        match attempt.await.unwrap() {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::SERVICE_UNAVAILABLE => busy += 1,
            other => panic!("{other}"),
        }
    }
    // Busy attempts are not counted against anyone: each can try again at once.
    let before = ws.state.store.password_checks();
    assert_eq!(
        ws.try_login("eva", PASSWORD, addr(200)).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(ws.state.store.password_checks() - before, 1);
    assert!(
        busy < 150,
        "at least {PASSWORD_CHECKS_AT_ONCE} at a time get through"
    );
}

#[tokio::test]
async fn an_over_long_login_or_password_is_refused_without_hashing() {
    let ws = Ws::new();
    let before = ws.state.store.password_checks();
    let long_login = "e".repeat(100_000);
    let page = ws.try_login(&long_login, PASSWORD, addr(3)).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(
        page.body.len() < 50_000,
        "the login is not echoed back: {} bytes",
        page.body.len()
    );
    let page = ws.try_login("eva", &"p".repeat(200_000), addr(3)).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert_eq!(ws.state.store.password_checks(), before, "nothing hashed");
    // Such attempts use up nobody's tries.
    for _ in 0..LOGIN_ATTEMPTS {
        ws.try_login(&long_login, PASSWORD, addr(3)).await;
    }
    assert_eq!(
        ws.try_login("eva", PASSWORD, addr(3)).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_successful_sign_in_forgets_the_accounts_failures() {
    let ws = Ws::new();
    for _ in 0..LOGIN_ATTEMPTS - 1 {
        let page = ws.try_login("petr", "wrong password", addr(4)).await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        ws.try_login("petr", PASSWORD, addr(4)).await.status,
        StatusCode::SEE_OTHER
    );
    // A mistake after that is a fresh start, not the last straw.
    for _ in 0..LOGIN_ATTEMPTS - 1 {
        let page = ws.try_login("petr", "wrong password", addr(5)).await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        ws.try_login("petr", PASSWORD, addr(5)).await.status,
        StatusCode::SEE_OTHER
    );
}
