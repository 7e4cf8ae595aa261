package dev.wharf.shipping;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.shipping.ImportLog.AppliedRow;
import dev.wharf.sync.outbox.LocalCommands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid rows into deliver items, applied in one {@link LocalCommands#deliverOrders} call: one item per order and leg,
 * whose {@code tracking_number} joins all the order's numbers with commas (the platform takes an order's parcels at
 * once, and no further one after shipping). Shared by the import and the merged shipment from the orders list.
 */
final class Deliveries {
    private Deliveries() {
    }

    /**
     * Applies {@code valid} (validated rows, file order); {@code parcelOrders} names the orders with several rows.
     * Returns each row with the outbox entry carrying it and the numbers its order ships with.
     */
    static List<AppliedRow> apply(LocalCommands commands, List<RowResult> valid, Set<String> parcelOrders, Leg leg) {
        Boolean domestic = leg == Leg.DOMESTIC ? Boolean.TRUE : null;
        List<DeliverOrder> deliveries = new ArrayList<>(valid.size());
        int[] itemOfRow = new int[valid.size()];
        Map<String, Integer> itemOfOrder = new HashMap<>();
        Map<Integer, Set<String>> numbers = new HashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            RowResult r = valid.get(i);
            Integer item = parcelOrders.contains(r.orderId()) ? itemOfOrder.get(r.orderId()) : null;
            if (item == null) {
                item = deliveries.size();
                deliveries.add(new DeliverOrder(Long.parseLong(r.orderId()), r.carrierCode(), r.tracking(), domestic));
                if (parcelOrders.contains(r.orderId())) {
                    itemOfOrder.put(r.orderId(), item);
                    numbers.put(item, new LinkedHashSet<>(TrackingNumbers.split(r.tracking())));
                }
            } else {
                numbers.get(item).addAll(TrackingNumbers.split(r.tracking()));
            }
            itemOfRow[i] = item;
        }
        numbers.forEach((item, all) -> {
            DeliverOrder d = deliveries.get(item);
            deliveries.set(item, new DeliverOrder(d.orderId(), d.logisticsCompanyId(), TrackingNumbers.join(all),
                    d.isDomesticDelivery()));
        });
        List<Long> outbox = commands.deliverOrders(deliveries);
        List<AppliedRow> applied = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            RowResult r = valid.get(i);
            DeliverOrder d = deliveries.get(itemOfRow[i]);
            applied.add(new AppliedRow(r.row(), r.orderId(), d.trackingNumber(), outbox.get(itemOfRow[i])));
        }
        return applied;
    }
}
