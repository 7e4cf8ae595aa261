package dev.wharf.orders;

import java.util.List;
import java.util.Optional;

/**
 * One page of the orders list: carts in list order, and where the next page starts (empty at the end).
 *
 * @param carts the carts whose most urgent matching order falls on this page
 * @param next  the cursor of the next page, or empty when there is none
 */
public record OrderPage(List<Cart> carts, Optional<OrderCursor> next) {
    public OrderPage {
        carts = List.copyOf(carts);
    }
}
