package dev.wharf.orders.ui;

import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.OrderSummary;
import dev.wharf.ui.i18n.Messages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

/**
 * "Ship together…" on the Orders screen (a merged shipment: orders of one trade, or to one receiver, under one
 * tracking number): the toolbar button and an item of the list's context menu, enabled while orders are selected.
 * A selected order goes as it is (the dialog says why one cannot ship); a selected cart brings its orders awaiting
 * shipment.
 */
final class ShipTogetherAction {
    private ShipTogetherAction() {
    }

    static void install(TreeTableView<OrderRow> table, Button button, OrderListActions actions, Messages messages) {
        MenuItem item = new MenuItem(messages.get("orders.shipTogether"));
        item.setId("orders-menu-ship-together");
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            menu = new ContextMenu();
            table.setContextMenu(menu);
        }
        menu.getItems().add(item);
        Runnable ship = () -> {
            List<String> ids = selection(table);
            if (!ids.isEmpty()) {
                actions.shipTogether(ids);
            }
        };
        button.setOnAction(e -> ship.run());
        item.setOnAction(e -> ship.run());
        InvalidationListener update = o -> {
            boolean none = selection(table).isEmpty();
            button.setDisable(none);
            item.setDisable(none);
        };
        table.getSelectionModel().getSelectedItems().addListener(update);
        update.invalidated(null);
    }

    /** The orders to ship together: selected orders, and the orders awaiting shipment of selected carts. */
    static List<String> selection(TreeTableView<OrderRow> table) {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OrderRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item == null || item.getValue() == null) {
                continue;
            }
            OrderRow row = item.getValue();
            if (row.kind() == OrderRow.Kind.CART) {
                for (OrderSummary o : row.cart().orders()) {
                    if (o.status() == OrderStatus.ACCEPTED.code()) {
                        ids.add(o.orderId());
                    }
                }
            } else if (row.kind() == OrderRow.Kind.ORDER) {
                ids.add(row.order().orderId());
            }
        }
        return List.copyOf(ids);
    }
}
