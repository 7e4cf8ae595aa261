package dev.wharf.platform.dto;

import java.util.List;

/** Content of {@code ymatou.order.list.get}. */
public record OrderListResponse(List<OrderInfo> ordersInfo) {
    public OrderListResponse {
        ordersInfo = ordersInfo == null ? List.of() : List.copyOf(ordersInfo);
    }
}
