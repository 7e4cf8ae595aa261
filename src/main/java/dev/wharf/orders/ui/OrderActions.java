package dev.wharf.orders.ui;

import java.util.List;

/**
 * What the Orders screen hands to the order actions (accepting, the detail view). The composition root supplies
 * the implementation; the screen calls it on the JavaFX thread and the implementation moves slow work off it.
 */
public interface OrderActions {
    /** Accept these orders (selected orders, and whole carts expanded to their orders awaiting acceptance). */
    void accept(List<String> orderIds);

    /** The user selected one order; its summary is already shown in the screen's {@code detailHost}. */
    void open(String orderId);
}
