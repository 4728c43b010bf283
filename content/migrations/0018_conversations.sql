-- Ask a counsellor (issue #16): a person's question, the counsellors' answers and internal
-- notes, the queue that delivers answers to Telegram, and the saved replies counsellors start
-- from. Every message body and the chat id are sealed (like contact details); a chat is found
-- by the keyed hash of its id. Closed conversations are deleted after the retention period.

CREATE TABLE conversations (
    id                     INTEGER PRIMARY KEY,
    reference              TEXT NOT NULL UNIQUE,   -- the person reads the answer with it
    channel                TEXT NOT NULL CHECK (channel IN ('kiosk', 'telegram')),
    locale                 TEXT NOT NULL,
    point_id               TEXT REFERENCES points(id),   -- NULL: any counselling point
    chat_key               BLOB,                   -- keyed hash of the Telegram chat
    chat_sealed            BLOB,                   -- the chat id, sealed
    appointment_request_id INTEGER REFERENCES appointment_requests(id) ON DELETE SET NULL,
    state                  TEXT NOT NULL DEFAULT 'unassigned'
                           CHECK (state IN ('unassigned', 'assigned', 'waiting_for_person', 'closed')),
    assignee               TEXT,                   -- staff login
    protection_concern     INTEGER NOT NULL DEFAULT 0 CHECK (protection_concern IN (0, 1)),
    content_gap            INTEGER NOT NULL DEFAULT 0 CHECK (content_gap IN (0, 1)),
    waiting_since          INTEGER,                -- first person message not yet answered
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    closed_at              INTEGER
) STRICT;
CREATE INDEX conversations_inbox ON conversations(state, locale, protection_concern, waiting_since);
CREATE INDEX conversations_by_chat ON conversations(chat_key);
CREATE INDEX conversations_closed ON conversations(closed_at);

CREATE TABLE conversation_messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    author_kind     TEXT NOT NULL CHECK (author_kind IN ('person', 'counsellor', 'note')),
    staff_login     TEXT,
    body_sealed     BLOB NOT NULL,
    submit_key      TEXT UNIQUE,                    -- a form submitted twice is one message
    at              INTEGER NOT NULL
) STRICT;
CREATE INDEX conversation_messages_by_conversation ON conversation_messages(conversation_id, id);

CREATE TABLE conversation_deliveries (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL UNIQUE REFERENCES conversation_messages(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dropped'))
) STRICT;
CREATE INDEX conversation_deliveries_due ON conversation_deliveries(state, next_attempt_at);

CREATE TABLE saved_replies (
    id         INTEGER PRIMARY KEY,
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,   -- written by staff for everyone: no personal data, not sealed
    updated_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX saved_replies_by_locale ON saved_replies(locale, title);
