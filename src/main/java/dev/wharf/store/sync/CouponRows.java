package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.fen;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.CouponGrantsResponse.CouponGrant;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.sync.PullStore.Written;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Coupons into {@code coupon} and their grants into {@code coupon_grant} (optionally replacing a coupon's grants). */
final class CouponRows {
    private CouponRows() {
    }

    static Written write(Connection c, List<CouponInfo> coupons, long now) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coupon (coupon_id, client_key, name, "
                + "threshold_fen, face_value_fen, valid_from_at, valid_to_at, total_quantity, issued_count, "
                + "used_count, status, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (coupon_id) DO UPDATE SET client_key = excluded.client_key, name = excluded.name, "
                + "threshold_fen = excluded.threshold_fen, face_value_fen = excluded.face_value_fen, "
                + "valid_from_at = excluded.valid_from_at, valid_to_at = excluded.valid_to_at, "
                + "total_quantity = excluded.total_quantity, issued_count = excluded.issued_count, "
                + "used_count = excluded.used_count, status = excluded.status, "
                + "updated_at = excluded.updated_at, synced_at = excluded.synced_at")) {
            for (CouponInfo k : coupons) {
                if (k.couponId() == null) {
                    continue;
                }
                ps.setString(1, k.couponId());
                ps.setString(2, k.clientKey());
                ps.setString(3, k.name() == null ? "" : k.name());
                ps.setLong(4, fenOrZero(k.thresholdAmount()));
                ps.setLong(5, fenOrZero(k.faceValue()));
                setLong(ps, 6, at(k.validFrom()));
                setLong(ps, 7, at(k.validTo()));
                ps.setInt(8, k.totalQuantity() == null ? 0 : k.totalQuantity());
                ps.setInt(9, k.issuedCount() == null ? 0 : k.issuedCount());
                ps.setInt(10, k.usedCount() == null ? 0 : k.usedCount());
                ps.setString(11, k.status() == null ? "active" : k.status());
                setLong(ps, 12, at(k.updateTime()));
                ps.setLong(13, now);
                ps.addBatch();
                n++;
            }
            ps.executeBatch();
        }
        return Written.of(n);
    }

    static Written writeGrants(Connection c, String couponId, List<CouponGrant> grants, boolean replace)
            throws SQLException {
        if (replace) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM coupon_grant WHERE coupon_id = ?")) {
                ps.setString(1, couponId);
                ps.executeUpdate();
            }
        }
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coupon_grant (coupon_id, buyer_id, "
                + "granted_at, used, used_at, order_id, order_payment_fen) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (coupon_id, buyer_id) DO UPDATE SET granted_at = excluded.granted_at, "
                + "used = excluded.used, used_at = excluded.used_at, order_id = excluded.order_id, "
                + "order_payment_fen = excluded.order_payment_fen")) {
            for (CouponGrant g : grants) {
                if (g.buyerId() == null) {
                    continue;
                }
                ps.setString(1, couponId);
                ps.setString(2, g.buyerId());
                setLong(ps, 3, at(g.grantTime()));
                ps.setInt(4, Boolean.TRUE.equals(g.used()) ? 1 : 0);
                setLong(ps, 5, at(g.usedTime()));
                ps.setString(6, g.orderId() == null ? null : Long.toString(g.orderId()));
                setLong(ps, 7, fen(g.orderPayment()));
                ps.addBatch();
                n++;
            }
            ps.executeBatch();
        }
        return Written.of(n);
    }
}
