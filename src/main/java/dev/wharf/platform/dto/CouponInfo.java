package dev.wharf.platform.dto;

import java.math.BigDecimal;

/** A coupon: status active, stopped or expired; counts of coupons issued and used. */
public record CouponInfo(String couponId, String clientKey, String name, BigDecimal thresholdAmount,
                         BigDecimal faceValue, String validFrom, String validTo, Integer totalQuantity,
                         Integer issuedCount, Integer usedCount, String status, String updateTime) {
}
