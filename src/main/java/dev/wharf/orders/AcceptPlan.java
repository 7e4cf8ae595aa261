package dev.wharf.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What batch accept would do with the selected orders, before anything is written.
 *
 * @param orders    every selected order with its verdict, in the order selected
 * @param shortages the SKUs whose local stock does not cover every selected order that needs them
 * @param shortCarts carts with at least one order short of stock: the user chooses per cart
 * @param unknownStock SKU keys named by lines that are not in the local catalogue (not checked, accepted)
 */
public record AcceptPlan(List<PlannedOrder> orders, List<Shortage> shortages, List<ShortCart> shortCarts,
                         List<String> unknownStock) {

    /** What happens to one selected order. */
    public enum Verdict {
        /** Awaiting accept and covered by stock. */
        READY,
        /** Awaiting accept, but at least one of its SKUs is short: never accepted by the batch. */
        SHORT,
        /** Not awaiting accept (already accepted, cancelled…): skipped. */
        NOT_AWAITING,
        /** Not in the local shop: skipped. */
        NOT_FOUND
    }

    /** The user's choice for a cart with a short order. */
    public enum CartChoice {
        /** Accept the cart's orders that are covered; the short ones stay awaiting acceptance. */
        ACCEPT_REST,
        /** Accept none of the cart's orders now (the default: nothing is sent unless the user says so). */
        HOLD
    }

    public record PlannedOrder(String orderId, String tradeId, Verdict verdict, int status) {
    }

    /** @param demand units the selected orders need; {@code stock} units on hand locally */
    public record Shortage(String skuKey, String title, int stock, int demand) {
    }

    /** A cart with short orders and the orders of it that could be accepted. */
    public record ShortCart(String tradeId, List<String> shortOrders, List<String> readyOrders) {
    }

    public AcceptPlan {
        orders = List.copyOf(orders);
        shortages = List.copyOf(shortages);
        shortCarts = List.copyOf(shortCarts);
        unknownStock = List.copyOf(unknownStock);
    }

    public long count(Verdict v) {
        return orders.stream().filter(o -> o.verdict() == v).count();
    }

    /**
     * The orders to accept under the user's choices: every READY order, except those of short carts the user holds.
     * A short cart without a choice is held.
     */
    public List<String> toAccept(Map<String, CartChoice> choices) {
        java.util.Set<String> held = new java.util.HashSet<>();
        for (ShortCart c : shortCarts) {
            if (choices.getOrDefault(c.tradeId(), CartChoice.HOLD) == CartChoice.HOLD) {
                held.add(c.tradeId());
            }
        }
        List<String> out = new ArrayList<>();
        for (PlannedOrder o : orders) {
            if (o.verdict() == Verdict.READY && !held.contains(o.tradeId())) {
                out.add(o.orderId());
            }
        }
        return out;
    }
}
