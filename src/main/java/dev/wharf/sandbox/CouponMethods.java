package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.CouponGrantsResponse.CouponGrant;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponIssueResult;
import dev.wharf.platform.dto.CouponListResponse;
import dev.wharf.platform.dto.CouponRequest;
import dev.wharf.platform.dto.PageRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shop coupons: create (idempotent per {@code client_key}), stop, issue to chosen buyers (one per buyer, never more
 * than the quantity), list, and who holds and used them. Create and stop answer with the coupon itself, so a
 * rule they break rejects the call (0001, message in Chinese and English); issuing is per buyer.
 */
final class CouponMethods {
    static final String ACTIVE = "active";
    static final String STOPPED = "stopped";
    static final String EXPIRED = "expired";

    private static final String COUPON_COLUMNS = "k.coupon_id, k.client_key, k.name, k.threshold_fen, k.face_fen, "
            + "k.valid_from, k.valid_to, k.total_quantity, "
            + "(SELECT count(*) FROM coupon_grant g WHERE g.coupon_id = k.coupon_id), "
            + "(SELECT count(*) FROM coupon_grant g WHERE g.coupon_id = k.coupon_id AND g.used_at IS NOT NULL), "
            + "k.status, k.updated_at";

    private CouponMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.COUPON_CREATE, CouponCreateRequest.class, CouponMethods::create)
                .register(Methods.COUPON_STOP, CouponRequest.class, CouponMethods::stop)
                .register(Methods.COUPON_ISSUE, CouponRequest.class, CouponMethods::issue)
                .register(Methods.COUPON_LIST, PageRequest.class, CouponMethods::list)
                .register(Methods.COUPON_GRANTS, CouponRequest.class, CouponMethods::grants);
    }

    static CouponInfo create(CouponCreateRequest r, CallContext ctx) {
        String key = Params.required(r.clientKey(), "client_key");
        return ctx.shop().database().write(c -> {
            String existing = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT coupon_id FROM coupon WHERE client_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getString(1);
                    }
                }
            }
            if (existing != null) {
                return load(c, existing);
            }
            String name = Params.required(r.name(), "name").strip();
            BigDecimal threshold = Params.required(r.thresholdAmount(), "threshold_amount");
            BigDecimal face = Params.required(r.faceValue(), "face_value");
            Instant from = Params.time(r.validFrom(), "valid_from");
            Instant to = Params.time(r.validTo(), "valid_to");
            int quantity = Params.required(r.totalQuantity(), "total_quantity");
            long now = SandboxShop.clockMillis(c);
            if (!Fen.atMostTwoDecimals(threshold) || !Fen.atMostTwoDecimals(face)) {
                throw GatewayError.invalid("金额小数点后最多2位", "amounts have at most 2 decimals");
            }
            if (face.signum() <= 0) {
                throw GatewayError.invalid("优惠券面额必须大于0", "face_value must be greater than 0");
            }
            if (threshold.compareTo(face) <= 0) {
                throw GatewayError.invalid("使用门槛必须大于面额", "threshold_amount must be greater than face_value");
            }
            if (!from.isBefore(to)) {
                throw GatewayError.invalid("有效期开始时间必须早于结束时间", "valid_from must be before valid_to");
            }
            if (to.toEpochMilli() <= now) {
                throw GatewayError.invalid("有效期已结束", "valid_to must be in the future");
            }
            if (quantity < 1) {
                throw GatewayError.invalid("发行量至少为1", "total_quantity must be at least 1");
            }
            int position;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position), 0) + 1 FROM coupon");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                position = rs.getInt(1);
            }
            String id = String.format("CP%08d", position);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO coupon (coupon_id, client_key, name, "
                    + "threshold_fen, face_fen, valid_from, valid_to, total_quantity, status, created_at, updated_at, "
                    + "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, key);
                ps.setString(3, name);
                ps.setLong(4, Fen.of(threshold));
                ps.setLong(5, Fen.of(face));
                ps.setLong(6, from.toEpochMilli());
                ps.setLong(7, to.toEpochMilli());
                ps.setInt(8, quantity);
                ps.setLong(9, now);
                ps.setLong(10, now);
                ps.setInt(11, position);
                ps.executeUpdate();
            }
            return load(c, id);
        });
    }

    /** Stops issuing; the buyers' unused coupons of it are void too (终止发放 voids the campaign). Idempotent. */
    static CouponInfo stop(CouponRequest r, CallContext ctx) {
        String id = Params.required(r.couponId(), "coupon_id");
        return ctx.shop().database().write(c -> {
            CouponInfo coupon = known(c, id);
            if (ACTIVE.equals(coupon.status())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE coupon SET status = 'stopped', updated_at = ? WHERE coupon_id = ?")) {
                    ps.setLong(1, SandboxShop.clockMillis(c));
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
                return load(c, id);
            }
            return coupon;
        });
    }

    static BatchResult<CouponIssueResult> issue(CouponRequest r, CallContext ctx) {
        String id = Params.required(r.couponId(), "coupon_id");
        List<String> buyers = Params.batch(r.buyerIds(), "buyer_ids");
        return ctx.shop().database().write(c -> {
            CouponInfo coupon = known(c, id);
            long now = SandboxShop.clockMillis(c);
            int issued = coupon.issuedCount();
            List<CouponIssueResult> results = new ArrayList<>();
            for (String buyer : buyers) {
                String problem = issueProblem(c, coupon, buyer, issued);
                if (problem != null) {
                    results.add(new CouponIssueResult(buyer, false, problem));
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO coupon_grant (coupon_id, buyer_id, granted_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, buyer);
                    ps.setLong(3, now);
                    ps.executeUpdate();
                }
                issued++;
                results.add(new CouponIssueResult(buyer, true, Texts.OK));
            }
            if (issued > coupon.issuedCount()) {
                CouponRedemption.touchCoupon(c, id, now);
            }
            return new BatchResult<>(results);
        });
    }

    private static String issueProblem(Connection c, CouponInfo coupon, String buyer, int issued)
            throws SQLException {
        if (STOPPED.equals(coupon.status())) {
            return Texts.both("优惠券已终止发放", "the coupon has been stopped");
        }
        if (EXPIRED.equals(coupon.status())) {
            return Texts.both("优惠券已过期", "the coupon has expired");
        }
        if (buyer == null || buyer.isBlank() || !exists(c, "SELECT 1 FROM customer WHERE buyer_id = ?", buyer)) {
            return Texts.both("买家不存在", "unknown buyer");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM coupon_grant WHERE coupon_id = ? AND buyer_id = ?")) {
            ps.setString(1, coupon.couponId());
            ps.setString(2, buyer);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Texts.both("该买家已领取过此优惠券", "the buyer already holds this coupon (one per buyer)");
                }
            }
        }
        if (issued >= coupon.totalQuantity()) {
            return Texts.both("优惠券已发完", "all " + coupon.totalQuantity() + " coupons have been issued");
        }
        return null;
    }

    static CouponListResponse list(PageRequest r, CallContext ctx) {
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        Instant since = Params.optionalTime(r.updatedSince(), "updated_since");
        long sinceMillis = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        return ctx.shop().database().read(c -> {
            long now = SandboxShop.clockMillis(c);
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM coupon WHERE updated_at >= ?")) {
                ps.setLong(1, sinceMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<CouponInfo> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COUPON_COLUMNS + " FROM coupon k "
                    + "WHERE k.updated_at >= ? ORDER BY k.position LIMIT ? OFFSET ?")) {
                ps.setLong(1, sinceMillis);
                ps.setInt(2, pageRows);
                ps.setLong(3, (long) (pageNo - 1) * pageRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(info(rs, now));
                    }
                }
            }
            return new CouponListResponse(page, total);
        });
    }

    static CouponGrantsResponse grants(CouponRequest r, CallContext ctx) {
        String id = Params.required(r.couponId(), "coupon_id");
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        return ctx.shop().database().read(c -> {
            CouponInfo coupon = known(c, id);
            List<CouponGrant> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.buyer_id, g.granted_at, g.used_at, g.order_id, "
                    + "o.payment_fen FROM coupon_grant g LEFT JOIN orders o ON o.order_id = g.order_id "
                    + "WHERE g.coupon_id = ? ORDER BY g.granted_at, g.buyer_id LIMIT ? OFFSET ?")) {
                ps.setString(1, id);
                ps.setInt(2, pageRows);
                ps.setLong(3, (long) (pageNo - 1) * pageRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long usedAt = OrderStore.longOrNull(rs, 3);
                        Long orderId = OrderStore.longOrNull(rs, 4);
                        Long payment = OrderStore.longOrNull(rs, 5);
                        page.add(new CouponGrant(rs.getString(1), Fen.time(rs.getLong(2)), usedAt != null,
                                Fen.time(usedAt), orderId, payment == null ? null : Fen.yuan(payment)));
                    }
                }
            }
            return new CouponGrantsResponse(page, coupon.issuedCount());
        });
    }

    /** The coupon, or 0001 when the shop has no coupon with this id. */
    private static CouponInfo known(Connection c, String id) throws SQLException {
        CouponInfo coupon = load(c, id);
        if (coupon == null) {
            throw GatewayError.badValue("coupon_id", id, "is not a coupon of this shop");
        }
        return coupon;
    }

    static CouponInfo load(Connection c, String id) throws SQLException {
        long now = SandboxShop.clockMillis(c);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COUPON_COLUMNS + " FROM coupon k WHERE k.coupon_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? info(rs, now) : null;
            }
        }
    }

    /** Status as shown: stopped, else expired once the clock is past valid_to, else active. */
    private static CouponInfo info(ResultSet rs, long now) throws SQLException {
        String status = rs.getString(11);
        if (ACTIVE.equals(status) && rs.getLong(7) < now) {
            status = EXPIRED;
        }
        return new CouponInfo(rs.getString(1), rs.getString(2), rs.getString(3), Fen.yuan(rs.getLong(4)),
                Fen.yuan(rs.getLong(5)), Fen.time(rs.getLong(6)), Fen.time(rs.getLong(7)), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), status, Fen.time(rs.getLong(12)));
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
