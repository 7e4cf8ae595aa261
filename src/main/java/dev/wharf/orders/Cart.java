package dev.wharf.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shopping cart (trade) as the list shows it: the orders the platform split it into.
 *
 * <p>The split reasons are derived from the orders (the platform does not send them), by the rules the platform
 * splits with (seller handbook, 码头大哥话跨境 10; the sandbox's {@code CartSplitter} applies the same rules):
 * <ul>
 *   <li>{@link SplitReason#DIFFERENT_DELIVERY_TYPES} when the orders have two or more delivery types;
 *   <li>{@link SplitReason#OVER_AMOUNT_LIMIT} when one delivery type has two or more orders — within one type the
 *       platform splits only a cart over {@link #AMOUNT_LIMIT_FEN} (2000 RMB), so that is the reason even when
 *       discounts took the paid total below it.
 * </ul>
 * A cart of one order has no reason. Orders of unknown delivery type count as neither.
 *
 * @param tradeId the trade id
 * @param orders  its orders, most urgent first
 */
public record Cart(String tradeId, List<OrderSummary> orders) {
    /** The platform's amount limit of one order: 2000.00 RMB. */
    public static final long AMOUNT_LIMIT_FEN = 200_000;

    public Cart {
        orders = List.copyOf(orders);
    }

    /** What the buyer paid for the whole cart, in fen. */
    public long totalFen() {
        return orders.stream().mapToLong(OrderSummary::paymentFen).sum();
    }

    /** The cart total in RMB. */
    public BigDecimal total() {
        return BigDecimal.valueOf(totalFen(), 2);
    }

    public Set<SplitReason> splitReasons() {
        return splitReasons(orders);
    }

    /** The orders still awaiting acceptance: what accepting the whole cart accepts. */
    public List<String> awaitingAcceptOrderIds() {
        return orders.stream().filter(OrderSummary::awaitingAccept).map(OrderSummary::orderId).toList();
    }

    /** The split reasons of a cart's orders (see the class comment). */
    public static Set<SplitReason> splitReasons(List<OrderSummary> orders) {
        Set<SplitReason> reasons = EnumSet.noneOf(SplitReason.class);
        Map<Integer, Integer> perType = new HashMap<>();
        for (OrderSummary o : orders) {
            if (o.deliveryType() != null) {
                perType.merge(o.deliveryType(), 1, Integer::sum);
            }
        }
        if (perType.size() > 1) {
            reasons.add(SplitReason.DIFFERENT_DELIVERY_TYPES);
        }
        if (perType.values().stream().anyMatch(n -> n > 1)) {
            reasons.add(SplitReason.OVER_AMOUNT_LIMIT);
        }
        return reasons;
    }

    /**
     * Groups orders into carts by trade id, keeping the order of each trade's first order; within a cart the
     * orders keep their given order.
     */
    public static List<Cart> group(List<OrderSummary> orders) {
        Map<String, List<OrderSummary>> byTrade = new LinkedHashMap<>();
        for (OrderSummary o : orders) {
            byTrade.computeIfAbsent(o.tradeId(), k -> new ArrayList<>()).add(o);
        }
        List<Cart> carts = new ArrayList<>(byTrade.size());
        byTrade.forEach((trade, list) -> carts.add(new Cart(trade, list)));
        return carts;
    }
}
