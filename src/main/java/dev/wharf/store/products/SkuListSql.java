package dev.wharf.store.products;

import dev.wharf.products.SearchTerms;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the SKU list: one WHERE clause per filter, parameters in order. Text search goes through the FTS5
 * trigram index of names and brands ({@code product_fts}, words of 3+ characters) and LIKE (shorter words, outer SKU
 * ids); the list is ordered by
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

    SkuListSql(SkuFilter f, int lowStockDefault) {
        SearchTerms terms = SearchTerms.parse(f.text());
        for (String word : terms.indexed()) {
            where.append(" AND (p.rowid IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)"
                    + " OR lower(coalesce(s.outer_sku_id, '')) LIKE ? ESCAPE '\\')");
            params.add(SearchTerms.phrase(word));
            params.add(SearchTerms.like(word));
        }
        for (String word : terms.short_()) {
            String like = SearchTerms.like(word);
            where.append(" AND (lower(p.name) LIKE ? ESCAPE '\\' OR lower(coalesce(p.brand, '')) LIKE ? ESCAPE '\\'"
                    + " OR lower(coalesce(s.outer_sku_id, '')) LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (f.status() != null) {
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

    String count() {
        return "SELECT count(*) FROM sku s JOIN product p ON p.product_id = s.product_id" + where;
    }
}
