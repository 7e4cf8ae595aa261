package dev.wharf.orders.ui;

import dev.wharf.orders.OrderDetail;
import dev.wharf.ui.i18n.Messages;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The refund requests of the order detail: each with its amount and state, and Approve / Reject while open. */
final class RefundRows {
    private RefundRows() {
    }

    static VBox row(OrderDetail.Refund r, Messages m, ZoneId zone, Consumer<OrderDetail.Refund> approve,
                    BiConsumer<OrderDetail.Refund, String> reject) {
        Label text = new Label(m.format("orders.detail.refund", r.refundId(), Formats.money(r.amountFen()),
                r.reason() == null ? "" : r.reason(), Formats.time(r.requestedAt(), zone),
                m.get("orders.refund.status." + (r.status() == 0 ? "open" : r.status() == 1 ? "approved" : "rejected"))));
        text.setWrapText(true);
        text.setId("refund-text-" + r.refundId());
        VBox box = new VBox(4, text);
        box.getStyleClass().add("refund-row");
        if (r.rejectReason() != null && !r.open()) {
            box.getChildren().add(new Label(m.format("orders.detail.refund.rejectReason", r.rejectReason())));
        }
        if (r.open()) {
            Button approveButton = new Button(m.format("orders.detail.refund.approve", Formats.money(r.amountFen())));
            approveButton.setId("refund-approve-" + r.refundId());
            approveButton.setOnAction(e -> approve.accept(r));
            TextField reason = new TextField();
            reason.setId("refund-reason-" + r.refundId());
            reason.setPromptText(m.get("orders.detail.refund.reason"));
            reason.setPrefColumnCount(22);
            Button rejectButton = new Button(m.get("orders.detail.refund.reject"));
            rejectButton.setId("refund-reject-" + r.refundId());
            rejectButton.setOnAction(e -> reject.accept(r, reason.getText()));
            box.getChildren().add(new HBox(10, approveButton, reason, rejectButton));
        }
        return box;
    }
}
