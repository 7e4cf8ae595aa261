package dev.wharf.store;

import dev.wharf.privacy.Access;
import dev.wharf.privacy.AccessStore;
import dev.wharf.privacy.AuditEntry;
import dev.wharf.privacy.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link AccessStore} over the shop database: {@code access_control} and the append-only {@code audit_log} (V4). */
public final class SqliteAccessStore implements AccessStore {
    private static final String AUDIT_COLUMNS = "SELECT at, profile, role, action, what, order_id, detail FROM audit_log ";
    private final Database db;

    public SqliteAccessStore(Database db) {
        this.db = db;
    }

    @Override
    public Access access() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT role, personal_data_granted FROM access_control WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Access(Role.of(rs.getString(1)), rs.getInt(2) == 1) : Access.DEFAULT;
            }
        });
    }

    @Override
    public void setAccess(Access access, AuditEntry change) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_control(id, role, "
                    + "personal_data_granted, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    + "role = excluded.role, personal_data_granted = excluded.personal_data_granted, "
                    + "updated_at = excluded.updated_at")) {
                ps.setString(1, access.role().code());
                ps.setInt(2, access.personalDataGranted() ? 1 : 0);
                ps.setLong(3, change.at().toEpochMilli());
                ps.executeUpdate();
            }
            insert(c, List.of(change));
            return null;
        });
    }

    @Override
    public void record(List<AuditEntry> entries) {
        db.write(c -> {
            insert(c, entries);
            return null;
        });
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(AUDIT_COLUMNS + "ORDER BY audit_id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return rows(ps);
            }
        });
    }

    @Override
    public List<AuditEntry> ofOrder(String orderId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(AUDIT_COLUMNS
                    + "WHERE order_id = ? ORDER BY audit_id DESC")) {
                ps.setString(1, orderId);
                return rows(ps);
            }
        });
    }

    private static void insert(Connection c, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(at, profile, role, action, what, "
                + "order_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : entries) {
                ps.setLong(1, e.at().toEpochMilli());
                ps.setString(2, e.profile());
                ps.setString(3, e.role().code());
                ps.setString(4, e.action().code());
                ps.setString(5, e.what());
                ps.setString(6, e.orderId());
                ps.setString(7, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<AuditEntry> rows(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), Role.of(rs.getString(3)),
                        AuditEntry.Action.of(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }
}
