-- Sandbox V3: the pre-sale flag of a product and the items of a set SKU (decision 0014). Images are files in the
-- sandbox's images folder, named by content hash; products keep them in their images JSON as '/images/<name>'.
ALTER TABLE product ADD COLUMN pre_sale INTEGER NOT NULL DEFAULT 0 CHECK (pre_sale IN (0, 1));
ALTER TABLE sku ADD COLUMN bundle_items TEXT CHECK (bundle_items IS NULL OR json_valid(bundle_items));
