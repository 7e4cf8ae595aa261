package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * One order made from a cart: accepted and shipped on its own by the seller.
 *
 * @param lines at least one line, all of {@code deliveryType}, in the order they had in the cart
 * @param deliveryType the delivery type of every line
 * @param total sum of the line totals, scale 2
 */
public record SplitOrder(List<CartLine> lines, int deliveryType, BigDecimal total) {

    public SplitOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        DeliveryTypes.require(deliveryType);
        for (CartLine line : lines) {
            if (line.deliveryType() != deliveryType) {
                throw new IllegalArgumentException("SKU " + line.skuId() + " has delivery type "
                        + line.deliveryType() + " in an order of delivery type " + deliveryType);
            }
        }
        total = Money.of(total, "total");
        BigDecimal sum = Money.sum(lines.stream().map(CartLine::lineTotal).toList());
        if (total.compareTo(sum) != 0) {
            throw new IllegalArgumentException("order total " + total + " is not the sum of its lines " + sum);
        }
    }

    /** An order of these lines (all of one delivery type), with their total. */
    public static SplitOrder of(List<CartLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        return new SplitOrder(lines, lines.get(0).deliveryType(),
                Money.sum(lines.stream().map(CartLine::lineTotal).toList()));
    }
}
