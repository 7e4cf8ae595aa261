package dev.wharf.orders.ui;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeTableColumn;

/** The cell values of the orders tree: what each column shows for a cart, an order and an item. */
final class OrderColumns {
    private OrderColumns() {
    }

    static void bind(TreeTableColumn<OrderRow, String> column, Function<OrderRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null
                || cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        column.setSortable(false);
    }

    static String main(OrderRow r, OrderTexts texts) {
        return switch (r.kind()) {
            case CART -> texts.cart(r.cart());
            case ORDER -> r.order().orderId();
            case LINE -> r.line().title() + (r.line().propertiesText().isEmpty() ? ""
                    : "  " + r.line().propertiesText()) + "  ×" + r.line().quantity();
        };
    }

    static String status(OrderRow r, OrderTexts texts) {
        return r.kind() == OrderRow.Kind.ORDER ? texts.status(r.order().status()) : "";
    }

    static String delivery(OrderRow r, OrderTexts texts) {
        return r.kind() == OrderRow.Kind.ORDER ? texts.delivery(r.order().deliveryType()) : "";
    }

    static String amount(OrderRow r, OrderTexts texts) {
        return switch (r.kind()) {
            case CART -> texts.money(r.cart().totalFen());
            case ORDER -> texts.money(r.order().paymentFen());
            case LINE -> texts.money(r.line().paymentFen());
        };
    }

    static String due(OrderRow r, OrderTexts texts, Supplier<Instant> now) {
        return switch (r.kind()) {
            case CART -> r.cart().orders().stream().filter(o -> o.dueAt() != null).findFirst()
                    .map(o -> texts.due(o.dueAt(), now.get())).orElse("");
            case ORDER -> texts.due(r.order().dueAt(), now.get());
            case LINE -> "";
        };
    }

    static String receiver(OrderRow r, OrderTexts texts) {
        return switch (r.kind()) {
            case CART -> texts.receiver(r.cart().orders().get(0));
            case ORDER -> texts.receiver(r.order());
            case LINE -> "";
        };
    }

    static String split(OrderRow r, OrderTexts texts) {
        return r.kind() == OrderRow.Kind.CART ? texts.splitReasons(r.cart()) : "";
    }
}
