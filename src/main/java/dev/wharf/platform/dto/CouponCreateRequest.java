package dev.wharf.platform.dto;

import java.math.BigDecimal;

/**
 * Extension {@code wharf.coupon.create}: "¥{face_value} off orders of ¥{threshold_amount} or more", valid between
 * two platform times, {@code total_quantity} coupons, at most one per buyer. {@code client_key} makes a retried
 * create idempotent.
 */
public record CouponCreateRequest(String clientKey, String name, BigDecimal thresholdAmount, BigDecimal faceValue,
                                  String validFrom, String validTo, Integer totalQuantity) {
}
