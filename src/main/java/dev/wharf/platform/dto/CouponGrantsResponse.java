package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/** Content of {@code wharf.coupon.grants.get}: who received the coupon and whether they used it. */
public record CouponGrantsResponse(List<CouponGrant> grants, Integer totalCount) {
    public CouponGrantsResponse {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /** One buyer's coupon; when used, the order and what it paid. */
    public record CouponGrant(String buyerId, String grantTime, Boolean used, String usedTime, Long orderId,
                              BigDecimal orderPayment) {
    }
}
