-- Wharf shop database, first schema.
-- Conventions (docs/decisions/0003-money-and-time.md):
--   * money is INTEGER in fen (1/100 RMB, exact; never REAL), column names end in _fen;
--   * instants are INTEGER epoch milliseconds (UTC), column names end in _at. The platform's
--     "yyyy-MM-dd HH:mm:ss" times are GMT+8 and are converted when they are stored;
--   * platform ids are TEXT as the platform sends them (order ids are numbers there, kept as TEXT here so that
--     no id is ever rounded).

-- The shop this profile is connected to (one row). Secrets are never stored here.
CREATE TABLE shop_profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    display_name  TEXT    NOT NULL,
    gateway_url   TEXT    NOT NULL,
    app_id        TEXT    NOT NULL,
    seller_id     TEXT,
    sandbox       INTEGER NOT NULL DEFAULT 0 CHECK (sandbox IN (0, 1)),
    created_at    INTEGER NOT NULL
);

-- The seller's logistics companies (ymatou.logistics.companies.get).
CREATE TABLE logistics_company (
    company_code  TEXT PRIMARY KEY,
    short_name    TEXT,
    company_name  TEXT NOT NULL,
    synced_at     INTEGER NOT NULL
);

CREATE TABLE product (
    product_id     TEXT PRIMARY KEY,
    name           TEXT    NOT NULL,
    brand          TEXT,
    category       TEXT,
    delivery_type  INTEGER CHECK (delivery_type IN (2, 3, 4, 5, 7)),
    status         TEXT    NOT NULL DEFAULT 'draft',
    description    TEXT,
    listed_from_at INTEGER,
    listed_to_at   INTEGER,
    updated_at     INTEGER NOT NULL
);

CREATE TABLE sku (
    sku_id                   TEXT PRIMARY KEY,
    product_id               TEXT    NOT NULL REFERENCES product (product_id) ON DELETE CASCADE,
    outer_sku_id             TEXT UNIQUE,
    properties               TEXT,
    price_fen                INTEGER NOT NULL CHECK (price_fen > 0),
    vip_price_fen            INTEGER CHECK (vip_price_fen >= 0),
    new_customer_price_fen   INTEGER CHECK (new_customer_price_fen >= 0),
    stock                    INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    low_stock_threshold      INTEGER CHECK (low_stock_threshold >= 0),
    updated_at               INTEGER NOT NULL
);
CREATE INDEX sku_product ON sku (product_id);

-- Orders as the platform split them from carts: orders of one cart share trade_id.
-- status: 1 unpaid, 2 paid/awaiting accept, 17 accepted, 3 shipped, 4 received,
--         12 cancelled by buyer, 13 cancelled by seller, 14/18 cancelled by the system.
CREATE TABLE orders (
    order_id              TEXT PRIMARY KEY,
    trade_id              TEXT    NOT NULL,
    status                INTEGER NOT NULL CHECK (status IN (1, 2, 3, 4, 12, 13, 14, 17, 18)),
    buyer_id              TEXT,
    amount_fen            INTEGER NOT NULL,
    payment_fen           INTEGER NOT NULL,
    shipping_fee_fen      INTEGER NOT NULL DEFAULT 0,
    p_coupon_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_coupon_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_promotion_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_adjust_discount_fen INTEGER NOT NULL DEFAULT 0,
    ordered_at            INTEGER NOT NULL,
    paid_at               INTEGER,
    accepted_at           INTEGER,
    shipped_at            INTEGER,
    received_at           INTEGER,
    cancelled_at          INTEGER,
    buyer_remark          TEXT,
    seller_memo           TEXT,
    color_flag            INTEGER,
    receiver_name         TEXT,
    receiver_state        TEXT,
    receiver_address      TEXT,
    receiver_zip          TEXT,
    receiver_mobile       TEXT,
    receiver_phone        TEXT,
    receiver_email        TEXT,
    has_id_card           INTEGER NOT NULL DEFAULT 0 CHECK (has_id_card IN (0, 1)),
    domestic_delivered    INTEGER NOT NULL DEFAULT 0 CHECK (domestic_delivered IN (0, 1)),
    synced_at             INTEGER NOT NULL
);
CREATE INDEX orders_trade ON orders (trade_id);
CREATE INDEX orders_status_paid ON orders (status, paid_at);
CREATE INDEX orders_buyer ON orders (buyer_id);

CREATE TABLE order_item (
    order_item_id        TEXT PRIMARY KEY,
    order_id             TEXT    NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    product_id           TEXT,
    sku_id               TEXT,
    outer_sku_id         TEXT,
    product_title        TEXT    NOT NULL,
    sku_properties_name  TEXT,
    delivery_type        INTEGER NOT NULL CHECK (delivery_type IN (2, 3, 4, 5, 7)),
    price_fen            INTEGER NOT NULL,
    quantity             INTEGER NOT NULL CHECK (quantity > 0),
    payment_fen          INTEGER NOT NULL,
    shipping_fee_fen     INTEGER NOT NULL DEFAULT 0,
    p_coupon_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_coupon_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_promotion_discount_fen INTEGER NOT NULL DEFAULT 0,
    m_adjust_discount_fen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_item_order ON order_item (order_id);
CREATE INDEX order_item_sku ON order_item (sku_id);

-- Delivery legs: leg 1 international, 2 domestic (拼邮 ships both). One order may have several parcels.
CREATE TABLE delivery (
    delivery_id            INTEGER PRIMARY KEY,
    order_id               TEXT    NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    leg                    INTEGER NOT NULL CHECK (leg IN (1, 2)),
    logistics_company_code TEXT    NOT NULL,
    tracking_number        TEXT    NOT NULL,
    delivered_at           INTEGER,
    UNIQUE (order_id, leg, tracking_number)
);
CREATE INDEX delivery_tracking ON delivery (tracking_number);

-- Refund requests. status: -1 rejected, 0 under review (open), 1 approved (the platform's refund_status).
CREATE TABLE refund (
    refund_id      TEXT PRIMARY KEY,
    order_id       TEXT    NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    order_item_id  TEXT,
    status         INTEGER NOT NULL CHECK (status IN (-1, 0, 1)),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    quantity       INTEGER,
    reason         TEXT,
    reject_reason  TEXT,
    requested_at   INTEGER NOT NULL,
    handled_at     INTEGER
);
CREATE INDEX refund_order ON refund (order_id);
CREATE INDEX refund_open ON refund (status) WHERE status = 0;

-- Sync bookkeeping: cursors, last successful sync, resumable page positions (key → value).
CREATE TABLE sync_state (
    key         TEXT PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Local commands waiting to reach the platform, written in the same transaction as the local change.
-- state: pending, sending, done, rejected (needs attention), discarded.
CREATE TABLE outbox (
    outbox_id       INTEGER PRIMARY KEY AUTOINCREMENT,
    command         TEXT    NOT NULL,
    aggregate_type  TEXT    NOT NULL,
    aggregate_id    TEXT    NOT NULL,
    payload         TEXT    NOT NULL CHECK (json_valid(payload)),
    state           TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'done', 'rejected', 'discarded')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_aggregate ON outbox (aggregate_type, aggregate_id, outbox_id);
