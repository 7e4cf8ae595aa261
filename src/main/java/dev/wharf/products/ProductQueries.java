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

    /** A product as the editor shows it, or empty when the shop has no such product. */
    java.util.Optional<ProductDraft> draft(String productId);

    /** The product an outer SKU id belongs to, or null when no SKU of the shop has it. */
    String ownerOfOuterId(String outerSkuId);

    /** Categories (platform id and name) the shop's products use, sorted by name. */
    List<IdName> categoryChoices();

    /** Brands (platform id, possibly null, and name) the shop's products use, sorted by name. */
    List<IdName> brandChoices();

    /** A platform id with its name. */
    record IdName(String id, String name) {
    }

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
