-- Wharf shop database, V12: product stock and price spreadsheets (docs/decisions/0013-product-spreadsheets.md).
-- Conventions as V1 (decision 0003): instants INTEGER epoch ms UTC (_at).

-- Column mappings of stock and price files the user adjusted, remembered per header layout (as shipping_mapping,
-- V5, for the products' own fields): mapping is a JSON object field id -> 0-based column.
CREATE TABLE product_mapping (
    layout_key  TEXT PRIMARY KEY,
    mapping     TEXT    NOT NULL CHECK (json_valid(mapping)),
    updated_at  INTEGER NOT NULL
);
