package dev.wharf.store.products;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.products.ProductDraft;
import dev.wharf.products.ProductLocalData;
import dev.wharf.store.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@link ProductLocalData} over the shop database (V6 tables and columns). */
public final class SqliteProductLocalData implements ProductLocalData {
    private final Database db;
    private final Clock clock;

    public SqliteProductLocalData(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void setCost(String outerSkuId, BigDecimal cost, String currency) {
        String sku = required(outerSkuId, "outer SKU id");
        String code = cost == null ? null : currency(currency);
        if (cost != null && cost.signum() < 0) {
            throw new IllegalArgumentException("purchase cost of SKU " + sku + " must be ≥ 0");
        }
        db.write(c -> one(c, "UPDATE sku SET purchase_cost = ?, purchase_currency = ? WHERE outer_sku_id = ?", sku,
                cost == null ? null : cost.stripTrailingZeros().toPlainString(), code, sku));
    }

    @Override
    public void setRate(String currency, BigDecimal rmbPerUnit) {
        String code = currency(currency);
        if (rmbPerUnit == null || rmbPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("the rate of " + code + " must be > 0");
        }
        db.write(c -> run(c, "INSERT INTO exchange_rate (currency, rmb_per_unit, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (currency) DO UPDATE SET rmb_per_unit = excluded.rmb_per_unit, "
                + "updated_at = excluded.updated_at", code, rmbPerUnit.stripTrailingZeros().toPlainString(),
                clock.millis()));
    }

    @Override
    public void setThreshold(String outerSkuId, Integer threshold) {
        String sku = required(outerSkuId, "outer SKU id");
        if (threshold != null && threshold < 0) {
            throw new IllegalArgumentException("the low-stock threshold of SKU " + sku + " must be ≥ 0");
        }
        db.write(c -> one(c, "UPDATE sku SET low_stock_threshold = ? WHERE outer_sku_id = ?", sku, threshold, sku));
    }

    @Override
    public void setLowStockDefault(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the default low-stock threshold must be ≥ 0");
        }
        db.write(c -> run(c, "INSERT INTO product_setting (key, value, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                SqliteProductQueries.LOW_STOCK_DEFAULT, Integer.toString(threshold), clock.millis()));
    }

    @Override
    public void keepEditorDetails(ProductDraft d, String productId) {
        db.write(c -> {
            // images, pre-sale and sets are written by the product command itself (store.outbox)
            run(c, "UPDATE product SET category_id = ?, brand_id = ?, listed_from_at = ?, listed_to_at = ? "
                    + "WHERE product_id = ?", intOrNull(d.categoryId()), intOrNull(d.brandId()),
                    millis(d.listFrom()), millis(d.listTo()), productId);
            for (ProductDraft.SkuDraft s : d.skus()) {
                List<SkuInfo.SkuProperty> props = s.properties() == null || s.properties().isBlank() ? List.of()
                        : SkuInfo.SkuProperty.parseAll(s.properties());
                run(c, "UPDATE sku SET properties = ?, weight_g = ? WHERE product_id = ? AND outer_sku_id = ?",
                        PropertiesText.jsonOf(props), grams(s.weight(), s.weightUnit()), productId,
                        s.outerId().strip());
            }
            return null;
        });
    }

    private static Integer intOrNull(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static Long millis(java.time.LocalDateTime t) {
        return t == null ? null : t.toInstant(GatewayTime.ZONE).toEpochMilli();
    }

    private static Long grams(String weight, int unit) {
        if (weight == null || weight.isBlank()) {
            return null;
        }
        BigDecimal w = new BigDecimal(weight.strip());
        BigDecimal g = unit == 1 ? w.multiply(new BigDecimal("453.59237")) : w.movePointRight(3);
        return g.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static String currency(String code) {
        String c = required(code, "currency").toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is a 3-letter code such as JPY: " + code);
        }
        return c;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static Integer one(Connection c, String sql, String sku, Object... args) throws SQLException {
        int n = run(c, sql, args);
        if (n == 0) {
            throw new IllegalArgumentException("SKU " + sku + " is not in the shop");
        }
        return n;
    }

    private static int run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
