package dev.wharf.orders;

/**
 * What may be done with an order in its status (order-management rules): cancel only before accepting (unpaid or
 * awaiting accept); change the address only while awaiting shipment (awaiting accept or accepted); decide a refund
 * only while it is open; an open refund blocks shipping.
 */
public final class OrderRules {
    /** The longest seller memo Wharf sends. */
    public static final int MEMO_MAX = 500;

    private OrderRules() {
    }

    public static boolean canCancel(int status) {
        return status == OrderStatus.UNPAID.code() || status == OrderStatus.AWAITING_ACCEPT.code();
    }

    public static boolean canChangeAddress(int status) {
        return status == OrderStatus.AWAITING_ACCEPT.code() || status == OrderStatus.ACCEPTED.code();
    }

    /** A refund under review (0) can be approved or rejected; approved (1) and rejected (-1) are final. */
    public static boolean canDecideRefund(int refundStatus) {
        return refundStatus == 0;
    }

    /** An order with an open refund cannot ship. */
    public static boolean canShip(int status, boolean hasOpenRefund) {
        return status == OrderStatus.ACCEPTED.code() && !hasOpenRefund;
    }

    public static boolean canAccept(int status) {
        return status == OrderStatus.AWAITING_ACCEPT.code();
    }
}
