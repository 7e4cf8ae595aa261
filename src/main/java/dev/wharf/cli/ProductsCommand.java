package dev.wharf.cli;

import dev.wharf.products.SkuFilter;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockField;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.products.sheets.StockPreview;
import dev.wharf.products.sheets.StockRow;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.StoreException;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.sync.outbox.OutboxListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf products export|import-stock}: stock and prices through spreadsheets (decision 0013). */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Stock and prices by spreadsheet: export every SKU, import a filled or supplier's file.",
        subcommands = {ProductsCommand.Export.class, ProductsCommand.ImportStock.class})
final class ProductsCommand {
    @ParentCommand
    WharfCommand root;

    /** {@code wharf products export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every SKU to FILE: 商家编码 (outer SKU id), name, properties, 库存 stock, 价格 price, "
                    + "VIP价, 新客价 and read-only helper columns. Edit stock and prices, then import-stock it.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ProductsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "xlsx or csv (UTF-8 with BOM); default: by the file's name (.csv), else xlsx.")
        String format;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ProductExporter.Format f = format == null ? ProductExporter.Format.of(out)
                    : switch (format.toLowerCase(Locale.ROOT)) {
                        case "xlsx" -> ProductExporter.Format.XLSX;
                        case "csv" -> ProductExporter.Format.CSV;
                        default -> null;
                    };
            if (f == null) {
                err.println("wharf products export: --format must be xlsx or csv.");
                return 2;
            }
            try (Database db = parent.root.openExistingDatabase()) {
                long n = new ProductExporter(new SqliteStockSheets(db)).export(SkuFilter.all(), out, f,
                        ShipmentsCommand.progress(err, "written"));
                o.printf(Locale.ROOT, "%d SKU(s) written to %s.%n", n, out);
                return 0;
            } catch (SheetFileException | StoreException e) {
                err.println("wharf products export: " + e.getMessage());
                return 1;
            }
        }
    }

    /** {@code wharf products import-stock}. */
    @Command(name = "import-stock", mixinStandardHelpOptions = true,
            description = {"Validates every row of FILE (.xlsx, .xls or .csv) by outer SKU id, then changes stock "
                    + "and prices: all changed SKUs in one local change with their platform commands in the outbox "
                    + "(sent by the next sync). An empty cell leaves that value unchanged.",
                    "Exit 0: every row applied (or valid, with --dry-run); 2: rows refused (nothing applied unless "
                    + "--apply-valid); 1: the file or the shop could not be read."})
    static final class ImportStock implements Callable<Integer> {
        @ParentCommand
        ProductsCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The filled file.")
        Path file;

        @Mixin
        ImportOptions options;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Columns by hand: lines field=header or column letter (outer_sku_id, stock, price, "
                        + "vip_price, new_customer_price), e.g. stock=在库 or stock=C.")
        Path mapping;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = file.getFileName().toString();
            try (Database db = parent.root.openExistingDatabase(); WorkbookReader reader = Workbooks.open(file)) {
                StockImporter importer = new StockImporter(new SqliteStockSheets(db), new SqliteLocalCommands(db,
                        Clock.systemUTC(), OutboxListener.NONE), new SqliteLayoutMemory(db, "product_mapping",
                        Clock.systemUTC()));
                ColumnMap<StockField> m = importer.detect(reader, options.sheetIndex(), name);
                if (mapping != null) {
                    m = StockImporter.withOverrides(m, ImportOptions.readMapping(mapping));
                }
                StockPreview preview = importer.preview(reader, name, options.sheetIndex(), m,
                        ShipmentsCommand.progress(err, "read"));
                for (StockRow r : preview.rows()) {
                    if (!r.valid()) {
                        out.println(r.message());
                    } else if (r.waiting()) {
                        out.println(StockImporter.waitingNote(preview, r));
                    }
                }
                StockImporter.Applied applied = options.dryRun ? null : importer.apply(preview, options.applyValid);
                if (options.report != null) {
                    boolean someApplied = applied != null && !applied.nothingApplied();
                    int n = StockImporter.report(reader, preview, options.report, someApplied, Progress.NONE);
                    out.printf(Locale.ROOT, "Report of %d row(s) written to %s.%n", n, options.report);
                }
                return summary(out, preview, applied);
            } catch (SheetFileException | IllegalArgumentException | StoreException e) {
                err.println("wharf products import-stock: " + e.getMessage());
                return 1;
            }
        }

        private static int summary(PrintWriter out, StockPreview p, StockImporter.Applied applied) {
            out.printf(Locale.ROOT, "%s: %d row(s): %d changed, %d unchanged, %d refused (empty cells leave a value "
                    + "unchanged).%n", p.fileName(), p.rows().size(), p.count(StockRow.Status.CHANGED),
                    p.count(StockRow.Status.UNCHANGED), p.invalidCount());
            if (applied == null) {
                out.println("Dry run: nothing applied.");
            } else if (applied.nothingApplied()) {
                out.println(p.invalidCount() > 0 && p.count(StockRow.Status.CHANGED) > 0
                        ? "Nothing applied: correct the refused rows (or use --apply-valid)." : "Nothing to apply.");
            } else {
                out.printf(Locale.ROOT, "Applied %d SKU change(s); the next sync sends them to the platform "
                        + "('wharf sync --once').%n", applied.rows().size());
            }
            return p.invalidCount() > 0 ? 2 : 0;
        }
    }
}
