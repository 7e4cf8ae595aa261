package dev.wharf.orders.ui;

import java.util.List;
import javafx.scene.Node;

/**
 * What the Orders screen hands to the order actions (accepting, shipping together, the detail view). The composition root supplies
 * the implementation; the screen calls it on the JavaFX thread and the implementation moves slow work off it.
 */
public interface OrderListActions {
    /** Accept these orders (selected orders, and whole carts expanded to their orders awaiting acceptance). */
    void accept(List<String> orderIds);

    /**
     * Ship these orders together under one tracking number (a merged shipment: one trade, or one receiver): opens the
     * dialog that checks and applies it.
     */
    void shipTogether(List<String> orderIds);

    /**
     * The user selected one order: the view to show beside the list (the order detail), or null to show the
     * screen's own summary of the order.
     */
    Node open(String orderId);
}
