package dev.wharf.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Refund requests of simulated buyers (and the test and training hook {@code SandboxShop.requestRefund}). */
final class BuyerRefunds {
    private BuyerRefunds() {
    }

    static boolean hasRefund(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM refund WHERE order_id = ? LIMIT 1")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The buyer asks for a refund of the order's first line (all of it, or half its payment when {@code partial}).
     * Returns the refund id.
     */
    static String requestRefund(Connection c, long orderId, long at, String reason, boolean partial)
            throws SQLException {
        String itemId;
        long payment;
        int num;
        try (PreparedStatement ps = c.prepareStatement("SELECT order_item_id, payment_fen, num FROM order_item "
                + "WHERE order_id = ? AND refund_id IS NULL ORDER BY position LIMIT 1")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                itemId = rs.getString(1);
                payment = rs.getLong(2);
                num = rs.getInt(3);
            }
        }
        long refundNo;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE shop SET next_refund_no = next_refund_no + 1 WHERE id = 1 RETURNING next_refund_no")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                refundNo = rs.getLong(1);
            }
        }
        String refundId = String.format("RF%08d", refundNo);
        long amount = partial ? Math.max(1, payment / 2) : payment;
        int refundNum = partial ? Math.max(1, num / 2) : num;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO refund (refund_id, order_id, order_item_id, "
                + "status, amount_fen, refund_num, reason, applied_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
            ps.setString(1, refundId);
            ps.setLong(2, orderId);
            ps.setString(3, itemId);
            ps.setLong(4, amount);
            ps.setInt(5, refundNum);
            ps.setString(6, reason);
            ps.setLong(7, at);
            ps.setLong(8, at);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE order_item SET refund_id = ?, refund_status = 0, "
                + "refund_num = ? WHERE order_item_id = ?")) {
            ps.setString(1, refundId);
            ps.setInt(2, refundNum);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
        return refundId;
    }
}
