package dev.wharf.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Reads of the outbox of local commands waiting for the platform. The sync engine adds writes. */
public final class OutboxRepository {
    private final Database db;

    public OutboxRepository(Database db) {
        this.db = db;
    }

    /** Commands not yet confirmed by the platform (pending or being sent). */
    public long pendingCount() {
        return count("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
    }

    /** Commands the platform rejected, waiting for the user to retry, edit or discard them. */
    public long needsAttentionCount() {
        return count("SELECT count(*) FROM outbox WHERE state = 'rejected'");
    }

    private long count(String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
