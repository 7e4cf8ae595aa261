package dev.wharf.platform.dto;

/** Content of {@code ymatou.order.detail.get}: {@code {"order_info": {…}}}. */
public record OrderDetailResponse(OrderInfo orderInfo) {
}
