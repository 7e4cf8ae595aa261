package dev.wharf.products.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.products.SkuFilter;
import dev.wharf.products.sheets.StockRow.Status;
import dev.wharf.shipping.Sheets;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.ReportWriter;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stock and price files against a real shop database: every validation rule, encodings, synonyms, apply. */
class StockImportTest {
    @TempDir
    Path dir;
    StockShop shop;

    @BeforeEach
    void open() {
        shop = new StockShop(dir);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private StockRow row(StockPreview p, int number) {
        return p.rows().stream().filter(r -> r.row() == number).findFirst().orElseThrow();
    }

    @Test
    void everyRowRuleHasItsProblemAndAMessageNamingFileRowColumnAndWhatToDo() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("s.xlsx"),
                new Object[] {"商家编码", "库存", "价格", "VIP价", "新客价"},
                new Object[] {"", "3"},
                new Object[] {"NOPE-9", "3"},
                new Object[] {"A-1", "-1"},
                new Object[] {"A-2", "2.5"},
                new Object[] {"B-1", "", "0"},
                new Object[] {"B-1", "1"},
                new Object[] {"1.23457E+17", "1"});
        StockPreview p = shop.preview(f);
        assertThat(row(p, 2).problem()).isEqualTo(StockProblem.EMPTY_ID);
        assertThat(row(p, 2).message()).startsWith("s.xlsx, row 2, column A (商家编码), outer sku id: is empty");
        assertThat(row(p, 3).problem()).isEqualTo(StockProblem.UNKNOWN_SKU);
        assertThat(row(p, 3).message()).contains("NOPE-9").contains("sync first");
        assertThat(row(p, 4).problem()).isEqualTo(StockProblem.BAD_STOCK);
        assertThat(row(p, 4).message()).contains("column B (库存)").contains("whole number of 0 or more");
        assertThat(row(p, 5).problem()).isEqualTo(StockProblem.BAD_STOCK);
        assertThat(row(p, 6).problem()).isEqualTo(StockProblem.BAD_PRICE);
        assertThat(row(p, 6).message()).contains("column C (价格)").contains("above 0");
        assertThat(row(p, 7).problem()).as("B-1 again on a later row").isEqualTo(StockProblem.DUPLICATE_ROW);
        assertThat(row(p, 7).message()).contains("already on row 6");
        assertThat(row(p, 8).problem()).isEqualTo(StockProblem.NUMERIC_CELL);
        assertThat(row(p, 8).message()).contains("Format Cells → Text");
        assertThat(p.validCount()).isZero();
        Path decimals = Sheets.csv(dir.resolve("d.csv"), StandardCharsets.UTF_8, false, "商家编码,价格", "A-1,19.999");
        assertThat(shop.preview(decimals).rows().get(0).problem()).as("3 decimals").isEqualTo(StockProblem.BAD_PRICE);
    }

    @Test
    void negativeVipOrNewCustomerPricesAreRefusedAndZeroMeansNone() throws Exception {
        Path f = Sheets.csv(dir.resolve("v.csv"), StandardCharsets.UTF_8, false,
                "SKU,VIP价,新客价", "A-1,-1,", "A-2,,-0.5", "B-1,0,0");
        StockPreview p = shop.preview(f);
        assertThat(p.rows()).extracting(StockRow::problem).containsExactly(StockProblem.BAD_PRICE,
                StockProblem.BAD_PRICE, null);
        assertThat(row(p, 4).status()).as("B-1 has no VIP or new-customer price already").isEqualTo(Status.UNCHANGED);
    }

    @Test
    void aLongIdStoredAsANumberIsRefusedButAShortOneIsRead() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("n.xlsx"), new Object[] {"outer_sku_id", "stock"},
                new Object[] {1234567890123456789.0, "1"}, new Object[] {12345.0, "1"});
        StockPreview p = shop.preview(f);
        assertThat(p.rows().get(0).problem()).isEqualTo(StockProblem.NUMERIC_CELL);
        assertThat(p.rows().get(1).problem()).as("12345 is read exactly; no SKU has it")
                .isEqualTo(StockProblem.UNKNOWN_SKU);
    }

    @Test
    void fullWidthDigitsAndSpacesAreNormalisedAndExcelsBinaryFractionsRounded() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("w.xlsx"), new Object[] {"商家编码", "库存", "售价"},
                new Object[] {"\u3000Ａ-１ ", "１２", 19.899999999999999},
                new Object[] {"A-2", 7.0, "¥29.00"});
        StockPreview p = shop.preview(f);
        assertThat(p.invalid()).isEmpty();
        assertThat(p.rows()).extracting(StockRow::outerSkuId, StockRow::stock, StockRow::priceFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", 12, 1990L),
                        org.assertj.core.groups.Tuple.tuple("A-2", 7, 2900L));
        assertThat(row(p, 2).changesPrice()).isFalse();
        assertThat(row(p, 2).status()).isEqualTo(Status.CHANGED);
    }

    @Test
    void synonymsInChineseAndEnglishAndAHeaderBelowATitleRow() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("supplier.xlsx"), new Object[] {"供应商 2030 年 1 月 库存表"},
                new Object[] {"外部编码", "品名", "数量", "vip price", "new customer price"},
                new Object[] {"A-1", "精华", "4"});
        try (WorkbookReader r = Workbooks.open(f)) {
            ColumnMap<StockField> m = shop.importer.detect(r, 0, "supplier.xlsx");
            assertThat(m.headerRow()).isEqualTo(2);
            assertThat(m.columns()).containsEntry(StockField.OUTER_ID, 0).containsEntry(StockField.STOCK, 2)
                    .containsEntry(StockField.VIP_PRICE, 3).containsEntry(StockField.NEW_CUSTOMER_PRICE, 4)
                    .hasSize(4);
        }
        for (String h : List.of("商家编码", "外部编码", "outer_sku_id", "SKU")) {
            assertThat(StockField.OUTER_ID.matches(h)).as(h).isTrue();
        }
        for (String h : List.of("库存", "stock", "数量")) {
            assertThat(StockField.STOCK.matches(h)).as(h).isTrue();
        }
        for (String h : List.of("价格", "售价", "price")) {
            assertThat(StockField.PRICE.matches(h)).as(h).isTrue();
        }
    }

    @Test
    void gbkAndUtf8CsvFilesFromChineseExcelReadTheSame() throws Exception {
        for (Charset cs : List.of(Charset.forName("GBK"), StandardCharsets.UTF_8)) {
            Path f = Sheets.csv(dir.resolve("gbk-" + cs.name() + ".csv"), cs, cs == StandardCharsets.UTF_8,
                    "商家编码,库存,价格", "A-1,8,18.80");
            StockPreview p = shop.preview(f);
            assertThat(p.invalid()).as(cs.name()).isEmpty();
            assertThat(p.rows().get(0).stock()).isEqualTo(8);
            assertThat(p.rows().get(0).priceFen()).isEqualTo(1880L);
        }
    }

    @Test
    void anOldXlsWorkbookIsRead() throws Exception {
        Path f = Sheets.xls(dir.resolve("old.xls"), new Object[] {"商家编码", "库存"}, new Object[] {"B-1", 4.0});
        StockPreview p = shop.preview(f);
        assertThat(p.invalid()).isEmpty();
        assertThat(p.rows().get(0).stock()).isEqualTo(4);
    }

    @Test
    void aFileWithNoKnownColumnsSaysWhatToNameThem() throws Exception {
        Path f = Sheets.csv(dir.resolve("x.csv"), StandardCharsets.UTF_8, false, "编号,在库", "A-1,3");
        try (WorkbookReader r = Workbooks.open(f)) {
            ColumnMap<StockField> m = shop.importer.detect(r, 0, "x.csv");
            assertThat(StockImporter.missing(m)).containsExactly(StockField.OUTER_ID, StockField.STOCK);
            assertThatThrownBy(() -> shop.importer.preview(r, "x.csv", 0, m, Progress.NONE))
                    .isInstanceOf(SheetFileException.class).hasMessageContaining("商家编码");
            ColumnMap<StockField> adjusted = StockImporter.withOverrides(m, Map.of("outer_sku_id", "编号",
                    "stock", "B"));
            shop.importer.remember(adjusted);
            assertThat(shop.importer.detect(r, 0, "x.csv").columns()).as("remembered for this header layout")
                    .containsEntry(StockField.OUTER_ID, 0).containsEntry(StockField.STOCK, 1);
            assertThat(shop.importer.preview(r, "x.csv", 0, adjusted, Progress.NONE).invalid()).isEmpty();
        }
    }

    @Test
    void dryRunShowsChangedAndUnchangedRowsAndApplyWritesOnlyTheChangesInOneGo() throws Exception {
        Path f = Sheets.csv(dir.resolve("ok.csv"), StandardCharsets.UTF_8, false,
                "商家编码,库存,价格,VIP价", "A-1,5,,", "A-2,9,,", "B-1,,88.00,80");
        StockPreview p = shop.preview(f);
        assertThat(p.rows()).extracting(StockRow::status).containsExactly(Status.UNCHANGED, Status.CHANGED,
                Status.CHANGED);
        assertThat(shop.local("SELECT count(*) FROM outbox")).containsExactly("0");

        StockImporter.Applied a = shop.importer.apply(p, false);
        assertThat(a.rows()).extracting(StockImporter.AppliedRow::outerSkuId).containsExactly("A-2", "B-1");
        assertThat(shop.local("SELECT stock FROM sku WHERE outer_sku_id = 'A-2'")).containsExactly("9");
        assertThat(shop.local("SELECT price_fen || '/' || vip_price_fen || '/' || new_customer_price_fen FROM sku "
                + "WHERE outer_sku_id = 'B-1'")).containsExactly("8800/8000/0");
        assertThat(shop.local("SELECT command || ':' || aggregate_id FROM outbox ORDER BY outbox_id"))
                .containsExactly("sku.stock:A-2", "sku.price:B-1");
        assertThat(shop.importer.results(a.rows())).extracting(StockImporter.SkuResult::state)
                .containsOnly(dev.wharf.sync.outbox.OutboxEntry.State.PENDING);

        StockPreview again = shop.preview(f);
        assertThat(again.rows()).as("a SKU with a change waiting: fine, and said")
                .filteredOn(r -> r.outerSkuId().equals("A-2")).allMatch(StockRow::waiting);
        assertThat(again.waitingCount()).isEqualTo(2);
        assertThat(StockImporter.waitingNote(again, again.rows().get(1))).contains("newer and wins");
    }

    @Test
    void nothingIsAppliedWhileARowIsRefusedUnlessValidRowsOnlyIsAsked() throws Exception {
        Path f = Sheets.csv(dir.resolve("mixed.csv"), StandardCharsets.UTF_8, false,
                "商家编码,库存", "A-1,1", "NOPE,2", "B-1,3");
        StockPreview p = shop.preview(f);
        assertThat(shop.importer.apply(p, false).nothingApplied()).isTrue();
        assertThat(shop.local("SELECT count(*) FROM outbox")).containsExactly("0");
        assertThat(shop.local("SELECT stock FROM sku ORDER BY outer_sku_id")).containsExactly("5", "0", "12");

        StockImporter.Applied a = shop.importer.apply(p, true);
        assertThat(a.rows()).hasSize(2);
        assertThat(a.rejected()).isEqualTo(1);
        assertThat(shop.local("SELECT stock FROM sku ORDER BY outer_sku_id")).containsExactly("1", "0", "3");
    }

    @Test
    void applyIsAllOrNothingWhenTheShopChangedSinceTheDryRun() throws Exception {
        Path f = Sheets.csv(dir.resolve("atomic.csv"), StandardCharsets.UTF_8, false,
                "商家编码,库存,价格", "A-1,1,", "A-2,2,", "B-1,3,50");
        StockPreview p = shop.preview(f);
        assertThat(p.invalid()).isEmpty();
        shop.db.write(c -> c.createStatement().executeUpdate("DELETE FROM sku WHERE outer_sku_id = 'B-1'"));

        assertThatThrownBy(() -> shop.importer.apply(p, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B-1");
        assertThat(shop.local("SELECT stock FROM sku ORDER BY outer_sku_id")).containsExactly("5", "0");
        assertThat(shop.local("SELECT count(*) FROM outbox")).containsExactly("0");
    }

    @Test
    void theErrorReportHoldsTheRowsWithStatusAndMessageAndImportsAgainOnceCorrected() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("r.xlsx"), new Object[] {"商家编码", "库存"},
                new Object[] {"A-1", "6"}, new Object[] {"A-2", "-3"});
        StockPreview p = shop.preview(f);
        Path report = dir.resolve("report.xlsx");
        try (WorkbookReader r = Workbooks.open(f)) {
            assertThat(StockImporter.report(r, p, report, false, Progress.NONE)).isEqualTo(2);
        }
        List<SheetRow> rows = new ArrayList<>();
        try (WorkbookReader r = Workbooks.open(report)) {
            r.read(0, rows::add, Progress.NONE);
        }
        assertThat(rows.get(0).cells()).extracting(c -> c.text()).containsExactly("商家编码", "库存",
                ReportWriter.STATUS_HEADER, ReportWriter.MESSAGE_HEADER);
        assertThat(rows.get(1).cell(2).text()).isEqualTo(ReportWriter.OK);
        assertThat(rows.get(2).cell(2).text()).isEqualTo(ReportWriter.ERROR);
        assertThat(rows.get(2).cell(3).text()).contains("row 3");

        Path fixed = Sheets.xlsx(dir.resolve("fixed.xlsx"), new Object[] {"商家编码", "库存",
            ReportWriter.STATUS_HEADER, ReportWriter.MESSAGE_HEADER}, new Object[] {"A-1", "6", "OK", ""},
                new Object[] {"A-2", "3", ReportWriter.ERROR, "was -3"});
        StockPreview again = shop.preview(fixed);
        assertThat(again.invalid()).isEmpty();
        assertThat(again.count(Status.CHANGED)).isEqualTo(2);
    }

    @Test
    void theExportHoldsEverySkuAndImportsBackUnchanged() throws Exception {
        for (ProductExporter.Format format : ProductExporter.Format.values()) {
            Path out = dir.resolve("export." + format.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(shop.exporter.export(SkuFilter.all(), out, format, Progress.NONE)).isEqualTo(3);
            List<SheetRow> rows = new ArrayList<>();
            try (WorkbookReader r = Workbooks.open(out)) {
                r.read(0, rows::add, Progress.NONE);
            }
            assertThat(rows.get(0).cells()).extracting(c -> c.text()).containsExactlyElementsOf(
                    ProductExporter.HEADERS);
            assertThat(rows.get(1).cells().subList(0, 5)).extracting(c -> c.text())
                    .containsExactly("A-1", "资生堂 红腰子精华 Serum", "颜色: 色0", "5", format == ProductExporter.Format.XLSX
                            ? "19.9" : "19.90");
            if (format == ProductExporter.Format.XLSX) {
                assertThat(rows.get(1).cell(3).numeric()).as("stock is a number").isTrue();
                assertThat(rows.get(1).cell(0).numeric()).as("the id is text").isFalse();
            }
            StockPreview p = shop.preview(out);
            assertThat(p.invalid()).as(format.name()).isEmpty();
            assertThat(p.count(Status.UNCHANGED)).isEqualTo(3);
        }
        Path filtered = dir.resolve("canon.csv");
        assertThat(shop.exporter.export(SkuFilter.all().withText("Canon"), filtered, ProductExporter.Format.CSV,
                Progress.NONE)).isEqualTo(1);
        assertThat(Files.readString(filtered)).startsWith("\uFEFF商家编码").contains("B-1");
    }

    @Test
    void csvExportNeutralisesFormulaLikeCells() throws Exception {
        shop.db.write(c -> c.createStatement().executeUpdate("UPDATE product SET name = '=HYPERLINK(\"x\")' "
                + "WHERE product_id = 'P2'"));
        Path out = dir.resolve("f.csv");
        shop.exporter.export(SkuFilter.all(), out, ProductExporter.Format.CSV, Progress.NONE);
        assertThat(Files.readString(out)).contains("'=HYPERLINK");
    }
}
