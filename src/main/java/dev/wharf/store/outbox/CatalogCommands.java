package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.CommandSupport.required;
import static dev.wharf.store.outbox.CommandSupport.twoDecimals;
import static dev.wharf.store.outbox.SqliteOutboxStore.insert;
import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.LocalCommands.Created;
import dev.wharf.sync.outbox.LocalCommands.SkuUpdate;
import dev.wharf.sync.outbox.Payloads;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The catalog commands of {@link SqliteLocalCommands}: SKU stock and prices, product create, update and shelving. */
final class CatalogCommands {
    private final CommandSupport s;

    CatalogCommands(CommandSupport support) {
        this.s = support;
    }

    long updateStock(String outerSkuId, int stock) {
        String sku = required(outerSkuId, "outerSkuId");
        checkStock(sku, stock);
        return s.run(c -> stock(c, sku, stock, s.clock.millis()));
    }

    long updatePrice(String outerSkuId, BigDecimal price, BigDecimal vipPrice, BigDecimal newCustomerPrice) {
        String sku = required(outerSkuId, "outerSkuId");
        BigDecimal[] p = checkPrices(sku, price, vipPrice == null ? BigDecimal.ZERO : vipPrice,
                newCustomerPrice == null ? BigDecimal.ZERO : newCustomerPrice);
        return s.run(c -> price(c, sku, p, s.clock.millis()));
    }

    /** Many SKUs in one transaction; a price left null keeps the SKU's current one (read in the transaction). */
    List<List<Long>> updateSkus(List<SkuUpdate> updates) {
        for (SkuUpdate u : updates) {
            String sku = required(u.outerSkuId(), "outerSkuId");
            if (u.stock() != null) {
                checkStock(sku, u.stock());
            }
        }
        return s.run(c -> {
            long now = s.clock.millis();
            List<List<Long>> out = new ArrayList<>(updates.size());
            for (SkuUpdate u : updates) {
                String sku = u.outerSkuId().strip();
                List<Long> ids = new ArrayList<>(2);
                if (u.stock() != null) {
                    ids.add(stock(c, sku, u.stock(), now));
                }
                if (u.changesPrice()) {
                    BigDecimal[] current = currentPrices(c, sku);
                    ids.add(price(c, sku, checkPrices(sku, u.price() != null ? u.price() : current[0],
                            u.vipPrice() != null ? u.vipPrice() : current[1],
                            u.newCustomerPrice() != null ? u.newCustomerPrice() : current[2]), now));
                }
                out.add(ids);
            }
            return out;
        });
    }

    private static void checkStock(String sku, int stock) {
        if (stock < 0) {
            throw new IllegalArgumentException("stock of SKU " + sku + " must be ≥ 0: " + stock);
        }
    }

