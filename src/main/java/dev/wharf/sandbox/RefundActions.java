package dev.wharf.sandbox;

import dev.wharf.platform.dto.RefundResult;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The seller's refund decisions. Approving needs the amount the buyer asked for (the seller confirms it; it cannot
 * be changed); rejecting needs a reason. Either way the refund and the order line's refund fields change and the
 * order counts as changed. Kept simple: an approved refund does not cancel the order.
 */
final class RefundActions {
    private RefundActions() {
    }

    private record Refund(long orderId, String itemId, int status, long amountFen) {
    }

    private static Refund find(Connection c, String refundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT order_id, order_item_id, status, amount_fen FROM refund WHERE refund_id = ?")) {
            ps.setString(1, refundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Refund(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)) : null;
            }
        }
    }

    private static RefundResult fail(String refundId, String chinese, String english) {
        return new RefundResult(refundId, false, Texts.both(chinese, english));
    }

    static RefundResult approve(Connection c, String refundId, BigDecimal amount, long now) throws SQLException {
        Refund r = find(c, refundId);
        if (r == null) {
            return fail(refundId, "退款单不存在", "refund not found");
        }
        if (r.status() != 0) {
            return fail(refundId, "退款已处理", "refund already handled");
        }
        if (!Fen.atMostTwoDecimals(amount) || Fen.of(amount) != r.amountFen()) {
            return fail(refundId, "退款金额与买家申请金额不一致: " + Fen.yuan(r.amountFen()),
                    "the amount must equal the requested amount");
        }
        decide(c, r, refundId, 1, null, now);
        return new RefundResult(refundId, true, "");
    }

    static RefundResult reject(Connection c, String refundId, String reason, long now) throws SQLException {
        Refund r = find(c, refundId);
        if (r == null) {
            return fail(refundId, "退款单不存在", "refund not found");
        }
        if (reason == null || reason.isBlank()) {
            return fail(refundId, "拒绝退款须填写原因", "a reason is required");
        }
        if (r.status() != 0) {
            return fail(refundId, "退款已处理", "refund already handled");
        }
        decide(c, r, refundId, -1, reason.strip(), now);
        return new RefundResult(refundId, true, "");
    }

    private static void decide(Connection c, Refund r, String refundId, int status, String reason, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE refund SET status = ?, handled_at = ?, "
                + "reject_reason = ?, updated_at = ? WHERE refund_id = ?")) {
            ps.setInt(1, status);
            ps.setLong(2, now);
            ps.setString(3, reason);
            ps.setLong(4, now);
            ps.setString(5, refundId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE order_item SET refund_status = ? WHERE order_item_id = ?")) {
            ps.setInt(1, status);
            ps.setString(2, r.itemId());
            ps.executeUpdate();
        }
        OrderStore.touch(c, r.orderId());
    }
}
