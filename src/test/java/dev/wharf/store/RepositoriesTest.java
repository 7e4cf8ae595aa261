package dev.wharf.store;

import static dev.wharf.store.Sqlite.insertOrder;
import static dev.wharf.store.Sqlite.insertRefund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.TodoCounts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small repositories over the shop database: outbox counts, sync bookkeeping, the to-do counts. */
class RepositoriesTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("shop.db"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void outboxCountsPendingAndSendingAsPendingAndRejectedAsNeedingAttention() {
        OutboxRepository outbox = new OutboxRepository(db);
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.needsAttentionCount()).isZero();

        db.write(c -> {
            addOutbox(c, "pending", 2);
            addOutbox(c, "sending", 1);
            addOutbox(c, "rejected", 3);
            addOutbox(c, "done", 4);
            addOutbox(c, "discarded", 1);
            return null;
        });

        assertThat(outbox.pendingCount()).isEqualTo(3);
        assertThat(outbox.needsAttentionCount()).isEqualTo(3);
    }

    @Test
    void syncStateStoresAndOverwritesValues() {
        SyncStateRepository state = new SyncStateRepository(db);
        assertThat(state.get("orders.cursor")).isEmpty();

        state.put("orders.cursor", "2024-06-01 10:00:00");
        state.put("products.page", "7");
        assertThat(state.get("orders.cursor")).contains("2024-06-01 10:00:00");
        assertThat(state.get("products.page")).contains("7");

        state.put("orders.cursor", "2024-06-02 08:30:00");
        assertThat(state.get("orders.cursor")).contains("2024-06-02 08:30:00");
        assertThat(Sqlite.rows(db, "sync_state")).isEqualTo(2);
    }

    @Test
    void lastSyncRoundTripsToTheMillisecondAndSurvivesReopening() {
        SyncStateRepository state = new SyncStateRepository(db);
        assertThat(state.lastSync()).isEmpty();
        Instant when = Instant.parse("2024-06-01T02:03:04.567Z");

        state.markSynced(when);
        assertThat(state.lastSync()).contains(when);

        db.close();
        db = Database.open(dir.resolve("shop.db"));
        assertThat(new SyncStateRepository(db).lastSync()).contains(when);
    }

    @Test
    void todoCountsCountOrdersToAcceptTheirCartsOrdersToShipAndOpenRefunds() {
        SqliteOrderQueries queries = new SqliteOrderQueries(db);
        assertThat(queries.todoCounts()).isEqualTo(new TodoCounts(0, 0, 0, 0, 0));

        db.write(c -> {
            insertOrder(c, "1001", "cart-1", 2); // two orders of one cart awaiting accept
            insertOrder(c, "1002", "cart-1", 2);
            insertOrder(c, "1003", "cart-2", 17); // accepted: to ship
            insertOrder(c, "1004", "cart-3", 1); // unpaid, shipped, cancelled: nothing to do
            insertOrder(c, "1005", "cart-4", 3);
            insertOrder(c, "1006", "cart-5", 13);
            insertRefund(c, "r-1", "1003", 0); // open, requested long ago: its deadline has passed
            insertRefund(c, "r-2", "1005", -1); // rejected
            insertRefund(c, "r-3", "1006", 1); // approved
            return null;
        });

        assertThat(queries.todoCounts()).isEqualTo(new TodoCounts(2, 1, 1, 1, 1));
    }

    private static void addOutbox(Connection c, String state, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox(command, aggregate_type, aggregate_id, "
                + "payload, state, created_at) VALUES ('order.accept', 'order', ?, '{\"orderId\":\"1001\"}', ?, 0)")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, state + "-" + i);
                ps.setString(2, state);
                ps.executeUpdate();
            }
        }
    }
}
