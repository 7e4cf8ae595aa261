package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.CustomerListResponse.CustomerInfo;
import dev.wharf.platform.dto.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wharf.customers.list.get}: the buyers who have placed at least one order with the shop, in the platform's
 * customer order. {@code order_count} and {@code total_spent} count paid orders that were not cancelled;
 * first and last order times are over all their orders; {@code update_time} is the latest order, payment or
 * cancellation of theirs (what changes the figures), and {@code updated_since} filters on it.
 */
final class CustomerMethods {
    private static final String CUSTOMERS = "SELECT c.buyer_id, c.nickname, c.province, min(o.order_at), "
            + "max(o.order_at), "
            + "sum(CASE WHEN o.paid_at IS NOT NULL AND o.status NOT IN (12, 13, 14, 18) THEN 1 ELSE 0 END), "
            + "sum(CASE WHEN o.paid_at IS NOT NULL AND o.status NOT IN (12, 13, 14, 18) THEN o.payment_fen "
            + "ELSE 0 END), "
            + "max(max(o.order_at, coalesce(o.paid_at, 0), coalesce(o.cancelled_at, 0))) AS updated, c.position "
            + "FROM customer c JOIN orders o ON o.buyer_id = c.buyer_id GROUP BY c.buyer_id HAVING updated >= ?";

    private CustomerMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.CUSTOMER_LIST, PageRequest.class, CustomerMethods::list);
    }

    static CustomerListResponse list(PageRequest r, CallContext ctx) {
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        Instant since = Params.optionalTime(r.updatedSince(), "updated_since");
        long sinceMillis = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        return ctx.shop().database().read(c -> {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + CUSTOMERS + ")")) {
                ps.setLong(1, sinceMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<CustomerInfo> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CUSTOMERS + " ORDER BY c.position LIMIT ? OFFSET ?")) {
                ps.setLong(1, sinceMillis);
                ps.setInt(2, pageRows);
                ps.setLong(3, (long) (pageNo - 1) * pageRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new CustomerInfo(rs.getString(1), rs.getString(2), Fen.time(rs.getLong(4)),
                                Fen.time(rs.getLong(5)), rs.getInt(6), Fen.yuan(rs.getLong(7)), rs.getString(3),
                                Fen.time(rs.getLong(8))));
                    }
                }
            }
            return new CustomerListResponse(page, total);
        });
    }
}
