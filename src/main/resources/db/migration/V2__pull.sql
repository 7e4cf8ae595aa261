-- Wharf shop database, V2: what pulling the platform's state needs beyond V1 (docs/decisions/0006-sync-pull.md).
-- Conventions as V1 (decision 0003): money INTEGER fen (_fen), instants INTEGER epoch ms UTC (_at), platform ids
-- TEXT. Ratios and scores the platform sends with up to 4 decimals are INTEGER ten-thousandths (_e4): exact, and
-- SQL can compare and add them.

-- Orders: fields the platform sends that V1 did not keep, and the latest platform time seen on the order
-- (max of order, paid, accept, ship and cancel times) for incremental windows.
ALTER TABLE orders ADD COLUMN seller_id TEXT;
ALTER TABLE orders ADD COLUMN payment_order_no TEXT;
ALTER TABLE orders ADD COLUMN pay_type TEXT;
ALTER TABLE orders ADD COLUMN id_cards TEXT CHECK (id_cards IS NULL OR json_valid(id_cards));
ALTER TABLE orders ADD COLUMN platform_changed_at INTEGER;
-- Orders not in a final state are re-checked oldest-synced first when the platform has no change feed.
CREATE INDEX orders_open_synced ON orders (synced_at) WHERE status IN (1, 2, 3, 17);

-- Order lines carry the platform's refund state of the line (the refund table holds the refund requests).
ALTER TABLE order_item ADD COLUMN refund_id TEXT;
ALTER TABLE order_item ADD COLUMN refund_status INTEGER CHECK (refund_status IS NULL OR refund_status IN (-1, 0, 1));
ALTER TABLE order_item ADD COLUMN refund_num INTEGER;
ALTER TABLE order_item ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- Refund requests: the platform's change time (updated_since paging) and when Wharf last wrote the row.
ALTER TABLE refund ADD COLUMN updated_at INTEGER;
ALTER TABLE refund ADD COLUMN synced_at INTEGER;

-- Products: the platform's listing fields. status (V1) holds on_sale, off_shelf, scheduled, draft, pre_sale.
ALTER TABLE product ADD COLUMN category_id INTEGER;
ALTER TABLE product ADD COLUMN brand_id INTEGER;
ALTER TABLE product ADD COLUMN images TEXT CHECK (images IS NULL OR json_valid(images));
ALTER TABLE product ADD COLUMN product_url TEXT;
ALTER TABLE product ADD COLUMN fbx INTEGER CHECK (fbx IS NULL OR fbx IN (0, 1));
ALTER TABLE product ADD COLUMN created_at INTEGER;
ALTER TABLE product ADD COLUMN synced_at INTEGER;

-- SKUs: properties (V1, TEXT) hold the JSON array [{name, value, pic_url}]; used = 0 for a SKU the platform
-- disabled (an order line still refers to it).
ALTER TABLE sku ADD COLUMN used INTEGER NOT NULL DEFAULT 1 CHECK (used IN (0, 1));
ALTER TABLE sku ADD COLUMN weight_g INTEGER;
ALTER TABLE sku ADD COLUMN extra_info TEXT;
ALTER TABLE sku ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- The shop's buyers with their purchase statistics (paid, not cancelled orders).
CREATE TABLE customer (
    buyer_id        TEXT PRIMARY KEY,
    nickname        TEXT,
    province        TEXT,
    first_order_at  INTEGER,
    last_order_at   INTEGER,
    order_count     INTEGER NOT NULL DEFAULT 0,
    total_spent_fen INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER,
    synced_at       INTEGER NOT NULL
);
CREATE INDEX customer_spent ON customer (total_spent_fen);
CREATE INDEX customer_last_order ON customer (last_order_at);

-- Coupons (threshold + face value) and who received them. status: active, stopped, expired.
CREATE TABLE coupon (
    coupon_id       TEXT PRIMARY KEY,
    client_key      TEXT,
    name            TEXT    NOT NULL,
    threshold_fen   INTEGER NOT NULL,
    face_value_fen  INTEGER NOT NULL,
    valid_from_at   INTEGER,
    valid_to_at     INTEGER,
    total_quantity  INTEGER NOT NULL DEFAULT 0,
    issued_count    INTEGER NOT NULL DEFAULT 0,
    used_count      INTEGER NOT NULL DEFAULT 0,
    status          TEXT    NOT NULL,
    updated_at      INTEGER,
    synced_at       INTEGER NOT NULL
);

CREATE TABLE coupon_grant (
    coupon_id          TEXT    NOT NULL REFERENCES coupon (coupon_id) ON DELETE CASCADE,
    buyer_id           TEXT    NOT NULL,
    granted_at         INTEGER,
    used               INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    used_at            INTEGER,
    order_id           TEXT,
    order_payment_fen  INTEGER,
    PRIMARY KEY (coupon_id, buyer_id)
);
CREATE INDEX coupon_grant_buyer ON coupon_grant (buyer_id);

-- Data compass: one row per platform day (GMT+8, 'yyyy-MM-dd').
CREATE TABLE compass_traffic_day (
    day                 TEXT PRIMARY KEY,
    visitors            INTEGER NOT NULL DEFAULT 0,
    visitors_by_page    TEXT CHECK (visitors_by_page IS NULL OR json_valid(visitors_by_page)),
    exposure_by_source  TEXT CHECK (exposure_by_source IS NULL OR json_valid(exposure_by_source)),
    orders              INTEGER NOT NULL DEFAULT 0,
    paying_buyers       INTEGER NOT NULL DEFAULT 0,
    gmv_fen             INTEGER NOT NULL DEFAULT 0,
    conversion_rate_e4  INTEGER,
    synced_at           INTEGER NOT NULL
);

-- DSR: the latest scores, one row per item (delivery/service/rating groups), beside the region average.
CREATE TABLE compass_dsr (
    item               TEXT PRIMARY KEY,
    grp                TEXT    NOT NULL,
    value_e4           INTEGER,
    region_average_e4  INTEGER,
    unit               TEXT,
    score_e4           INTEGER,
    window_days        INTEGER,
    region             TEXT,
    synced_at          INTEGER NOT NULL
);

-- Sell-through (动销率) per category over the range it was asked for.
CREATE TABLE compass_sell_through (
    category_name        TEXT PRIMARY KEY,
    products_listed      INTEGER NOT NULL DEFAULT 0,
    products_sold        INTEGER NOT NULL DEFAULT 0,
    sell_through_e4      INTEGER,
    units_sold           INTEGER NOT NULL DEFAULT 0,
    gmv_fen              INTEGER NOT NULL DEFAULT 0,
    range_start          TEXT    NOT NULL,
    range_end            TEXT    NOT NULL,
    synced_at            INTEGER NOT NULL
);

CREATE TABLE compass_seller_level (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    level               INTEGER,
    level_name          TEXT,
    gmv90d_fen          INTEGER,
    next_level_gmv_fen  INTEGER,
    dsr_average_e4      INTEGER,
    synced_at           INTEGER NOT NULL
);

-- Rows a pull did not overwrite because the outbox held an unconfirmed local change for them; they are read
-- again from the platform once the change is confirmed, rejected or discarded (decision 0006).
CREATE TABLE sync_deferred (
    aggregate_type  TEXT    NOT NULL,
    aggregate_id    TEXT    NOT NULL,
    deferred_at     INTEGER NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);
