package dev.wharf.store.orders;

import dev.wharf.orders.Cart;
import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderCursor;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderLine;
import dev.wharf.orders.OrderList;
import dev.wharf.orders.OrderPage;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.TabCounts;
import dev.wharf.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link OrderList} over the shop database. A page is one keyset seek on {@code (urgency, order_id)} for the
 * matching orders, then their carts: all orders of those trades, their items, and which of them match. A cart is
 * listed where its most urgent matching order falls, so it appears on exactly one page.
 */
public final class SqliteOrderList implements OrderList {
    private static final String ORDER_COLUMNS = "o.order_id, o.trade_id, o.status, o.delivery_type, o.amount_fen, "
            + "o.payment_fen, o.ordered_at, o.paid_at, o.due_at, o.urgency, o.receiver_name, o.buyer_id, "
            + "o.buyer_remark, o.color_flag, o.refund_state";
    private static final String COUNTS = "SELECT "
            + "(SELECT count(*) FROM orders o WHERE o.status = 2), "
            + "(SELECT count(*) FROM orders o WHERE o.status = 17), "
            + "(SELECT count(*) FROM orders o WHERE o.status = 3 AND o.delivery_type = 7 AND o.domestic_delivered = 0), "
            + "(SELECT count(*) FROM orders o WHERE o.status = 3), "
            + "(SELECT count(*) FROM orders o WHERE o.status = 4), "
            + "(SELECT count(*) FROM orders o WHERE o.refund_state > 0 AND o.refund_state = 2), "
            + "(SELECT count(*) FROM orders o WHERE o.refund_state > 0), "
            + "(SELECT count(*) FROM orders o WHERE o.status IN (12, 13, 14, 18)), "
            + "(SELECT count(*) FROM orders)";
    private static final OrderTab[] COUNT_ORDER = {OrderTab.AWAITING_ACCEPT, OrderTab.AWAITING_SHIPMENT,
        OrderTab.DOMESTIC_LEG_PENDING, OrderTab.SHIPPED, OrderTab.RECEIVED, OrderTab.REFUNDS_OPEN,
        OrderTab.REFUNDS_ALL, OrderTab.CANCELLED, OrderTab.ALL};

    private final Database db;
    private final Deadlines deadlines;

    public SqliteOrderList(Database db, Clock clock) {
        this.db = db;
        this.deadlines = new Deadlines(clock);
    }

