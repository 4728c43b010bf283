-- Messages to people about their requests (a counsellor confirmed, declined, moved a meeting),
-- written in the same transaction as the change, so none is lost; a background task sends them
-- with retries. The dedupe key makes each change one message.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    dedupe_key      TEXT NOT NULL UNIQUE,
    chat_id         INTEGER NOT NULL,
    locale          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('confirmed', 'rescheduled', 'declined')),
    reference       TEXT NOT NULL,
    point_id        TEXT NOT NULL,
    detail          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dropped')),
    created_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
