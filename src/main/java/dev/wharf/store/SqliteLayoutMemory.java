package dev.wharf.store;

import dev.wharf.spreadsheet.LayoutMemory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link LayoutMemory} in a table of the shop database ({@code layout_key, mapping, updated_at}: shipping's
 * {@code shipping_mapping}, V5; products' {@code product_mapping}, V12). The mapping is a JSON object of field id →
 * 0-based column.
 */
public final class SqliteLayoutMemory implements LayoutMemory {
    private final Database db;
    private final String table;
    private final Clock clock;

    /** @param table one of the mapping tables (never user input) */
    public SqliteLayoutMemory(Database db, String table, Clock clock) {
        if (!table.matches("[a-z_]+_mapping")) {
            throw new IllegalArgumentException("not a mapping table: " + table);
        }
        this.db = Objects.requireNonNull(db, "db");
        this.table = table;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Map<String, Integer>> find(String layoutKey) {
        String json = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT mapping FROM " + table + " WHERE layout_key = ?")) {
                ps.setString(1, layoutKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String pair : json.replaceAll("[{}\"\\s]", "").split(",")) {
            String[] kv = pair.split(":");
            if (kv.length == 2) {
                out.put(kv[0], Integer.valueOf(kv[1]));
            }
        }
        return Optional.of(out);
    }

    @Override
    public void remember(String layoutKey, Map<String, Integer> columns) {
        StringBuilder json = new StringBuilder("{");
        columns.forEach((id, col) -> json.append(json.length() > 1 ? "," : "").append('"').append(id).append("\":")
                .append(col));
        json.append('}');
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (layout_key, mapping, "
                    + "updated_at) VALUES (?, ?, ?) ON CONFLICT (layout_key) DO UPDATE SET mapping = excluded.mapping, "
                    + "updated_at = excluded.updated_at")) {
                ps.setString(1, layoutKey);
                ps.setString(2, json.toString());
                ps.setLong(3, clock.millis());
                return ps.executeUpdate();
            }
        });
    }
}
