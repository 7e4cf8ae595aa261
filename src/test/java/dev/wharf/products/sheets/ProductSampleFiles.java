package dev.wharf.products.sheets;

import dev.wharf.products.SkuFilter;
import dev.wharf.shipping.Sheets;
import dev.wharf.spreadsheet.Progress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the stock and price samples in {@code samples/products/} (committed; {@link ProductSamplesTest} reads them):
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=dev.wharf.products.sheets.ProductSampleFiles -Dexec.args=samples/products}.
 * Their SKUs are those of {@link StockShop} (A-1, A-2, B-1): a test shop, not the sandbox's.
 */
public final class ProductSampleFiles {
    private ProductSampleFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/products");
        Files.createDirectories(dir);
        // an export of the shop, filled in: new stock for A-1 and B-1, a new price for A-2
        Path tmp = Files.createTempDirectory("wharf-samples");
        try (StockShop shop = new StockShop(tmp)) {
            shop.db.write(c -> c.createStatement().executeUpdate("UPDATE sku SET stock = CASE outer_sku_id "
                    + "WHEN 'A-1' THEN 20 WHEN 'B-1' THEN 3 ELSE stock END, price_fen = CASE outer_sku_id "
                    + "WHEN 'A-2' THEN 2590 ELSE price_fen END"));
            shop.exporter.export(SkuFilter.all(), dir.resolve("products-export-filled.xlsx"),
                    ProductExporter.Format.XLSX, Progress.NONE);
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        // a supplier's own sheet: a title row, other headers, full-width digits, extra columns
        Sheets.xlsx(dir.resolve("supplier-stock.xlsx"), new Object[] {"大阪供应商 在库表 2030-01-02"},
                new Object[] {"外部编码", "品名", "数量", "售价", "备注"},
                new Object[] {"A-1", "红腰子精华 50ml", "１２", "", "补货"},
                new Object[] {"A-2", "红腰子精华 75ml", 6.0, "27.50", ""},
                new Object[] {"B-1", "Canon 相机", "0", "", "停产"});
        // a CSV saved by Chinese Excel: GBK, stock and prices with VIP price
        Sheets.csv(dir.resolve("stock-gbk.csv"), Charset.forName("GBK"), false, "商家编码,库存,价格,VIP价,新客价",
                "A-1,8,18.80,17.00,", "B-1,,99.00,,95");
    }
}
