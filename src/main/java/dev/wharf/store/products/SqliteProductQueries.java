package dev.wharf.store.products;

import dev.wharf.products.DeliveryType;
import dev.wharf.products.Margin;
import dev.wharf.products.PendingState;
import dev.wharf.products.ProductQueries;
import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuPage;
import dev.wharf.products.SkuRow;
import dev.wharf.products.StockAlerts;
import dev.wharf.store.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ProductQueries} over the shop database. */
public final class SqliteProductQueries implements ProductQueries {
    static final String LOW_STOCK_DEFAULT = "low_stock_default";
    /** A search word matching at most this many products and SKUs drives the page query (see SkuListSql). */
    static final int SELECTIVE = 2_000;
    private static final String SELLING = "('on_sale', 'scheduled', 'pre_sale')";
    private static final String ALERT_COLUMNS = "SELECT p.product_id, p.name, s.outer_sku_id, s.properties, "
            + "s.stock, coalesce(s.low_stock_threshold, ?)";
    private static final String LOW = " FROM sku s JOIN product p ON p.product_id = s.product_id WHERE s.used = 1 "
            + "AND p.status IN " + SELLING + " AND s.stock <= coalesce(s.low_stock_threshold, ?)";
    private static final String WAITING = "WITH waiting AS (SELECT oi.sku_id, sum(oi.quantity) AS q "
            + "FROM orders o JOIN order_item oi ON oi.order_id = o.order_id WHERE o.status IN (2, 17) "
            + "GROUP BY oi.sku_id) ";
    private static final String OVERSOLD = " FROM waiting w JOIN sku s ON s.sku_id = w.sku_id "
            + "JOIN product p ON p.product_id = s.product_id WHERE w.q > s.stock";

    private final Database db;

    public SqliteProductQueries(Database db) {
        this.db = db;
    }

