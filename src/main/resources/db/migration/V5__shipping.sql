-- Wharf shop database, V5: bulk shipping from spreadsheets (docs/decisions/0011-shipping-from-excel.md).
-- Conventions as V1 (decision 0003): instants INTEGER epoch ms UTC (_at), platform ids TEXT.

-- Column mappings the user adjusted, remembered per header layout (the header names, normalised, joined by '|'):
-- the next file with the same headers maps itself. mapping is a JSON object field -> 0-based column.
CREATE TABLE shipping_mapping (
    layout_key  TEXT PRIMARY KEY,
    mapping     TEXT    NOT NULL CHECK (json_valid(mapping)),
    updated_at  INTEGER NOT NULL
);

-- Applied imports, and which outbox entry carries each applied row: the import's results view follows the
-- platform's answers through the outbox entries' states.
CREATE TABLE shipment_import (
    import_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name    TEXT    NOT NULL,
    leg          INTEGER NOT NULL CHECK (leg IN (1, 2)),
    rows_in_file INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE TABLE shipment_import_row (
    import_id        INTEGER NOT NULL REFERENCES shipment_import (import_id) ON DELETE CASCADE,
    row_number       INTEGER NOT NULL,
    order_id         TEXT    NOT NULL,
    tracking_number  TEXT    NOT NULL,
    outbox_id        INTEGER NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
