package dev.wharf.shipping;

import dev.wharf.spreadsheet.Cell;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.Text;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.store.TestQueries;
import dev.wharf.sync.outbox.OutboxEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying a dry run: all or nothing, apply-valid, the import log, the error report and remembered mappings. */
class ApplyTest {
    @TempDir
    Path dir;
    TestShop shop;

    @BeforeEach
    void shop() {
        shop = new TestShop(dir);
        shop.order("1001", "T1", 17, 2).order("1002", "T2", 17, 2).order("1003", "T3", 17, 2);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    Path file(Object bad) throws Exception {
        return Sheets.xlsx(dir.resolve("ship.xlsx"), new Object[] {"序号", "订单号", "物流公司", "物流单号"},
                new Object[] {"1", "1001", "顺丰", "SF1"}, new Object[] {"2", "1002", "EMS", bad},
                new Object[] {"3", "1003", "SF Express", "SF3"});
    }

    long count(String sql) {
        return TestQueries.longs(shop.db, sql).get(0);
    }

    @Test
    void everyRowValidIsAppliedInOneGoWithItsOutboxCommands() throws Exception {
        ImportPreview p = shop.preview(file("E2"), Leg.INTERNATIONAL);
        assertThat(p.invalidCount()).isZero();

        ShipmentImporter.Applied a = shop.importer.apply(p, false);

        assertThat(a.rows()).hasSize(3);
        assertThat(TestQueries.longs(shop.db, "SELECT status FROM orders ORDER BY order_id")).containsOnly(3L);
        assertThat(TestQueries.strings(shop.db, "SELECT logistics_company_code || ' ' || tracking_number FROM delivery "
                + "ORDER BY order_id")).containsExactly("Y073 SF1", "Y068 E2", "Y073 SF3");
        assertThat(count("SELECT count(*) FROM outbox WHERE command = 'order.deliver' AND state = 'pending'"))
                .isEqualTo(3);
        List<ImportLog.ResultRow> results = shop.importer.results(a.importId());
        assertThat(results).extracting(ImportLog.ResultRow::row).containsExactly(2, 3, 4);
        assertThat(results).extracting(ImportLog.ResultRow::state).containsOnly(OutboxEntry.State.PENDING);
    }

    @Test
    void theParcelsOfAnOrderAreOneDeliverWithAllTheirNumbers() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("parcels.xlsx"), new Object[] {"序号", "订单号", "物流公司", "物流单号"},
                new Object[] {"1", "1001", "顺丰", "SF1"}, new Object[] {"2", "1002", "EMS", "E2"},
                new Object[] {"3", "1001", "SF Express", "SF1-B、SF1-C"});
        ImportPreview p = shop.preview(f, Leg.INTERNATIONAL);
        assertThat(p.invalidCount()).isZero();

        ShipmentImporter.Applied a = shop.importer.apply(p, false);

