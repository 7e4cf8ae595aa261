package dev.wharf.products;

import java.math.BigDecimal;

/**
 * Product data that stays on this workstation (the platform never sees it): purchase costs, exchange rates and
 * low-stock thresholds. Implemented by the store; every call is one transaction. Invalid input throws
 * {@link IllegalArgumentException}.
 */
public interface ProductLocalData {

    /** A SKU's purchase cost (≥ 0) in a currency; {@code cost} null clears it. */
    void setCost(String outerSkuId, BigDecimal cost, String currency);

    /** RMB per unit of a currency (&gt; 0). */
    void setRate(String currency, BigDecimal rmbPerUnit);

    /** A SKU's own low-stock threshold (≥ 0), or null to use the shop default. */
    void setThreshold(String outerSkuId, Integer threshold);

    /** The default low-stock threshold (≥ 0). */
    void setLowStockDefault(int threshold);

    /**
     * Keeps the editor's fields that the outbox command does not write locally (category and brand ids, listing
     * window, SKU properties and weights) on the local rows, so the product can be edited again before the platform
     * confirms it; the next pull replaces them with the platform's values.
     */
    void keepEditorDetails(ProductDraft draft, String productId);
}
