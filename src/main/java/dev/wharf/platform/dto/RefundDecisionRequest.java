package dev.wharf.platform.dto;

import java.math.BigDecimal;

/**
 * Extensions {@code wharf.refund.approve} (with the {@code refund_amount} the seller confirmed; it must equal the
 * requested amount) and {@code wharf.refund.reject} (with a {@code reason}, required).
 */
public record RefundDecisionRequest(String refundId, BigDecimal refundAmount, String reason) {
}
