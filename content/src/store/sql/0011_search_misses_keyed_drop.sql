-- The second half of migration 11, after the rows were moved.
DROP TABLE search_misses;
DROP INDEX search_miss_counts_by_age;
ALTER TABLE search_miss_counts RENAME TO search_misses;
CREATE INDEX search_misses_by_age ON search_misses(last_at);
