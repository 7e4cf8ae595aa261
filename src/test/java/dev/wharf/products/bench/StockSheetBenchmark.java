package dev.wharf.products.bench;

import dev.wharf.products.SkuFilter;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.products.sheets.StockPreview;
import dev.wharf.products.sheets.StockRow;
import dev.wharf.spreadsheet.LayoutMemory;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.products.ProductSeed;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.sync.outbox.OutboxListener;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times the stock and price spreadsheets at 100,000 SKUs: the export (.xlsx and CSV), a bare read of the exported
 * file, the import's dry run of it (ratio to the bare read), and applying 100,000 stock changes in one
 * {@code LocalCommands.updateSkus} transaction — side by side with the same number of SKUs changed one transaction
 * each ({@code updateStock}, as the bulk edit grid pushes), on a smaller count.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.products.bench.StockSheetBenchmark -Dexec.args="target/bench-stock 25000 4 5000"
 * </pre>
 * Arguments: folder (a new database each run), products, SKUs per product, SKUs for the side-by-side apply.
 */
public final class StockSheetBenchmark {
    private StockSheetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-stock");
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int skusEach = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int sideBySide = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        Files.createDirectories(dir);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("shop.db" + suffix));
        }
        try (Database db = Database.open(dir.resolve("shop.db"))) {
            ProductSeed.many(db, products, skusEach);
            SqliteStockSheets sheets = new SqliteStockSheets(db);
            SqliteLocalCommands commands = new SqliteLocalCommands(db, Clock.systemUTC(), OutboxListener.NONE);
            StockImporter importer = new StockImporter(sheets, commands, LayoutMemory.NONE);
            ProductExporter exporter = new ProductExporter(sheets);
            Path xlsx = dir.resolve("stock.xlsx");
            Path csv = dir.resolve("stock.csv");
            System.out.println("| step | SKUs | time |");
            System.out.println("| --- | ---: | ---: |");
            long n = time("export .xlsx", () -> exporter.export(SkuFilter.all(), xlsx, ProductExporter.Format.XLSX,
                    Progress.NONE));
            time("export CSV", () -> exporter.export(SkuFilter.all(), csv, ProductExporter.Format.CSV,
                    Progress.NONE));
            double[] bare = new double[1];
            long read = time("bare read of the .xlsx (Workbooks)", () -> {
                long t0 = System.nanoTime();
                long[] rows = {0};
                try (WorkbookReader r = Workbooks.open(xlsx)) {
                    r.read(0, row -> rows[0]++, Progress.NONE);
                }
                bare[0] = (System.nanoTime() - t0) / 1e6;
                return rows[0];
            });
            double[] dry = new double[1];
            Path edited = dir.resolve("edited.csv");
            try (BufferedWriter w = Files.newBufferedWriter(edited, StandardCharsets.UTF_8)) {
                w.write("商家编码,库存\n");
                for (int i = 0; i < products; i++) {
                    for (int k = 0; k < skusEach; k++) {
                        w.write("OUT-" + i + "-" + k + "," + (1000 + (i + k) % 40) + "\n");
                    }
                }
            }
            StockPreview[] preview = new StockPreview[1];
            time("dry run of the .xlsx (unchanged rows)", () -> {
                long t0 = System.nanoTime();
                try (WorkbookReader r = Workbooks.open(xlsx)) {
                    StockPreview p = importer.preview(r, "stock.xlsx", 0, importer.detect(r, 0, "stock.xlsx"),
                            Progress.NONE);
                    dry[0] = (System.nanoTime() - t0) / 1e6;
                    return (long) p.rows().size();
                }
            });
            time("dry run of a CSV changing every stock", () -> {
                try (WorkbookReader r = Workbooks.open(edited)) {
                    preview[0] = importer.preview(r, "edited.csv", 0, importer.detect(r, 0, "edited.csv"),
                            Progress.NONE);
                    return preview[0].count(StockRow.Status.CHANGED);
                }
            });
            time("apply: one updateSkus transaction", () -> (long) importer.apply(preview[0], false).rows().size());
            System.out.println();
            System.out.printf(Locale.ROOT, "dry run / bare read of the same .xlsx (%,d rows): %.1f×%n", read,
                    dry[0] / bare[0]);
            double one = millis(() -> {
                commands.updateSkus(java.util.stream.IntStream.range(0, sideBySide).mapToObj(i ->
                        new dev.wharf.sync.outbox.LocalCommands.SkuUpdate("OUT-" + i + "-0", 7, null, null, null))
                        .toList());
                return 0L;
            });
            double each = millis(() -> {
                for (int i = 0; i < sideBySide; i++) {
                    commands.updateStock("OUT-" + i + "-1", 7);
                }
                return 0L;
            });
            System.out.printf(Locale.ROOT, "%,d stock changes: one transaction %.0f ms, one transaction each %.0f ms "
                    + "(each/one %.1f×)%n", sideBySide, one, each, each / one);
            System.out.printf(Locale.ROOT, "(%,d SKUs exported)%n", n);
        }
    }

    private static long time(String what, Callable<Long> work) throws Exception {
        long t0 = System.nanoTime();
        long n = work.call();
        System.out.printf(Locale.ROOT, "| %s | %,d | %.2f s |%n", what, n, (System.nanoTime() - t0) / 1e9);
        return n;
    }

    private static double millis(Callable<Long> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return (System.nanoTime() - t0) / 1e6;
    }
}
