package dev.wharf.shipping;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What validating a shipment file needs to know about the shop (implemented by the store; one snapshot per call). */
public interface ShippingFacts {

    /** The seller's logistics companies as last synced. */
    List<LogisticsCompany> companies();

    /** The orders among {@code orderIds} that are in the shop, by id. */
    Map<String, OrderFacts> orders(Collection<String> orderIds);

    /** Orders already shipped with each of {@code trackingNumbers} on {@code leg}, by number. */
    Map<String, List<TrackingUse>> trackingUses(Collection<String> trackingNumbers, Leg leg);

    /**
     * @param status            the platform's order status (17 accepted = awaiting shipment, 3 shipped…)
     * @param consolidated      a 拼邮 order (delivery type 7): international leg, then a domestic leg
     * @param openRefund        a refund request is under review
     * @param domesticDelivered the domestic leg has shipped
     */
    record OrderFacts(String orderId, String tradeId, int status, boolean consolidated, boolean openRefund,
                      boolean domesticDelivered) {
    }

    /** An order already shipped with a tracking number. */
    record TrackingUse(String orderId, String tradeId, boolean consolidated) {
    }
}
