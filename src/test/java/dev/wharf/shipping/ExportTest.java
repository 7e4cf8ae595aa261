package dev.wharf.shipping;

import dev.wharf.spreadsheet.CsvWriter;
import dev.wharf.spreadsheet.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to the platform's template (xlsx and CSV), formula injection, and the export → fill → import round trip. */
class ExportTest {
    @TempDir
    Path dir;
    TestShop shop;
    ShipmentExporter exporter;

    @BeforeEach
    void shop() {
        shop = new TestShop(dir);
        shop.order("1001", "T1", 17, 2).order("1002", "T2", 17, 7).order("1003", "T3", 2, 2)
                .order("7002", "T7", 3, 7).delivered("7002", 1, "Y048", "JP1");
        exporter = new ShipmentExporter(shop.store, new dev.wharf.privacy.PersonalData(
                new dev.wharf.store.SqliteAccessStore(shop.db), "test", TestShop.CLOCK));
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void xlsxInThePlatformTemplateWithTextTrackingColumnAndNoFormulas() throws Exception {
        Path out = dir.resolve("out.xlsx");
        assertThat(exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), out, Progress.NONE)).isEqualTo(2);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(List.of(s.getRow(0).getCell(1).getStringCellValue(), s.getRow(0).getCell(2)
                    .getStringCellValue(), s.getRow(0).getCell(3).getStringCellValue()))
                    .containsExactly("订单号", "物流公司编号", "物流单号");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1001");
            assertThat(s.getRow(2).getCell(8).getStringCellValue()).contains("拼邮");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("面霜 Cream (规格: 50ml) ×1");
            for (Row r : s) {
                r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            assertThat(s.getRow(1).getCell(10).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(s.getColumnStyle(3).getDataFormatString()).isEqualTo("@");
            assertThat(s.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(s.getRow(1).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(s.getProtect()).as("helper columns read-only").isTrue();
        }
    }

    @Test
    void domesticLegExportListsConsolidatedOrdersShippedInternationally() {
        Path out = dir.resolve("dom.xlsx");
        assertThat(exporter.export(ShipmentSource.Filter.all(Leg.DOMESTIC), out, Progress.NONE)).isEqualTo(1);
        assertThat(ReadersTest.rows(out, 0).get(1).cell(1).text()).isEqualTo("7002");
    }

    @Test
    void csvIsUtf8WithBomAndFormulaInjectionIsNeutralisedThenUndoneOnImport() throws Exception {
        Path out = dir.resolve("out.csv");
        exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), out, Progress.NONE);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"x\"\")\",").contains("浙江省 杭州市西湖区文三路 1 号");
        assertThat(ReadersTest.rows(out, 0).get(1).cell(10).text()).isEqualTo("=HYPERLINK(\"x\")");
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvWriter.neutralise(s)).startsWith("'");
            assertThat(CsvWriter.unneutralise(CsvWriter.neutralise(s))).isEqualTo(s);
        }
        assertThat(CsvWriter.neutralise("SF123")).isEqualTo("SF123");
    }

    @Test
    void exportFillImportRoundTrip() throws Exception {
        Path out = dir.resolve("todo.xlsx");
        exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), out, Progress.NONE);
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(filled)) {
            XSSFSheet s = wb.getSheetAt(0);
            s.getRow(1).createCell(2).setCellValue("Y073");
            s.getRow(1).createCell(3).setCellValue("SF1001");
            s.getRow(2).createCell(2).setCellValue("Y048");
            s.getRow(2).createCell(3).setCellValue("JP1002");
            wb.write(os);
        }
        ImportPreview p = shop.preview(filled, Leg.INTERNATIONAL);
        assertThat(p.rows()).allMatch(RowResult::valid);
        assertThat(shop.importer.apply(p, false).rows()).hasSize(2);
        assertThat(exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), out, Progress.NONE)).isZero();
    }

    @Test
    void onlySelectedOrders() {
        Path out = dir.resolve("sel.xlsx");
        assertThat(exporter.export(new ShipmentSource.Filter(Leg.INTERNATIONAL, List.of("1002")), out,
                Progress.NONE)).isEqualTo(1);
    }
}
