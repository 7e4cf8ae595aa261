package dev.wharf.shipping;

import dev.wharf.spreadsheet.Cell;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.Text;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader and encoding, sheet choice, header detection, synonyms and number cells. */
class ReadersTest {
    @TempDir
    Path dir;

    static List<SheetRow> rows(Path file, int sheet) {
        List<SheetRow> out = new ArrayList<>();
        try (WorkbookReader r = Workbooks.open(file)) {
            r.read(sheet, out::add, Progress.NONE);
        }
        return out;
    }

    @Test
    void xlsxKeepsRawNumbersAndMarksNumberCells() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("a.xlsx"), new Object[] {"订单号", "物流单号"},
                new Object[] {123456789012.0, "SF1234567890123456789"}, new Object[] {"555", 9.400111899223197E21});
        List<SheetRow> rows = rows(f, 0);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cell(0)).isEqualTo(new Cell("123456789012", true));
        assertThat(rows.get(1).cell(1)).isEqualTo(new Cell("SF1234567890123456789", false));
        assertThat(rows.get(2).cell(1).numeric()).isTrue();
        assertThat(rows.get(2).number()).isEqualTo(3);
    }

    @Test
    void xlsReadsTheOldFormat() throws Exception {
        Path f = Sheets.xls(dir.resolve("a.xls"), new Object[] {"订单号", "物流单号"},
                new Object[] {123456789012.0, "SF123"});
        List<SheetRow> rows = rows(f, 0);
        assertThat(rows.get(1).cell(0)).isEqualTo(new Cell("123456789012", true));
        assertThat(rows.get(1).cell(1).text()).isEqualTo("SF123");
    }

    @Test
    void csvInUtf8WithAndWithoutBomAndInGbkIsDetected() throws Exception {
        String[] lines = {"订单号,物流公司,物流单号", "1001,顺丰,\"SF 1,2\"", "1002,\"EMS \"\"x\"\"\",E2"};
        for (Object[] variant : new Object[][] {{StandardCharsets.UTF_8, false}, {StandardCharsets.UTF_8, true},
            {Charset.forName("GBK"), false}, {Charset.forName("GB18030"), false}}) {
            Path f = Sheets.csv(dir.resolve("f.csv"), (Charset) variant[0], (Boolean) variant[1], lines);
            List<SheetRow> rows = rows(f, 0);
            assertThat(rows.get(0).cell(0).text()).as(variant[0] + " bom " + variant[1]).isEqualTo("订单号");
            assertThat(rows.get(1).cell(1).text()).isEqualTo("顺丰");
            assertThat(rows.get(1).cell(2).text()).isEqualTo("SF 1,2");
            assertThat(rows.get(2).cell(1).text()).isEqualTo("EMS \"x\"");
        }
    }

    @Test
    void csvWithTabsAndQuotedLineBreaks() throws Exception {
        Path f = Sheets.csv(dir.resolve("t.csv"), StandardCharsets.UTF_8, false, "订单号\t物流单号", "1\t\"a\nb\"", "2\tc");
        List<SheetRow> rows = rows(f, 0);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("a\nb");
        assertThat(rows.get(2).number()).isEqualTo(4);
    }

    @Test
    void theSheetCanBeChosen() throws Exception {
        Path f = dir.resolve("two.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("read me");
            wb.createSheet("发货").createRow(0).createCell(0).setCellValue("订单号");
            wb.write(out);
        }
        try (WorkbookReader r = Workbooks.open(f)) {
            assertThat(r.sheetNames()).containsExactly("说明", "发货");
        }
        assertThat(rows(f, 1).get(0).cell(0).text()).isEqualTo("订单号");
    }

    @Test
    void theHeaderRowIsFoundBelowTitleRowsAndSynonymsMapColumns() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("h.xlsx"), new Object[] {"某某物流 发货清单"}, new Object[] {"日期", "2030-01-01"},
                new Object[] {"No.", "Order ID", "收件人", "Carrier", "Tracking No.", "重量"},
                new Object[] {"1", "1001", "张三", "SF Express", "SF1", "1.2"});
        try (WorkbookReader r = Workbooks.open(f); TestShop shop = new TestShop(dir)) {
            ColumnMapping m = shop.importer.detect(r, 0, "h.xlsx");
            assertThat(m.headerRow()).isEqualTo(3);
            assertThat(m.columns()).containsEntry(Field.SEQ, 0).containsEntry(Field.ORDER_ID, 1)
                    .containsEntry(Field.CARRIER_NAME, 3).containsEntry(Field.TRACKING, 4).hasSize(4);
        }
    }

    @Test
    void synonymsInChineseAndEnglish() {
        for (String h : new String[] {"订单号", "订单编号", "Order ID", "order_id", " ＯＲＤＥＲ ＩＤ "}) {
            assertThat(Field.of(h)).as(h).contains(Field.ORDER_ID);
        }
        for (String h : new String[] {"物流单号", "运单号", "快递单号", "Tracking No.", "tracking_number"}) {
            assertThat(Field.of(h)).as(h).contains(Field.TRACKING);
        }
        for (String h : new String[] {"物流公司", "快递公司", "承运商", "Carrier"}) {
            assertThat(Field.of(h)).as(h).contains(Field.CARRIER_NAME);
        }
        assertThat(Field.of("物流公司编号")).contains(Field.CARRIER_CODE);
        assertThat(Field.of("收件人")).isEmpty();
    }

    @Test
    void fullWidthCharactersAndStraySpacesAreNormalised() {
        assertThat(Text.compact(" ＳＦ１２３　４５ \u200B")).isEqualTo("SF12345");
        assertThat(Text.normalise("顺丰\u00A0 速运\t")).isEqualTo("顺丰 速运");
        assertThat(Text.looksScientific("9.40011E+21")).isTrue();
        assertThat(Text.looksScientific("SF1E5")).isFalse();
    }

    @Test
    void carrierNamesMapToCodes() {
        Carriers c = new Carriers(List.of(new LogisticsCompany("Y073", "shunfeng", "顺丰速运（SF Express）"),
                new LogisticsCompany("Y068", "ems", "中国邮政EMS（EMS）")));
        assertThat(c.resolve("顺丰")).contains("Y073");
        assertThat(c.resolve("SF Express")).contains("Y073");
        assertThat(c.resolve("sf express")).contains("Y073");
        assertThat(c.resolve("y073")).contains("Y073");
        assertThat(c.resolve("EMS")).contains("Y068");
        assertThat(c.resolve("DHL")).isEmpty();
    }
}
