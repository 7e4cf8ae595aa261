package dev.wharf.orders;

/** Why the platform split a cart (trade) into more than one order, as far as the orders show it. */
public enum SplitReason {
    /** Two or more orders of one delivery type: the platform splits one delivery type only above 2000 RMB. */
    OVER_AMOUNT_LIMIT,
    /** The cart's orders have two or more delivery types: each type ships in its own orders. */
    DIFFERENT_DELIVERY_TYPES
}
