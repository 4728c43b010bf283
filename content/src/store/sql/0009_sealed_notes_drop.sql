-- The second half of migration 9, after the rows were sealed.
ALTER TABLE appointment_requests DROP COLUMN decline_reason;
ALTER TABLE outbox DROP COLUMN detail;
