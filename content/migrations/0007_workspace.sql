-- The counsellor workspace: the languages staff speak (for the coordinator's overview of who
-- can serve whom), comments on translations, and UI strings edited in the browser (written to
-- locales/<code>/*.ftl by `navrat export`).

ALTER TABLE staff_users ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';  -- JSON array of locale codes

CREATE TABLE translation_comments (
    id       INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    locale   TEXT NOT NULL,
    author   TEXT NOT NULL,
    body     TEXT NOT NULL,
    at       INTEGER NOT NULL
) STRICT;
CREATE INDEX translation_comments_by_topic ON translation_comments(topic_id, locale, id);

CREATE TABLE ui_messages (
    locale     TEXT NOT NULL,
    file       TEXT NOT NULL,
    message_id TEXT NOT NULL,
    value      TEXT NOT NULL,   -- the Fluent value after `id =`, continuation lines indented
    author     TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (locale, file, message_id)
) STRICT;
