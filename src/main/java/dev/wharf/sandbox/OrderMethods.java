package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.AcceptOrdersRequest;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderDetailRequest;
import dev.wharf.platform.dto.OrderDetailResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderListResponse;
import dev.wharf.platform.dto.OrderResult;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Order methods: the documented list, detail, accept and deliver, and the extensions changes, cancel, address. */
final class OrderMethods {
    private static final Set<Integer> STATUSES = Set.of(1, 2, 3, 4, 12, 13, 14, 17, 18);
    private static final String[] DATE_COLUMNS = {null, "order_at", "paid_at", "shipped_at", "accepted_at"};

    private OrderMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.ORDER_LIST, OrderListRequest.class, OrderMethods::list)
                .register(Methods.ORDER_DETAIL, OrderDetailRequest.class, OrderMethods::detail)
                .register(Methods.ORDER_ACCEPT, AcceptOrdersRequest.class, OrderMethods::accept)
                .register(Methods.ORDER_DELIVER, DeliverOrdersRequest.class, OrderMethods::deliver)
                .register(Methods.ORDER_CHANGES, OrderChangesRequest.class, OrderMethods::changes)
                .register(Methods.ORDER_CANCEL, CancelOrdersRequest.class, OrderMethods::cancel)
                .register(Methods.ORDER_ADDRESS_UPDATE, AddressUpdateRequest.class, OrderMethods::address)
                .register(Methods.ORDER_MEMO_UPDATE, dev.wharf.platform.dto.MemoUpdateRequest.class,
                        OrderMethods::memo);
    }

    static OrderListResponse list(OrderListRequest r, CallContext ctx) {
        int dateType = Params.required(r.dateType(), "date_type");
        if (dateType < 1 || dateType > 4) {
            throw GatewayError.badValue("date_type", dateType, "must be 1-4");
        }
        int sortType = Params.required(r.sortType(), "sort_type");
        if (sortType != 0 && sortType != 1) {
            throw GatewayError.badValue("sort_type", sortType, "must be 0 (descending) or 1 (ascending)");
        }
        long start = Params.time(r.startDate(), "start_date").toEpochMilli();
        long end = Params.time(r.endDate(), "end_date").toEpochMilli() + 999;
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        Set<Integer> statuses = statuses(r.orderStatus());
        String column = DATE_COLUMNS[dateType];
        String dir = sortType == 1 ? "ASC" : "DESC";
        String sql = listQuery(column, dir, statuses.size());
        boolean delivery = Boolean.TRUE.equals(r.needsDeliveryInfo());
        List<OrderInfo> orders = ctx.shop().database().read(c -> {
            List<Long> ids = new ArrayList<>(pageRows);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                long offset = (long) (pageNo - 1) * pageRows;
                int i = 1;
                if (statuses.isEmpty()) {
                    ps.setLong(i++, start);
                    ps.setLong(i++, end);
                } else {
                    for (int s : statuses) {
                        ps.setInt(i++, s);
                        ps.setLong(i++, start);
                        ps.setLong(i++, end);
                        ps.setLong(i++, offset + pageRows);
                    }
                }
                ps.setInt(i++, pageRows);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return OrderStore.load(c, ctx.shop().sellerId(), ids, delivery);
        });
        return new OrderListResponse(orders);
    }

    /**
     * The page's order ids. Without a status filter: one range of the date index. With one: per status, the first
     * {@code offset + rows} ids of that status's ordered range (index on status, date, order id), merged by SQLite
     * into one ordered list (a compound SELECT ordered like its parts is merged, not sorted), then the page.
     */
    static String listQuery(String column, String dir, int statusCount) {
        String order = " ORDER BY " + column + " " + dir + ", order_id " + dir;
        if (statusCount == 0) {
            return "SELECT order_id FROM orders WHERE " + column + " BETWEEN ? AND ?" + order + " LIMIT ? OFFSET ?";
        }
        StringBuilder sql = new StringBuilder("SELECT order_id FROM (");
        for (int k = 0; k < statusCount; k++) {
            if (k > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT * FROM (SELECT order_id, ").append(column).append(" FROM orders WHERE status = ? AND ")
                    .append(column).append(" BETWEEN ? AND ?").append(order).append(" LIMIT ?)");
        }
        return sql.append(")").append(order).append(" LIMIT ? OFFSET ?").toString();
    }

    private static Set<Integer> statuses(String text) {
        Set<Integer> statuses = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return statuses;
        }
        for (String part : text.split(",")) {
            try {
                int s = Integer.parseInt(part.strip());
                if (!STATUSES.contains(s)) {
                    throw GatewayError.badValue("order_status", text, "holds an unknown status " + s);
                }
                statuses.add(s);
            } catch (NumberFormatException e) {
                throw GatewayError.badValue("order_status", text, "must be status codes separated by commas");
            }
        }
        return statuses;
    }

    static OrderDetailResponse detail(OrderDetailRequest r, CallContext ctx) {
        long orderId = Params.required(r.orderId(), "order_id");
        List<OrderInfo> found = ctx.shop().database().read(c -> OrderStore.load(c, ctx.shop().sellerId(),
                List.of(orderId), Boolean.TRUE.equals(r.needsDeliveryInfo())));
        if (found.isEmpty()) {
            throw GatewayError.badValue("order_id", orderId, "is not an order of this shop");
        }
        return new OrderDetailResponse(found.get(0));
    }

    static BatchResult<OrderResult> accept(AcceptOrdersRequest r, CallContext ctx) {
        List<Long> ids = Params.batch(r.orderIds(), "order_ids");
        return ctx.shop().database().write(c -> {
            long now = SandboxShop.clockMillis(c);
            List<OrderResult> results = new ArrayList<>();
            for (Long id : ids) {
                results.add(OrderActions.accept(c, id, now));
            }
            return new BatchResult<>(results);
        });
    }

    static BatchResult<OrderResult> deliver(DeliverOrdersRequest r, CallContext ctx) {
        List<DeliverOrdersRequest.DeliverOrder> items = Params.batch(r.deliverOrders(), "deliver_orders");
        for (int i = 0; i < items.size(); i++) {
            DeliverOrdersRequest.DeliverOrder d = items.get(i);
            Params.required(d.orderId(), "deliver_orders[" + i + "].order_id");
            Params.required(d.logisticsCompanyId(), "deliver_orders[" + i + "].logistics_company_id");
            Params.required(d.trackingNumber(), "deliver_orders[" + i + "].tracking_number");
        }
        return ctx.shop().database().write(c -> {
            long now = SandboxShop.clockMillis(c);
            List<OrderResult> results = new ArrayList<>();
            for (DeliverOrdersRequest.DeliverOrder d : items) {
                results.add(OrderActions.deliver(c, d, now, ctx.shop().simulator()));
            }
            return new BatchResult<>(results);
        });
    }

    static OrderChangesResponse changes(OrderChangesRequest r, CallContext ctx) {
        long after = decodeCursor(r.cursor());
        int rows = r.pageRows() == null ? Params.MAX_PAGE_ROWS : Params.pageRows(r.pageRows());
        boolean delivery = Boolean.TRUE.equals(r.needsDeliveryInfo());
        return ctx.shop().database().read(c -> {
            List<Long> ids = new ArrayList<>();
            long last = after;
            boolean more = false;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT order_id, change_seq FROM orders WHERE change_seq > ? ORDER BY change_seq LIMIT ?")) {
                ps.setLong(1, after);
                ps.setInt(2, rows + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (ids.size() == rows) {
                            more = true;
                            break;
                        }
                        ids.add(rs.getLong(1));
                        last = rs.getLong(2);
                    }
                }
            }
            return new OrderChangesResponse(OrderStore.load(c, ctx.shop().sellerId(), ids, delivery),
                    encodeCursor(last), more);
        });
    }

    /** Cursors are opaque to clients: base64url of {@code "v1:<change sequence>"}. */
    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static long decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("v1:")) {
                long seq = Long.parseLong(text.substring(3));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw GatewayError.badValue("cursor", cursor, "is not a cursor this sandbox returned");
    }

    static BatchResult<OrderResult> cancel(CancelOrdersRequest r, CallContext ctx) {
        List<CancelOrdersRequest.CancelOrder> items = Params.batch(r.cancelOrders(), "cancel_orders");
        for (int i = 0; i < items.size(); i++) {
            Params.required(items.get(i).orderId(), "cancel_orders[" + i + "].order_id");
        }
        return ctx.shop().database().write(c -> {
            long now = SandboxShop.clockMillis(c);
            List<OrderResult> results = new ArrayList<>();
            for (CancelOrdersRequest.CancelOrder item : items) {
                results.add(OrderActions.cancel(c, item.orderId(), item.reason(), now));
            }
            return new BatchResult<>(results);
        });
    }

    static BatchResult<OrderResult> address(AddressUpdateRequest r, CallContext ctx) {
        Params.required(r.orderId(), "order_id");
        if (r.receiverName() != null && r.receiverName().isBlank()
                || r.receiverAddress() != null && r.receiverAddress().isBlank()) {
            throw GatewayError.badValue("receiver_name/receiver_address", "\"\"", "must not be empty when sent");
        }
        return ctx.shop().database().write(c -> new BatchResult<>(List.of(OrderActions.updateAddress(c, r))));
    }

    static BatchResult<OrderResult> memo(dev.wharf.platform.dto.MemoUpdateRequest r, CallContext ctx) {
        Params.required(r.orderId(), "order_id");
        if (r.sellerMemo() == null) {
            throw GatewayError.missing("seller_memo");
        }
        return ctx.shop().database().write(c -> new BatchResult<>(List.of(OrderActions.updateMemo(c, r.orderId(),
                r.sellerMemo()))));
    }
}
