package dev.wharf.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Simulated buyers using the shop's coupons. A buyer who holds an unused coupon that is active (not stopped), valid at
 * the cart's time and whose threshold the cart total reaches uses it on that cart: the one with the largest face
 * value (then the lowest coupon id). The face value is split over the cart's orders in proportion to their totals
 * (largest remainder, fen exact), and inside each order over its lines. The grant records the order that carries the
 * largest share. If that order is cancelled unpaid (payment timeout), the coupon goes back to the buyer.
 */
final class CouponRedemption {
    private CouponRedemption() {
    }

    /** A coupon a buyer will use: its id and face value in fen. */
    record Redemption(String couponId, long faceFen) {
    }

    /** The coupon this buyer uses on a cart of {@code cartFen} at {@code at}, or null. */
    static Redemption find(Connection c, String buyerId, long cartFen, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.coupon_id, k.face_fen FROM coupon_grant g "
                + "JOIN coupon k ON k.coupon_id = g.coupon_id WHERE g.buyer_id = ? AND g.used_at IS NULL "
                + "AND k.status = 'active' AND k.valid_from <= ? AND k.valid_to >= ? AND k.threshold_fen <= ? "
                + "ORDER BY k.face_fen DESC, k.coupon_id LIMIT 1")) {
            ps.setString(1, buyerId);
            ps.setLong(2, at);
            ps.setLong(3, at);
            ps.setLong(4, cartFen);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Redemption(rs.getString(1), rs.getLong(2)) : null;
            }
        }
    }

    /** Marks the buyer's grant used on this order. */
    static void use(Connection c, String couponId, String buyerId, long orderId, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE coupon_grant SET used_at = ?, order_id = ? WHERE coupon_id = ? AND buyer_id = ?")) {
            ps.setLong(1, at);
            ps.setLong(2, orderId);
            ps.setString(3, couponId);
            ps.setString(4, buyerId);
            ps.executeUpdate();
        }
        touchCoupon(c, couponId, at);
    }

    /** The order was cancelled unpaid: a coupon used on it is the buyer's again. */
    static void release(Connection c, long orderId, long at) throws SQLException {
        String couponId = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT coupon_id FROM coupon_grant WHERE order_id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    couponId = rs.getString(1);
                }
            }
        }
        if (couponId == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE coupon_grant SET used_at = NULL, order_id = NULL WHERE order_id = ?")) {
            ps.setLong(1, orderId);
            ps.executeUpdate();
        }
        touchCoupon(c, couponId, at);
    }

    static void touchCoupon(Connection c, String couponId, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE coupon SET updated_at = ? WHERE coupon_id = ?")) {
            ps.setLong(1, at);
            ps.setString(2, couponId);
            ps.executeUpdate();
        }
    }

    /**
     * Splits {@code amount} over parts in proportion to {@code weights}: each part gets the floor of its share, the
     * fen left over go one each to the largest remainders (the earlier part on a tie). The parts sum to amount.
     */
    static long[] split(long amount, long[] weights) {
        long[] parts = new long[weights.length];
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        if (amount == 0 || total == 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = Math.multiplyExact(amount, weights[i]) / total;
            remainders[i] = Math.multiplyExact(amount, weights[i]) % total;
            given += parts[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
