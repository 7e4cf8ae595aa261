package dev.wharf.store.shipping;

import dev.wharf.orders.OrderFilter;
import dev.wharf.shipping.Field;
import dev.wharf.shipping.ImportLog;
import dev.wharf.shipping.Leg;
import dev.wharf.shipping.LogisticsCompany;
import dev.wharf.shipping.MappingMemory;
import dev.wharf.shipping.ShipmentSource;
import dev.wharf.shipping.ShippingFacts;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.store.Database;
import dev.wharf.store.JsonRows;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.orders.FilterSql;
import dev.wharf.sync.outbox.OutboxEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The shipping feature's SQL: facts for validation, remembered mappings, the import log and the export's orders. */
public final class SqliteShipping implements ShippingFacts, MappingMemory, ImportLog, ShipmentSource {
    /** A 拼邮 order: its delivery type (V3's derived column, from its lines; the orders list uses the same). */
    private static final String CONSOLIDATED = "coalesce(o.delivery_type = 7, 0)";
    /** A refund under review: V3's derived refund_state (2 = a refund is open), or a line's refund status. */
    private static final String OPEN_REFUND = "(o.refund_state = 2 OR EXISTS (SELECT 1 FROM order_item i "
            + "WHERE i.order_id = o.order_id AND i.refund_status = 0))";

    /** The receiver's columns, read by {@link #receiver}. */
    private static final String RECEIVER = "o.order_id, o.receiver_name, coalesce(o.receiver_mobile, o.receiver_phone), "
            + "o.receiver_state, o.receiver_address";

    private final Database db;
    private final Clock clock;
    private final SqliteLayoutMemory mappings;

    public SqliteShipping(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.mappings = new SqliteLayoutMemory(db, "shipping_mapping", clock);
    }

    // ------------------------------------------------------------------ facts

    @Override
    public List<LogisticsCompany> companies() {
        return db.read(c -> {
            List<LogisticsCompany> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT company_code, short_name, company_name FROM "
                    + "logistics_company ORDER BY company_code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LogisticsCompany(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, OrderFacts> orders(Collection<String> orderIds) {
        return db.read(c -> {
            Map<String, OrderFacts> out = new HashMap<>();
            JsonRows.select(c, "SELECT o.order_id, o.trade_id, o.status, " + CONSOLIDATED + ", " + OPEN_REFUND
                    + ", o.domestic_delivered FROM json_each(?) k JOIN orders o ON o.order_id = k.value", orderIds,
                    rs -> out.put(rs.getString(1), new OrderFacts(rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6))));
            return out;
        });
    }

    @Override
    public Map<String, String> receivers(Collection<String> orderIds) {
        return db.read(c -> {
            Map<String, String> out = new HashMap<>();
            JsonRows.select(c, "SELECT " + RECEIVER + " FROM json_each(?) k JOIN orders o ON o.order_id = k.value",
                    orderIds, rs -> out.put(rs.getString(1), receiver(rs, 1)));
            return out;
        });
    }

    @Override
    public Map<String, List<TrackingUse>> trackingUses(Collection<String> trackingNumbers, Leg leg) {
        return db.read(c -> {
            Map<String, List<TrackingUse>> out = new HashMap<>();
            JsonRows.select(c, "SELECT d.tracking_number, o.order_id, o.trade_id, " + CONSOLIDATED + ", " + RECEIVER
                    + " FROM json_each(?) k JOIN delivery d ON d.tracking_number = k.value "
                    + "JOIN orders o ON o.order_id = d.order_id WHERE d.leg = ?", trackingNumbers,
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TrackingUse(
                            rs.getString(2), rs.getString(3), rs.getBoolean(4), receiver(rs, 5))), leg.code());
            return out;
        });
    }

