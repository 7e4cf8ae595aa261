package dev.wharf.orders;

import java.util.List;

/**
 * The status tabs of the orders list. Each tab is a fixed set of orders; the filters narrow it further.
 */
public enum OrderTab {
    /** Paid, waiting for the seller to accept (status 2). */
    AWAITING_ACCEPT("awaitingAccept", List.of(OrderStatus.AWAITING_ACCEPT)),
    /** Accepted, not yet shipped (status 17). */
    AWAITING_SHIPMENT("awaitingShipment", List.of(OrderStatus.ACCEPTED)),
    /**
     * Consolidated (拼邮, delivery type 7) orders whose international leg is shipped (status 3) and whose domestic leg
     * is not yet.
     */
    DOMESTIC_LEG_PENDING("domesticLegPending", List.of(OrderStatus.SHIPPED)),
    /** Shipped (status 3). */
    SHIPPED("shipped", List.of(OrderStatus.SHIPPED)),
    /** Received by the buyer (status 4). */
    RECEIVED("received", List.of(OrderStatus.RECEIVED)),
    /** Orders with a refund request awaiting the seller's decision, whatever their status. */
    REFUNDS_OPEN("refundsOpen", List.of()),
    /** Orders with any refund request, open or handled. */
    REFUNDS_ALL("refundsAll", List.of()),
    /** Cancelled by the buyer, the seller or the system (12, 13, 14/18). */
    CANCELLED("cancelled", List.of(OrderStatus.CANCELLED_BY_BUYER, OrderStatus.CANCELLED_BY_SELLER,
            OrderStatus.CANCELLED_BY_SYSTEM)),
    /** Every order. */
    ALL("all", List.of());

    private final String id;
    private final List<OrderStatus> statuses;

    OrderTab(String id, List<OrderStatus> statuses) {
        this.id = id;
        this.statuses = statuses;
    }

    /** Stable id: bundle keys ({@code orders.tab.<id>}), the command line's {@code --status}, node ids. */
    public String id() {
        return id;
    }

    /** The statuses the tab is limited to; empty for tabs not defined by status alone. */
    public List<OrderStatus> statuses() {
        return statuses;
    }

    /** The tab with this id (case-insensitive, '-' and '_' ignored), e.g. "awaiting-accept" or "refundsOpen". */
    public static java.util.Optional<OrderTab> ofId(String text) {
        String wanted = text == null ? "" : text.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        for (OrderTab t : values()) {
            if (t.id.toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
