package dev.wharf.shipping;

import dev.wharf.spreadsheet.Text;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What validating a shipment file needs to know about the shop (implemented by the store; one snapshot per call). */
public interface ShippingFacts {

    /** The seller's logistics companies as last synced. */
    List<LogisticsCompany> companies();

    /** The orders among {@code orderIds} that are in the shop, by id. */
    Map<String, OrderFacts> orders(Collection<String> orderIds);

    /**
     * Who receives each order among {@code orderIds} that is in the shop ({@link #receiverKey}), by id. Asked
     * separately from {@link #orders}: only orders that share a tracking number need it, and normalising every
     * order's name and address of a 500,000-row file would cost more than the rest of its facts.
     */
    Map<String, String> receivers(Collection<String> orderIds);

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
    record TrackingUse(String orderId, String tradeId, boolean consolidated, String receiver) {
    }

    /**
     * One receiver: name, phone (the mobile, else the landline) and address (province and street), normalised
     * (full-width forms, spaces, case), so two orders to the same person at the same place compare equal. An order
     * without a name or an address is a receiver of its own.
     */
    static String receiverKey(String orderId, String name, String phone, String state, String address) {
        String n = Text.compact(name == null ? "" : name).toLowerCase(Locale.ROOT);
        String a = Text.compact((state == null ? "" : state) + (address == null ? "" : address))
                .toLowerCase(Locale.ROOT);
        if (n.isEmpty() || a.isEmpty()) {
            return "order " + orderId;
        }
        return n + '\u001f' + Text.compact(phone == null ? "" : phone) + '\u001f' + a;
    }
}
