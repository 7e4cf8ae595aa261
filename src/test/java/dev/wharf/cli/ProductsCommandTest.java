package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code wharf products export} and {@code import-stock} on a profile synced from a real sandbox: the Excel round
 * trip (export → edit → import → sync: the new stock and prices reach the sandbox platform) and the exit codes
 * (0 applied or valid, 2 rows refused, 1 failure).
 */
class ProductsCommandTest extends SyncedShopCliTest {
    @BeforeAll
    static void syncedShop() {
        connectAndSync(shopConfig().withSeed(5));
    }

    /** The export with its first {@code n} rows kept: stock + 100 each, price set to 66.60; one bad row if asked. */
    static Path edit(Path exported, Path edited, int n, boolean oneBad) throws Exception {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(edited)) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = n + 1; i <= s.getLastRowNum(); i++) {
                s.removeRow(s.getRow(i));
            }
            for (int i = 1; i <= n; i++) {
                double stock = s.getRow(i).getCell(3).getNumericCellValue();
                s.getRow(i).getCell(3).setCellValue(stock + 100);
                s.getRow(i).getCell(4).setCellValue(66.6);
            }
            if (oneBad) {
                s.getRow(n).getCell(3).setCellValue(-5);
            }
            wb.write(os);
        }
        return edited;
    }

    @Test
    void theExcelRoundTripReachesTheSandboxAndTheExitCodesSayWhatHappened() throws Exception {
        String p = profile.toString();
        Path exported = dir.resolve("stock.xlsx");
        assertThat(run("--profile", p, "products", "export", "--out", exported.toString())).as(err.toString())
                .isZero();
        long skus = Long.parseLong(local("SELECT count(*) FROM sku WHERE used = 1").get(0));
        assertThat(out.toString()).contains(skus + " SKU(s) written");
        assertThat(run("--profile", p, "products", "export", "--out", dir.resolve("stock.txt").toString(),
                "--format", "csv")).isZero();
        assertThat(Files.readString(dir.resolve("stock.txt"))).startsWith("\uFEFF商家编码,");

        // a refused row: exit 2, nothing applied, the report lists every row
        Path bad = edit(exported, dir.resolve("bad.xlsx"), 3, true);
        Path report = dir.resolve("report.xlsx");
        assertThat(run("--profile", p, "products", "import-stock", bad.toString(), "--report", report.toString()))
                .isEqualTo(2);
        assertThat(out.toString()).contains("row 4, column D (库存)").contains("Nothing applied");
        assertThat(local("SELECT count(*) FROM outbox WHERE aggregate_type = 'sku'")).containsExactly("0");
        assertThat(Files.exists(report)).isTrue();

        // a dry run of a good file: exit 0, nothing applied
        Path good = edit(exported, dir.resolve("good.xlsx"), 3, false);
        assertThat(run("--profile", p, "products", "import-stock", good.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("3 changed").contains("Dry run");
        assertThat(local("SELECT count(*) FROM outbox WHERE aggregate_type = 'sku'")).containsExactly("0");

        // the valid rows of the bad file: exit 2 (a row refused), two SKUs applied
        assertThat(run("--profile", p, "products", "import-stock", bad.toString(), "--apply-valid")).isEqualTo(2);
        assertThat(out.toString()).contains("Applied 2 SKU change(s)");
        List<String> outer = local("SELECT aggregate_id FROM outbox WHERE command = 'sku.stock' ORDER BY outbox_id");
        assertThat(outer).hasSize(2);

        assertThat(run("--profile", p, "sync", "--once")).as(err.toString()).isZero();
        assertThat(local("SELECT DISTINCT state FROM outbox WHERE aggregate_type = 'sku'")).containsExactly("done");
        for (String id : outer) {
            String localStock = local("SELECT stock FROM sku WHERE outer_sku_id = ?", id).get(0);
            assertThat(platform("SELECT stock FROM sku WHERE outer_id = ?", id)).containsExactly(localStock);
            assertThat(platform("SELECT price_fen FROM sku WHERE outer_id = ?", id)).containsExactly("6660");
        }

        // an unreadable file: exit 1
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "not a workbook");
        assertThat(run("--profile", p, "products", "import-stock", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not an Excel workbook");
    }

    @Test
    void aSupplierCsvWithOtherHeadersMapsByHandAndAppliesWithExitZero() throws Exception {
        String p = profile.toString();
        String sku = local("SELECT outer_sku_id FROM sku WHERE used = 1 ORDER BY outer_sku_id DESC LIMIT 1").get(0);
        Path f = Files.writeString(dir.resolve("supplier.csv"), "编号,品名,在库\r\n" + sku + ",x,321\r\n");
        Path mapping = Files.writeString(dir.resolve("supplier.mapping"), "outer_sku_id=编号\nstock=C\n");
        assertThat(run("--profile", p, "products", "import-stock", f.toString(), "--mapping", mapping.toString()))
                .as(out + " " + err).isZero();
        assertThat(local("SELECT stock FROM sku WHERE outer_sku_id = ?", sku)).containsExactly("321");
        assertThat(run("--profile", p, "products", "export", "--out", "x.xlsx", "--format", "pdf")).isEqualTo(2);
    }
}
