package dev.wharf.products.sheets;

/** Why a row of a stock and price file is refused (decision 0013). */
public enum StockProblem {
    /** The outer SKU id cell is empty. */
    EMPTY_ID,
    /** A long outer SKU id stored by Excel as a number (digits lost, or scientific notation). */
    NUMERIC_CELL,
    /** No SKU of the shop has this outer id. */
    UNKNOWN_SKU,
    /** The same SKU on an earlier row. */
    DUPLICATE_ROW,
    /** Stock not a whole number ≥ 0. */
    BAD_STOCK,
    /** Price not &gt; 0 with at most 2 decimals, or a VIP/new-customer price below 0 or with more decimals. */
    BAD_PRICE
}
