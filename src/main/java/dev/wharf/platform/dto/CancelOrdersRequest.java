package dev.wharf.platform.dto;

import java.util.List;

/** Extension {@code wharf.order.cancel}: the seller cancels orders not yet accepted, each with a reason. */
public record CancelOrdersRequest(List<CancelOrder> cancelOrders) {
    public record CancelOrder(Long orderId, String reason) {
    }
}
