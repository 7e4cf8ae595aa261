-- Wharf shop database, V8: the orders list's trigram search index (decision 0008, "Search"). Conventions as V1.
--
-- order_fts holds, per order, its order id, trade id, buyer id, receiver name, mobile and phone; the trigram tokenizer
-- matches any substring of 3+ characters (Chinese included, case-insensitive). Tracking numbers are not in it: they
-- live in delivery, and a tracking number is found whole through delivery_tracking (the shipping import writes
-- deliveries and statuses for hundreds of thousands of orders and must not pay for full-text work).
--
-- A plain FTS5 table (it keeps its text): the integrity check can compare the index with it, and a row can be
-- deleted without knowing the old text. order_search gives every order one stable integer key, the rowid of its
-- order_fts row (orders' own rowid is not stable: VACUUM may renumber a table without an INTEGER PRIMARY KEY).

CREATE TABLE order_search (
    search_key  INTEGER PRIMARY KEY,
    order_id    TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE order_fts USING fts5(text, tokenize = 'trigram');

-- ---- built for the orders already stored -------------------------------------------------------------------------

INSERT INTO order_search (order_id) SELECT order_id FROM orders ORDER BY order_id;
INSERT INTO order_fts (rowid, text)
    SELECT s.search_key, o.order_id || ' ' || o.trade_id || ' ' || coalesce(o.buyer_id, '') || ' '
        || coalesce(o.receiver_name, '') || ' ' || coalesce(o.receiver_mobile, '') || ' '
        || coalesce(o.receiver_phone, '')
    FROM order_search s JOIN orders o ON o.order_id = s.order_id;

-- ---- kept by triggers that fire only when a searchable column changes ---------------------------------------------

CREATE TRIGGER orders_search_insert AFTER INSERT ON orders
BEGIN
    INSERT OR IGNORE INTO order_search (order_id) VALUES (NEW.order_id);
    DELETE FROM order_fts WHERE rowid = (SELECT search_key FROM order_search WHERE order_id = NEW.order_id);
    INSERT INTO order_fts (rowid, text)
        SELECT s.search_key, NEW.order_id || ' ' || NEW.trade_id || ' ' || coalesce(NEW.buyer_id, '') || ' '
            || coalesce(NEW.receiver_name, '') || ' ' || coalesce(NEW.receiver_mobile, '') || ' '
            || coalesce(NEW.receiver_phone, '')
        FROM order_search s WHERE s.order_id = NEW.order_id;
END;

CREATE TRIGGER orders_search_update
    AFTER UPDATE OF order_id, trade_id, buyer_id, receiver_name, receiver_mobile, receiver_phone ON orders
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.trade_id IS NOT NEW.trade_id OR OLD.buyer_id IS NOT NEW.buyer_id
    OR OLD.receiver_name IS NOT NEW.receiver_name OR OLD.receiver_mobile IS NOT NEW.receiver_mobile
    OR OLD.receiver_phone IS NOT NEW.receiver_phone
BEGIN
    UPDATE order_search SET order_id = NEW.order_id WHERE order_id = OLD.order_id;
    DELETE FROM order_fts WHERE rowid = (SELECT search_key FROM order_search WHERE order_id = NEW.order_id);
    INSERT INTO order_fts (rowid, text)
        SELECT s.search_key, NEW.order_id || ' ' || NEW.trade_id || ' ' || coalesce(NEW.buyer_id, '') || ' '
            || coalesce(NEW.receiver_name, '') || ' ' || coalesce(NEW.receiver_mobile, '') || ' '
            || coalesce(NEW.receiver_phone, '')
        FROM order_search s WHERE s.order_id = NEW.order_id;
END;

CREATE TRIGGER orders_search_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM order_fts WHERE rowid = (SELECT search_key FROM order_search WHERE order_id = OLD.order_id);
    DELETE FROM order_search WHERE order_id = OLD.order_id;
END;

-- ---- "shipped on one day" (decision 0008: a date range of up to 2 days drives the page) ------------------------------
-- Covering: the day's orders are read from the index alone (status, then sorted by urgency) instead of one table
-- look-up each (measured 50 ms → 10 ms on 1M orders, docs/benchmarks.md). Replaces V3's single-column index.

DROP INDEX orders_shipped_at;
CREATE INDEX orders_shipped_cover ON orders (shipped_at, status, urgency, order_id, trade_id);
