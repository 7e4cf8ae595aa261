package dev.wharf.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Bulk inserts and look-ups through one JSON parameter: the rows are written as a JSON array of arrays (Jackson's streaming writer,
 * so every string is escaped correctly) and one statement unpacks them with {@code json_each}, e.g.
 * {@code INSERT INTO t (a, b) SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) j ORDER BY j.key}. SQLite then
 * parses and inserts in C: a 500,000-row staging insert took 3.2 s as a JDBC batch (one native call per bound value)
 * and well under a second this way (docs/benchmarks.md, "Shipping import"). Rows go in chunks, so the JSON text stays
 * small on the heap.
 */
public final class JsonRows {
    /** Rows per statement: about 1 MB of JSON for a shipment row. */
    public static final int CHUNK = 10_000;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRows() {
    }

    /** Writes one row's values (String, Integer, Long or null) into the generator's current array. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(T row, JsonGenerator out) throws IOException;
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} (whose last parameter is the JSON array, after {@code leading} bound values) once per chunk of
     * {@code rows}. Returns the number of rows the statements changed.
     */
    public static <T> int insert(Connection c, String sql, List<T> rows, RowWriter<T> writer, Object... leading)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < leading.length; i++) {
                ps.setObject(i + 1, leading[i]);
            }
            for (int from = 0; from < rows.size(); from += CHUNK) {
                ps.setString(leading.length + 1, json(rows.subList(from, Math.min(rows.size(), from + CHUNK)),
                        (row, out) -> {
                            out.writeStartArray();
                            writer.write(row, out);
                            out.writeEndArray();
                        }));
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    /**
     * Look-ups by many keys: runs {@code sql}, whose first parameter is a JSON array of at most {@link #CHUNK} of
     * {@code values} (then {@code after}), once per chunk, and hands every result row to {@code reader}, e.g.
     * {@code SELECT … FROM json_each(?) k JOIN orders o ON o.order_id = k.value} (one statement per chunk instead of
     * one per 500 bound values).
     */
    public static void select(Connection c, String sql, Collection<String> values, RowReader reader, Object... after)
            throws SQLException {
        List<String> all = new ArrayList<>(values);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < after.length; i++) {
                ps.setObject(i + 2, after[i]);
            }
            for (int from = 0; from < all.size(); from += CHUNK) {
                ps.setString(1, json(all.subList(from, Math.min(all.size(), from + CHUNK)),
                        (value, out) -> out.writeString(value)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    /** A JSON array holding what {@code writer} writes for each of {@code items}. */
    private static <T> String json(List<T> items, RowWriter<T> writer) {
        StringWriter text = new StringWriter(items.size() * 32);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.writeStartArray();
            for (T item : items) {
                writer.write(item, out);
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
