package dev.wharf.platform.dto;

/**
 * One item's outcome inside a batch call. The spec spells success {@code exec_success} for orders and
 * {@code success} for SKUs; both are exposed as {@link #ok()}, item by item, never collapsed into one boolean.
 */
public interface ItemResult {
    /** The id of the item this result is about (order id, outer SKU id, …) as text. */
    String itemKey();

    boolean ok();

    /** The platform's message for this item (empty on success, the reason on failure). */
    String msg();
}
