package dev.wharf.orders;

import java.util.Optional;

/** The order detail's reads and its one local-only write (implemented by the store). */
public interface OrderDetailQueries {

    /** The order with its items, refunds, legs and unconfirmed changes; empty when it is not in the shop. */
    Optional<OrderDetail> detail(String orderId);

    /** Sets or clears (null) the colour flag: local only, no outbox entry. False when the order is not in the shop. */
    boolean setColorFlag(String orderId, ColorFlag flag);
}
