package dev.wharf.platform.dto;

/** {@code ymatou.order.detail.get}. */
public record OrderDetailRequest(Long orderId, Boolean needsDeliveryInfo) {
}
