package dev.wharf.store.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.OrderTab;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trigram search index (V8) follows changes and rolled-back transactions, is built for a shop stored before it
 * existed, is not touched by status-only updates, and the database stays sound: SQLite's full integrity check passes
 * (decision 0008 — the check run on a long-lived reader reported false FTS5 corruption; {@link Database#check()}
 * uses a fresh connection).
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
            SqliteOrderList list = new SqliteOrderList(db, Clock.systemUTC());
            OrderFilter all = OrderFilter.of(OrderTab.ALL);
            // a pooled reader reads the index before the writes below (the case that once looked like corruption)
            assertThat(ids(list, all.withSearch("0001111"))).containsExactly("1");
            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE orders SET receiver_name = '张三丰' WHERE order_id = '1'")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery (order_id, leg, "
                        + "logistics_company_code, tracking_number) VALUES ('2', 1, 'x', 'CR22000000CN')")) {
                    ps.executeUpdate();
                }
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(db.check().problems()).as("after a rollback").isEmpty();
            assertThat(ids(list, all.withSearch("张三丰"))).as("rolled back").isEmpty();

            t.delivery("2", 1, "CR22111111CN");
            t.sql("UPDATE orders SET receiver_name = '张三丰' WHERE order_id = '1'");
            t.sql("DELETE FROM delivery WHERE order_id = '2'");
            t.delivery("2", 1, "CR22333333CN");
            t.sql("UPDATE orders SET receiver_mobile = '13911112222' WHERE order_id = '2'");
            t.order("3", "T3", 2, 2, 100, Instant.now(), "欧阳娜娜", "13700003333");
            t.sql("DELETE FROM orders WHERE order_id = '3'");

            assertThat(db.check().problems()).as("after changes").isEmpty();
            assertThat(ids(list, all.withSearch("张三丰"))).containsExactly("1");
            assertThat(ids(list, all.withSearch("王芳 0001111"))).isEmpty();
            assertThat(ids(list, all.withSearch("1112222"))).as("the new mobile").containsExactly("2");
            assertThat(ids(list, all.withSearch("0002222"))).as("the old mobile").isEmpty();
            assertThat(ids(list, all.withSearch("欧阳娜娜"))).as("a deleted order").isEmpty();
            assertThat(ids(list, all.withSearch("CR22333333CN"))).containsExactly("2");
            assertThat(ids(list, all.withSearch("CR22111111CN"))).isEmpty();
            assertThat(ids(list, all.withSearch("CR22000000CN"))).isEmpty();
            assertThat(TestQueries.longs(db, "SELECT count(*) FROM order_search").get(0)).isEqualTo(2);
        }
    }

    @Test
    void statusOnlyUpdatesLeaveTheIndexAlone() {
        try (Database db = Database.open(dir.resolve("wharf.db"))) {
            TestOrders t = new TestOrders(db);
            t.order("1", "T1", 17, 2, 100, Instant.now(), "王芳华", "13800001111");
            // the index trigger's first statement updates order_search: count those on the writer connection
            t.sql("CREATE TEMP TABLE index_writes (n INTEGER)");
            t.sql("CREATE TEMP TRIGGER count_index_writes AFTER UPDATE ON main.order_search "
                    + "BEGIN INSERT INTO index_writes VALUES (1); END");
            t.sql("UPDATE orders SET status = 3, shipped_at = 1 WHERE order_id = '1'");
            t.sql("UPDATE orders SET seller_memo = 'memo', color_flag = 2 WHERE order_id = '1'");
            t.sql("UPDATE orders SET receiver_name = receiver_name WHERE order_id = '1'");

            assertThat(indexWrites(db)).as("index writes after status, memo, flag and same-value updates").isZero();
            t.sql("UPDATE orders SET receiver_name = '王芳芳' WHERE order_id = '1'");
            assertThat(indexWrites(db)).isEqualTo(1);
            assertThat(ids(new SqliteOrderList(db, Clock.systemUTC()), OrderFilter.of(OrderTab.ALL)
                    .withSearch("王芳芳"))).containsExactly("1");
        }
    }

    @Test
    void aShopStoredBeforeTheIndexGetsItOnUpgrade() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("7").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO orders (order_id, trade_id, status, buyer_id, amount_fen, payment_fen, ordered_at, "
                    + "paid_at, receiver_name, receiver_mobile, synced_at) VALUES "
                    + "('7001', 'T70', 2, 'b1', 100, 100, 1, 2, '司马雨涵', '13512345678', 0), "
                    + "('7002', 'T71', 17, 'b2', 100, 100, 1, 2, '王芳', '13587654321', 0)");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(8);
            SqliteOrderList list = new SqliteOrderList(db, Clock.systemUTC());
            OrderFilter all = OrderFilter.of(OrderTab.ALL);
            assertThat(ids(list, all.withSearch("司马雨涵"))).containsExactly("7001");
            assertThat(ids(list, all.withSearch("4321"))).containsExactly("7002");
            assertThat(db.check().problems()).isEmpty();
        }
    }

    private static long indexWrites(Database db) {
        return db.write(c -> {
            try (Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM temp.index_writes")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> ids(SqliteOrderList list, OrderFilter filter) {
        return list.page(filter, Optional.empty(), 10).carts().stream().flatMap(c -> c.orders().stream())
                .filter(OrderSummary::matches).map(OrderSummary::orderId).toList();
    }
}