        assertThat(count("SELECT count(*) FROM outbox WHERE command = 'order.deliver'")).as("one per order").isEqualTo(2);
        assertThat(TestQueries.strings(shop.db, "SELECT json_extract(payload, '$.tracking_number') FROM outbox "
                + "WHERE aggregate_id = '1001'")).containsExactly("SF1,SF1-B,SF1-C");
        assertThat(TestQueries.strings(shop.db, "SELECT tracking_number FROM delivery WHERE order_id = '1001' "
                + "ORDER BY delivery_id")).as("a delivery row per parcel").containsExactly("SF1", "SF1-B", "SF1-C");
        assertThat(a.rows()).extracting(ImportLog.AppliedRow::tracking)
                .containsExactly("SF1,SF1-B,SF1-C", "E2", "SF1,SF1-B,SF1-C");
        assertThat(a.rows().get(0).outboxId()).isEqualTo(a.rows().get(2).outboxId());
        assertThat(shop.importer.results(a.importId())).extracting(ImportLog.ResultRow::tracking)
                .containsExactly("SF1,SF1-B,SF1-C", "E2", "SF1,SF1-B,SF1-C");
    }

    @Test
    void eachAppliedRowPointsAtItsOwnOutboxEntryAfterEarlierEntriesAndGaps() throws Exception {
        shop.order("1004", "T4", 2, 2);
        shop.sql("INSERT INTO outbox (command, aggregate_type, aggregate_id, payload, state, attempts, created_at) "
                + "VALUES ('order.accept', 'order', '1004', '{}', 'done', 1, 1), "
                + "('order.accept', 'order', '1004', '{}', 'done', 1, 1)");
        shop.sql("DELETE FROM outbox WHERE outbox_id = (SELECT max(outbox_id) FROM outbox)");
        ImportPreview p = shop.preview(file("E2"), Leg.INTERNATIONAL);

        ShipmentImporter.Applied a = shop.importer.apply(p, false);

        for (ImportLog.AppliedRow r : a.rows()) {
            assertThat(TestQueries.strings(shop.db, "SELECT aggregate_id || ' ' || json_extract(payload, "
                    + "'$.tracking_number') FROM outbox WHERE outbox_id = " + r.outboxId()))
                    .containsExactly(r.orderId() + " " + r.tracking());
        }
        assertThat(a.rows()).extracting(ImportLog.AppliedRow::outboxId).doesNotContain(1L, 2L).isSorted();
    }

    @Test
    void nothingIsAppliedWhileAnyRowIsInvalid() throws Exception {
        ImportPreview p = shop.preview(file(9.400111899223197E21), Leg.INTERNATIONAL);
        assertThat(p.invalidCount()).isOne();

        ShipmentImporter.Applied a = shop.importer.apply(p, false);

        assertThat(a.nothingApplied()).isTrue();
        assertThat(count("SELECT count(*) FROM delivery")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
        assertThat(TestQueries.longs(shop.db, "SELECT status FROM orders")).containsOnly(17L);
    }

    @Test
    void applyValidRowsOnly() throws Exception {
        ImportPreview p = shop.preview(file(""), Leg.INTERNATIONAL);

        ShipmentImporter.Applied a = shop.importer.apply(p, true);

        assertThat(a.rows()).extracting(ImportLog.AppliedRow::orderId).containsExactly("1001", "1003");
        assertThat(a.rejected()).isOne();
        assertThat(TestQueries.strings(shop.db, "SELECT order_id FROM orders WHERE status = 17")).containsExactly("1002");
    }

    @Test
    void aShopThatChangedSinceTheDryRunAppliesNothing() throws Exception {
        ImportPreview p = shop.preview(file("E2"), Leg.INTERNATIONAL);
        shop.sql("UPDATE orders SET status = 12 WHERE order_id = '1003'");

        assertThatThrownBy(() -> shop.importer.apply(p, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1003");
        assertThat(count("SELECT count(*) FROM delivery")).isZero();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void theErrorReportCanBeCorrectedAndImportedAgain() throws Exception {
        Path f = file(9.400111899223197E21);
        ImportPreview p = shop.preview(f, Leg.INTERNATIONAL);
        Path report = dir.resolve("report.xlsx");
        try (WorkbookReader r = Workbooks.open(f)) {
            assertThat(ErrorReport.write(r, p, report, false, Progress.NONE,
                    new dev.wharf.privacy.PersonalData(new dev.wharf.store.SqliteAccessStore(shop.db), "test",
                            TestShop.CLOCK))).isEqualTo(3);
        }
        List<SheetRow> rows = ReadersTest.rows(report, 0);
        assertThat(rows.get(0).cells()).extracting(Cell::text).containsExactly("序号", "订单号", "物流公司", "物流单号",
                ErrorReport.STATUS_HEADER, ErrorReport.MESSAGE_HEADER);
        assertThat(rows.get(1).cell(4).text()).isEqualTo(ErrorReport.OK);
        assertThat(rows.get(2).cell(4).text()).isEqualTo(ErrorReport.ERROR);
        assertThat(rows.get(2).cell(5).text()).contains("Format Cells → Text");

        // staff correct the tracking number in the report (its column is text) and import the report itself
        Path fixed = Sheets.xlsx(dir.resolve("fixed.xlsx"), rows.stream().map(r -> r.cells().stream()
                .map(c -> (Object) (c.text().startsWith("9400111899") ? "EMS9400111899223197" : c.text())).toArray())
                .toArray(Object[][]::new));
        ImportPreview again = shop.preview(fixed, Leg.INTERNATIONAL);
        assertThat(again.invalidCount()).isZero();
        assertThat(shop.importer.apply(again, false).rows()).hasSize(3);
        assertThat(TestQueries.strings(shop.db, "SELECT tracking_number FROM delivery WHERE order_id = '1002'"))
                .containsExactly("EMS9400111899223197");
    }

    @Test
    void aRefusedParcelHoldsItsOrderInTheReportAndTheCorrectedReportShipsAllItsNumbers() throws Exception {
        shop.order("9001", "T9", 3, 2).delivered("9001", 1, "Y073", "SF-USED");
        Path f = Sheets.xlsx(dir.resolve("parcels.xlsx"), new Object[] {"序号", "订单号", "物流公司", "物流单号"},
                new Object[] {"1", "1001", "顺丰", "SF1000A"}, new Object[] {"2", "1001", "顺丰", "SF1000B SF-USED"},
                new Object[] {"3", "1002", "EMS", "E2"});
        ImportPreview p = shop.preview(f, Leg.INTERNATIONAL);
        assertThat(p.rows()).extracting(RowResult::problem).containsExactly(Problem.PARCEL_INCOMPLETE,
                Problem.TRACKING_REUSED, null);
        Path report = dir.resolve("parcels-report.xlsx");
        try (WorkbookReader r = Workbooks.open(f)) {
            ErrorReport.write(r, p, report, false, Progress.NONE, new dev.wharf.privacy.PersonalData(
                    new dev.wharf.store.SqliteAccessStore(shop.db), "test", TestShop.CLOCK));
        }
        List<SheetRow> rows = ReadersTest.rows(report, 0);
        assertThat(rows.get(1).cell(5).text()).contains("row 3 of order 1001 is refused");
        assertThat(rows.get(2).cell(5).text()).contains("SF-USED is already used by order 9001");

        Path fixed = Sheets.xlsx(dir.resolve("parcels-fixed.xlsx"), rows.stream().map(r -> r.cells().stream()
                .map(c -> (Object) c.text().replace(" SF-USED", ",SF1000C")).toArray()).toArray(Object[][]::new));
        ImportPreview again = shop.preview(fixed, Leg.INTERNATIONAL);
        assertThat(again.invalidCount()).isZero();
        ShipmentImporter.Applied a = shop.importer.apply(again, false);
        assertThat(a.rows()).extracting(ImportLog.AppliedRow::tracking).containsExactly("SF1000A,SF1000B,SF1000C",
                "SF1000A,SF1000B,SF1000C", "E2");
        assertThat(TestQueries.strings(shop.db, "SELECT tracking_number FROM delivery WHERE order_id = '1001' "
                + "ORDER BY tracking_number")).containsExactly("SF1000A", "SF1000B", "SF1000C");
    }

    @Test
    void anAdjustedMappingIsRememberedForTheSameHeaderLayout() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("fwd.xlsx"), new Object[] {"单据", "客户单号", "承运商", "转单号"},
                new Object[] {"A", "1001", "顺丰", "SF1"});
        try (WorkbookReader r = Workbooks.open(f)) {
            ColumnMapping m = shop.importer.detect(r, 0, "fwd.xlsx");
            assertThat(m.missing()).contains(Field.ORDER_ID, Field.TRACKING);
            ColumnMapping adjusted = ShipmentImporter.withOverrides(m, Map.of("order_id", "客户单号",
                    "tracking_number", "D"));
            shop.importer.remember(adjusted);
        }
        try (WorkbookReader r = Workbooks.open(f)) {
            ColumnMapping again = shop.importer.detect(r, 0, "fwd.xlsx");
            assertThat(again.columns()).containsEntry(Field.ORDER_ID, 1).containsEntry(Field.TRACKING, 3)
                    .containsEntry(Field.CARRIER_NAME, 2);
            ImportPreview p = shop.importer.preview(r, "fwd.xlsx", 0, again, Leg.INTERNATIONAL, Progress.NONE);
            assertThat(p.invalidCount()).isZero();
        }
    }

    @Test
    void cancellingADryRunStopsIt() throws Exception {
        Object[][] rows = new Object[3001][];
        rows[0] = new Object[] {"订单号", "物流公司编号", "物流单号"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"1001", "Y073", "SF" + i};
        }
        Path f = Sheets.xlsx(dir.resolve("big.xlsx"), rows);
        Progress cancelAfterFirstReport = new Progress() {
            boolean reported;

            @Override
            public void progress(long done, long total) {
                reported = true;
            }

            @Override
            public boolean isCancelled() {
                return reported;
            }
        };
        try (WorkbookReader r = Workbooks.open(f)) {
            ColumnMapping m = shop.importer.detect(r, 0, "big.xlsx");
            assertThatThrownBy(() -> shop.importer.preview(r, "big.xlsx", 0, m, Leg.INTERNATIONAL,
                    cancelAfterFirstReport)).isInstanceOf(Progress.CancelledException.class);
        }
    }
}
