-- Wharf extensions served by the sandbox: product writes, coupons and their grants.
-- Same conventions as V1: money INTEGER fen, instants INTEGER epoch milliseconds UTC.

-- wharf.product.create is idempotent per client_key: a second create with the same key returns the first product.
ALTER TABLE product ADD COLUMN client_key TEXT;
CREATE UNIQUE INDEX product_client_key ON product (client_key) WHERE client_key IS NOT NULL;

-- order_item is looked up by SKU when an update drops a SKU (kept but disabled if it was ever ordered)
CREATE INDEX order_item_sku ON order_item (sku_id);
-- compass: lines by product, orders by buyer
CREATE INDEX order_item_product ON order_item (product_id);
CREATE INDEX orders_buyer ON orders (buyer_id, order_at);

-- A shop coupon: face_fen off a cart of threshold_fen or more, valid_from..valid_to (inclusive), total_quantity
-- coupons at most, one per buyer. status: active or stopped (expired is derived from valid_to and the clock).
CREATE TABLE coupon (
    coupon_id      TEXT PRIMARY KEY,
    client_key     TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    threshold_fen  INTEGER NOT NULL,
    face_fen       INTEGER NOT NULL CHECK (face_fen > 0),
    valid_from     INTEGER NOT NULL,
    valid_to       INTEGER NOT NULL,
    total_quantity INTEGER NOT NULL CHECK (total_quantity >= 1),
    status         TEXT    NOT NULL CHECK (status IN ('active', 'stopped')),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    position       INTEGER NOT NULL UNIQUE,
    CHECK (threshold_fen > face_fen),
    CHECK (valid_from < valid_to)
);
CREATE INDEX coupon_updated ON coupon (updated_at, position);

-- One coupon per buyer per coupon. used_at/order_id: when and on which order the buyer used it (the order of the
-- cart that carries the largest share of the discount).
CREATE TABLE coupon_grant (
    coupon_id  TEXT    NOT NULL REFERENCES coupon (coupon_id),
    buyer_id   TEXT    NOT NULL REFERENCES customer (buyer_id),
    granted_at INTEGER NOT NULL,
    used_at    INTEGER,
    order_id   INTEGER,
    PRIMARY KEY (coupon_id, buyer_id)
) WITHOUT ROWID;
CREATE INDEX coupon_grant_buyer ON coupon_grant (buyer_id, coupon_id);
CREATE INDEX coupon_grant_order ON coupon_grant (order_id) WHERE order_id IS NOT NULL;
