-- Wharf shop database, V4: roles and the audit log of personal data (decision 0009), and the colour flag index.
-- Conventions as V1 (decision 0003): instants INTEGER epoch ms UTC (_at).

-- The profile's role (one row; absent = owner) and the owner's grant of unmasked personal data to customer service.
CREATE TABLE access_control (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    role                   TEXT    NOT NULL CHECK (role IN ('owner', 'customer_service')),
    personal_data_granted  INTEGER NOT NULL DEFAULT 0 CHECK (personal_data_granted IN (0, 1)),
    updated_at             INTEGER NOT NULL
);

-- Every reveal and every export of unmasked personal data, and every change of role or grant. Append only.
-- action: reveal, export, role. what: the data (receiver_mobile, id_number, the exported columns…).
CREATE TABLE audit_log (
    audit_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    profile    TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('owner', 'customer_service')),
    action     TEXT    NOT NULL CHECK (action IN ('reveal', 'export', 'role')),
    what       TEXT    NOT NULL,
    order_id   TEXT,
    detail     TEXT
);
CREATE INDEX audit_log_order ON audit_log (order_id, at);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append only');
END;

-- The colour flag (local only; the pull keeps it) is a filter of the order list.
CREATE INDEX orders_color_flag ON orders (color_flag) WHERE color_flag IS NOT NULL;
