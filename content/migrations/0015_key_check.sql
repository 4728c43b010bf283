-- The key check value: a keyed hash of a fixed text under the data directory's key
-- (navrat.key). At start the store compares it with the key file's, so a lost or swapped key
-- file stops Navrat instead of sealing new data under a key the old data does not open with.
CREATE TABLE key_check (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value BLOB NOT NULL
);
