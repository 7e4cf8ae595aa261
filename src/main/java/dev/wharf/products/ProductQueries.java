package dev.wharf.products;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Read access to the shop's products and SKUs; implemented by the store. Each call is one snapshot. */
public interface ProductQueries {

    /** At most {@code limit} SKUs matching {@code filter}, starting after {@code after} (null: the first page). */
    SkuPage page(SkuFilter filter, SkuCursor after, int limit);

    /** How many SKUs match {@code filter}. */
    long count(SkuFilter filter);

    /** The SKUs with these outer ids, in list order (what a bulk edit re-reads). */
    List<SkuRow> byOuterIds(List<String> outerSkuIds);

    /** Category names in use, sorted. */
    List<String> categories();

    /** Brand names in use, sorted. */
    List<String> brands();

    /** RMB per unit by currency code. */
    Map<String, BigDecimal> exchangeRates();

    /** The low-stock threshold of SKUs without their own. */
    int lowStockDefault();

    /**
     * SKUs on sale or scheduled at or below their low-stock threshold (lowest stock first), and SKUs whose paid but
     * unshipped quantity (orders awaiting accept or accepted) exceeds their stock; at most {@code limit} of each.
     */
    StockAlerts stockAlerts(int limit);
}
