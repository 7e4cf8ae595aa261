package dev.wharf.orders.ui;

import dev.wharf.orders.Cart;
import dev.wharf.orders.OrderLine;
import dev.wharf.orders.OrderSummary;

/**
 * A row of the cart-grouped tree: a cart, one of its orders, or an item of an order. Exactly one of the parts is
 * set for its kind (an item row also knows its order).
 */
record OrderRow(Kind kind, Cart cart, OrderSummary order, OrderLine line) {
    enum Kind { CART, ORDER, LINE }

    static OrderRow of(Cart cart) {
        return new OrderRow(Kind.CART, cart, null, null);
    }

    static OrderRow of(OrderSummary order) {
        return new OrderRow(Kind.ORDER, null, order, null);
    }

    static OrderRow of(OrderSummary order, OrderLine line) {
        return new OrderRow(Kind.LINE, null, order, line);
    }
}