    @Override
    public OrderPage page(OrderFilter filter, Optional<OrderCursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page size must be positive: " + limit);
        }
        return db.read(c -> {
            FilterSql where = FilterSql.of(filter, deadlines.atRiskLimit().toEpochMilli(),
                    term -> FilterSql.exactHit(c, term));
            List<OrderCursor> rows = new ArrayList<>();
            List<String> trades = new ArrayList<>();
            seek(c, where, after, limit, rows, trades);
            Optional<OrderCursor> next = rows.size() == limit ? Optional.of(rows.get(rows.size() - 1))
                    : Optional.empty();
            if (trades.isEmpty()) {
                return new OrderPage(List.of(), next);
            }
            Set<OrderCursor> onPage = new HashSet<>(rows);
            Set<String> matching = matching(c, where, trades);
            Map<String, List<OrderSummary>> byTrade = ordersOf(c, trades, matching);
            List<Cart> carts = new ArrayList<>();
            for (String trade : trades) {
                List<OrderSummary> orders = byTrade.getOrDefault(trade, List.of());
                Optional<OrderCursor> anchor = orders.stream().filter(OrderSummary::matches)
                        .map(OrderSummary::cursor).findFirst();
                if (anchor.isPresent() && onPage.contains(anchor.get())) {
                    carts.add(new Cart(trade, orders));
                }
            }
            return new OrderPage(carts, next);
        });
    }

    private static void seek(Connection c, FilterSql where, Optional<OrderCursor> after, int limit,
                             List<OrderCursor> rows, List<String> trades) throws SQLException {
        String sql = "SELECT o.urgency, o.order_id, o.trade_id FROM orders o WHERE " + where.sql()
                + (after.isPresent() ? " AND (o.urgency, o.order_id) > (?, ?)" : "")
                + " ORDER BY o.urgency, o.order_id LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = where.bind(ps, 1);
            if (after.isPresent()) {
                ps.setLong(i++, after.get().urgency());
                ps.setString(i++, after.get().orderId());
            }
            ps.setInt(i, limit);
            Set<String> seen = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OrderCursor(rs.getLong(1), rs.getString(2)));
                    if (seen.add(rs.getString(3))) {
                        trades.add(rs.getString(3));
                    }
                }
            }
        }
    }

    private static Set<String> matching(Connection c, FilterSql where, List<String> trades) throws SQLException {
        String sql = "SELECT o.order_id FROM orders o INDEXED BY orders_trade WHERE o.trade_id IN ("
                + marks(trades.size()) + ") AND " + where.sql();
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String t : trades) {
                ps.setString(i++, t);
            }
            where.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Every order of these trades with its items, each trade's orders by (urgency, order id). */
    private static Map<String, List<OrderSummary>> ordersOf(Connection c, List<String> trades, Set<String> matching)
            throws SQLException {
        List<Object[]> raw = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders o WHERE o.trade_id IN ("
                + marks(trades.size()) + ") ORDER BY o.urgency, o.order_id")) {
            for (int i = 0; i < trades.size(); i++) {
                ps.setString(i + 1, trades.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.add(new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), intOrNull(rs, 4),
                        rs.getLong(5), rs.getLong(6), instant(rs, 7), instant(rs, 8), instant(rs, 9), rs.getLong(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), intOrNull(rs, 14), rs.getInt(15)});
                }
            }
        }
        Map<String, List<OrderLine>> lines = linesOf(c, raw.stream().map(r -> (String) r[0]).toList());
        Map<String, List<OrderSummary>> byTrade = new LinkedHashMap<>();
        for (Object[] r : raw) {
            String id = (String) r[0];
            OrderSummary o = new OrderSummary(id, (String) r[1], (Integer) r[2], (Integer) r[3], (Long) r[4],
                    (Long) r[5], (Instant) r[6], (Instant) r[7], (Instant) r[8], (Long) r[9], (String) r[10],
                    (String) r[11], (String) r[12], (Integer) r[13], (Integer) r[14], matching.contains(id),
                    lines.getOrDefault(id, List.of()));
            byTrade.computeIfAbsent(o.tradeId(), k -> new ArrayList<>()).add(o);
        }
        return byTrade;
    }

    private static Map<String, List<OrderLine>> linesOf(Connection c, List<String> orderIds) throws SQLException {
        Map<String, List<OrderLine>> out = new HashMap<>();
        if (orderIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, product_title, sku_properties_name, "
                + "quantity, price_fen, payment_fen FROM order_item WHERE order_id IN (" + marks(orderIds.size())
                + ") ORDER BY order_id, position")) {
            for (int i = 0; i < orderIds.size(); i++) {
                ps.setString(i + 1, orderIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new OrderLine(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return out;
    }

    @Override
    public TabCounts tabCounts() {
        return db.read(c -> {
            Map<OrderTab, Long> counts = new EnumMap<>(OrderTab.class);
            try (PreparedStatement ps = c.prepareStatement(COUNTS); ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < COUNT_ORDER.length; i++) {
                    counts.put(COUNT_ORDER[i], rs.getLong(i + 1));
                }
            }
            return new TabCounts(counts);
        });
    }

    @Override
    public List<String> awaitingAcceptIn(List<String> tradeIds) {
        if (tradeIds.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id FROM orders WHERE status = 2 AND "
                    + "trade_id IN (" + marks(tradeIds.size()) + ") ORDER BY urgency, order_id")) {
                for (int i = 0; i < tradeIds.size(); i++) {
                    ps.setString(i + 1, tradeIds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return Collections.unmodifiableList(ids);
        });
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

}