    @Override
    public SkuPage page(SkuFilter filter, SkuCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be ≥ 1: " + limit);
        }
        return db.read(c -> {
            int lowDefault = lowStockDefault(c);
            SkuListSql sql = new SkuListSql(filter, lowDefault, SkuListSql.selectiveWords(c, filter, SELECTIVE));
            sql.after(after);
            List<Object> params = new ArrayList<>();
            params.add(lowDefault);
            params.addAll(sql.params);
            params.add(limit + 1);
            List<SkuRow> rows = rows(c, sql.page(), params);
            SkuCursor next = null;
            if (rows.size() > limit) {
                rows = rows.subList(0, limit);
                next = rows.get(limit - 1).cursor();
            }
            return new SkuPage(rows, next);
        });
    }

    @Override
    public long count(SkuFilter filter) {
        return db.read(c -> {
            SkuListSql sql = new SkuListSql(filter, lowStockDefault(c), SkuListSql.selectiveWords(c, filter,
                    Integer.MAX_VALUE));
            try (PreparedStatement ps = prepare(c, sql.count(), sql.params); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<SkuRow> byOuterIds(List<String> outerSkuIds) {
        if (outerSkuIds.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<Object> params = new ArrayList<>();
            params.add(lowStockDefault(c));
            params.add(PropertiesText.jsonArray(outerSkuIds));
            return rows(c, "SELECT " + SkuListSql.COLUMNS + SkuListSql.FROM + " WHERE s.outer_sku_id IN "
                    + "(SELECT value FROM json_each(?)) ORDER BY s.product_id, s.sku_id", params);
        });
    }

    @Override
    public java.util.Optional<dev.wharf.products.ProductDraft> draft(String productId) {
        return db.read(c -> ProductDrafts.read(c, productId));
    }

    @Override
    public String ownerOfOuterId(String outerSkuId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE outer_sku_id = ?")) {
                ps.setString(1, outerSkuId.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public List<IdName> categoryChoices() {
        return db.read(c -> ProductDrafts.choices(c, "category_id", "category"));
    }

    @Override
    public List<IdName> brandChoices() {
        return db.read(c -> ProductDrafts.choices(c, "brand_id", "brand"));
    }

    @Override
    public List<String> categories() {
        return db.read(c -> strings(c, "SELECT DISTINCT category FROM product WHERE category IS NOT NULL "
                + "AND category <> '' ORDER BY 1"));
    }

    @Override
    public List<String> brands() {
        return db.read(c -> strings(c, "SELECT DISTINCT brand FROM product WHERE brand IS NOT NULL "
                + "AND brand <> '' ORDER BY 1"));
    }

    @Override
    public Map<String, BigDecimal> exchangeRates() {
        return db.read(c -> {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT currency, rmb_per_unit FROM exchange_rate "
                    + "ORDER BY currency"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new BigDecimal(rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public int lowStockDefault() {
        return db.read(SqliteProductQueries::lowStockDefault);
    }

    static int lowStockDefault(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM product_setting WHERE key = ?")) {
            ps.setString(1, LOW_STOCK_DEFAULT);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
            }
        }
    }

    @Override
    public StockAlerts stockAlerts(int limit) {
        return db.read(c -> {
            int d = lowStockDefault(c);
            long lowCount = single(c, "SELECT count(*)" + LOW, List.of(d));
            List<StockAlerts.Item> low = alerts(c, ALERT_COLUMNS + ", 0" + LOW + " ORDER BY s.stock, p.name, "
                    + "s.outer_sku_id LIMIT ?", List.of(d, d, limit));
            long overCount = single(c, WAITING + "SELECT count(*)" + OVERSOLD, List.of());
            List<StockAlerts.Item> over = alerts(c, WAITING + ALERT_COLUMNS + ", w.q" + OVERSOLD
                    + " ORDER BY w.q - s.stock DESC, p.name LIMIT ?", List.of(d, limit));
            return new StockAlerts(lowCount, low, overCount, over);
        });
    }

    private static List<StockAlerts.Item> alerts(Connection c, String sql, List<Object> params) throws SQLException {
        List<StockAlerts.Item> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StockAlerts.Item(rs.getString(1), rs.getString(2), rs.getString(3),
                        PropertiesText.of(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getLong(7)));
            }
        }
        return out;
    }

    private static long single(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private List<SkuRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        List<SkuRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    /** One row of the list's SELECT as the list shows it (the stock and price export reads the same rows). */
    SkuRow row(ResultSet rs) throws SQLException {
        long price = rs.getLong(10);
        String cost = rs.getString(15);
        String rate = rs.getString(17);
        Margin margin = cost == null ? null : Margin.of(price, new BigDecimal(cost), rs.getString(16),
                rate == null ? null : new BigDecimal(rate));
        String[] sku = state(rs.getString(19));
        String[] product = state(rs.getString(20));
        PendingState pending = PendingState.combine(PendingState.ofOutboxState(sku[0]),
                PendingState.ofOutboxState(product[0]));
        String message = pending == PendingState.REFUSED ? (sku[1] != null ? sku[1] : product[1]) : null;
        return new SkuRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ProductStatus.ofCode(rs.getString(5)).orElse(ProductStatus.DRAFT),
                DeliveryType.ofCode(intOrNull(rs, 6)).orElse(null), rs.getString(7), rs.getString(8),
                PropertiesText.of(rs.getString(9)), price, longOrNull(rs, 11), longOrNull(rs, 12),
                rs.getInt(13), rs.getInt(14), margin, thumbnail(rs.getString(18)), pending, message);
    }

    /** An image not uploaded yet shows from the profile's images folder (decision 0014). */
    private String thumbnail(String image) {
        return dev.wharf.products.ImageRef.isLocal(image)
                ? FileProductImages.of(db).localUrl(image).orElse(null) : image;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** {state, message}: message null unless the entry was rejected with one. */
    private static String[] state(String packed) {
        if (packed == null) {
            return new String[] {null, null};
        }
        int bar = packed.indexOf('|');
        String state = packed.substring(0, bar);
        String message = packed.substring(bar + 1);
        return new String[] {state, "rejected".equals(state) && !message.isEmpty() ? message : null};
    }
}
