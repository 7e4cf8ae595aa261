package dev.wharf.orders;

import dev.wharf.orders.ActionRefusedException.Reason;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.sync.outbox.LocalCommands;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the seller does on one order: the rules are checked here against the order as the screen showed it (with
 * a specific {@link ActionRefusedException}), then the change goes through {@link LocalCommands} (local effect and
 * outbox entry in one transaction, which checks the status again against the database). Blocks on the database:
 * call off the JavaFX thread.
 */
public final class OrderActions {
    private final LocalCommands commands;
    private final OrderDetailQueries queries;

    public OrderActions(LocalCommands commands, OrderDetailQueries queries) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** Cancels an order not yet accepted, with a reason. */
    public long cancel(OrderDetail order, String reason) {
        if (!order.canCancel()) {
            throw new ActionRefusedException(Reason.CANCEL_AFTER_ACCEPT, "order " + order.orderId()
                    + " can no longer be cancelled (status " + order.status() + "): only before it is accepted");
        }
        return commands.cancelOrder(order.orderId(), requireReason(reason));
    }

    /** A new receiver, while the order awaits shipment (status 2 or 17). */
    public long changeAddress(OrderDetail order, OrderDetail.Receiver r) {
        if (!order.canChangeAddress()) {
            throw new ActionRefusedException(Reason.ADDRESS_NOT_AWAITING_SHIPMENT, "the address of order "
                    + order.orderId() + " can change only while it awaits shipment (status " + order.status() + ")");
        }
        if (blank(r.name()) || blank(r.address()) || blank(r.mobile()) && blank(r.phone())) {
            throw new ActionRefusedException(Reason.ADDRESS_INCOMPLETE, "receiver name, address and a phone number "
                    + "are required");
        }
        return commands.changeAddress(new AddressUpdateRequest(Long.parseLong(order.orderId()), r.name().strip(),
                strip(r.state()), r.address().strip(), strip(r.zip()), strip(r.mobile()), strip(r.phone())));
    }

    /**
     * Approves an open refund for the amount the user confirmed: it must be the amount the buyer asked for, as the
     * screen showed it ({@code confirmedFen}); the platform refunds exactly that and it cannot change afterwards.
     */
    public long approveRefund(OrderDetail.Refund refund, long confirmedFen) {
        requireOpen(refund);
        if (confirmedFen != refund.amountFen()) {
            throw new ActionRefusedException(Reason.REFUND_AMOUNT_CHANGED, "refund " + refund.refundId()
                    + ": the confirmed amount differs from the amount asked");
        }
        return commands.approveRefund(refund.refundId(), BigDecimal.valueOf(confirmedFen, 2));
    }

    /** Rejects an open refund; a reason is required. */
    public long rejectRefund(OrderDetail.Refund refund, String reason) {
        requireOpen(refund);
        return commands.rejectRefund(refund.refundId(), requireReason(reason));
    }

    /** The seller's memo (blank clears it), sent to the platform through the outbox. */
    public long saveMemo(OrderDetail order, String memo) {
        String text = memo == null ? "" : memo.strip();
        if (text.codePointCount(0, text.length()) > OrderRules.MEMO_MAX) {
            throw new ActionRefusedException(Reason.MEMO_TOO_LONG, "the memo is longer than " + OrderRules.MEMO_MAX
                    + " characters");
        }
        return commands.updateMemo(order.orderId(), text);
    }

    /** The colour flag (null clears it): local only. */
    public void setColorFlag(OrderDetail order, ColorFlag flag) {
        if (!queries.setColorFlag(order.orderId(), flag)) {
            throw new IllegalArgumentException("order " + order.orderId() + " is not in the shop");
        }
    }

    private static void requireOpen(OrderDetail.Refund refund) {
        if (!refund.open()) {
            throw new ActionRefusedException(Reason.REFUND_NOT_OPEN, "refund " + refund.refundId()
                    + " was already decided");
        }
    }

    private static String requireReason(String reason) {
        if (blank(reason)) {
            throw new ActionRefusedException(Reason.REASON_REQUIRED, "a reason is required");
        }
        return reason.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
