package dev.wharf.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Conversions from the platform's DTO values to store columns (decision 0003), and small JDBC helpers. */
final class Rows {
    private static final ObjectMapper JSON = Json.mapper();

    private Rows() {
    }

    /** Exact fen of a platform amount (at most 2 decimals; more are rounded half-even), or null. */
    static Long fen(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
    }

    static long fenOrZero(BigDecimal yuan) {
        Long f = fen(yuan);
        return f == null ? 0 : f;
    }

    /** A ratio or score in ten-thousandths (4 decimals exact), or null. */
    static Long e4(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_EVEN).movePointRight(4).longValueExact();
    }

    /** Epoch ms of a platform time (GMT+8 {@code yyyy-MM-dd HH:mm:ss}); null when absent or unreadable. */
    static Long at(String platformTime) {
        Instant i = GatewayTime.tryParse(platformTime);
        return i == null ? null : i.toEpochMilli();
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getMessage(), e);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static void setBool(PreparedStatement ps, int i, Boolean v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v ? 1 : 0);
        }
    }

    /** Ids of aggregates of this type with an unconfirmed outbox entry (pending or being sent). */
    static Set<String> pending(Connection c, String aggregateType) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT aggregate_id FROM outbox "
                + "WHERE aggregate_type = ? AND state IN ('pending', 'sending')")) {
            ps.setString(1, aggregateType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Remembers rows left alone because of a pending local change. */
    static void defer(Connection c, String aggregateType, Collection<String> ids, long now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_deferred (aggregate_type, aggregate_id, "
                + "deferred_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String id : ids) {
                ps.setString(1, aggregateType);
                ps.setString(2, id);
                ps.setLong(3, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Forgets deferred rows that were just written from the platform (cheap when nothing is deferred). */
    static void undefer(Connection c, String aggregateType, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement any = c.prepareStatement(
                "SELECT 1 FROM sync_deferred WHERE aggregate_type = ? LIMIT 1")) {
            any.setString(1, aggregateType);
            try (ResultSet rs = any.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM sync_deferred WHERE aggregate_type = ? AND aggregate_id = ?")) {
            for (String id : ids) {
                ps.setString(1, aggregateType);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes sync-state entries (null value: remove) on the connection's transaction. */
    static void putState(Connection c, Map<String, String> state, long now) throws SQLException {
        if (state == null || state.isEmpty()) {
            return;
        }
        try (PreparedStatement put = c.prepareStatement("INSERT INTO sync_state (key, value, updated_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                + "updated_at = excluded.updated_at");
             PreparedStatement del = c.prepareStatement("DELETE FROM sync_state WHERE key = ?")) {
            for (Map.Entry<String, String> e : state.entrySet()) {
                if (e.getValue() == null) {
                    del.setString(1, e.getKey());
                    del.executeUpdate();
                } else {
                    put.setString(1, e.getKey());
                    put.setString(2, e.getValue());
                    put.setLong(3, now);
                    put.executeUpdate();
                }
            }
        }
    }
}
