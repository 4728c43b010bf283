-- Counsellors' recordings of topics, read aloud by a translator or reviewer of the locale.
-- Kept as Ogg/Opus in the database (people's work: the backup carries it). A recording belongs
-- to the text it records: the published translation (`translation_id`, NULL for Czech) and the
-- Czech source revision at the time; when either changes it is outdated. Per topic and locale
-- at most one is published and at most one is being worked on; older published ones are kept
-- as 'superseded'.
CREATE TABLE recordings (
    id              INTEGER PRIMARY KEY,
    topic_id        INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL,
    translation_id  INTEGER,
    source_revision INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'superseded')),
    uploaded_by     TEXT NOT NULL,
    reviewed_by     TEXT,
    uploaded_format TEXT NOT NULL CHECK (uploaded_format IN ('ogg_opus', 'mp3', 'm4a', 'wav')),
    format          TEXT NOT NULL DEFAULT 'ogg_opus' CHECK (format = 'ogg_opus'),
    sha256          TEXT NOT NULL,
    bytes           INTEGER NOT NULL CHECK (bytes > 0),
    duration_ms     INTEGER NOT NULL CHECK (duration_ms > 0),
    audio           BLOB NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX recordings_one_published
    ON recordings(topic_id, locale) WHERE status = 'published';
CREATE UNIQUE INDEX recordings_one_working
    ON recordings(topic_id, locale) WHERE status IN ('draft', 'in_review');
CREATE INDEX recordings_by_locale ON recordings(locale, status);
