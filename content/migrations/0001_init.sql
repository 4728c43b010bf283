-- Navrat's first schema: content with translation tracking, counselling points, appointment
-- requests with their history, staff users and the audit log.
-- Timestamps are Unix seconds (UTC). JSON columns hold small lists written by the store only.

CREATE TABLE categories (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE topics (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    category         TEXT NOT NULL REFERENCES categories(id),
    position         INTEGER NOT NULL,
    current_revision INTEGER NOT NULL,
    created_at       INTEGER NOT NULL
) STRICT;

-- Every edit of the Czech source makes a new revision; revisions are never changed.
CREATE TABLE source_revisions (
    topic_id    INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL,
    body        TEXT NOT NULL,
    keywords    TEXT NOT NULL,   -- JSON array of strings
    tracks      TEXT NOT NULL,   -- JSON array of track names
    sources     TEXT NOT NULL,   -- JSON array of {track, url, note}
    sample_data INTEGER NOT NULL CHECK (sample_data IN (0, 1)),
    author      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    import_hash TEXT,            -- hash of the seed file it came from; NULL when written in Navrat
    PRIMARY KEY (topic_id, revision)
) STRICT;

-- Versions of a translation. Per topic and locale at most one is published and at most one is
-- being worked on (draft or in review); older published versions are kept as 'superseded'.
CREATE TABLE translations (
    id              INTEGER PRIMARY KEY,
    topic_id        INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL CHECK (locale <> 'cs'),
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    body            TEXT NOT NULL,
    keywords        TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'superseded')),
    provenance      TEXT NOT NULL CHECK (provenance IN ('community', 'staff', 'machine_draft')),
    author          TEXT NOT NULL,
    reviewer        TEXT,
    source_revision INTEGER NOT NULL,
    import_hash     TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    FOREIGN KEY (topic_id, source_revision) REFERENCES source_revisions(topic_id, revision)
) STRICT;
CREATE UNIQUE INDEX translations_one_published
    ON translations(topic_id, locale) WHERE status = 'published';
CREATE UNIQUE INDEX translations_one_working
    ON translations(topic_id, locale) WHERE status IN ('draft', 'in_review');
CREATE INDEX translations_by_locale ON translations(locale, status);

CREATE TABLE points (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('regional', 'detention', 'office')),
    sample_data INTEGER NOT NULL CHECK (sample_data IN (0, 1)),
    languages   TEXT NOT NULL,   -- JSON array of locale codes
    phone       TEXT,
    email       TEXT,
    source      TEXT,
    hours       TEXT NOT NULL,   -- JSON array of {days, from, to}
    texts       TEXT NOT NULL,   -- JSON object locale -> {name, address, visiting_rules}
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    import_hash TEXT
) STRICT;

CREATE TABLE appointment_requests (
    id                    INTEGER PRIMARY KEY,
    reference             TEXT NOT NULL UNIQUE,
    channel               TEXT NOT NULL CHECK (channel IN ('kiosk', 'telegram')),
    locale                TEXT NOT NULL,
    point_id              TEXT NOT NULL REFERENCES points(id),
    days                  TEXT NOT NULL,   -- JSON array of day names
    day_parts             TEXT NOT NULL,   -- JSON array of day-part names
    alias                 TEXT,
    contact_kind          TEXT NOT NULL CHECK (contact_kind IN ('phone', 'telegram', 'come_back')),
    contact_value         TEXT,
    interpreter_needed    INTEGER NOT NULL CHECK (interpreter_needed IN (0, 1)),
    topic_slug            TEXT,
    status                TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'declined', 'done', 'cancelled', 'no_show')),
    confirmed_when        TEXT,
    counsellor            TEXT,
    interpreter_confirmed INTEGER NOT NULL DEFAULT 0,
    decline_reason        TEXT,
    idempotency_key       TEXT UNIQUE,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    closed_at             INTEGER
) STRICT;
CREATE INDEX appointment_requests_by_point ON appointment_requests(point_id, status);

CREATE TABLE appointment_events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES appointment_requests(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    detail      TEXT NOT NULL
) STRICT;
CREATE INDEX appointment_events_by_request ON appointment_events(request_id, id);

CREATE TABLE staff_users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE staff_roles (
    user_id INTEGER NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('translator', 'reviewer', 'counsellor', 'coordinator')),
    scope   TEXT NOT NULL,
    PRIMARY KEY (user_id, role, scope)
) STRICT;

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
) STRICT;
