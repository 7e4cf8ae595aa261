package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a buyer submits at checkout: one payment for all its lines, which the platform splits into orders.
 *
 * @param buyerId the platform's buyer id
 * @param lines at least one line; each SKU at most once (a second piece of a SKU is a larger quantity)
 */
public record Cart(String buyerId, List<CartLine> lines) {

    public Cart {
        buyerId = CartLine.requireText(buyerId, "buyerId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("cart of buyer " + buyerId + " has no lines");
        }
        Set<String> skus = new HashSet<>();
        for (CartLine line : lines) {
            if (!skus.add(line.skuId())) {
                throw new IllegalArgumentException("SKU " + line.skuId() + " appears twice in the cart of buyer "
                        + buyerId + "; a cart holds each SKU once, with its quantity");
            }
        }
    }

    /** Sum of the line totals, scale 2. */
    public BigDecimal total() {
        return Money.sum(lines.stream().map(CartLine::lineTotal).toList());
    }
}
