-- Wharf shop database, V10: product images from local files, and the pre-sale and bundle flags (decision 0014).
-- Conventions as V1 (decision 0003): instants INTEGER epoch ms UTC (_at).

-- The platform's URL of each image this workstation uploaded, by its local reference
-- ('wharf-image:<sha256>.<jpg|png>'): a product saved later with an image already uploaded is sent with the URL.
CREATE TABLE product_image (
    ref         TEXT    PRIMARY KEY,
    url         TEXT    NOT NULL,
    uploaded_at INTEGER NOT NULL
);

-- 预订 (pre-sale): the product is sold before it is in stock; the seller ships within 10 days of payment.
ALTER TABLE product ADD COLUMN pre_sale INTEGER NOT NULL DEFAULT 0 CHECK (pre_sale IN (0, 1));

-- 套装 (bundle): the items the SKU's set is made of (at most 3), JSON [{"name": …, "quantity": n}]; NULL = not a set.
ALTER TABLE sku ADD COLUMN bundle_items TEXT CHECK (bundle_items IS NULL OR json_valid(bundle_items));