    private static String receiver(ResultSet rs, int from) throws SQLException {
        return ShippingFacts.receiverKey(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2),
                rs.getString(from + 3), rs.getString(from + 4));
    }

    // ------------------------------------------------------------------ mapping memory

    @Override
    public Optional<Map<Field, Integer>> find(String layoutKey) {
        return mappings.find(layoutKey).map(byId -> {
            Map<Field, Integer> out = new EnumMap<>(Field.class);
            out.putAll(ColumnMap.ofIds(byId, Field.values()));
            return out;
        });
    }

    @Override
    public void remember(String layoutKey, Map<Field, Integer> columns) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        columns.forEach((f, col) -> byId.put(f.id(), col));
        mappings.remember(layoutKey, byId);
    }

    // ------------------------------------------------------------------ import log

    @Override
    public long record(String fileName, Leg leg, int rowsInFile, List<AppliedRow> rows) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shipment_import (file_name, leg, rows_in_file, "
                    + "created_at) VALUES (?, ?, ?, ?) RETURNING import_id")) {
                ps.setString(1, fileName);
                ps.setInt(2, leg.code());
                ps.setInt(3, rowsInFile);
                ps.setLong(4, clock.millis());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            JsonRows.insert(c, "INSERT INTO shipment_import_row (import_id, row_number, order_id, tracking_number, "
                    + "outbox_id) SELECT ?, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 "
                    + "FROM json_each(?) j", rows, (r, out) -> {
                        out.writeNumber(r.row());
                        out.writeString(r.orderId());
                        out.writeString(r.tracking());
                        out.writeNumber(r.outboxId());
                    }, id);
            return id;
        });
    }

    @Override
    public Optional<Long> latest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(import_id) FROM shipment_import");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.<Long>empty() : Optional.of(id);
            }
        });
    }

    @Override
    public List<ResultRow> results(long importId) {
        return db.read(c -> {
            List<ResultRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.row_number, r.order_id, r.tracking_number, "
                    + "b.state, b.last_error FROM shipment_import_row r JOIN outbox b ON b.outbox_id = r.outbox_id "
                    + "WHERE r.import_id = ? ORDER BY r.row_number")) {
                ps.setLong(1, importId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ResultRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                                OutboxEntry.State.of(rs.getString(4)), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ export

    private static String where(Filter filter) {
        return filter.leg() == Leg.DOMESTIC ? "o.status = 3 AND o.domestic_delivered = 0 AND " + CONSOLIDATED
                : "o.status = 17";
    }

    @Override
    public long count(Filter filter) {
        return count(filter, null);
    }

    @Override
    public void awaiting(Filter filter, Consumer<ExportRow> sink) {
        awaiting(filter, null, sink);
    }

    /**
     * The export's orders narrowed to those the orders list shows with {@code list} (its tab, filters and search;
     * decision 0008): "export for shipping" from the Orders screen. Streams like the whole export.
     */
    public ShipmentSource within(OrderFilter list) {
        return new ShipmentSource() {
            @Override
            public long count(Filter filter) {
                return SqliteShipping.this.count(filter, list);
            }

            @Override
            public void awaiting(Filter filter, Consumer<ExportRow> sink) {
                SqliteShipping.this.awaiting(filter, list, sink);
            }
        };
    }

    private long count(Filter filter, OrderFilter list) {
        if (!filter.orderIds().isEmpty()) {
            return filter.orderIds().size();
        }
        return db.read(c -> {
            FilterSql narrow = list == null ? null : FilterSql.forList(c, list, clock);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders o WHERE " + where(filter)
                    + (narrow == null ? "" : " AND " + narrow.sql()))) {
                if (narrow != null) {
                    narrow.bind(ps, 1);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private void awaiting(Filter filter, OrderFilter list, Consumer<ExportRow> sink) {
        Set<String> only = new HashSet<>(filter.orderIds());
        db.read(c -> {
            FilterSql narrow = list == null ? null : FilterSql.forList(c, list, clock);
            try (PreparedStatement ps = c.prepareStatement("SELECT o.order_id, o.trade_id, o.receiver_name, "
                    + "trim(coalesce(o.receiver_state, '') || ' ' || coalesce(o.receiver_address, '')), "
                    + "coalesce(o.receiver_mobile, o.receiver_phone), (SELECT group_concat(i.product_title || "
                    + "coalesce(' (' || i.sku_properties_name || ')', '') || ' ×' || i.quantity, '; ') FROM order_item i "
                    + "WHERE i.order_id = o.order_id), (SELECT max(i.delivery_type) FROM order_item i WHERE "
                    + "i.order_id = o.order_id), o.buyer_remark FROM orders o WHERE " + where(filter)
                    + (narrow == null ? "" : " AND " + narrow.sql()) + " ORDER BY o.paid_at, o.order_id")) {
                if (narrow != null) {
                    narrow.bind(ps, 1);
                }
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!only.isEmpty() && !only.contains(rs.getString(1))) {
                            continue;
                        }
                        sink.accept(new ExportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8)));
                    }
                }
            }
            return null;
        });
    }
}
