//! How often one chat may write to counsellors: a flood is refused with a clear message
//! rather than stored.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Messages to counsellors (questions and additions) one chat may send per [`WINDOW`].
pub const MESSAGES: usize = 10;
/// The window [`MESSAGES`] are counted in.
pub const WINDOW: Duration = Duration::from_secs(600);

/// Counts each chat's recent messages to counsellors, in memory (a restart forgets them,
/// which only lets a person write sooner).
#[derive(Clone, Default)]
pub struct AskLimit {
    sent: Arc<Mutex<HashMap<i64, VecDeque<Instant>>>>,
}

impl AskLimit {
    /// Whether `chat` may send one more message now; counts it when it may.
    pub fn allow(&self, chat: i64) -> bool {
        self.allow_at(chat, Instant::now())
    }

    fn allow_at(&self, chat: i64, now: Instant) -> bool {
        let mut sent = self.sent.lock().unwrap_or_else(|e| e.into_inner());
        // Chats whose window has passed are dropped, so the map does not grow.
        if sent.len() > 10_000 {
            sent.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < WINDOW)
            });
        }
        let times = sent.entry(chat).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= WINDOW)
        {
            times.pop_front();
        }
        if times.len() >= MESSAGES {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eleventh_message_in_ten_minutes_is_refused_and_allowed_again_later() {
        let limit = AskLimit::default();
        let start = Instant::now();
        for _ in 0..MESSAGES {
            assert!(limit.allow_at(1, start));
        }
        assert!(!limit.allow_at(1, start));
        assert!(limit.allow_at(2, start), "another chat is not held back");
        assert!(limit.allow_at(1, start + WINDOW));
    }
}
