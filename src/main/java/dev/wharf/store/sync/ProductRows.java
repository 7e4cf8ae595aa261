package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.fen;
import static dev.wharf.store.sync.Rows.setBool;
import static dev.wharf.store.sync.Rows.setInt;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.sync.PullStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Products and their SKUs, each product as a unit: the product row upserted, SKUs the platform no longer lists
 * removed, the listed ones upserted. A product with an unconfirmed outbox entry (edit, shelve, stock or price) is
 * left alone and remembered in {@code sync_deferred}.
 */
final class ProductRows {
    private static final String UPSERT = "INSERT INTO product (product_id, name, brand, category, delivery_type, "
            + "status, description, listed_from_at, listed_to_at, updated_at, category_id, brand_id, images, "
            + "product_url, fbx, created_at, synced_at, pre_sale) "
            + "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
            + "category = excluded.category, delivery_type = excluded.delivery_type, status = excluded.status, "
            + "listed_from_at = excluded.listed_from_at, listed_to_at = excluded.listed_to_at, "
            + "updated_at = excluded.updated_at, category_id = excluded.category_id, brand_id = excluded.brand_id, "
            + "images = excluded.images, product_url = excluded.product_url, fbx = excluded.fbx, "
            + "created_at = excluded.created_at, synced_at = excluded.synced_at, pre_sale = excluded.pre_sale";
    private static final String UPSERT_SKU = "INSERT INTO sku (sku_id, product_id, outer_sku_id, properties, price_fen, "
            + "vip_price_fen, new_customer_price_fen, stock, updated_at, used, weight_g, extra_info, position, "
            + "bundle_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku_id) DO UPDATE SET "
            + "product_id = excluded.product_id, outer_sku_id = excluded.outer_sku_id, "
            + "properties = excluded.properties, price_fen = excluded.price_fen, "
            + "vip_price_fen = excluded.vip_price_fen, new_customer_price_fen = excluded.new_customer_price_fen, "
            + "stock = excluded.stock, updated_at = excluded.updated_at, used = excluded.used, "
            + "weight_g = excluded.weight_g, extra_info = excluded.extra_info, position = excluded.position, "
            + "bundle_items = excluded.bundle_items";

    private ProductRows() {
    }

    static PullStore.Written write(Connection c, List<ProductInfo> products, long now) throws SQLException {
        Set<String> pending = Rows.pending(c, PullStore.PRODUCT);
        List<String> deferred = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try (PreparedStatement product = c.prepareStatement(UPSERT);
             PreparedStatement dropSkus = c.prepareStatement("DELETE FROM sku WHERE product_id = ? "
                     + "AND sku_id NOT IN (SELECT value FROM json_each(?))");
             PreparedStatement freeOuterId = c.prepareStatement(
                     "DELETE FROM sku WHERE outer_sku_id = ? AND sku_id <> ?");
             PreparedStatement sku = c.prepareStatement(UPSERT_SKU)) {
            for (ProductInfo p : products) {
                if (p.productId() == null) {
                    continue;
                }
                if (pending.contains(p.productId())) {
                    deferred.add(p.productId());
                    continue;
                }
                written.add(p.productId());
                Long from = at(p.listingStartTime());
                Long to = at(p.listingEndTime());
                Long updated = at(p.updateTime());
                product.setString(1, p.productId());
                product.setString(2, p.productName() == null ? "" : p.productName());
                product.setString(3, p.brandName());
                product.setString(4, p.categoryName());
                setInt(product, 5, validDeliveryType(p.deliveryType()));
                product.setString(6, status(p.status(), from, to, now));
                setLong(product, 7, from);
                setLong(product, 8, to);
                product.setLong(9, updated == null ? now : updated);
                setInt(product, 10, p.categoryId());
                setInt(product, 11, p.brandId());
                product.setString(12, p.productImages() == null ? null : Rows.json(p.productImages()));
                product.setString(13, p.productUrl());
                setBool(product, 14, p.fbx());
                setLong(product, 15, at(p.createTime()));
                product.setLong(16, now);
                product.setInt(17, p.isPreSale() ? 1 : 0);
                product.executeUpdate();

                List<SkuInfo> skus = p.skus() == null ? List.of() : p.skus();
                List<String> ids = new ArrayList<>(skus.size());
                for (SkuInfo s : skus) {
                    if (s.skuId() != null) {
                        ids.add(s.skuId());
                    }
                }
                dropSkus.setString(1, p.productId());
                dropSkus.setString(2, Rows.json(ids));
                dropSkus.executeUpdate();
                int position = 0;
                for (SkuInfo s : skus) {
                    if (s.skuId() == null) {
                        continue;
                    }
                    if (s.outerId() != null) {
                        freeOuterId.setString(1, s.outerId());
                        freeOuterId.setString(2, s.skuId());
                        freeOuterId.addBatch();
                    }
                    sku.setString(1, s.skuId());
                    sku.setString(2, p.productId());
                    sku.setString(3, s.outerId());
                    sku.setString(4, s.properties() == null ? null : Rows.json(s.properties()));
                    Long price = fen(s.price());
                    sku.setLong(5, price == null ? 0 : price);
                    setLong(sku, 6, fen(s.vipPrice()));
                    setLong(sku, 7, fen(s.newPrice()));
                    sku.setInt(8, s.stockNum() == null ? 0 : Math.max(0, s.stockNum()));
                    sku.setLong(9, updated == null ? now : updated);
                    sku.setInt(10, Boolean.FALSE.equals(s.used()) ? 0 : 1);
                    setLong(sku, 11, grams(s.weight(), s.weightUnit()));
                    sku.setString(12, s.extraInfo());
                    sku.setInt(13, position++);
                    sku.setString(14, s.bundleItems() == null || s.bundleItems().isEmpty() ? null
                            : Rows.json(s.bundleItems()));
                    sku.addBatch();
                }
                freeOuterId.executeBatch();
                sku.executeBatch();
            }
        }
        Rows.defer(c, PullStore.PRODUCT, deferred, now);
        Rows.undefer(c, PullStore.PRODUCT, written);
        return new PullStore.Written(written.size(), deferred.size(), List.of());
    }

    private static Integer validDeliveryType(Integer t) {
        return t != null && (t == 2 || t == 3 || t == 4 || t == 5 || t == 7) ? t : null;
    }

    /**
     * The platform's status when it sends one (the extension field); the documented list does not, so a product is
     * then taken as on sale while its listing window holds the present and off the shelf otherwise.
     */
    private static String status(String sent, Long from, Long to, long now) {
        if (sent != null && !sent.isBlank()) {
            return sent;
        }
        boolean listed = (from == null || from <= now) && (to == null || now < to);
        return listed ? "on_sale" : "off_shelf";
    }

    /** Weight in grams: {@code weight_unit} 0 kilogram (default), 1 pound. */
    private static Long grams(Double weight, Integer unit) {
        if (weight == null) {
            return null;
        }
        double g = unit != null && unit == 1 ? weight * 453.59237 : weight * 1000;
        return Math.round(g);
    }
}
