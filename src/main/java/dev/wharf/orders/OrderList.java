package dev.wharf.orders;

import java.util.List;
import java.util.Optional;

/** The orders list: pages of carts by filter, and the tab counts. Implemented by the store. */
public interface OrderList {
    /** Page size when the caller has no preference. */
    int DEFAULT_PAGE = 50;

    /**
     * The carts whose most urgent matching order comes after {@code after} (from the start when empty), looking at
     * up to {@code limit} matching orders. Every cart appears on exactly one page.
     */
    OrderPage page(OrderFilter filter, Optional<OrderCursor> after, int limit);

    /** Orders per tab, of the whole store. */
    TabCounts tabCounts();

    /** The orders awaiting acceptance in these carts. */
    List<String> awaitingAcceptIn(List<String> tradeIds);
}
