package dev.wharf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox counts the status bar shows after every local change: right, and the rejected ones read through their
 * own index (V14) rather than the whole history of done entries, which a big shipment import makes large.
 */
class OutboxRepositoryTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("wharf.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    void entries(String state, int n) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (command, aggregate_type, aggregate_id, "
                    + "payload, state, attempts, created_at) VALUES ('order.deliver', 'order', ?, '{}', ?, 0, 1)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, state + i);
                    ps.setString(2, state);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    List<String> plan(String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString("detail"));
                }
            }
            return out;
        });
    }

    @Test
    void countsPendingAndRejectedEntriesAmongTheDoneOnes() {
        entries("done", 500);
        entries("pending", 30);
        entries("sending", 2);
        entries("rejected", 4);
        OutboxRepository outbox = new OutboxRepository(db);

        assertThat(outbox.pendingCount()).isEqualTo(32);
        assertThat(outbox.needsAttentionCount()).isEqualTo(4);
    }

    @Test
    void theRejectedEntriesAreCountedAndListedWithoutReadingTheWholeHistory() {
        assertThat(plan("SELECT count(*) FROM outbox WHERE state = 'rejected'"))
                .anySatisfy(step -> assertThat(step).contains("INDEX outbox_rejected"))
                .noneSatisfy(step -> assertThat(step).as("a scan of the whole table").isEqualTo("SCAN outbox"));
        assertThat(plan("SELECT outbox_id, payload FROM outbox o WHERE o.state = 'rejected' ORDER BY o.outbox_id"))
                .anySatisfy(step -> assertThat(step).contains("INDEX outbox_rejected"))
                .noneSatisfy(step -> assertThat(step).as("a scan of the whole table").isEqualTo("SCAN o"));
    }
}
