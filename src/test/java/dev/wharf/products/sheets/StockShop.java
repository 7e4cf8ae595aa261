package dev.wharf.products.sheets;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.TestQueries;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.products.ProductSeed;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.sync.outbox.OutboxListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A real shop database with three SKUs (A-1 stock 5 ¥19.90, A-2 stock 0 ¥29.00, B-1 stock 12 ¥100.00). */
final class StockShop implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    final Database db;
    final SqliteLocalCommands commands;
    final StockImporter importer;
    final ProductExporter exporter;

    StockShop(Path dir) {
        db = Database.open(dir.resolve("shop.db"));
        commands = new SqliteLocalCommands(db, CLOCK, OutboxListener.NONE);
        SqliteStockSheets sheets = new SqliteStockSheets(db);
        importer = new StockImporter(sheets, commands, new SqliteLayoutMemory(db, "product_mapping", CLOCK));
        exporter = new ProductExporter(sheets);
        ProductSeed.product(db, "P1", "资生堂 红腰子精华 Serum", "资生堂", "美妆", "on_sale", 2,
                new String[] {"A-1", "A-2"}, new int[] {5, 0}, new long[] {1990, 2900});
        ProductSeed.product(db, "P2", "Canon Camera", "Canon", "数码", "off_shelf", 3,
                new String[] {"B-1"}, new int[] {12}, new long[] {10000});
    }

    StockPreview preview(Path file) {
        try (WorkbookReader r = Workbooks.open(file)) {
            String name = file.getFileName().toString();
            return importer.preview(r, name, 0, importer.detect(r, 0, name), Progress.NONE);
        }
    }

    List<String> local(String sql, Object... args) {
        return TestQueries.strings(db, sql, args);
    }

    @Override
    public void close() {
        db.close();
    }
}
