-- Sandbox platform database (the simulated platform's own state; never the workstation's shop database).
-- Same conventions as the workstation (docs/decisions/0003-money-and-time.md): money INTEGER fen (_fen),
-- instants INTEGER epoch milliseconds UTC (_at). Converted to the DTOs' BigDecimal / GMT+8 strings at the edge.

-- The one simulated shop: its seed, the simulated clock and the counters that keep generation deterministic.
CREATE TABLE shop (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    seed           INTEGER NOT NULL,
    seller_id      TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,  -- the instant the demo shop was made for (its clock at creation)
    clock_at       INTEGER NOT NULL,  -- the simulated clock: moved only by simulation, never by wall time
    next_cart_no   INTEGER NOT NULL DEFAULT 0,
    change_seq     INTEGER NOT NULL DEFAULT 0,
    next_refund_no INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE customer (
    buyer_id      TEXT PRIMARY KEY,
    nickname      TEXT    NOT NULL,
    receiver_name TEXT    NOT NULL,
    mobile        TEXT    NOT NULL,
    province      TEXT    NOT NULL,
    address       TEXT    NOT NULL,
    zip           TEXT,
    email         TEXT,
    position      INTEGER NOT NULL UNIQUE
);

CREATE TABLE product (
    product_id       TEXT PRIMARY KEY,
    name             TEXT    NOT NULL,
    category_id      INTEGER,
    category_name    TEXT,
    brand_id         INTEGER,
    brand_name       TEXT,
    images           TEXT    NOT NULL DEFAULT '[]',  -- JSON array of URLs
    delivery_type    INTEGER NOT NULL CHECK (delivery_type IN (2, 3, 4, 5, 7)),
    fbx              INTEGER NOT NULL DEFAULT 0,
    status           TEXT    NOT NULL DEFAULT 'on_sale',
    description      TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    listing_start_at INTEGER,
    listing_end_at   INTEGER,
    position         INTEGER NOT NULL UNIQUE
);

CREATE TABLE sku (
    sku_id        TEXT PRIMARY KEY,
    product_id    TEXT    NOT NULL REFERENCES product (product_id) ON DELETE CASCADE,
    outer_id      TEXT UNIQUE,
    properties    TEXT    NOT NULL DEFAULT '[]',  -- JSON array of {name, value, pic_url}
    used          INTEGER NOT NULL DEFAULT 1,
    price_fen     INTEGER NOT NULL CHECK (price_fen > 0),
    vip_price_fen INTEGER NOT NULL DEFAULT 0 CHECK (vip_price_fen >= 0),
    new_price_fen INTEGER NOT NULL DEFAULT 0 CHECK (new_price_fen >= 0),
    stock         INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    weight        REAL,
    weight_unit   INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL
);
CREATE INDEX sku_product ON sku (product_id, position);

-- The seller's logistics companies (ymatou.logistics.companies.get); deliver accepts only these codes.
CREATE TABLE logistics_company (
    company_code TEXT PRIMARY KEY,
    short_name   TEXT    NOT NULL,
    company_name TEXT    NOT NULL,
    position     INTEGER NOT NULL UNIQUE
);

CREATE TABLE orders (
    order_id           INTEGER PRIMARY KEY,
    trade_id           TEXT    NOT NULL,
    buyer_id           TEXT    NOT NULL REFERENCES customer (buyer_id),
    status             INTEGER NOT NULL CHECK (status IN (1, 2, 3, 4, 12, 13, 14, 17, 18)),
    delivery_type      INTEGER NOT NULL CHECK (delivery_type IN (2, 3, 4, 5, 7)),
    amount_fen         INTEGER NOT NULL,
    payment_fen        INTEGER NOT NULL,
    shipping_fee_fen   INTEGER NOT NULL DEFAULT 0,
    p_coupon_fen       INTEGER NOT NULL DEFAULT 0,
    m_coupon_fen       INTEGER NOT NULL DEFAULT 0,
    m_promotion_fen    INTEGER NOT NULL DEFAULT 0,
    m_adjust_fen       INTEGER NOT NULL DEFAULT 0,
    order_at           INTEGER NOT NULL,
    paid_at            INTEGER,
    accepted_at        INTEGER,
    shipped_at         INTEGER,
    cancelled_at       INTEGER,
    received_at        INTEGER,
    domestic_at        INTEGER,
    cancel_reason      TEXT,
    seller_memo        TEXT,
    buyer_remark       TEXT,
    receiver_name      TEXT    NOT NULL,
    receiver_state     TEXT,
    receiver_address   TEXT    NOT NULL,
    receiver_zip       TEXT,
    receiver_mobile    TEXT,
    receiver_phone     TEXT,
    receiver_email     TEXT,
    payment_order_no   TEXT,
    pay_type           TEXT,
    domestic_delivered INTEGER NOT NULL DEFAULT 0,
    change_seq         INTEGER NOT NULL UNIQUE  -- the shop's change counter when the order last changed
);
CREATE INDEX orders_trade ON orders (trade_id);
-- order.list.get: per date type, one index for "any status" and one for a status filter. A filter of several
-- statuses is answered as one ordered range per status, merged (see OrderMethods.list), never by sorting.
CREATE INDEX orders_order_at ON orders (order_at, order_id);
CREATE INDEX orders_paid_at ON orders (paid_at, order_id) WHERE paid_at IS NOT NULL;
CREATE INDEX orders_shipped_at ON orders (shipped_at, order_id) WHERE shipped_at IS NOT NULL;
CREATE INDEX orders_accepted_at ON orders (accepted_at, order_id) WHERE accepted_at IS NOT NULL;
CREATE INDEX orders_status_order_at ON orders (status, order_at, order_id);
CREATE INDEX orders_status_paid_at ON orders (status, paid_at, order_id) WHERE paid_at IS NOT NULL;
CREATE INDEX orders_status_shipped_at ON orders (status, shipped_at, order_id) WHERE shipped_at IS NOT NULL;
CREATE INDEX orders_status_accepted_at ON orders (status, accepted_at, order_id) WHERE accepted_at IS NOT NULL;

CREATE TABLE order_item (
    order_item_id       TEXT PRIMARY KEY,
    order_id            INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku_id              TEXT    NOT NULL,
    outer_sku_id        TEXT,
    product_id          TEXT    NOT NULL,
    product_title       TEXT    NOT NULL,
    sku_properties_name TEXT,
    delivery_type       INTEGER NOT NULL,
    price_fen           INTEGER NOT NULL,
    num                 INTEGER NOT NULL CHECK (num > 0),
    payment_fen         INTEGER NOT NULL,
    shipping_fee_fen    INTEGER NOT NULL DEFAULT 0,
    p_coupon_fen        INTEGER NOT NULL DEFAULT 0,
    m_coupon_fen        INTEGER NOT NULL DEFAULT 0,
    m_promotion_fen     INTEGER NOT NULL DEFAULT 0,
    m_adjust_fen        INTEGER NOT NULL DEFAULT 0,
    refund_id           TEXT,
    refund_status       INTEGER CHECK (refund_status IN (-1, 0, 1)),
    refund_num          INTEGER,
    UNIQUE (order_id, position)
);

-- One row per leg sent: logistics_type 1 international, 2 domestic.
CREATE TABLE delivery (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    logistics_type  INTEGER NOT NULL CHECK (logistics_type IN (1, 2)),
    company_code    TEXT    NOT NULL,
    tracking_number TEXT    NOT NULL,
    delivered_at    INTEGER NOT NULL
);
CREATE INDEX delivery_order ON delivery (order_id, id);
CREATE INDEX delivery_tracking ON delivery (tracking_number, logistics_type);

CREATE TABLE refund (
    refund_id     TEXT PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    order_item_id TEXT    NOT NULL REFERENCES order_item (order_item_id),
    status        INTEGER NOT NULL CHECK (status IN (-1, 0, 1)),
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    refund_num    INTEGER NOT NULL,
    reason        TEXT    NOT NULL,
    applied_at    INTEGER NOT NULL,
    handled_at    INTEGER,
    reject_reason TEXT,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX refund_order ON refund (order_id);
CREATE INDEX refund_updated ON refund (updated_at, refund_id);

-- Buyer and platform events due at a simulated instant (payment, cancellation, refund request, receipt,
-- auto-confirm). Run in (due_at, id) order when the clock moves; an event whose order has moved on is skipped.
CREATE TABLE event (
    id       INTEGER PRIMARY KEY,
    due_at   INTEGER NOT NULL,
    order_id INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL
);
CREATE INDEX event_due ON event (due_at, id);

-- Nonces seen in the last 10 minutes (wall clock, like the timestamp window); older rows are pruned.
CREATE TABLE nonce (
    app_id  TEXT    NOT NULL,
    nonce   TEXT    NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (app_id, nonce)
) WITHOUT ROWID;
CREATE INDEX nonce_seen ON nonce (seen_at);
