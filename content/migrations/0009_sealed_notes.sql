-- A decline reason may carry a counsellor's note, and a message to a person repeats it: both
-- are sealed like the contact details (the store converts existing rows, then drops the clear
-- columns: 0009_sealed_notes_drop.sql).
ALTER TABLE appointment_requests ADD COLUMN decline_sealed BLOB;
ALTER TABLE outbox ADD COLUMN detail_sealed BLOB;
