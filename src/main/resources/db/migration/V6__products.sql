-- Wharf shop database, V6: what the products screen, the bulk edit, margins and low stock need
-- (docs/decisions/0012-products-list-and-margins.md). Conventions as V1 (decision 0003).

-- A SKU's purchase cost in the currency it was bought in, as an exact decimal string ('1280', '12.99'); the
-- margin is computed in RMB with the exchange-rate table below (BigDecimal in Java, never floating point).
ALTER TABLE sku ADD COLUMN purchase_cost TEXT;
ALTER TABLE sku ADD COLUMN purchase_currency TEXT;

-- Local data, edited by the user: how many RMB one unit of a currency is worth (exact decimal string).
CREATE TABLE exchange_rate (
    currency      TEXT PRIMARY KEY CHECK (length(currency) = 3 AND currency = upper(currency)),
    rmb_per_unit  TEXT    NOT NULL,
    updated_at    INTEGER NOT NULL
);
INSERT INTO exchange_rate (currency, rmb_per_unit, updated_at) VALUES
    ('JPY', '0.0470', 0), ('USD', '7.1000', 0), ('EUR', '7.7000', 0), ('GBP', '9.0000', 0),
    ('KRW', '0.0051', 0), ('AUD', '4.6500', 0), ('HKD', '0.9100', 0), ('CAD', '5.1000', 0);

-- Shop-wide product settings (key → value), e.g. the default low-stock threshold.
CREATE TABLE product_setting (
    key         TEXT PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);
INSERT INTO product_setting (key, value, updated_at) VALUES ('low_stock_default', '5', 0);

-- Keyset paging of the SKU list: (product_id, sku_id).
CREATE INDEX sku_product_sku ON sku (product_id, sku_id);

-- Search: FTS5 with the trigram tokenizer (Chinese has no spaces; words of 3+ characters, shorter ones use LIKE).
-- product_fts: names and brands, one row per product (rowid = product.rowid); sku_fts: outer SKU ids, one row per
-- SKU (rowid = sku.rowid), so a search for one SKU's id lists that SKU, not its siblings. Kept by triggers.
CREATE VIRTUAL TABLE product_fts USING fts5(name, brand, tokenize = 'trigram');

INSERT INTO product_fts (rowid, name, brand) SELECT rowid, name, coalesce(brand, '') FROM product;

CREATE TRIGGER product_fts_insert AFTER INSERT ON product BEGIN
    INSERT INTO product_fts (rowid, name, brand) VALUES (new.rowid, new.name, coalesce(new.brand, ''));
END;

CREATE TRIGGER product_fts_update AFTER UPDATE OF name, brand ON product BEGIN
    DELETE FROM product_fts WHERE rowid = old.rowid;
    INSERT INTO product_fts (rowid, name, brand) VALUES (new.rowid, new.name, coalesce(new.brand, ''));
END;

CREATE TRIGGER product_fts_delete AFTER DELETE ON product BEGIN
    DELETE FROM product_fts WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE sku_fts USING fts5(outer_sku_id, tokenize = 'trigram');

INSERT INTO sku_fts (rowid, outer_sku_id) SELECT rowid, coalesce(outer_sku_id, '') FROM sku;

CREATE TRIGGER sku_fts_insert AFTER INSERT ON sku BEGIN
    INSERT INTO sku_fts (rowid, outer_sku_id) VALUES (new.rowid, coalesce(new.outer_sku_id, ''));
END;

CREATE TRIGGER sku_fts_update AFTER UPDATE OF outer_sku_id ON sku BEGIN
    DELETE FROM sku_fts WHERE rowid = old.rowid;
    INSERT INTO sku_fts (rowid, outer_sku_id) VALUES (new.rowid, coalesce(new.outer_sku_id, ''));
END;

CREATE TRIGGER sku_fts_delete AFTER DELETE ON sku BEGIN
    DELETE FROM sku_fts WHERE rowid = old.rowid;
END;
