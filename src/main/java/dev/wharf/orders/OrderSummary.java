package dev.wharf.orders;

import java.time.Instant;
import java.util.List;

/**
 * One order as the list shows it. No phone or ID numbers: the list never shows them.
 *
 * @param orderId        platform order id
 * @param tradeId        the cart (trade) it was split from
 * @param status         platform status code
 * @param deliveryType   platform delivery type, or null when unknown
 * @param amountFen      goods amount in fen
 * @param paymentFen     what the buyer paid in fen
 * @param orderedAt      when the buyer ordered
 * @param paidAt         when the buyer paid, or null
 * @param dueAt          the seller's nearest deadline, or null
 * @param urgency        the sort key (see {@link OrderCursor})
 * @param receiverName   receiver
 * @param buyerId        buyer
 * @param buyerRemark    the buyer's remark, or null
 * @param colorFlag      the local colour flag, or null
 * @param refundState    0 none, 1 handled, 2 open
 * @param matches        whether the order matches the list's filter (a cart also shows its other orders)
 * @param lines          the items
 */
public record OrderSummary(String orderId, String tradeId, int status, Integer deliveryType, long amountFen,
                           long paymentFen, Instant orderedAt, Instant paidAt, Instant dueAt, long urgency,
                           String receiverName, String buyerId, String buyerRemark, Integer colorFlag,
                           int refundState, boolean matches, List<OrderLine> lines) {
    public OrderSummary {
        lines = List.copyOf(lines);
    }

    public boolean awaitingAccept() {
        return status == OrderStatus.AWAITING_ACCEPT.code();
    }

    public boolean hasOpenRefund() {
        return refundState == 2;
    }

    public OrderCursor cursor() {
        return new OrderCursor(urgency, orderId);
    }
}
