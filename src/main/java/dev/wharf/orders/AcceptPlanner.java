package dev.wharf.orders;

import dev.wharf.orders.AcceptPlan.PlannedOrder;
import dev.wharf.orders.AcceptPlan.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans a batch accept (pure): checks local stock for every SKU across all selected orders and finds the carts
 * where some orders are short.
 *
 * <p>Stock is given to orders first come, first served: by payment time (then order id), an order takes stock only
 * if EVERY one of its lines can be covered by what is left; otherwise it is {@link Verdict#SHORT} and takes nothing,
 * so a later, smaller order may still be covered. An order is accepted whole or not at all (the platform accepts
 * per order). A SKU is listed as a shortage when the selected orders together need more than its stock.
 */
public final class AcceptPlanner {

    private AcceptPlanner() {
    }

    /**
     * @param requested the selected order ids, in the user's order (duplicates ignored)
     * @param lines     the lines of those orders that are in the shop (orders without lines count as READY if paid)
     * @param stock     local stock per SKU key; a key absent here is "unknown stock" and not checked
     */
    public static AcceptPlan plan(List<String> requested, List<AcceptLine> lines, Map<String, Integer> stock) {
        Map<String, List<AcceptLine>> byOrder = new LinkedHashMap<>();
        for (AcceptLine l : lines) {
            byOrder.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l);
        }
        Set<String> ids = new LinkedHashSet<>(requested);
        Map<String, Integer> left = new HashMap<>(stock);
        Map<String, Integer> demand = new TreeMap<>();
        Map<String, String> titles = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Verdict> verdicts = new HashMap<>();

        List<String> awaiting = new ArrayList<>();
        for (String id : ids) {
            List<AcceptLine> ls = byOrder.get(id);
            if (ls == null) {
                verdicts.put(id, Verdict.NOT_FOUND);
            } else if (!OrderRules.canAccept(ls.get(0).status())) {
                verdicts.put(id, Verdict.NOT_AWAITING);
            } else {
                awaiting.add(id);
            }
        }
        awaiting.sort(Comparator.comparingLong((String id) -> byOrder.get(id).get(0).paidAt())
                .thenComparing(AcceptPlanner::numericOrder));
        for (String id : awaiting) {
            Map<String, Integer> need = new HashMap<>();
            for (AcceptLine l : byOrder.get(id)) {
                if (l.skuKey() == null) {
                    continue;
                }
                if (!stock.containsKey(l.skuKey())) {
                    unknown.add(l.skuKey());
                    continue;
                }
                need.merge(l.skuKey(), l.quantity(), Integer::sum);
                demand.merge(l.skuKey(), l.quantity(), Integer::sum);
                titles.putIfAbsent(l.skuKey(), l.title());
            }
            boolean covered = need.entrySet().stream().allMatch(e -> left.get(e.getKey()) >= e.getValue());
            if (covered) {
                need.forEach((sku, q) -> left.merge(sku, -q, Integer::sum));
                verdicts.put(id, Verdict.READY);
            } else {
                verdicts.put(id, Verdict.SHORT);
            }
        }

        List<PlannedOrder> planned = new ArrayList<>();
        Map<String, List<String>> shortByCart = new LinkedHashMap<>();
        Map<String, List<String>> readyByCart = new HashMap<>();
        for (String id : ids) {
            List<AcceptLine> ls = byOrder.get(id);
            String trade = ls == null ? null : ls.get(0).tradeId();
            Verdict v = verdicts.get(id);
            planned.add(new PlannedOrder(id, trade, v, ls == null ? 0 : ls.get(0).status()));
            if (v == Verdict.SHORT) {
                shortByCart.computeIfAbsent(trade, k -> new ArrayList<>()).add(id);
            } else if (v == Verdict.READY) {
                readyByCart.computeIfAbsent(trade, k -> new ArrayList<>()).add(id);
            }
        }
        List<AcceptPlan.ShortCart> carts = new ArrayList<>();
        shortByCart.forEach((trade, shortIds) -> carts.add(new AcceptPlan.ShortCart(trade, shortIds,
                readyByCart.getOrDefault(trade, List.of()))));
        List<AcceptPlan.Shortage> shortages = new ArrayList<>();
        demand.forEach((sku, d) -> {
            int s = stock.get(sku);
            if (d > s) {
                shortages.add(new AcceptPlan.Shortage(sku, titles.get(sku), s, d));
            }
        });
        return new AcceptPlan(planned, shortages, carts, List.copyOf(unknown));
    }

    /**
     * Plans with the user's choices for short carts: a held cart (the default) accepts nothing, so its orders take no
     * stock and other carts of the selection that were short may become acceptable. Held carts stay listed as short
     * carts, as first found, so the user can still choose "accept the rest". Releasing stock can make another cart
     * short (an earlier order that took nothing may now be covered), so carts are held one at a time, the one whose
     * short order is first in line for the stock first, and the rest planned again, until no short cart is left
     * that the user did not choose to "accept the rest" of.
     */
    public static AcceptPlan plan(List<String> requested, List<AcceptLine> lines, Map<String, Integer> stock,
                                  Map<String, AcceptPlan.CartChoice> choices) {
        Map<String, String> tradeOf = new HashMap<>();
        Map<String, Long> paidAt = new HashMap<>();
        for (AcceptLine l : lines) {
            tradeOf.putIfAbsent(l.orderId(), l.tradeId());
            paidAt.putIfAbsent(l.orderId(), l.paidAt());
        }
        Comparator<String> priority = Comparator.comparingLong((String id) -> paidAt.getOrDefault(id, 0L))
                .thenComparing(AcceptPlanner::numericOrder);
        Map<String, AcceptPlan.ShortCart> held = new LinkedHashMap<>();
        Map<String, PlannedOrder> heldOrders = new HashMap<>();
        AcceptPlan first = plan(requested, lines, stock);
        AcceptPlan p = first;
        while (true) {
            // hold one cart at a time, the one whose short order comes first in the stock's order, then plan again:
            // what it frees may make the other short carts acceptable
            Optional<AcceptPlan.ShortCart> next = p.shortCarts().stream()
                    .filter(c -> !held.containsKey(c.tradeId())
                            && choices.getOrDefault(c.tradeId(), AcceptPlan.CartChoice.HOLD)
                                    == AcceptPlan.CartChoice.HOLD)
                    .min(Comparator.comparing(c -> c.shortOrders().stream().min(priority).orElseThrow(), priority));
            if (next.isEmpty()) {
                break;
            }
            AcceptPlan.ShortCart c = next.get();
            held.put(c.tradeId(), c);
            p.orders().stream().filter(o -> c.tradeId().equals(o.tradeId()))
                    .forEach(o -> heldOrders.put(o.orderId(), o));
            List<String> rest = requested.stream().filter(id -> !held.containsKey(tradeOf.get(id))).toList();
            p = plan(rest, lines, stock);
        }
        if (held.isEmpty()) {
            return p;
        }
        Map<String, PlannedOrder> others = new HashMap<>();
        p.orders().forEach(o -> others.put(o.orderId(), o));
        List<PlannedOrder> planned = new ArrayList<>();
        for (String id : new LinkedHashSet<>(requested)) {
            planned.add(heldOrders.containsKey(id) ? heldOrders.get(id) : others.get(id));
        }
        List<AcceptPlan.ShortCart> carts = new ArrayList<>(held.values());
        carts.addAll(p.shortCarts());
        List<String> firstOrder = first.shortCarts().stream().map(AcceptPlan.ShortCart::tradeId).toList();
        carts.sort(Comparator.comparingInt(c -> firstOrder.contains(c.tradeId()) ? firstOrder.indexOf(c.tradeId())
                : Integer.MAX_VALUE)); // as first listed; carts made short by a release last (stable)
        return new AcceptPlan(planned, first.shortages(), carts, first.unknownStock());
    }

    private static long numericOrder(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
