package dev.wharf.sandbox.sim;

/** Why the platform split a cart into more than one order. */
public enum SplitReason {
    /**
     * The lines of one delivery type add up to more than the amount limit (2000 RMB by default) and there are at
     * least two of them, so they were packed into two or more orders. A single line over the limit alone is not a
     * reason: it makes one order by itself.
     */
    OVER_AMOUNT_LIMIT,
    /** The cart holds lines of two or more delivery types; each type ships in its own orders. */
    DIFFERENT_DELIVERY_TYPES
}
