-- Wharf shop database, V13: the orders' derived deadline columns are re-derived only when they are stale.
-- Conventions as V1 (decision 0003).
--
-- V3's orders_derive_update re-derived due_at and urgency after every change of status, paid_at, ordered_at or
-- delivery_type. A writer that changes many orders at once and sets the derived columns itself in the same statement
-- (the set-based ship of a shipment import, store.outbox.DeliverCommands) paid for the trigger's two UPDATEs per row
-- all the same: about half of a 500,000-row import's apply (docs/benchmarks.md, "Shipping import"). The trigger now
-- fires only when one of its inputs changed (as before) AND the stored values differ from what the rules give (the
-- same formula as V3 and orders.Deadlines#dueAt), so every other writer keeps getting them derived exactly as before.

DROP TRIGGER orders_derive_update;

CREATE TRIGGER orders_derive_update AFTER UPDATE OF status, paid_at, ordered_at, delivery_type ON orders
WHEN (OLD.status IS NOT NEW.status OR OLD.paid_at IS NOT NEW.paid_at OR OLD.ordered_at IS NOT NEW.ordered_at
        OR OLD.delivery_type IS NOT NEW.delivery_type)
    AND (NEW.due_at IS NOT (SELECT CASE WHEN s IS NULL THEN r WHEN r IS NULL THEN s ELSE min(s, r) END FROM (SELECT
            CASE NEW.status
                WHEN 2 THEN NEW.paid_at + 86400000
                WHEN 17 THEN NEW.paid_at + CASE NEW.delivery_type
                    WHEN 3 THEN 432000000 WHEN 4 THEN 172800000 WHEN 5 THEN 172800000 ELSE 259200000 END
            END AS s,
            (SELECT min(f.requested_at) + 3600000 FROM refund f
             WHERE f.order_id = NEW.order_id AND f.status = 0) AS r))
        OR NEW.urgency IS NOT coalesce(NEW.due_at, 9000000000000000 - NEW.ordered_at))
BEGIN
    UPDATE orders SET
        due_at = (SELECT CASE WHEN s IS NULL THEN r WHEN r IS NULL THEN s ELSE min(s, r) END FROM (SELECT
            CASE orders.status
                WHEN 2 THEN orders.paid_at + 86400000
                WHEN 17 THEN orders.paid_at + CASE orders.delivery_type
                    WHEN 3 THEN 432000000 WHEN 4 THEN 172800000 WHEN 5 THEN 172800000 ELSE 259200000 END
            END AS s,
            (SELECT min(f.requested_at) + 3600000 FROM refund f
             WHERE f.order_id = orders.order_id AND f.status = 0) AS r))
    WHERE order_id = NEW.order_id;
    UPDATE orders SET urgency = coalesce(due_at, 9000000000000000 - ordered_at) WHERE order_id = NEW.order_id;
END;
