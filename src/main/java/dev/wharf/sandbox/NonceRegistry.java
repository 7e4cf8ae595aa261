package dev.wharf.sandbox;

import dev.wharf.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nonces seen within the replay window (10 minutes of wall-clock time, the same window as the timestamp check: a
 * request older than that is refused by its timestamp anyway). The check is in memory and atomic; accepted nonces are
 * written to the sandbox database in small batches ({@link #flush}), so a restarted sandbox still refuses a replay of
 * a request it accepted before the restart (except one accepted in the last flush interval before a crash).
 */
final class NonceRegistry {
    static final Duration WINDOW = Duration.ofMinutes(10);

    private record Seen(String key, String appId, String nonce, long at) {
    }

    private final Database db;
    private final Map<String, Long> seen = new HashMap<>();
    private final ArrayDeque<Seen> byTime = new ArrayDeque<>();
    private final List<Seen> unsaved = new ArrayList<>();

    NonceRegistry(Database db, long nowMillis) {
        this.db = db;
        long from = nowMillis - WINDOW.toMillis();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT app_id, nonce, seen_at FROM nonce WHERE seen_at >= ? ORDER BY seen_at")) {
                ps.setLong(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Seen s = new Seen(key(rs.getString(1), rs.getString(2)), rs.getString(1), rs.getString(2),
                                rs.getLong(3));
                        seen.put(s.key(), s.at());
                        byTime.addLast(s);
                    }
                }
            }
            return null;
        });
    }

    private static String key(String appId, String nonce) {
        return appId + '\u0000' + nonce;
    }

    /** Records the nonce and returns true, or returns false if it was already used within the window. */
    synchronized boolean firstUse(String appId, String nonce, long nowMillis) {
        prune(nowMillis);
        String key = key(appId, nonce);
        Long previous = seen.get(key);
        if (previous != null && nowMillis - previous <= WINDOW.toMillis()) {
            return false;
        }
        Seen s = new Seen(key, appId, nonce, nowMillis);
        seen.put(key, nowMillis);
        byTime.addLast(s);
        unsaved.add(s);
        return true;
    }

    private void prune(long nowMillis) {
        long limit = nowMillis - WINDOW.toMillis();
        while (!byTime.isEmpty() && byTime.peekFirst().at() < limit) {
            Seen old = byTime.removeFirst();
            seen.remove(old.key(), old.at());
        }
    }

    /** Writes the nonces accepted since the last flush and deletes expired rows. */
    void flush(long nowMillis) {
        List<Seen> batch;
        synchronized (this) {
            if (unsaved.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(unsaved);
            unsaved.clear();
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO nonce (app_id, nonce, seen_at) VALUES (?, ?, ?)")) {
                for (Seen s : batch) {
                    ps.setString(1, s.appId());
                    ps.setString(2, s.nonce());
                    ps.setLong(3, s.at());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM nonce WHERE seen_at < ?")) {
                ps.setLong(1, nowMillis - WINDOW.toMillis());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
