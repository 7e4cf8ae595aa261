package dev.wharf.shipping;

import java.util.List;
import java.util.function.Consumer;

/** Orders awaiting shipment as the export needs them (implemented by the store; one snapshot, streamed). */
public interface ShipmentSource {

    /** How many orders {@link #awaiting} would stream. */
    long count(Filter filter);

    /** Streams the orders awaiting shipment on the filter's leg, oldest paid first. */
    void awaiting(Filter filter, Consumer<ExportRow> sink);

    /**
     * @param leg      international: accepted orders (status 17); domestic: 拼邮 orders shipped internationally and
     *                 awaiting their domestic leg
     * @param orderIds only these orders (e.g. those selected in the orders list); empty = all
     */
    record Filter(Leg leg, List<String> orderIds) {
        public Filter {
            orderIds = List.copyOf(orderIds);
        }

        public static Filter all(Leg leg) {
            return new Filter(leg, List.of());
        }
    }

    /**
     * An order to ship, with the helper columns staff read while filling in tracking numbers.
     *
     * @param items        "title (properties) ×qty; …"
     * @param deliveryType the platform's delivery type (2 direct mail, 3 official direct mail, 4/5 bonded, 7 拼邮)
     */
    record ExportRow(String orderId, String tradeId, String receiverName, String receiverAddress,
                     String receiverMobile, String items, int deliveryType, String buyerRemark) {
    }
}
