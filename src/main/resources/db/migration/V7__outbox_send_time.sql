-- Wharf shop database, V7: what the outbox needs to check a lost answer of an absolute command (decision 0007,
-- "The ambiguity rule per command"). Conventions as V1 (decision 0003): instants INTEGER epoch ms UTC (_at).

-- A time the platform's clock had certainly reached when the entry was first sent (since it was made or last
-- retried by the user); NULL until then, or when the platform's time was not known at that send.
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;

-- Why a check after a lost answer put the entry in Needs attention instead of sending it again: JSON
-- {kind, subject, platform_value, sent_value, changed_after_send}; NULL otherwise.
ALTER TABLE outbox ADD COLUMN conflict TEXT CHECK (conflict IS NULL OR json_valid(conflict));
