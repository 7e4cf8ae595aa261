package dev.wharf.platform.dto;

import java.util.List;

/** Content of {@code wharf.coupons.list.get}. */
public record CouponListResponse(List<CouponInfo> coupons, Integer totalCount) {
    public CouponListResponse {
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
    }
}
