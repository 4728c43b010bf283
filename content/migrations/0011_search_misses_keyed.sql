-- Searches without a result, counted per locale, kept so that what people type once (a name,
-- say) is never stored: a search is counted under a keyed hash of its normalised words, and its
-- text is kept only from the second time it is asked. The table is bounded and rows expire
-- under the retention rule. The store moves existing rows over (keeping the text only where
-- it was asked at least twice), then drops the old table (0011_search_misses_keyed_drop.sql).
CREATE TABLE search_miss_counts (
    locale   TEXT NOT NULL,
    term_key BLOB NOT NULL,   -- keyed hash (BLAKE2b under the data directory's key) of the words
    query    TEXT,            -- the normalised words, only once asked at least twice
    count    INTEGER NOT NULL CHECK (count >= 1),
    last_at  INTEGER NOT NULL,
    PRIMARY KEY (locale, term_key)
) STRICT;
CREATE INDEX search_miss_counts_by_age ON search_miss_counts(last_at);
