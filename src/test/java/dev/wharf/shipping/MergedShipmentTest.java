package dev.wharf.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.store.TestQueries;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.sync.outbox.OutboxListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merged shipment from the orders list: the import's rules and apply, all or nothing, on a real shop. */
class MergedShipmentTest {
    @TempDir
    Path dir;
    TestShop shop;
    MergedShipment merged;

    @BeforeEach
    void shop() {
        shop = new TestShop(dir);
        shop.order("1001", "T1", 17, 2).order("1002", "T1", 17, 2).order("1003", "T3", 17, 2)
                .order("1004", "T1", 2, 2).order("1005", "T5", 17, 2)
                .order("2004", "T23", 3, 2).delivered("2004", 1, "Y073", "SF-OLD")
                .order("7001", "T70", 17, 7).order("7002", "T71", 17, 7);
        merged = new MergedShipment(shop.store, new SqliteLocalCommands(shop.db, TestShop.CLOCK, OutboxListener.NONE));
    }

    @AfterEach
    void close() {
        shop.close();
    }

    List<String> local(String sql) {
        return TestQueries.strings(shop.db, sql);
    }

    @Test
    void ordersOfOneTradeShipUnderOneNumberWithOneDeliverEach() {
        MergedShipment.Check c = merged.check(List.of("1001", "1002"), "顺丰", " ＳＦ777 ", Leg.INTERNATIONAL);
        assertThat(c.ok()).as(String.valueOf(c.problems())).isTrue();
        assertThat(c.rows()).extracting(RowResult::carrierCode).containsOnly("Y073");
        assertThat(local("SELECT count(*) FROM delivery WHERE order_id <> '2004'")).containsExactly("0");

        assertThat(merged.apply(List.of("1001", "1002", "1001"), "Y073", "SF777", Leg.INTERNATIONAL).ok()).isTrue();

        assertThat(local("SELECT order_id || ' ' || tracking_number FROM delivery WHERE order_id <> '2004' ORDER BY order_id"))
                .containsExactly("1001 SF777", "1002 SF777");
        assertThat(local("SELECT status FROM orders WHERE order_id IN ('1001', '1002')")).containsOnly("3");
        assertThat(local("SELECT aggregate_id FROM outbox WHERE command = 'order.deliver' ORDER BY aggregate_id"))
                .containsExactly("1001", "1002");
    }

    @Test
    void ordersOfOneReceiverInDifferentCartsShipTogether() {
        shop.receiver("1003", "王芳", "13900000000", "上海市长宁路 5 号").receiver("1005", "王芳", "13900000000",
                "上海市 长宁路5号");
        assertThat(merged.apply(List.of("1003", "1005"), "Y073", "SF888", Leg.INTERNATIONAL).ok()).isTrue();
        assertThat(local("SELECT count(*) FROM delivery WHERE tracking_number = 'SF888'")).containsExactly("2");
    }

    @Test
    void ordersOfDifferentTradesAndReceiversAreRefusedAndNothingIsWritten() {
        MergedShipment.Check c = merged.apply(List.of("1001", "1003"), "Y073", "SF999", Leg.INTERNATIONAL);
        assertThat(c.ok()).isFalse();
        assertThat(c.together()).isFalse();
        assertThat(local("SELECT count(*) FROM delivery WHERE order_id <> '2004'")).containsExactly("0");
        assertThat(local("SELECT count(*) FROM outbox")).containsExactly("0");
    }

    @Test
    void oneOrderThatCannotShipStopsTheWholeShipmentWithItsReason() {
        MergedShipment.Check c = merged.apply(List.of("1001", "1004"), "Y073", "SF555", Leg.INTERNATIONAL);
        assertThat(c.ok()).isFalse();
        assertThat(c.problems()).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isEqualTo("1004");
            assertThat(r.problem()).isEqualTo(Problem.NOT_SHIPPABLE);
            assertThat(r.message()).contains("not accepted yet");
        });
        assertThat(local("SELECT count(*) FROM delivery WHERE order_id <> '2004'")).containsExactly("0");
        assertThat(local("SELECT status FROM orders WHERE order_id = '1001'")).containsExactly("17");
    }

    @Test
    void theImportsRulesApplyUnchanged() {
        assertThat(merged.check(List.of("1001", "1002"), "Y073", "SF-OLD", Leg.INTERNATIONAL).problems())
                .extracting(RowResult::problem).containsOnly(Problem.TRACKING_REUSED);
        assertThat(merged.check(List.of("1001"), "Y999", "SF1", Leg.INTERNATIONAL).problems())
                .extracting(RowResult::problem).containsOnly(Problem.UNKNOWN_CARRIER);
        assertThat(merged.check(List.of("1001", "1002"), "Y073", " ", Leg.INTERNATIONAL).problems())
                .extracting(RowResult::problem).containsOnly(Problem.EMPTY_FIELD);
        assertThat(merged.check(List.of("1001", "9999"), "Y073", "SF2", Leg.INTERNATIONAL).problems())
                .extracting(RowResult::problem).containsOnly(Problem.UNKNOWN_ORDER);
        assertThat(merged.check(List.of("1001"), "Y073", "SF2", Leg.DOMESTIC).problems())
                .extracting(RowResult::problem).containsOnly(Problem.DOMESTIC_BEFORE_INTERNATIONAL);
    }

    @Test
    void consolidatedOrdersOfAnyBuyersShareTheirInternationalNumber() {
        MergedShipment.Check c = merged.check(List.of("7001", "7002"), "Y048", "JP-INT-9", Leg.INTERNATIONAL);
        assertThat(c.ok()).as(String.valueOf(c.problems())).isTrue();
    }

    @Test
    void severalParcelsShipEveryOrderWithAllTheirNumbers() {
        assertThat(merged.apply(List.of("1001", "1002"), "Y073", "SF-A、SF-B", Leg.INTERNATIONAL).ok()).isTrue();
        assertThat(local("SELECT order_id || ' ' || tracking_number FROM delivery WHERE order_id <> '2004' ORDER BY order_id, tracking_number"))
                .containsExactly("1001 SF-A", "1001 SF-B", "1002 SF-A", "1002 SF-B");
        assertThat(local("SELECT json_extract(payload, '$.tracking_number') FROM outbox")).containsOnly("SF-A,SF-B");
    }
}
