package dev.wharf.platform.dto;

/**
 * Extension {@code wharf.refunds.list.get}: refunds with {@code refund_status} (-1, 0, 1; null for all) changed
 * at or after {@code updated_since} (platform time, optional), in pages of 1–100.
 */
public record RefundListRequest(Integer refundStatus, String updatedSince, Integer pageNo, Integer pageRows) {
}
