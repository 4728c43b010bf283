//! The conversation's state, one per chat, persisted in the store so that a restart of the
//! bot resumes where the person was.

use serde::{Deserialize, Serialize};

/// Where a chat is in its conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    /// Reading topics or searching: free text is a search.
    #[default]
    Idle,
}
