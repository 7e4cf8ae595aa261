package dev.wharf.store.products;

import dev.wharf.products.SearchTerms;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the SKU list: one WHERE clause per filter, parameters in order. Text search goes through the FTS5
 * trigram indexes of names and brands ({@code product_fts}) and outer SKU ids ({@code sku_fts}) for words of 3+
 * characters, LIKE for shorter words; the list is ordered by
 * (product id, SKU id) and paged by keyset over the {@code sku_product_sku} index.
 */
final class SkuListSql {
    static final String COLUMNS = "p.product_id, p.name, p.brand, p.category, p.status, p.delivery_type, s.sku_id, "
            + "s.outer_sku_id, s.properties, s.price_fen, s.vip_price_fen, s.new_customer_price_fen, s.stock, "
            + "coalesce(s.low_stock_threshold, ?) AS threshold, s.purchase_cost, s.purchase_currency, "
            + "r.rmb_per_unit, CASE WHEN json_valid(p.images) THEN json_extract(p.images, '$[0]') END AS thumb, "
            + "(SELECT o.state || '|' || coalesce(o.last_error, '') FROM outbox o WHERE o.aggregate_type = 'sku' "
            + "AND o.aggregate_id = s.outer_sku_id ORDER BY o.outbox_id DESC LIMIT 1) AS sku_state, "
            + "(SELECT o.state || '|' || coalesce(o.last_error, '') FROM outbox o WHERE o.aggregate_type = 'product' "
            + "AND o.aggregate_id = p.product_id ORDER BY o.outbox_id DESC LIMIT 1) AS product_state";
    static final String FROM = " FROM sku s JOIN product p ON p.product_id = s.product_id "
            + "LEFT JOIN exchange_rate r ON r.currency = s.purchase_currency";

    final StringBuilder where = new StringBuilder(" WHERE s.used = 1");
    final List<Object> params = new ArrayList<>();

    /**
     * @param selective the indexed words that match few rows: the query starts from their matches (and sorts them)
     *                  instead of walking the list in order and testing each SKU, which stops early only when matches
     *                  are common
     */
    SkuListSql(SkuFilter f, int lowStockDefault, java.util.Set<String> selective) {
        SearchTerms terms = SearchTerms.parse(f.text());
        for (String word : terms.indexed()) {
            if (selective.contains(word)) {
                where.append(" AND s.rowid IN (SELECT s2.rowid FROM product_fts f JOIN product p2 ON p2.rowid = "
                        + "f.rowid JOIN sku s2 ON s2.product_id = p2.product_id WHERE product_fts MATCH ?"
                        + " UNION SELECT rowid FROM sku_fts WHERE sku_fts MATCH ?)");
            } else {
                where.append(" AND (p.rowid IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)"
                        + " OR s.rowid IN (SELECT rowid FROM sku_fts WHERE sku_fts MATCH ?))");
            }
            params.add(SearchTerms.phrase(word));
            params.add(SearchTerms.phrase(word));
        }
        for (String word : terms.short_()) {
            String like = SearchTerms.like(word);
            where.append(" AND (lower(p.name) LIKE ? ESCAPE '\\' OR lower(coalesce(p.brand, '')) LIKE ? ESCAPE '\\'"
                    + " OR lower(coalesce(s.outer_sku_id, '')) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (f.status() == dev.wharf.products.ProductStatus.PRE_SALE) {
            // the platform's pre-sale status, or a product flagged pre-sale (预订, decision 0014) in any status
            where.append(" AND (p.status = ? OR p.pre_sale = 1)");
            params.add(f.status().code());
        } else if (f.status() != null) {
            where.append(" AND p.status = ?");
            params.add(f.status().code());
        }
        if (f.category() != null && !f.category().isBlank()) {
            where.append(" AND p.category = ?");
            params.add(f.category());
        }
        if (f.brand() != null && !f.brand().isBlank()) {
            where.append(" AND p.brand = ?");
            params.add(f.brand());
        }
        if (f.deliveryType() != null) {
            where.append(" AND p.delivery_type = ?");
            params.add(f.deliveryType().code());
        }
        if (f.lowStockOnly()) {
            where.append(" AND s.stock <= coalesce(s.low_stock_threshold, ?)");
            params.add(lowStockDefault);
        }
    }

    /** The indexed words of {@code f} that match at most {@code limit} products and SKUs together. */
    static java.util.Set<String> selectiveWords(java.sql.Connection c, SkuFilter f, int limit)
            throws java.sql.SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : SearchTerms.parse(f.text()).indexed()) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM product_fts WHERE "
                    + "product_fts MATCH ?1) + (SELECT count(*) FROM sku_fts WHERE sku_fts MATCH ?1)")) {
                ps.setString(1, SearchTerms.phrase(word));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) <= limit) {
                        out.add(word);
                    }
                }
            }
        }
        return out;
    }

    void after(SkuCursor cursor) {
        if (cursor != null) {
            where.append(" AND (s.product_id, s.sku_id) > (?, ?)");
            params.add(cursor.productId());
            params.add(cursor.skuId());
        }
    }

    String page() {
        return "SELECT " + COLUMNS + FROM + where + " ORDER BY s.product_id, s.sku_id LIMIT ?";
    }

    /** Every match in list order (an export). */
    String all() {
        return "SELECT " + COLUMNS + FROM + where + " ORDER BY s.product_id, s.sku_id";
    }

    String count() {
        return "SELECT count(*) FROM sku s JOIN product p ON p.product_id = s.product_id" + where;
    }
}
