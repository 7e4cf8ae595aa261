package dev.wharf.orders;

import java.time.Instant;
import java.util.List;

/**
 * One order as the detail screen shows it: amounts in fen, instants UTC (null when not reached), the items, refund
 * requests, delivery legs and the order's changes still waiting in the outbox or refused there.
 */
public record OrderDetail(String orderId, String tradeId, int status, String buyerId, Amounts amounts,
                          Instant orderedAt, Instant paidAt, Instant acceptedAt, Instant shippedAt, Instant receivedAt,
                          Instant cancelledAt, String buyerRemark, String sellerMemo, Integer colorFlag,
                          Receiver receiver, List<String> idNumbers, boolean hasIdCard, List<Item> items,
                          List<Refund> refunds, List<Delivery> deliveries, List<PendingChange> pendingChanges) {

    public OrderDetail {
        items = List.copyOf(items);
        refunds = List.copyOf(refunds);
        deliveries = List.copyOf(deliveries);
        pendingChanges = List.copyOf(pendingChanges);
        idNumbers = List.copyOf(idNumbers);
    }

    /**
     * The money of the order, fen: what it came to, the discounts (platform coupon, seller coupon, seller promotion,
     * seller adjustment), shipping, and what the buyer paid.
     */
    public record Amounts(long amountFen, long platformCouponFen, long sellerCouponFen, long sellerPromotionFen,
                          long sellerAdjustFen, long shippingFen, long paidFen) {
    }

    public record Receiver(String name, String state, String address, String zip, String mobile, String phone) {
    }

    /** An order line; {@code refundStatus} null when no refund touches it. */
    public record Item(String orderItemId, String title, String properties, int quantity, long priceFen,
                       long paymentFen, Integer refundStatus) {
    }

    /** A refund request; status -1 rejected, 0 open, 1 approved. */
    public record Refund(String refundId, String orderItemId, int status, long amountFen, Integer quantity,
                         String reason, String rejectReason, Instant requestedAt, Instant handledAt) {
        public boolean open() {
            return OrderRules.canDecideRefund(status);
        }
    }

    /** A delivery leg: 1 international, 2 domestic (拼邮). */
    public record Delivery(int leg, String companyCode, String trackingNumber, Instant deliveredAt) {
    }

    /** An outbox entry of this order (or one of its refunds) not yet confirmed: pending, sending or rejected. */
    public record PendingChange(long outboxId, String command, String state, String lastError, Instant createdAt) {
        public boolean refused() {
            return "rejected".equals(state);
        }
    }

    public boolean hasOpenRefund() {
        return refunds.stream().anyMatch(Refund::open);
    }

    public boolean canCancel() {
        return OrderRules.canCancel(status);
    }

    public boolean canChangeAddress() {
        return OrderRules.canChangeAddress(status);
    }
}
