package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The orders a cart became. They share one payment (the platform's {@code trade_id}).
 *
 * @param orders at least one order
 * @param reasons why the cart was split; empty exactly when there is one order. Iterates in declaration order of
 *     {@link SplitReason}.
 */
public record SplitResult(List<SplitOrder> orders, Set<SplitReason> reasons) {

    public SplitResult {
        orders = List.copyOf(orders);
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a cart becomes at least one order");
        }
        EnumSet<SplitReason> copy = EnumSet.noneOf(SplitReason.class);
        copy.addAll(reasons);
        if (copy.isEmpty() != (orders.size() == 1)) {
            throw new IllegalArgumentException(
                    "a split needs a reason and only a split has one: " + orders.size() + " orders, reasons " + copy);
        }
        // Not Set.copyOf: its iteration order changes from one JVM run to the next.
        reasons = Collections.unmodifiableSet(copy);
    }

    /** True when the cart became two or more orders. */
    public boolean isSplit() {
        return orders.size() > 1;
    }

    /** Sum of the order totals, which is the cart total. */
    public BigDecimal total() {
        return Money.sum(orders.stream().map(SplitOrder::total).toList());
    }
}
