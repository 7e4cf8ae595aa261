package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.CommandSupport.distinctIds;
import static dev.wharf.store.outbox.CommandSupport.required;
import static dev.wharf.store.outbox.CommandSupport.twoDecimals;
import static dev.wharf.store.outbox.SqliteOutboxStore.insert;
import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.LocalCommands.Created;
import dev.wharf.sync.outbox.Payloads;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The refund and coupon commands of {@link SqliteLocalCommands}: refund decisions, coupon create, stop and issue. */
final class RefundCouponCommands {
    private final CommandSupport s;

    RefundCouponCommands(CommandSupport support) {
        this.s = support;
    }

    long approveRefund(String refundId, BigDecimal confirmedAmount) {
        String id = required(refundId, "refundId");
        if (confirmedAmount == null || confirmedAmount.signum() < 0) {
            throw new IllegalArgumentException("confirmed amount of refund " + id + " is required (≥ 0)");
        }
        return s.run(c -> {
            long now = s.clock.millis();
            Refund r = openRefund(c, id);
            long asked = r.amountFen();
            if (LocalState.fen(twoDecimals(confirmedAmount, "confirmed amount of refund " + id)).longValue() != asked) {
                throw new IllegalArgumentException("confirmed amount of refund " + id + " (" + confirmedAmount
                        + ") differs from the amount asked (" + BigDecimal.valueOf(asked, 2) + ")");
            }
            update(c, "UPDATE refund SET status = 1, handled_at = ? WHERE refund_id = ?", now, id);
            return insert(c, Command.REFUND_APPROVE, id, new Payloads.RefundApprove(id, r.orderId(),
                    BigDecimal.valueOf(asked, 2)), now);
        });
    }

    long rejectRefund(String refundId, String reason) {
        String id = required(refundId, "refundId");
        String why = required(reason, "reason for rejecting refund " + id);
        return s.run(c -> {
            long now = s.clock.millis();
            Refund r = openRefund(c, id);
            update(c, "UPDATE refund SET status = -1, reject_reason = ?, handled_at = ? WHERE refund_id = ?", why, now,
                    id);
            return insert(c, Command.REFUND_REJECT, id, new Payloads.RefundReject(id, r.orderId(), why), now);
        });
    }

    Created createCoupon(String name, BigDecimal threshold, BigDecimal faceValue, Instant validFrom,
                                Instant validTo, int quantity) {
        String n = required(name, "coupon name");
        if (faceValue == null || faceValue.signum() <= 0) {
            throw new IllegalArgumentException("coupon face value must be > 0");
        }
        BigDecimal face = twoDecimals(faceValue, "coupon face value");
        if (threshold == null || twoDecimals(threshold, "coupon threshold").compareTo(face) <= 0) {
            throw new IllegalArgumentException("coupon threshold must be more than its face value");
        }
        if (validFrom == null || validTo == null || !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("coupon validity: valid_from must be before valid_to");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("coupon quantity must be ≥ 1: " + quantity);
        }
        String key = s.keys.get();
        CouponCreateRequest request = new CouponCreateRequest(key, n, threshold, face, GatewayTime.format(validFrom),
                GatewayTime.format(validTo), quantity);
        long id = s.run(c -> insert(c, Command.COUPON_CREATE, "key:" + key, request, s.clock.millis()));
        return new Created(id, key);
    }

    long stopCoupon(String couponId) {
        String id = required(couponId, "couponId");
        return s.run(c -> insert(c, Command.COUPON_STOP, id, new Payloads.CouponRef(id), s.clock.millis()));
    }

    long issueCoupon(String couponId, List<String> buyerIds) {
        String id = required(couponId, "couponId");
        List<String> buyers = distinctIds(buyerIds, "buyerIds");
        return s.run(c -> insert(c, Command.COUPON_ISSUE, id, new Payloads.CouponIssue(id, buyers), s.clock.millis()));
    }

    private record Refund(Long orderId, long amountFen) {
    }

    private static Refund openRefund(Connection c, String refundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, status, amount_fen FROM refund "
                + "WHERE refund_id = ?")) {
            ps.setString(1, refundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("refund " + refundId + " is not in the shop");
                }
                if (rs.getInt(2) != 0) {
                    throw new IllegalArgumentException("refund " + refundId + " is not open (status " + rs.getInt(2)
                            + ")");
                }
                return new Refund(Long.parseLong(rs.getString(1)), rs.getLong(3));
            }
        }
    }
}
