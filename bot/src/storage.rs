//! teloxide's dialogue `Storage` over Navrat's own store (not teloxide's `sqlite-storage`,
//! which would link a second SQLite): dialogue states survive a restart.

use std::sync::Arc;

use navrat_content::Store;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use crate::state::State;

/// Dialogue states in the store, as JSON.
pub struct StoreStorage {
    store: Store,
}

impl StoreStorage {
    /// A storage over `store`.
    pub fn new(store: Store) -> Arc<Self> {
        Arc::new(StoreStorage { store })
    }
}

/// Why a dialogue state could not be kept or read.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] navrat_content::Error),
    /// A stored state is not a state of this bot version.
    #[error("stored dialogue state: {0}")]
    Decode(#[from] serde_json::Error),
}

type BoxFuture<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send>>;

impl Storage<State> for StoreStorage {
    type Error = StorageError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<(), StorageError>> {
        Box::pin(async move {
            self.store
                .blocking(move |s| s.set_chat_dialogue(chat_id.0, None))
                .await?;
            Ok(())
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: State,
    ) -> BoxFuture<Result<(), StorageError>> {
        Box::pin(async move {
            let json = serde_json::to_string(&dialogue)?;
            self.store
                .blocking(move |s| s.set_chat_dialogue(chat_id.0, Some(&json)))
                .await?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<Result<Option<State>, StorageError>> {
        Box::pin(async move {
            let json = self
                .store
                .blocking(move |s| s.chat_dialogue(chat_id.0))
                .await?;
            // A state from an older version that no longer parses starts the chat afresh. A
            // chat with no state is idle: said here rather than written by teloxide on entry,
            // so a full disk does not silence the bot before a handler can explain it.
            Ok(Some(
                json.and_then(|j| serde_json::from_str(&j).ok())
                    .unwrap_or_default(),
            ))
        })
    }
}
