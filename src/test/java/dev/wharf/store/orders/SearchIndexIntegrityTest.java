package dev.wharf.store.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderTab;
import dev.wharf.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search follows changes and rolled-back transactions, and the database stays sound: SQLite's full integrity check
 * passes (a trigram FTS5 index kept by triggers failed it; decision 0008).
 */
class SearchIndexIntegrityTest {
    @TempDir
    Path dir;

    @Test
    void changesAndRollbacksKeepTheDatabaseSoundAndTheSearchRight() {
        try (Database db = Database.open(dir.resolve("wharf.db"))) {
            TestOrders t = new TestOrders(db);
            t.order("1", "T1", 2, 2, 100, Instant.now(), "王芳", "13800001111");
            t.order("2", "T2", 17, 2, 100, Instant.now(), "李雷", "13900002222");
            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE orders SET receiver_name = '张三丰' WHERE order_id = '1'")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery (order_id, leg, "
                        + "logistics_company_code, tracking_number) VALUES ('2', 1, 'x', 'CR2200')")) {
                    ps.executeUpdate();
                }
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(db.check().problems()).as("after a rollback").isEmpty();

            t.delivery("2", 1, "CR2211");
            t.sql("UPDATE orders SET receiver_name = '张三丰' WHERE order_id = '1'");
            t.sql("DELETE FROM delivery WHERE order_id = '2'");
            t.delivery("2", 1, "CR2233");

            assertThat(db.check().problems()).as("after changes").isEmpty();
            SqliteOrderList list = new SqliteOrderList(db, Clock.systemUTC());
            OrderFilter all = OrderFilter.of(OrderTab.ALL);
            assertThat(list.page(all.withSearch("张三丰"), Optional.empty(), 10).carts()).hasSize(1);
            assertThat(list.page(all.withSearch("王芳 0001111"), Optional.empty(), 10).carts()).isEmpty();
            assertThat(list.page(all.withSearch("CR2233"), Optional.empty(), 10).carts()).hasSize(1);
            assertThat(list.page(all.withSearch("CR2211"), Optional.empty(), 10).carts()).isEmpty();
            assertThat(list.page(all.withSearch("CR2200"), Optional.empty(), 10).carts()).isEmpty();
        }
    }
}
