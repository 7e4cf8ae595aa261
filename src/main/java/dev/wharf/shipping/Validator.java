package dev.wharf.shipping;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.shipping.ShippingFacts.OrderFacts;
import dev.wharf.shipping.ShippingFacts.TrackingUse;
import dev.wharf.spreadsheet.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that need the shop's state: the order exists and can ship on this leg, and tracking numbers are used as
 * the platform allows (a direct-mail or domestic number once, except by orders of one trade, or of one receiver,
 * shipped together; a 拼邮 international number on at most 50 orders). Rows are checked against the shop and
 * against each other, every rule per tracking number: a row may carry several (an order's parcels), and an order
 * may have several rows, which reach the platform as ONE deliver with all their numbers (decision 0011) — so when
 * one of an order's rows is refused, its other rows are refused with it.
 */
final class Validator {
    /** A 拼邮 international tracking number covers at most this many orders. */
    static final int CONSOLIDATED_MAX_ORDERS = 50;
    /** Rows whose orders are looked up in the shop at a time. */
    static final int FACTS_CHUNK = 10_000;
    private static final int ACCEPTED = 17;
    private static final int SHIPPED = 3;
    private static final int RECEIVED = 4;

    private final RowParser where;
    private final int orderCol;
    private final int trackCol;
    private final Leg leg;

    Validator(RowParser where, ColumnMapping mapping, Leg leg) {
        this.where = where;
        this.orderCol = mapping.columns().get(Field.ORDER_ID);
        this.trackCol = mapping.columns().get(Field.TRACKING);
        this.leg = leg;
    }

    /**
     * Checks the rows that passed {@link RowParser}; returns every row, in order, with its outcome. Kept lean for
     * files of 500,000 rows: a tracking number used by one row (nearly all of them) costs one map entry holding that
     * row's index; the orders are looked up {@value #FACTS_CHUNK} rows at a time, and only the facts of orders whose
     * number is shared (by several rows, or with the shop) are kept for the tracking-number rules. Each chunk is its
     * own read of the shop; should the shop change meanwhile, {@code deliverOrders} refuses the apply.
     */
    List<RowResult> validate(List<RowResult> rows, ShippingFacts facts, Progress progress) {
        Map<String, Object> byNumber = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowResult r = rows.get(i);
            if (r.valid()) {
                if (r.tracking().indexOf(',') < 0) {
                    byNumber.merge(r.tracking(), i, Validator::addIndex);
                } else {
                    for (String n : TrackingNumbers.split(r.tracking())) {
                        byNumber.merge(n, i, Validator::addIndex);
                    }
                }
            }
        }
        progress.checkCancelled();
        Map<String, List<TrackingUse>> used = facts.trackingUses(byNumber.keySet(), leg);
        progress.checkCancelled();

        List<RowResult> out = new ArrayList<>(rows);
        Map<String, OrderFacts> kept = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int from = 0; from < rows.size(); from += FACTS_CHUNK) {
            int to = Math.min(rows.size(), from + FACTS_CHUNK);
            ids.clear();
            for (int i = from; i < to; i++) {
                if (rows.get(i).valid()) {
                    ids.add(rows.get(i).orderId());
                }
            }
            Map<String, OrderFacts> orders = ids.isEmpty() ? Map.of() : facts.orders(ids);
            for (int i = from; i < to; i++) {
                RowResult r = rows.get(i);
                if (!r.valid()) {
                    continue;
                }
                OrderFacts o = orders.get(r.orderId());
                out.set(i, order(r, o));
                if (o != null && shared(r.tracking(), byNumber, used)) {
                    kept.put(o.orderId(), o);
                }
            }
            progress.checkCancelled();
        }
        Map<String, String> receivers = kept.isEmpty() ? Map.of() : facts.receivers(kept.keySet());
        for (Map.Entry<String, Object> e : byNumber.entrySet()) {
            List<TrackingUse> shop = used.getOrDefault(e.getKey(), List.of());
            if (e.getValue() instanceof int[] several) {
                tracking(e.getKey(), several, out, kept, receivers, shop);
            } else if (!shop.isEmpty()) {
                tracking(e.getKey(), new int[] {(Integer) e.getValue()}, out, kept, receivers, shop);
            }
        }
        parcels(out, where.parcelOrders());
        return out;
    }

    /** Whether any number of a row is shared, by several rows or with the shop. */
    private static boolean shared(String tracking, Map<String, Object> byNumber, Map<String, List<TrackingUse>> used) {
        if (tracking.indexOf(',') < 0) {
            return byNumber.get(tracking) instanceof int[] || used.containsKey(tracking);
        }
        for (String n : TrackingNumbers.split(tracking)) {
            if (byNumber.get(n) instanceof int[] || used.containsKey(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of an order with several rows ship together or not at all: one refused row refuses the others (else
     * the order would ship without that parcel, and a parcel cannot be added after shipping).
     */
    private void parcels(List<RowResult> out, Set<String> parcelOrders) {
        if (parcelOrders.isEmpty()) {
            return;
        }
        Map<String, Set<String>> validNumbers = new HashMap<>();
        for (RowResult r : out) {
            if (r.valid() && parcelOrders.contains(r.orderId())) {
                validNumbers.computeIfAbsent(r.orderId(), k -> new HashSet<>()).addAll(TrackingNumbers.split(r.tracking()));
            }
        }
        Map<String, Integer> refusedRow = new HashMap<>();
        for (RowResult r : out) {
            if (!r.valid() && parcelOrders.contains(r.orderId()) && !(r.problem() == Problem.DUPLICATE_ROW
                    && validNumbers.getOrDefault(r.orderId(), Set.of()).containsAll(TrackingNumbers.split(r.tracking())))) {
                // (a row repeating numbers its order ships with anyway loses no parcel)
                refusedRow.putIfAbsent(r.orderId(), r.row());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            RowResult r = out.get(i);
            Integer refused = r.valid() ? refusedRow.get(r.orderId()) : null;
            if (refused != null) {
                out.set(i, r.rejected(Problem.PARCEL_INCOMPLETE, where.at(r.row(), trackCol, "tracking number")
                        + "row " + refused + " of order " + r.orderId() + " is refused, and an order ships with all "
                        + "its parcels' numbers at once (a number cannot be added after shipping). Correct row "
                        + refused + " and import again, or delete the order's rows to ship it later."));
            }
        }
    }

    /** A map value: one row's index as an Integer, several as an int[] (in file order). */
    private static Object addIndex(Object had, Object added) {
        int[] before = had instanceof Integer one ? new int[] {one} : (int[]) had;
        int[] after = Arrays.copyOf(before, before.length + 1);
        after[before.length] = (Integer) added;
        return after;
    }

    private RowResult order(RowResult r, OrderFacts o) {
        String at = where.at(r.row(), orderCol, "order id");
        if (o == null) {
            return r.rejected(Problem.UNKNOWN_ORDER, at + "order " + r.orderId() + " is not in this shop. Check the "
                    + "number, or sync (it may be new) and import again.");
        }
        String state = switch (o.status()) {
            case 1 -> "is not paid yet";
            case 2 -> "is not accepted yet: accept it first";
            case 12, 13, 14, 18 -> "is cancelled: take it off the sheet";
            default -> null;
        };
        if (leg == Leg.INTERNATIONAL) {
            if (state == null && (o.status() == SHIPPED || o.status() == RECEIVED)) {
                state = "has already shipped" + (o.status() == RECEIVED ? " and been received" : "") + ": the "
                        + "platform takes all of an order's tracking numbers at once and no further parcel after "
                        + "shipping. Send this parcel under a number the order already ships with, or correct a "
                        + "number in the order itself (not by import)";
            }
        } else {
            if (!o.consolidated()) {
                return r.rejected(Problem.DOMESTIC_BEFORE_INTERNATIONAL, at + "order " + r.orderId() + " is not a 拼邮 "
                        + "(consolidated) order, so it has no domestic leg: import it as the international leg.");
            }
            if (o.status() == ACCEPTED) {
                return r.rejected(Problem.DOMESTIC_BEFORE_INTERNATIONAL, at + "the international leg of order "
                        + r.orderId() + " has not shipped yet. Import the international leg first, then this file.");
            }
            if (state == null && (o.status() == RECEIVED || o.domesticDelivered())) {
                state = "has already shipped its domestic leg (a further parcel cannot be added after shipping; "
                        + "correct a number in the order itself)";
            }
        }
        if (state == null && o.openRefund()) {
            state = "has a refund under review: handle the refund first (an order with an open refund cannot ship)";
        }
        if (state != null) {
            return r.rejected(Problem.NOT_SHIPPABLE, at + "order " + r.orderId() + " " + state + ".");
        }
        return r;
    }

    /** Who receives {@code o} (an order gone from the shop since its facts were read is a receiver of its own). */
    private static String receiver(Map<String, String> receivers, OrderFacts o) {
        return receivers.getOrDefault(o.orderId(), "order " + o.orderId());
    }

    /**
     * One tracking number: the rows using it in this file (indexes into {@code out}) and its uses in the shop;
     * {@code receivers} holds who receives each order in {@code orders}.
     */
    private void tracking(String number, int[] rowIndexes, List<RowResult> out, Map<String, OrderFacts> orders,
                          Map<String, String> receivers, List<TrackingUse> shop) {
        boolean consolidatedLeg = leg == Leg.INTERNATIONAL;
        Set<String> trades = new LinkedHashSet<>();
        Set<String> receiversHere = new HashSet<>();
        Set<String> shopOrders = new HashSet<>();
        boolean shopDirect = false;
        for (TrackingUse u : shop) {
            trades.add(u.tradeId());
            receiversHere.add(u.receiver());
            shopOrders.add(u.orderId());
            shopDirect |= !u.consolidated();
        }
        Map<String, Integer> fileOrders = new HashMap<>();
        Map<String, Integer> rowOfOrder = rowIndexes.length > 1 ? new HashMap<>() : Map.of();
        for (int i : rowIndexes) {
            RowResult r = out.get(i);
            if (!r.valid()) {
                continue;
            }
            OrderFacts o = orders.get(r.orderId());
            boolean singleUse = !(consolidatedLeg && o.consolidated());
            String at = where.at(r.row(), trackCol, "tracking number");
            Integer first = rowIndexes.length > 1 ? rowOfOrder.putIfAbsent(r.orderId(), r.row()) : null;
            if (first != null) {
                out.set(i, r.rejected(Problem.DUPLICATE_ROW, at + "order " + r.orderId() + " with " + number
                        + " is already on row " + first + ". Delete one of the two rows."));
                continue;
            }
            if (shopOrders.contains(r.orderId())) {
                out.set(i, r.rejected(Problem.DUPLICATE_ROW, at + "order " + r.orderId() + " already ships with "
                        + number + " in the shop. Delete this row."));
                continue;
            }
            if (singleUse) {
                boolean otherTrade = trades.stream().anyMatch(t -> !t.equals(o.tradeId()));
                String receiver = receiver(receivers, o);
                boolean otherReceiver = receiversHere.stream().anyMatch(x -> !x.equals(receiver));
                if (otherTrade && otherReceiver || !shop.isEmpty() && consolidatedLeg && !shopDirect) {
                    String whose = shop.stream().filter(u -> !u.tradeId().equals(o.tradeId())).map(TrackingUse::orderId)
                            .findFirst().map(id -> "order " + id + " in the shop")
                            .orElseGet(() -> "an order of another cart and receiver earlier in this file");
                    out.set(i, r.rejected(Problem.TRACKING_REUSED, at + number + " is already used by " + whose
                            + ". A direct-mail tracking number ships one order, or orders shipped together of one "
                            + "cart or to one receiver (name, phone and address alike). Check the number."));
                    continue;
                }
                trades.add(o.tradeId());
                receiversHere.add(receiver(receivers, o));
                if (consolidatedLeg) {
                    shopDirect = true;
                }
            } else {
                if (shopDirect) {
                    out.set(i, r.rejected(Problem.TRACKING_REUSED, at + number + " is already used for a direct-mail "
                            + "order; a 拼邮 international number cannot be shared with one. Check the number."));
                    continue;
                }
                fileOrders.putIfAbsent(r.orderId(), r.row());
                Set<String> all = new HashSet<>(shopOrders);
                all.addAll(fileOrders.keySet());
                if (all.size() > CONSOLIDATED_MAX_ORDERS) {
                    fileOrders.remove(r.orderId());
                    out.set(i, r.rejected(Problem.CONSOLIDATED_LIMIT, at + "the 拼邮 international number " + number
                            + " would cover more than " + CONSOLIDATED_MAX_ORDERS + " orders (" + shopOrders.size()
                            + " in the shop already). Ship the rest under another international tracking number."));
                    continue;
                }
                trades.add(o.tradeId());
                receiversHere.add(receiver(receivers, o));
            }
        }
    }
}
