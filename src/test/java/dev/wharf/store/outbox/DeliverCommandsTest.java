package dev.wharf.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.orders.Deadlines;
import dev.wharf.platform.Json;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import dev.wharf.store.orders.TestOrders;
import dev.wharf.sync.outbox.OutboxListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-based local ship ({@code LocalCommands.deliverOrders}): what it writes, and that a refusal writes nothing. */
class DeliverCommandsTest {
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path dir;
    Database db;
    TestOrders orders;
    SqliteLocalCommands commands;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("wharf.db"));
        orders = new TestOrders(db);
        commands = new SqliteLocalCommands(db, Clock.fixed(NOW, ZoneOffset.UTC), OutboxListener.NONE);
        orders.order("1001", "T1", 17, 2, 100, NOW.minus(Duration.ofHours(30)), "王芳", "13800001111");
        orders.order("1002", "T2", 17, 7, 100, NOW.minus(Duration.ofHours(20)), "李雨涵", "13700000000");
        orders.order("1003", "T3", 17, 2, 100, NOW.minus(Duration.ofHours(10)), "张伟", "13600000000");
        orders.order("1004", "T4", 2, 2, 100, NOW.minus(Duration.ofHours(5)), "陈静", "13500000000");
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> rows(String sql) {
        return TestQueries.strings(db, sql);
    }

    String snapshot() {
        return rows("SELECT order_id || ' ' || status || ' ' || coalesce(shipped_at, '-') || ' ' || coalesce(due_at, '-') "
                + "|| ' ' || urgency || ' ' || domestic_delivered FROM orders ORDER BY order_id")
                + " " + rows("SELECT order_id || ' ' || leg || ' ' || tracking_number FROM delivery ORDER BY 1")
                + " " + rows("SELECT count(*) FROM outbox");
    }

    @Test
    void shipsEveryOrderWithItsParcelsAndOneOutboxEntryEachInRequestOrder() throws Exception {
        List<Long> ids = commands.deliverOrders(List.of(
                new DeliverOrder(1003L, "Y073", "SF300", null),
                new DeliverOrder(1001L, "Y073", "SF100,SF101", null),
                new DeliverOrder(1002L, "Y068", "EM\"200\\x", null),
                new DeliverOrder(1002L, "Y073", "SF-DOMESTIC-1", true)));

        assertThat(ids).hasSize(4).isSorted();
        assertThat(rows("SELECT aggregate_id FROM outbox ORDER BY outbox_id")).containsExactly("1003", "1001", "1002",
                "1002");
        List<DeliverOrder> payloads = new ArrayList<>();
        for (String json : rows("SELECT payload FROM outbox ORDER BY outbox_id")) {
            payloads.add(Json.mapper().readValue(json, DeliverOrder.class));
        }
        assertThat(payloads).containsExactly(new DeliverOrder(1003L, "Y073", "SF300", null),
                new DeliverOrder(1001L, "Y073", "SF100,SF101", null),
                new DeliverOrder(1002L, "Y068", "EM\"200\\x", null),
                new DeliverOrder(1002L, "Y073", "SF-DOMESTIC-1", true));
        assertThat(rows("SELECT order_id || ' ' || leg || ' ' || logistics_company_code || ' ' || tracking_number "
                + "|| ' ' || delivered_at FROM delivery ORDER BY delivery_id")).containsExactly(
                "1003 1 Y073 SF300 " + NOW.toEpochMilli(), "1001 1 Y073 SF100 " + NOW.toEpochMilli(),
                "1001 1 Y073 SF101 " + NOW.toEpochMilli(), "1002 1 Y068 EM\"200\\x " + NOW.toEpochMilli(),
                "1002 2 Y073 SF-DOMESTIC-1 " + NOW.toEpochMilli());
        assertThat(rows("SELECT order_id || ' ' || status || ' ' || shipped_at || ' ' || domestic_delivered "
                + "FROM orders WHERE order_id <> '1004' ORDER BY order_id")).containsExactly(
                "1001 3 " + NOW.toEpochMilli() + " 0", "1002 3 " + NOW.toEpochMilli() + " 1",
                "1003 3 " + NOW.toEpochMilli() + " 0");
    }

    @Test
    void aShippedOrderLosesItsShippingDeadlineButKeepsAnOpenRefundsAndSortsAsTheRulesSay() {
        orders.refund("R1", "1003", 0, NOW.minus(Duration.ofMinutes(20)));

        commands.deliverOrders(List.of(new DeliverOrder(1001L, "Y073", "SF1", null),
                new DeliverOrder(1003L, "Y073", "SF3", null)));

        assertThat(rows("SELECT order_id || ' ' || coalesce(due_at, '-') || ' ' || urgency FROM orders "
                + "WHERE order_id IN ('1001', '1003') ORDER BY order_id")).containsExactly(
                "1001 - " + (9_000_000_000_000_000L - NOW.minus(Duration.ofHours(30)).toEpochMilli()),
                "1003 " + NOW.minus(Duration.ofMinutes(20)).plus(Duration.ofHours(1)).toEpochMilli() + " "
                        + NOW.minus(Duration.ofMinutes(20)).plus(Duration.ofHours(1)).toEpochMilli());
    }

    @Test
    void everyRefusalNamesTheOrderAndLeavesTheShopAsItWas() {
        String before = snapshot();
        DeliverOrder ok = new DeliverOrder(1001L, "Y073", "SF1", null);

        assertThatThrownBy(() -> commands.deliverOrders(List.of(ok, new DeliverOrder(9999L, "Y073", "SF9", null))))
                .hasMessage("order 9999 is not in the shop");
        assertThatThrownBy(() -> commands.deliverOrders(List.of(ok, new DeliverOrder(1004L, "Y073", "SF4", null))))
                .hasMessage("order 1004 is not awaiting shipment (status 2)");
        assertThatThrownBy(() -> commands.deliverOrders(List.of(ok, new DeliverOrder(1003L, "Y073", "SF3", true))))
                .hasMessageStartingWith("order 1003: the domestic leg needs the international leg shipped first");
        assertThatThrownBy(() -> commands.deliverOrders(List.of(ok, new DeliverOrder(1001L, "Y068", "EM1", null))))
                .hasMessage("order 1001 is delivered twice in one request");
        assertThatThrownBy(() -> commands.deliverOrders(List.of(new DeliverOrder(1001L, "Y073", "SF1, SF1", null))))
                .hasMessageContaining("order 1001 has a tracking number twice");
        assertThat(snapshot()).isEqualTo(before);

        orders.delivery("1002", 1, "EM7");
        String withParcel = snapshot();
        assertThatThrownBy(() -> commands.deliverOrders(List.of(ok, new DeliverOrder(1002L, "Y068", "EM8,EM7", null))))
                .hasMessage("order 1002 already ships with tracking number EM7");
        assertThat(snapshot()).isEqualTo(withParcel);

        assertThat(commands.deliverOrders(List.of(ok))).as("nothing staged is left over from the refusals").hasSize(1);
        assertThat(rows("SELECT order_id || ' ' || tracking_number FROM delivery ORDER BY delivery_id"))
                .containsExactly("1002 EM7", "1001 SF1");
    }

    @Test
    void manyThousandDeliveriesGoThroughTheChunkedStaging() {
        List<DeliverOrder> all = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            String id = Long.toString(200_000 + i);
            orders.sql("INSERT INTO orders (order_id, trade_id, status, amount_fen, payment_fen, ordered_at, paid_at, "
                    + "synced_at) VALUES (?, ?, 17, 1, 1, 1, 2, 0)", id, "T" + id);
            all.add(new DeliverOrder(200_000L + i, "Y073", "SF" + i + (i % 1000 == 0 ? ",SFX" + i : ""), null));
        }

        List<Long> ids = commands.deliverOrders(all);

        assertThat(ids).hasSize(25_000).doesNotHaveDuplicates().isSorted();
        assertThat(rows("SELECT count(*) FROM orders WHERE status = 3")).containsExactly("25000");
        assertThat(rows("SELECT count(*) FROM delivery")).containsExactly("25025");
        assertThat(rows("SELECT aggregate_id FROM outbox WHERE outbox_id = " + ids.get(24_999)))
                .containsExactly("224999");
    }

    @Test
    void otherWritersOfTheStatusStillGetTheDeadlineDerived() {
        orders.sql("UPDATE orders SET status = 17 WHERE order_id = '1004'");
        orders.sql("UPDATE orders SET paid_at = paid_at - 3600000 WHERE order_id = '1001'");
        orders.sql("UPDATE orders SET status = 3 WHERE order_id = '1003'");

        for (String row : rows("SELECT o.status || '|' || o.delivery_type || '|' || o.paid_at || '|' "
                + "|| coalesce(o.due_at, '') || '|' || o.urgency || '|' || o.ordered_at FROM orders o")) {
            String[] f = row.split("\\|", -1);
            Instant due = Deadlines.dueAt(new Deadlines.Facts(Integer.parseInt(f[0]), Integer.valueOf(f[1]),
                    Instant.ofEpochMilli(Long.parseLong(f[2])), null, null, null)).orElse(null);
            assertThat(f[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f[3]))).as(row).isEqualTo(due);
            assertThat(Long.parseLong(f[4])).as(row).isEqualTo(due == null
                    ? 9_000_000_000_000_000L - Long.parseLong(f[5]) : due.toEpochMilli());
        }
    }
}
