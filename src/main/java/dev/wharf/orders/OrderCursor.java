package dev.wharf.orders;

import java.util.Objects;

/**
 * Where the next page of the orders list starts: just after the order with this sort key. The list is ordered by
 * ({@code urgency}, order id), so paging is a keyset seek, never an offset.
 *
 * @param urgency the order's sort key (its nearest deadline, see {@link Deadlines})
 * @param orderId the order id, breaking ties
 */
public record OrderCursor(long urgency, String orderId) {
    public OrderCursor {
        Objects.requireNonNull(orderId, "orderId");
    }
}
