-- Searches that found nothing, counted per locale, so counsellors see what content is missing.
-- Only the normalised query words are kept (no digits, so no phone numbers), never who searched.
CREATE TABLE search_misses (
    locale  TEXT NOT NULL,
    query   TEXT NOT NULL,
    count   INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (locale, query)
) STRICT;
