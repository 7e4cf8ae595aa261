package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.RefundDecisionRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.RefundResult;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SimulateResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Refund extensions and the sandbox-only simulation step. */
final class RefundMethods {
    static final int MAX_SIMULATED_CARTS = 10_000;
    static final int MAX_ADVANCE_MINUTES = 60 * 24 * 90;

    private RefundMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.REFUND_LIST, RefundListRequest.class, RefundMethods::list)
                .register(Methods.REFUND_APPROVE, RefundDecisionRequest.class, RefundMethods::approve)
                .register(Methods.REFUND_REJECT, RefundDecisionRequest.class, RefundMethods::reject)
                .register(Methods.SANDBOX_SIMULATE, SimulateRequest.class, RefundMethods::simulate);
    }

    static RefundListResponse list(RefundListRequest r, CallContext ctx) {
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        Integer status = r.refundStatus();
        if (status != null && (status < -1 || status > 1)) {
            throw GatewayError.badValue("refund_status", status, "must be -1, 0 or 1");
        }
        Instant since = Params.optionalTime(r.updatedSince(), "updated_since");
        String where = " WHERE updated_at >= ?" + (status == null ? "" : " AND status = ?");
        return ctx.shop().database().read(c -> {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM refund" + where)) {
                ps.setLong(1, since == null ? Long.MIN_VALUE : since.toEpochMilli());
                if (status != null) {
                    ps.setInt(2, status);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<RefundListResponse.RefundInfo> refunds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT refund_id, order_id, order_item_id, status, "
                    + "amount_fen, refund_num, reason, applied_at, handled_at, reject_reason, updated_at FROM refund"
                    + where + " ORDER BY updated_at, refund_id LIMIT ? OFFSET ?")) {
                int i = 1;
                ps.setLong(i++, since == null ? Long.MIN_VALUE : since.toEpochMilli());
                if (status != null) {
                    ps.setInt(i++, status);
                }
                ps.setInt(i++, pageRows);
                ps.setLong(i, (long) (pageNo - 1) * pageRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refunds.add(new RefundListResponse.RefundInfo(rs.getString(1), rs.getLong(2),
                                rs.getString(3), rs.getInt(4), Fen.yuan(rs.getLong(5)), rs.getInt(6), rs.getString(7),
                                Fen.time(rs.getLong(8)), Fen.time(OrderStore.longOrNull(rs, 9)), rs.getString(10),
                                Fen.time(rs.getLong(11))));
                    }
                }
            }
            return new RefundListResponse(refunds, total);
        });
    }

    static BatchResult<RefundResult> approve(RefundDecisionRequest r, CallContext ctx) {
        String id = Params.required(r.refundId(), "refund_id");
        Params.required(r.refundAmount(), "refund_amount");
        return ctx.shop().database().write(c -> new BatchResult<>(List.of(
                RefundActions.approve(c, id, r.refundAmount(), SandboxShop.clockMillis(c)))));
    }

    static BatchResult<RefundResult> reject(RefundDecisionRequest r, CallContext ctx) {
        String id = Params.required(r.refundId(), "refund_id");
        return ctx.shop().database().write(c -> new BatchResult<>(List.of(
                RefundActions.reject(c, id, r.reason(), SandboxShop.clockMillis(c)))));
    }

    static SimulateResponse simulate(SimulateRequest r, CallContext ctx) {
        int carts = r.carts() == null ? 0 : r.carts();
        int minutes = r.advanceMinutes() == null ? 0 : r.advanceMinutes();
        if (carts < 0 || carts > MAX_SIMULATED_CARTS) {
            throw GatewayError.badValue("carts", carts, "must be 0-" + MAX_SIMULATED_CARTS);
        }
        if (minutes < 0 || minutes > MAX_ADVANCE_MINUTES) {
            throw GatewayError.badValue("advance_minutes", minutes, "must be 0-" + MAX_ADVANCE_MINUTES);
        }
        return ctx.shop().simulate(carts, minutes);
    }
}
