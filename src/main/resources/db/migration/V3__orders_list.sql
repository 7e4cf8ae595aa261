-- The orders list (decision 0008): derived columns for urgency and refunds, kept by triggers, and the search index.
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

-- one stable integer per order: the rowid of its row in order_fts
CREATE TABLE order_search (
    search_key  INTEGER PRIMARY KEY,
    order_id    TEXT NOT NULL UNIQUE
);

-- trigram: any substring of 3+ characters of the order id, trade id, buyer id, receiver name, mobile, phone and
-- tracking numbers. Contentless (the text lives in orders and delivery); contentless_delete lets rows be replaced.
CREATE VIRTUAL TABLE order_fts USING fts5(text, content = '', contentless_delete = 1, tokenize = 'trigram');

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
    INSERT OR IGNORE INTO order_search (order_id) VALUES (NEW.order_id);
    INSERT OR REPLACE INTO order_fts (rowid, text)
        SELECT s.search_key, NEW.order_id || ' ' || NEW.trade_id || ' ' || coalesce(NEW.buyer_id, '') || ' '
            || coalesce(NEW.receiver_name, '') || ' ' || coalesce(NEW.receiver_mobile, '') || ' '
            || coalesce(NEW.receiver_phone, '') || ' '
            || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d
                         WHERE d.order_id = NEW.order_id), '')
        FROM order_search s WHERE s.order_id = NEW.order_id;
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

-- ---- search index ------------------------------------------------------------------------------------------------

CREATE TRIGGER orders_search_update AFTER UPDATE OF trade_id, buyer_id, receiver_name, receiver_mobile, receiver_phone
    ON orders
WHEN OLD.trade_id IS NOT NEW.trade_id OR OLD.buyer_id IS NOT NEW.buyer_id
    OR OLD.receiver_name IS NOT NEW.receiver_name OR OLD.receiver_mobile IS NOT NEW.receiver_mobile
    OR OLD.receiver_phone IS NOT NEW.receiver_phone
BEGIN
    INSERT OR REPLACE INTO order_fts (rowid, text)
        SELECT s.search_key, NEW.order_id || ' ' || NEW.trade_id || ' ' || coalesce(NEW.buyer_id, '') || ' '
            || coalesce(NEW.receiver_name, '') || ' ' || coalesce(NEW.receiver_mobile, '') || ' '
            || coalesce(NEW.receiver_phone, '') || ' '
            || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d
                         WHERE d.order_id = NEW.order_id), '')
        FROM order_search s WHERE s.order_id = NEW.order_id;
END;

CREATE TRIGGER orders_search_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM order_fts WHERE rowid = (SELECT search_key FROM order_search WHERE order_id = OLD.order_id);
    DELETE FROM order_search WHERE order_id = OLD.order_id;
END;

CREATE TRIGGER delivery_search_insert AFTER INSERT ON delivery
BEGIN
    INSERT OR REPLACE INTO order_fts (rowid, text)
        SELECT s.search_key, o.order_id || ' ' || o.trade_id || ' ' || coalesce(o.buyer_id, '') || ' '
            || coalesce(o.receiver_name, '') || ' ' || coalesce(o.receiver_mobile, '') || ' '
            || coalesce(o.receiver_phone, '') || ' '
            || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d
                         WHERE d.order_id = o.order_id), '')
        FROM orders o JOIN order_search s ON s.order_id = o.order_id WHERE o.order_id = NEW.order_id;
END;

CREATE TRIGGER delivery_search_change AFTER UPDATE OF tracking_number, order_id ON delivery
BEGIN
    INSERT OR REPLACE INTO order_fts (rowid, text)
        SELECT s.search_key, o.order_id || ' ' || o.trade_id || ' ' || coalesce(o.buyer_id, '') || ' '
            || coalesce(o.receiver_name, '') || ' ' || coalesce(o.receiver_mobile, '') || ' '
            || coalesce(o.receiver_phone, '') || ' '
            || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d
                         WHERE d.order_id = o.order_id), '')
        FROM orders o JOIN order_search s ON s.order_id = o.order_id WHERE o.order_id IN (NEW.order_id, OLD.order_id);
END;

CREATE TRIGGER delivery_search_delete AFTER DELETE ON delivery
BEGIN
    INSERT OR REPLACE INTO order_fts (rowid, text)
        SELECT s.search_key, o.order_id || ' ' || o.trade_id || ' ' || coalesce(o.buyer_id, '') || ' '
            || coalesce(o.receiver_name, '') || ' ' || coalesce(o.receiver_mobile, '') || ' '
            || coalesce(o.receiver_phone, '') || ' '
            || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d
                         WHERE d.order_id = o.order_id), '')
        FROM orders o JOIN order_search s ON s.order_id = o.order_id WHERE o.order_id = OLD.order_id;
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
INSERT INTO order_search (order_id) SELECT order_id FROM orders ORDER BY order_id;
INSERT INTO order_fts (rowid, text)
    SELECT s.search_key, o.order_id || ' ' || o.trade_id || ' ' || coalesce(o.buyer_id, '') || ' '
        || coalesce(o.receiver_name, '') || ' ' || coalesce(o.receiver_mobile, '') || ' '
        || coalesce(o.receiver_phone, '') || ' '
        || coalesce((SELECT group_concat(d.tracking_number, ' ') FROM delivery d WHERE d.order_id = o.order_id), '')
    FROM orders o JOIN order_search s ON s.order_id = o.order_id;

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
