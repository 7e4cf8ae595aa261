-- The orders list (decision 0008): derived columns for urgency and refunds, kept by triggers, and indexes.
--
-- orders.delivery_type  the order's delivery type, taken from its lines (the platform gives each order one type)
-- orders.refund_state   0 no refund, 1 refunds all handled, 2 a refund is open
-- orders.due_at         the seller's nearest open deadline (orders.Deadlines#dueAt), NULL when none
-- orders.urgency        the list's sort key: due_at, else (far in the future) newest order first
--
-- The triggers compute exactly what dev.wharf.orders.Deadlines#dueAt computes (a test checks both agree):
--   awaiting accept (2)    paid + 24 h (accept)
--   awaiting shipment (17) paid + min(ship, collection): direct mail 2 and 拼邮 7 72 h, xlobo direct mail 3 5 days,
--                          bonded 4 and 5 2 days
--   an open refund         requested + 1 h (full-score handling), whichever is nearer

ALTER TABLE orders ADD COLUMN delivery_type INTEGER;
ALTER TABLE orders ADD COLUMN refund_state INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN due_at INTEGER;
ALTER TABLE orders ADD COLUMN urgency INTEGER NOT NULL DEFAULT 0;

-- ---- derived columns ---------------------------------------------------------------------------------------------

CREATE TRIGGER orders_derive_insert AFTER INSERT ON orders
BEGIN
    UPDATE orders SET
        refund_state = (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN max(r.status = 0) = 1 THEN 2 ELSE 1 END
                        FROM refund r WHERE r.order_id = orders.order_id),
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

CREATE TRIGGER orders_derive_update AFTER UPDATE OF status, paid_at, ordered_at, delivery_type ON orders
WHEN OLD.status IS NOT NEW.status OR OLD.paid_at IS NOT NEW.paid_at OR OLD.ordered_at IS NOT NEW.ordered_at
    OR OLD.delivery_type IS NOT NEW.delivery_type
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

CREATE TRIGGER order_item_delivery_type AFTER INSERT ON order_item
BEGIN
    UPDATE orders SET delivery_type = NEW.delivery_type
    WHERE order_id = NEW.order_id AND delivery_type IS NOT NEW.delivery_type;
END;

CREATE TRIGGER refund_derive_insert AFTER INSERT ON refund
BEGIN
    UPDATE orders SET
        refund_state = (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN max(r.status = 0) = 1 THEN 2 ELSE 1 END
                        FROM refund r WHERE r.order_id = orders.order_id),
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

CREATE TRIGGER refund_derive_update AFTER UPDATE OF status, requested_at, order_id ON refund
BEGIN
    UPDATE orders SET
        refund_state = (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN max(r.status = 0) = 1 THEN 2 ELSE 1 END
                        FROM refund r WHERE r.order_id = orders.order_id),
        due_at = (SELECT CASE WHEN s IS NULL THEN r WHEN r IS NULL THEN s ELSE min(s, r) END FROM (SELECT
            CASE orders.status
                WHEN 2 THEN orders.paid_at + 86400000
                WHEN 17 THEN orders.paid_at + CASE orders.delivery_type
                    WHEN 3 THEN 432000000 WHEN 4 THEN 172800000 WHEN 5 THEN 172800000 ELSE 259200000 END
            END AS s,
            (SELECT min(f.requested_at) + 3600000 FROM refund f
             WHERE f.order_id = orders.order_id AND f.status = 0) AS r))
    WHERE order_id IN (NEW.order_id, OLD.order_id);
    UPDATE orders SET urgency = coalesce(due_at, 9000000000000000 - ordered_at)
    WHERE order_id IN (NEW.order_id, OLD.order_id);
END;

CREATE TRIGGER refund_derive_delete AFTER DELETE ON refund
BEGIN
    UPDATE orders SET
        refund_state = (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN max(r.status = 0) = 1 THEN 2 ELSE 1 END
                        FROM refund r WHERE r.order_id = orders.order_id),
        due_at = (SELECT CASE WHEN s IS NULL THEN r WHEN r IS NULL THEN s ELSE min(s, r) END FROM (SELECT
            CASE orders.status
                WHEN 2 THEN orders.paid_at + 86400000
                WHEN 17 THEN orders.paid_at + CASE orders.delivery_type
                    WHEN 3 THEN 432000000 WHEN 4 THEN 172800000 WHEN 5 THEN 172800000 ELSE 259200000 END
            END AS s,
            (SELECT min(f.requested_at) + 3600000 FROM refund f
             WHERE f.order_id = orders.order_id AND f.status = 0) AS r))
    WHERE order_id = OLD.order_id;
    UPDATE orders SET urgency = coalesce(due_at, 9000000000000000 - ordered_at) WHERE order_id = OLD.order_id;
END;

-- ---- fill for the orders already stored ----------------------------------------------------------------------------

UPDATE orders SET delivery_type = (SELECT i.delivery_type FROM order_item i WHERE i.order_id = orders.order_id
                                   ORDER BY i.position LIMIT 1);
UPDATE orders SET refund_state = (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN max(r.status = 0) = 1 THEN 2 ELSE 1 END
                                  FROM refund r WHERE r.order_id = orders.order_id);
UPDATE orders SET due_at = (SELECT CASE WHEN s IS NULL THEN r WHEN r IS NULL THEN s ELSE min(s, r) END FROM (SELECT
            CASE orders.status
                WHEN 2 THEN orders.paid_at + 86400000
                WHEN 17 THEN orders.paid_at + CASE orders.delivery_type
                    WHEN 3 THEN 432000000 WHEN 4 THEN 172800000 WHEN 5 THEN 172800000 ELSE 259200000 END
            END AS s,
            (SELECT min(f.requested_at) + 3600000 FROM refund f
             WHERE f.order_id = orders.order_id AND f.status = 0) AS r));
UPDATE orders SET urgency = coalesce(due_at, 9000000000000000 - ordered_at);

-- ---- indexes for the list's first pages (keyset on (urgency, order_id)) ------------------------------------------

-- receiver_name is in the two main indexes so a 1–2 character name search (LIKE) reads the index alone
CREATE INDEX orders_urgency ON orders (urgency, order_id, receiver_name);
CREATE INDEX orders_status_urgency ON orders (status, urgency, order_id, receiver_name);
CREATE INDEX orders_refund_urgency ON orders (refund_state, urgency, order_id) WHERE refund_state > 0;
CREATE INDEX orders_domestic_pending ON orders (urgency, order_id)
    WHERE status = 3 AND delivery_type = 7 AND domestic_delivered = 0;
CREATE INDEX orders_flag_urgency ON orders (color_flag, urgency, order_id) WHERE color_flag IS NOT NULL;
CREATE INDEX orders_receiver_mobile ON orders (receiver_mobile);
CREATE INDEX orders_ordered_at ON orders (ordered_at);
CREATE INDEX orders_paid_at ON orders (paid_at);
CREATE INDEX orders_accepted_at ON orders (accepted_at);
CREATE INDEX orders_shipped_at ON orders (shipped_at);
