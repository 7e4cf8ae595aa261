package dev.wharf.platform.dto;

/**
 * Extension {@code wharf.order.memo.update}: the seller's own memo on an order (any status; an empty memo clears it,
 * at most 500 characters).
 */
public record MemoUpdateRequest(Long orderId, String sellerMemo) {
}
