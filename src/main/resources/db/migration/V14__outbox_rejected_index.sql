-- Wharf shop database, V14: the rejected outbox entries get their own small index. Conventions as V1.
--
-- The outbox keeps every entry, the ones done too (an import's results and Sync & Settings read them), so after a
-- 500,000-row shipment import, or a year of ordinary work, it holds hundreds of thousands of rows. The rejected ones
-- ("Needs attention") are counted after every local change (the status bar's counts) and listed on their own; both
-- read the whole table: about 40 ms per change with 600,000 entries, growing with the history (docs/benchmarks.md,
-- "Shipping import"). With this index they read only the rejected entries.

CREATE INDEX outbox_rejected ON outbox (outbox_id) WHERE state = 'rejected';
