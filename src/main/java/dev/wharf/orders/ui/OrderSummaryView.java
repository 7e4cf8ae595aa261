package dev.wharf.orders.ui;

import dev.wharf.orders.Cart;
import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderLine;
import dev.wharf.orders.OrderSummary;
import dev.wharf.ui.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The short summary shown beside the list for the selected order or cart: status, amounts, receiver name, items and
 * deadlines. No phone or ID numbers.
 */
final class OrderSummaryView {
    private final Messages messages;
    private final OrderTexts texts;

    OrderSummaryView(Messages messages, OrderTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<Node> order(OrderSummary o, Instant now) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(label(messages.format("orders.summary.title", o.orderId()), "section-title", "orders-detail-title"));
        nodes.add(label(messages.format("orders.summary.status", texts.status(o.status()),
                texts.delivery(o.deliveryType())), null, "orders-detail-status"));
        nodes.add(label(messages.format("orders.summary.amounts", texts.money(o.paymentFen()),
                texts.money(o.amountFen())), null, "orders-detail-amounts"));
        nodes.add(label(messages.format("orders.summary.receiver", texts.receiver(o)), null, "orders-detail-receiver"));
        nodes.add(label(messages.format("orders.summary.ordered", texts.time(o.orderedAt()), texts.time(o.paidAt())),
                null, null));
        if (o.buyerRemark() != null && !o.buyerRemark().isBlank()) {
            nodes.add(label(messages.format("orders.summary.remark", o.buyerRemark()), null, "orders-detail-remark"));
        }
        nodes.add(label(messages.get("orders.summary.items"), "section-title", null));
        for (OrderLine line : o.lines()) {
            String props = line.propertiesText();
            nodes.add(label(messages.format("orders.summary.item", line.title(), props, line.quantity(),
                    texts.money(line.paymentFen())), null, null));
        }
        List<Deadlines.Deadline> deadlines = Deadlines.of(new Deadlines.Facts(o.status(), o.deliveryType(),
                o.paidAt(), null, null, null));
        if (!deadlines.isEmpty() || o.hasOpenRefund()) {
            nodes.add(label(messages.get("orders.summary.deadlines"), "section-title", null));
        }
        for (Deadlines.Deadline d : deadlines) {
            nodes.add(label(texts.deadline(d, now), null, null));
        }
        if (o.hasOpenRefund()) {
            nodes.add(label(messages.get("orders.summary.openRefund"), "warning",
                    "orders-detail-refund"));
        }
        return nodes;
    }

    List<Node> cart(Cart cart) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(label(texts.cart(cart), "section-title", "orders-detail-title"));
        nodes.add(label(messages.format("orders.summary.cartTotal", texts.money(cart.totalFen())), null, null));
        String reasons = texts.splitReasons(cart);
        nodes.add(label(reasons.isEmpty() ? messages.get("orders.summary.notSplit")
                : messages.format("orders.summary.splitBecause", reasons), null, "orders-detail-split"));
        for (OrderSummary o : cart.orders()) {
            nodes.add(label(messages.format("orders.summary.cartOrder", o.orderId(), texts.status(o.status()),
                    texts.money(o.paymentFen())), null, null));
        }
        return nodes;
    }

    private static Label label(String text, String styleClass, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
