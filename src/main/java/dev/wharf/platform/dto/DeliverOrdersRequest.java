package dev.wharf.platform.dto;

import java.util.List;

/** {@code ymatou.order.deliver}: up to 100 deliveries. */
public record DeliverOrdersRequest(List<DeliverOrder> deliverOrders) {

    /**
     * One delivery. {@code is_domestic_delivery} is true only for the domestic leg of a consolidated (拼邮) order;
     * otherwise omit it or send false.
     */
    public record DeliverOrder(Long orderId, String logisticsCompanyId, String trackingNumber,
                               Boolean isDomesticDelivery) {
    }
}
