package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/** Content of {@code wharf.refunds.list.get}. */
public record RefundListResponse(List<RefundInfo> refunds, Integer totalCount) {
    public RefundListResponse {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** A refund request: status -1 rejected, 0 under review, 1 approved. */
    public record RefundInfo(String refundId, Long orderId, String orderItemId, Integer refundStatus,
                             BigDecimal refundAmount, Integer refundNum, String reason, String applyTime,
                             String handleTime, String rejectReason, String updateTime) {
    }
}
