package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits a cart into orders by the platform's rules (seller handbook, 码头大哥话跨境 10, "购物车"): a cart over the
 * amount limit (2000 RMB) becomes several orders, each accepted and shipped on its own; lines with different delivery
 * types go into different orders; a SKU stays in one order.
 *
 * <p>The algorithm, deterministic for any cart:
 * <ol>
 *   <li>Group the lines by delivery type.
 *   <li>Within a type, make packing items: the lines of one product form one item when there are several and they
 *       add up to at most the limit (the platform keeps the same product together where it can); otherwise each
 *       line is an item. A line is never divided: one SKU with its whole quantity stays in one order.
 *   <li>Pack the items first-fit decreasing: by item total, largest first, ties by the smallest SKU id; each item
 *       goes into the first order (in creation order) whose total stays within the limit with it, else into a new
 *       order. An item over the limit on its own therefore forms an order alone.
 * </ol>
 * Orders are listed by delivery type ascending, then in creation order; the lines of an order keep their cart
 * order.
 *
 * <p>Guarantees: every line is in exactly one order; each order has one delivery type; an order of two or more lines
 * is within the limit; the order totals add up to the cart total; a cart of one delivery type within the limit is one
 * order; within a delivery type at most one order is at most half the limit (no needless splitting). Reasons: {@link
 * SplitReason#DIFFERENT_DELIVERY_TYPES} exactly when the cart has two or more delivery types, {@link
 * SplitReason#OVER_AMOUNT_LIMIT} exactly when some delivery type has two or more lines adding up to more than the
 * limit.
 */
public final class CartSplitter {

    /** The platform's limit for one order: 2000.00 RMB. */
    public static final BigDecimal DEFAULT_LIMIT = new BigDecimal("2000.00");

    private final BigDecimal limit;

    /** A splitter with the platform's limit of 2000.00 RMB. */
    public CartSplitter() {
        this(DEFAULT_LIMIT);
    }

    /** A splitter with another limit per order (positive, at most 2 decimals). */
    public CartSplitter(BigDecimal limit) {
        this.limit = Money.of(limit, "limit");
        if (this.limit.signum() <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public BigDecimal limit() {
        return limit;
    }

    /** The orders this cart becomes, and why it was split. */
    public SplitResult split(Cart cart) {
        Map<String, Integer> cartPosition = new HashMap<>();
        Map<Integer, List<CartLine>> byType = new TreeMap<>();
        for (CartLine line : cart.lines()) {
            cartPosition.put(line.skuId(), cartPosition.size());
            byType.computeIfAbsent(line.deliveryType(), type -> new ArrayList<>()).add(line);
        }
        Comparator<CartLine> inCartOrder = Comparator.comparing(line -> cartPosition.get(line.skuId()));

        List<SplitOrder> orders = new ArrayList<>();
        Set<SplitReason> reasons = EnumSet.noneOf(SplitReason.class);
        if (byType.size() > 1) {
            reasons.add(SplitReason.DIFFERENT_DELIVERY_TYPES);
        }
        for (List<CartLine> lines : byType.values()) {
            List<Bin> bins = pack(items(lines));
            if (bins.size() > 1) {
                reasons.add(SplitReason.OVER_AMOUNT_LIMIT);
            }
            for (Bin bin : bins) {
                bin.lines.sort(inCartOrder);
                orders.add(SplitOrder.of(bin.lines));
            }
        }
        return new SplitResult(orders, reasons);
    }

    /** Lines of one delivery type as packing items: a product's lines together when they fit, else line by line. */
    private List<Item> items(List<CartLine> lines) {
        Map<String, List<CartLine>> byProduct = new LinkedHashMap<>();
        for (CartLine line : lines) {
            byProduct.computeIfAbsent(line.productId(), product -> new ArrayList<>()).add(line);
        }
        List<Item> items = new ArrayList<>();
        for (List<CartLine> productLines : byProduct.values()) {
            Item whole = new Item(productLines);
            if (productLines.size() > 1 && whole.total.compareTo(limit) <= 0) {
                items.add(whole);
            } else {
                productLines.forEach(line -> items.add(new Item(List.of(line))));
            }
        }
        items.sort(Comparator.comparing((Item item) -> item.total).reversed()
                .thenComparing(item -> item.smallestSkuId));
        return items;
    }

    private List<Bin> pack(List<Item> largestFirst) {
        List<Bin> bins = new ArrayList<>();
        for (Item item : largestFirst) {
            Bin target = null;
            for (Bin bin : bins) {
                if (bin.total.add(item.total).compareTo(limit) <= 0) {
                    target = bin;
                    break;
                }
            }
            if (target == null) {
                target = new Bin();
                bins.add(target);
            }
            target.add(item);
        }
        return bins;
    }

    private static final class Item {
        final List<CartLine> lines;
        final BigDecimal total;
        final String smallestSkuId;

        Item(List<CartLine> lines) {
            this.lines = lines;
            this.total = Money.sum(lines.stream().map(CartLine::lineTotal).toList());
            this.smallestSkuId = lines.stream().map(CartLine::skuId).min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private static final class Bin {
        final List<CartLine> lines = new ArrayList<>();
        BigDecimal total = Money.ZERO;

        void add(Item item) {
            lines.addAll(item.lines);
            total = total.add(item.total);
        }
    }
}
