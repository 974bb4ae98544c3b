-- The dispatcher reads the oldest pending messages in order and decides in memory which are due
-- (a chat's later message never overtakes an earlier one): one index range, no sort.
DROP INDEX notify_outbox_due;
CREATE INDEX notify_outbox_pending ON notify_outbox (status, seq);
