package dev.wharf.store;

import dev.wharf.orders.AcceptLine;
import dev.wharf.orders.AcceptSource;
import dev.wharf.orders.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link AcceptSource} over the shop database: order lines, SKU stock and outbox states, in chunks. */
public final class SqliteAcceptSource implements AcceptSource {
    private static final int MAX_IDS = 500;
    private final Database db;

    public SqliteAcceptSource(Database db) {
        this.db = db;
    }

    @Override
    public List<AcceptLine> lines(Collection<String> orderIds) {
        List<String> ids = limited(orderIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT o.order_id, o.trade_id, o.status, coalesce(o.paid_at, 0), i.sku_id, i.product_title, "
                + "coalesce(i.quantity, 0) FROM orders o LEFT JOIN order_item i ON i.order_id = o.order_id "
                + "WHERE o.order_id IN (" + marks(ids.size()) + ") ORDER BY o.order_id, i.position, i.order_item_id";
        return db.read(c -> {
            List<AcceptLine> out = new ArrayList<>();
            try (PreparedStatement ps = bind(c, sql, ids); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AcceptLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7)));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, Integer> stock(Collection<String> skuKeys) {
        List<String> all = List.copyOf(skuKeys);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < all.size(); i += MAX_IDS) {
            List<String> ids = all.subList(i, Math.min(all.size(), i + MAX_IDS));
            String sql = "SELECT sku_id, stock FROM sku WHERE sku_id IN (" + marks(ids.size()) + ")";
            out.putAll(db.read(c -> {
                Map<String, Integer> m = new HashMap<>();
                try (PreparedStatement ps = bind(c, sql, ids); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getInt(2));
                    }
                }
                return m;
            }));
        }
        return out;
    }

    @Override
    public List<String> awaitingAccept() {
        return strings("SELECT order_id FROM orders WHERE status = ? ORDER BY paid_at, order_id",
                String.valueOf(OrderStatus.AWAITING_ACCEPT.code()));
    }

    @Override
    public List<String> ordersOfTrade(String tradeId) {
        return strings("SELECT order_id FROM orders WHERE trade_id = ? ORDER BY order_id", tradeId);
    }

    @Override
    public Map<Long, EntryState> entryStates(Collection<Long> outboxIds) {
        List<String> ids = limited(outboxIds.stream().map(String::valueOf).toList());
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT outbox_id, state, last_error FROM outbox WHERE outbox_id IN (" + marks(ids.size()) + ")";
        return db.read(c -> {
            Map<Long, EntryState> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, Long.parseLong(ids.get(i)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new EntryState(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    private List<String> strings(String sql, String arg) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private static List<String> limited(Collection<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids per query");
        }
        return List.copyOf(ids);
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static PreparedStatement bind(Connection c, String sql, List<String> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setString(i + 1, args.get(i));
        }
        return ps;
    }
}