    /** {price, vip, new customer} with 2 decimals, or the reason they are refused. */
    private static BigDecimal[] checkPrices(String sku, BigDecimal price, BigDecimal vipPrice,
                                            BigDecimal newCustomerPrice) {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price of SKU " + sku + " must be > 0");
        }
        BigDecimal p = twoDecimals(price, "price of SKU " + sku);
        BigDecimal vip = twoDecimals(vipPrice, "VIP price of SKU " + sku);
        BigDecimal fresh = twoDecimals(newCustomerPrice, "new-customer price of SKU " + sku);
        if (vip.signum() < 0 || fresh.signum() < 0) {
            throw new IllegalArgumentException("VIP and new-customer prices of SKU " + sku + " must be ≥ 0");
        }
        return new BigDecimal[] {p, vip, fresh};
    }

    private static long stock(Connection c, String sku, int stock, long now) throws SQLException {
        String product = productOfSku(c, sku);
        update(c, "UPDATE sku SET stock = ?, updated_at = ? WHERE outer_sku_id = ?", stock, now, sku);
        return insert(c, Command.SKU_STOCK, sku, new Payloads.Stock(sku, stock, product), now);
    }

    private static long price(Connection c, String sku, BigDecimal[] p, long now) throws SQLException {
        String product = productOfSku(c, sku);
        update(c, "UPDATE sku SET price_fen = ?, vip_price_fen = ?, new_customer_price_fen = ?, updated_at = ? "
                + "WHERE outer_sku_id = ?", LocalState.fen(p[0]), LocalState.fen(p[1]), LocalState.fen(p[2]), now, sku);
        return insert(c, Command.SKU_PRICE, sku, new Payloads.Price(sku, p[0], p[1], p[2], product), now);
    }

    private static BigDecimal[] currentPrices(Connection c, String sku) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT price_fen, coalesce(vip_price_fen, 0), "
                + "coalesce(new_customer_price_fen, 0) FROM sku WHERE outer_sku_id = ?")) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("SKU " + sku + " is not in the shop");
                }
                return new BigDecimal[] {BigDecimal.valueOf(rs.getLong(1), 2), BigDecimal.valueOf(rs.getLong(2), 2),
                    BigDecimal.valueOf(rs.getLong(3), 2)};
            }
        }
    }

    // ------------------------------------------------------------------ products

    Created createProduct(ProductInfo product, String description) {
        checkProduct(product);
        String key = s.keys.get();
        String localId = SqliteLocalCommands.LOCAL_PREFIX + key;
        long id = s.run(c -> {
            long now = s.clock.millis();
            for (SkuInfo s : product.skus()) {
                if (skuExists(c, s.outerId())) {
                    throw new IllegalArgumentException("outer SKU id " + s.outerId() + " is already used in the shop");
                }
            }
            ProductInfo sent = ImageRefs.prepare(c, localId, withoutId(product), s.imagesFolder(), now);
            update(c, "INSERT INTO product(product_id, name, brand, category, delivery_type, status, description, "
                    + "updated_at, images, pre_sale) VALUES (?, ?, ?, ?, ?, 'off_shelf', ?, ?, ?, ?)", localId,
                    product.productName().strip(), product.brandName(), product.categoryName(),
                    product.deliveryType(), description, now, images(sent), sent.isPreSale() ? 1 : 0);
            writeSkus(c, localId, product.skus(), now);
            return insert(c, Command.PRODUCT_CREATE, localId, new ProductWriteRequest(key, null, sent, description),
                    now);
        });
        return new Created(id, localId);
    }

    long updateProduct(String productId, ProductInfo product, String description) {
        String pid = required(productId, "productId");
        checkProduct(product);
        return s.run(c -> {
            long now = s.clock.millis();
            requireProduct(c, pid);
            for (SkuInfo s : product.skus()) {
                String owner = ownerOfSku(c, s.outerId());
                if (owner != null && !owner.equals(pid)) {
                    throw new IllegalArgumentException("outer SKU id " + s.outerId() + " belongs to product " + owner);
                }
            }
            ProductInfo sent = ImageRefs.prepare(c, pid, withoutId(product), s.imagesFolder(), now);
            update(c, "UPDATE product SET name = ?, brand = ?, category = ?, delivery_type = ?, "
                    + "description = coalesce(?, description), updated_at = ?, images = ?, pre_sale = ? "
                    + "WHERE product_id = ?", product.productName().strip(), product.brandName(),
                    product.categoryName(), product.deliveryType(), description, now, images(sent),
                    sent.isPreSale() ? 1 : 0, pid);
            writeSkus(c, pid, product.skus(), now);
            return insert(c, Command.PRODUCT_UPDATE, pid, new ProductWriteRequest(null, pid, sent, description), now);
        });
    }

    long shelveProduct(String productId) {
        return shelf(productId, "on_sale", Command.PRODUCT_SHELVE);
    }

    long unshelveProduct(String productId) {
        return shelf(productId, "off_shelf", Command.PRODUCT_UNSHELVE);
    }

    private long shelf(String productId, String status, Command command) {
        String pid = required(productId, "productId");
        return s.run(c -> {
            long now = s.clock.millis();
            requireProduct(c, pid);
            update(c, "UPDATE product SET status = ?, updated_at = ? WHERE product_id = ?", status, now, pid);
            return insert(c, command, pid, new Payloads.ProductRef(pid), now);
        });
    }

    private static void checkProduct(ProductInfo p) {
        if (p == null) {
            throw new IllegalArgumentException("product is required");
        }
        required(p.productName(), "product_name");
        required(p.brandName(), "brand_name");
        if (p.categoryId() == null || p.categoryId() <= 0) {
            throw new IllegalArgumentException("category_id is required (> 0)");
        }
        required(p.categoryName(), "category_name");
        if (p.deliveryType() == null || !Set.of(2, 3, 4, 5, 7).contains(p.deliveryType())) {
            throw new IllegalArgumentException("delivery_type must be 2, 3, 4, 5 or 7: " + p.deliveryType());
        }
        if (p.skus() == null || p.skus().isEmpty()) {
            throw new IllegalArgumentException("skus: a product needs at least one SKU");
        }
        Set<String> outer = new HashSet<>();
        for (SkuInfo s : p.skus()) {
            String o = required(s.outerId(), "outer_id of every SKU");
            if (!outer.add(o)) {
                throw new IllegalArgumentException("outer_id " + o + " appears twice");
            }
            if (s.price() == null || s.price().signum() <= 0) {
                throw new IllegalArgumentException("price of SKU " + o + " must be > 0");
            }
            twoDecimals(s.price(), "price of SKU " + o);
            if (s.stockNum() != null && s.stockNum() < 0) {
                throw new IllegalArgumentException("stock of SKU " + o + " must be ≥ 0");
            }
        }
    }

    private static ProductInfo withoutId(ProductInfo p) {
        return new ProductInfo(null, p.productName(), p.categoryId(), p.categoryName(), p.brandId(), p.brandName(),
                p.productImages(), p.productUrl(), null, null, p.listingStartTime(), p.listingEndTime(),
                p.deliveryType(), p.fbx(), p.skus(), null, p.preSale());
    }

    private static String images(ProductInfo p) {
        return Payloads.write(p.productImages() == null ? List.of() : p.productImages());
    }

    private static void writeSkus(Connection c, String productId, List<SkuInfo> skus, long now) throws SQLException {
        for (SkuInfo s : skus) {
            String outer = s.outerId().strip();
            String bundle = s.bundleItems() == null || s.bundleItems().isEmpty() ? null
                    : Payloads.write(s.bundleItems());
            int n = update(c, "UPDATE sku SET price_fen = ?, vip_price_fen = ?, new_customer_price_fen = ?, "
                    + "stock = ?, updated_at = ?, bundle_items = ? WHERE outer_sku_id = ? AND product_id = ?",
                    LocalState.fen(s.price()), LocalState.fen(s.vipPrice()), LocalState.fen(s.newPrice()),
                    s.stockNum() == null ? 0 : s.stockNum(), now, bundle, outer, productId);
            if (n == 0) {
                update(c, "INSERT INTO sku(sku_id, product_id, outer_sku_id, price_fen, vip_price_fen, "
                        + "new_customer_price_fen, stock, updated_at, bundle_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        productId + ":" + outer, productId, outer, LocalState.fen(s.price()),
                        LocalState.fen(s.vipPrice()), LocalState.fen(s.newPrice()),
                        s.stockNum() == null ? 0 : s.stockNum(), now, bundle);
            }
        }
    }

    private static String productOfSku(Connection c, String outerSkuId) throws SQLException {
        String owner = ownerOfSku(c, outerSkuId);
        if (owner == null) {
            throw new IllegalArgumentException("SKU " + outerSkuId + " is not in the shop");
        }
        return owner;
    }

    private static String ownerOfSku(Connection c, String outerSkuId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE outer_sku_id = ?")) {
            ps.setString(1, outerSkuId.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean skuExists(Connection c, String outerSkuId) throws SQLException {
        return ownerOfSku(c, outerSkuId) != null;
    }

    private static void requireProduct(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM product WHERE product_id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("product " + productId + " is not in the shop");
                }
            }
        }
    }
}
