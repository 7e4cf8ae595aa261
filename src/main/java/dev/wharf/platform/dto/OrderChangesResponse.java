package dev.wharf.platform.dto;

import java.util.List;

/** Content of {@code wharf.orders.changes.get}; pass {@code next_cursor} back to continue. */
public record OrderChangesResponse(List<OrderInfo> ordersInfo, String nextCursor, Boolean hasMore) {
    public OrderChangesResponse {
        ordersInfo = ordersInfo == null ? List.of() : List.copyOf(ordersInfo);
    }
}
