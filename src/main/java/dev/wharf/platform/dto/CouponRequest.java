package dev.wharf.platform.dto;

import java.util.List;

/**
 * Extensions on one coupon: {@code wharf.coupon.stop} ({@code coupon_id}), {@code wharf.coupon.issue}
 * ({@code coupon_id} and up to 100 {@code buyer_ids}; one coupon per buyer), {@code wharf.coupon.grants.get}
 * ({@code coupon_id}, {@code page_no}, {@code page_rows}).
 */
public record CouponRequest(String couponId, List<String> buyerIds, Integer pageNo, Integer pageRows) {
}
