package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/** Content of {@code wharf.customers.list.get}: the shop's buyers with their purchase statistics. */
public record CustomerListResponse(List<CustomerInfo> customers, Integer totalCount) {
    public CustomerListResponse {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    /** A buyer: totals are over paid, not cancelled orders. */
    public record CustomerInfo(String buyerId, String nickname, String firstOrderTime, String lastOrderTime,
                               Integer orderCount, BigDecimal totalSpent, String province, String updateTime) {
    }
}
