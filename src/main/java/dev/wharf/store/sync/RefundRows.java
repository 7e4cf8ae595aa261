package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setInt;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.sync.PullStore;
import dev.wharf.sync.PullStore.Written;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refund requests into {@code refund}: upserted, or only inserted when new while the order or refund has an
 * unconfirmed local change; refunds of orders the store does not hold are reported as missing.
 */
final class RefundRows {
    private RefundRows() {
    }

    static Written write(Connection c, List<RefundInfo> refunds, long now) throws SQLException {
        Set<String> known = existingOrders(c, refunds);
        Set<String> pendingOrders = Rows.pending(c, PullStore.ORDER);
        Set<String> pendingRefunds = Rows.pending(c, "refund");
        Set<Long> missing = new TreeSet<>();
        List<String> deferred = new ArrayList<>();
        int written = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO refund (refund_id, order_id, "
                + "order_item_id, status, amount_fen, quantity, reason, reject_reason, requested_at, handled_at, "
                + "updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (refund_id) "
                + "DO UPDATE SET order_id = excluded.order_id, order_item_id = excluded.order_item_id, "
                + "status = excluded.status, amount_fen = excluded.amount_fen, quantity = excluded.quantity, "
                + "reason = excluded.reason, reject_reason = excluded.reject_reason, "
                + "requested_at = excluded.requested_at, handled_at = excluded.handled_at, "
                + "updated_at = excluded.updated_at, synced_at = excluded.synced_at");
             PreparedStatement insertNew = c.prepareStatement("INSERT INTO refund (refund_id, order_id, "
                     + "order_item_id, status, amount_fen, quantity, reason, reject_reason, requested_at, "
                     + "handled_at, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     + "ON CONFLICT (refund_id) DO NOTHING")) {
            for (RefundInfo r : refunds) {
                if (r.refundId() == null || r.orderId() == null) {
                    continue;
                }
                String orderId = Long.toString(r.orderId());
                if (!known.contains(orderId)) {
                    missing.add(r.orderId());
                    continue;
                }
                // A refund of an order (or a refund) with an unconfirmed local change is only added when new:
                // an existing row may hold the local decision.
                boolean hold = pendingOrders.contains(orderId) || pendingRefunds.contains(r.refundId());
                PreparedStatement ps = hold ? insertNew : insert;
                Long requested = at(r.applyTime());
                ps.setString(1, r.refundId());
                ps.setString(2, orderId);
                ps.setString(3, r.orderItemId());
                setInt(ps, 4, r.refundStatus() == null ? 0 : r.refundStatus());
                ps.setLong(5, fenOrZero(r.refundAmount()));
                setInt(ps, 6, r.refundNum());
                ps.setString(7, r.reason());
                ps.setString(8, r.rejectReason());
                ps.setLong(9, requested == null ? now : requested);
                setLong(ps, 10, at(r.handleTime()));
                setLong(ps, 11, at(r.updateTime()));
                ps.setLong(12, now);
                int n = ps.executeUpdate();
                if (hold && n == 0) {
                    deferred.add(r.refundId());
                } else {
                    written++;
                }
            }
        }
        Rows.defer(c, "refund", deferred, now);
        return new Written(written, deferred.size(), new ArrayList<>(missing));
    }

    private static Set<String> existingOrders(Connection c, List<RefundInfo> refunds) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (RefundInfo r : refunds) {
            if (r.orderId() != null) {
                ids.add(Long.toString(r.orderId()));
            }
        }
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT order_id FROM orders WHERE order_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Rows.json(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }
}
