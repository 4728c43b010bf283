//! Retention: closed appointment requests are deleted, with their contact details and history,
//! a configured number of days after they were closed — what the consent text promises. Closed
//! questions ("ask a counsellor", with their answers and notes) go the same way. Counts of
//! searches without result expire after the same number of days since last asked.

use std::future::Future;
use std::time::Duration;

use crate::Store;

/// Deletes closed requests and questions (and searches without result) older than `days` now and then every
/// `every`, until `stop`
/// completes. `clock` says what time it is (Unix seconds): the system clock in service, a
/// chosen one in tests.
pub async fn purge_closed_requests(
    store: Store,
    days: u32,
    clock: impl Fn() -> i64,
    every: Duration,
    stop: impl Future<Output = ()>,
) {
    let mut stop = std::pin::pin!(stop);
    let mut tick = tokio::time::interval(every);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = &mut stop => return,
        }
        let cutoff = clock() - i64::from(days) * 86_400;
        match store
            .blocking(move |s| s.purge_closed_appointments(cutoff))
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                requests = n,
                days,
                "deleted closed appointment requests past retention"
            ),
            Err(e) => tracing::error!(error = %e, "could not delete closed appointment requests"),
        }
        match store
            .blocking(move |s| s.purge_closed_conversations(cutoff))
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                conversations = n,
                days,
                "deleted closed questions past retention"
            ),
            Err(e) => tracing::error!(error = %e, "could not delete closed questions"),
        }
        match store.blocking(move |s| s.purge_search_misses(cutoff)).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                rows = n,
                days,
                "deleted searches without result past retention"
            ),
            Err(e) => tracing::error!(error = %e, "could not delete old searches without result"),
        }
    }
}
