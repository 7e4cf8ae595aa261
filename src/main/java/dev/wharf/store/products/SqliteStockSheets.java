package dev.wharf.store.products;

import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuRow;
import dev.wharf.products.sheets.SkuValues;
import dev.wharf.products.sheets.StockSheets;
import dev.wharf.store.Database;
import dev.wharf.sync.outbox.OutboxEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@link StockSheets} over the shop database: the export's stream, the import's look-ups (decision 0013). */
public final class SqliteStockSheets implements StockSheets {
    private final Database db;
    private final SqliteProductQueries queries;

    public SqliteStockSheets(Database db) {
        this.db = db;
        this.queries = new SqliteProductQueries(db);
    }

    @Override
    public Map<String, SkuValues> current(Collection<String> outerSkuIds) {
        if (outerSkuIds.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, SkuValues> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.outer_sku_id, s.stock, s.price_fen, "
                    + "coalesce(s.vip_price_fen, 0), coalesce(s.new_customer_price_fen, 0), EXISTS (SELECT 1 FROM "
                    + "outbox o WHERE o.aggregate_type = 'sku' AND o.aggregate_id = s.outer_sku_id AND o.state IN "
                    + "('pending', 'sending')) FROM sku s WHERE s.used = 1 AND s.outer_sku_id IN "
                    + "(SELECT value FROM json_each(?))")) {
                ps.setString(1, PropertiesText.jsonArray(List.copyOf(outerSkuIds)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new SkuValues(rs.getString(1), rs.getInt(2), rs.getLong(3),
                                rs.getLong(4), rs.getLong(5), rs.getInt(6) == 1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long count(SkuFilter filter) {
        return queries.count(filter);
    }

    @Override
    public void forEach(SkuFilter filter, Consumer<SkuRow> sink) {
        db.read(c -> {
            int lowDefault = SqliteProductQueries.lowStockDefault(c);
            SkuListSql sql = new SkuListSql(filter, lowDefault, SkuListSql.selectiveWords(c, filter,
                    SqliteProductQueries.SELECTIVE));
            List<Object> params = new ArrayList<>();
            params.add(lowDefault);
            params.addAll(sql.params);
            try (PreparedStatement ps = SqliteProductQueries.prepare(c, sql.all(), params);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(queries.row(rs));
                }
            }
            return null;
        });
    }

    @Override
    public Map<Long, Answer> answers(Collection<Long> outboxIds) {
        if (outboxIds.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, Answer> out = new HashMap<>();
            StringBuilder json = new StringBuilder("[");
            for (long id : outboxIds) {
                json.append(json.length() > 1 ? "," : "").append(id);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT outbox_id, state, last_error FROM outbox "
                    + "WHERE outbox_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, json.append(']').toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Answer(OutboxEntry.State.of(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }
}
