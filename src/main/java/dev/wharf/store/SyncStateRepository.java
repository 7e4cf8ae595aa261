package dev.wharf.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Key/value bookkeeping of the sync engine (cursors, resumable positions, last successful sync). */
public final class SyncStateRepository {
    public static final String LAST_SYNC = "last_sync_at";

    private final Database db;

    public SyncStateRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_state(key, value, updated_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                    + "updated_at = excluded.updated_at")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.setLong(3, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Instant> lastSync() {
        return get(LAST_SYNC).map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
    }

    public void markSynced(Instant when) {
        put(LAST_SYNC, Long.toString(when.toEpochMilli()));
    }
}
