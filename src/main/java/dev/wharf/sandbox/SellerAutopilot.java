package dev.wharf.sandbox;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The simulated seller who runs the demo shop's history (see {@link #run}). */
final class SellerAutopilot {
    private SellerAutopilot() {
    }

    /** Of the orders placed this long before the cutoff, some stay unshipped: "awaiting shipment" work. */
    static final Duration UNSHIPPED_BEFORE_CUTOFF = Duration.ofDays(2);
    /** Percentage of those recent orders the seller has not shipped yet. */
    static final int UNSHIPPED_PERCENT = 40;

    /**
     * The seller of the demo shop's history: accepts paid orders a few hours after payment, ships them a day or so
     * later (the domestic leg of consolidated orders three days after the international one) and handles refunds
     * after a day. Acts only on orders placed before {@code cutoff}, so the newest orders wait for the user; orders
     * placed in the {@link #UNSHIPPED_BEFORE_CUTOFF} before it are accepted and some of them (a seeded draw) left
     * to ship, and refunds asked for after the cutoff stay open.
     */
    static void run(Connection c, long seed, Simulator simulator, long now, long cutoff) throws SQLException {
        List<Long> toAccept = ids(c, "SELECT order_id FROM orders WHERE status = 2 AND order_at < ? AND paid_at <= ? "
                + "ORDER BY order_id", cutoff, now - Duration.ofHours(3).toMillis());
        for (long id : toAccept) {
            OrderActions.accept(c, id, now);
        }
        List<Long> toShip = ids(c, "SELECT order_id FROM orders WHERE status = 17 AND order_at < ? "
                + "AND accepted_at <= ? ORDER BY order_id", cutoff, now - Duration.ofHours(20).toMillis());
        long recent = cutoff - UNSHIPPED_BEFORE_CUTOFF.toMillis();
        for (long id : toShip) {
            if (placedAt(c, id) >= recent && Rand.of(seed, Rand.SELLER + 300, id).nextInt(100) < UNSHIPPED_PERCENT) {
                continue;
            }
            int type = OrderStore.deliveryTypes(c, List.of(id)).get(id);
            SplittableRandom r = Rand.of(seed, Rand.SELLER, id);
            String company = switch (type) {
                case 3, 5 -> "xlobo";
                case 7 -> r.nextBoolean() ? "Y048" : "Y073";
                default -> r.nextBoolean() ? "Y073" : "Y068";
            };
            String tracking = (type == 3 || type == 5 ? "DB" + Rand.digits(r, 9) + "JP" : "EX" + Rand.digits(r, 12));
            OrderActions.deliver(c, new DeliverOrder(id, company, tracking, false), now, simulator);
        }
        List<Long> domestic = ids(c, "SELECT order_id FROM orders WHERE status = 3 AND delivery_type = 7 "
                + "AND domestic_delivered = 0 AND order_at < ? AND shipped_at <= ? ORDER BY order_id", cutoff,
                now - Duration.ofDays(3).toMillis());
        for (long id : domestic) {
            SplittableRandom r = Rand.of(seed, Rand.SELLER + 100, id);
            OrderActions.deliver(c, new DeliverOrder(id, "Y101", "ZT" + Rand.digits(r, 12), true), now, simulator);
        }
        List<Long> refunds = ids(c, "SELECT r.rowid FROM refund r "
                + "WHERE r.status = 0 AND r.applied_at < ? AND r.applied_at <= ? ORDER BY r.refund_id", cutoff,
                now - Duration.ofDays(1).toMillis());
        for (long rowid : refunds) {
            String refundId;
            long amount;
            try (PreparedStatement ps = c.prepareStatement("SELECT refund_id, amount_fen FROM refund WHERE rowid = ?")) {
                ps.setLong(1, rowid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    refundId = rs.getString(1);
                    amount = rs.getLong(2);
                }
            }
            SplittableRandom r = Rand.of(seed, Rand.SELLER + 200, rowid);
            if (r.nextInt(10) < 7) {
                RefundActions.approve(c, refundId, Fen.yuan(amount), now);
            } else {
                RefundActions.reject(c, refundId, "商品已发出，请收货后申请退货", now);
            }
        }
    }

    private static long placedAt(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT order_at FROM orders WHERE order_id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, long a, long b) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
