package dev.wharf.cli;

import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.ColumnMapping;
import dev.wharf.shipping.ErrorReport;
import dev.wharf.shipping.ImportPreview;
import dev.wharf.shipping.Leg;
import dev.wharf.shipping.RowResult;
import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.shipping.ShipmentSource;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.StoreException;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.shipping.SqliteShipping;
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

/** {@code wharf shipments export|import}: bulk shipping through spreadsheets. */
@Command(name = "shipments", mixinStandardHelpOptions = true,
        description = "Bulk shipping: export the orders awaiting shipment to the platform's template, import the "
                + "filled file.",
        subcommands = {ShipmentsCommand.Export.class, ShipmentsCommand.Import.class, ShipmentResults.class})
final class ShipmentsCommand {
    @ParentCommand
    WharfCommand root;

    /** Prints "shipments: 10000 rows read" to stderr every 10,000 rows (long files). */
    static Progress progress(PrintWriter err, String what) {
        return new Progress() {
            @Override
            public void progress(long done, long total) {
                if (done % 10_000 == 0) {
                    err.printf(Locale.ROOT, "shipments: %d rows %s%s%n", done, what, total > 0 ? " of " + total : "");
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** The profile's role for receivers' personal data in the files written (decision 0009). */
    PersonalData personalData(Database db) {
        return new PersonalData(new SqliteAccessStore(db), root.profile().name(), Clock.systemUTC());
    }

    /** {@code wharf shipments export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the orders awaiting shipment to FILE (.xlsx, or .csv in UTF-8 with BOM) in the "
                    + "platform's bulk shipping template (序号, 订单号, 物流公司编号, 物流单号) plus read-only helper columns.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ShipmentsCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--status", paramLabel = "STATUS", defaultValue = "awaiting-shipment",
                description = "awaiting-shipment (accepted orders: the international or only leg; default) or "
                        + "awaiting-domestic (拼邮 orders waiting for their domestic leg).")
        String status;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Leg leg = switch (status.toLowerCase(Locale.ROOT)) {
                case "awaiting-shipment" -> Leg.INTERNATIONAL;
                case "awaiting-domestic" -> Leg.DOMESTIC;
                default -> null;
            };
            if (leg == null) {
                err.println("wharf shipments export: --status must be awaiting-shipment or awaiting-domestic.");
                return 2;
            }
            try (Database db = parent.root.openExistingDatabase()) {
                ShipmentExporter exporter = new ShipmentExporter(new SqliteShipping(db, Clock.systemUTC()),
                        parent.personalData(db));
                if (!exporter.unmasked()) {
                    err.println("Receivers' phone numbers are masked: this profile (customer service) may not export "
                            + "them unmasked.");
                }
                long n = exporter.export(ShipmentSource.Filter.all(leg), out, progress(err, "written"));
                o.printf(Locale.ROOT, "%d order(s) written to %s.%n", n, out);
                return 0;
            } catch (SheetFileException e) {
                err.println("wharf shipments export: " + e.getMessage());
                return 1;
            }
        }
    }

    /** {@code wharf shipments import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Validates every row of FILE (.xlsx, .xls or .csv), then ships the orders: all rows in one "
                    + "local change with their platform commands in the outbox (sent by the next sync).",
                    "Exit 0: every row applied (or valid, with --dry-run); 2: rows refused (nothing applied unless "
                    + "--apply-valid); 1: the file or the shop could not be read."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ShipmentsCommand parent;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The filled file.")
        Path file;

        @Option(names = "--leg", paramLabel = "LEG", defaultValue = "international",
                description = "international (default: direct mail, bonded, 拼邮 international leg) or domestic "
                        + "(拼邮 domestic leg).")
        String leg;

        @Mixin
        ImportOptions options;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Columns by hand: lines field=header or column letter (order_id, tracking_number, "
                        + "carrier, carrier_code), e.g. tracking_number=运单编号 or tracking_number=D.")
        Path mapping;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Leg which = switch (leg.toLowerCase(Locale.ROOT)) {
                case "international" -> Leg.INTERNATIONAL;
                case "domestic" -> Leg.DOMESTIC;
                default -> null;
            };
            if (which == null) {
                err.println("wharf shipments import: --leg must be international or domestic.");
                return 2;
            }
            String name = file.getFileName().toString();
            try (Database db = parent.root.openExistingDatabase(); WorkbookReader reader = Workbooks.open(file)) {
                SqliteShipping store = new SqliteShipping(db, Clock.systemUTC());
                ShipmentImporter importer = new ShipmentImporter(store, new SqliteLocalCommands(db,
                        Clock.systemUTC(), OutboxListener.NONE), store, store);
                ColumnMapping m = importer.detect(reader, options.sheetIndex(), name);
                if (mapping != null) {
                    m = ShipmentImporter.withOverrides(m, ImportOptions.readMapping(mapping));
                }
                ImportPreview preview = importer.preview(reader, name, options.sheetIndex(), m, which,
                        progress(err, "read"));
                for (RowResult r : preview.invalid()) {
                    out.println(r.message());
                }
                ShipmentImporter.Applied applied = options.dryRun ? null
                        : importer.apply(preview, options.applyValid);
                if (options.report != null) {
                    boolean someApplied = applied != null && !applied.nothingApplied();
                    int n = ErrorReport.write(reader, preview, options.report, someApplied, Progress.NONE,
                            parent.personalData(db));
                    out.printf(Locale.ROOT, "Report of %d row(s) written to %s.%n", n, options.report);
                }
                return summary(out, preview, applied);
            } catch (SheetFileException | IllegalArgumentException | StoreException e) {
                err.println("wharf shipments import: " + e.getMessage());
                return 1;
            }
        }

        private int summary(PrintWriter out, ImportPreview p, ShipmentImporter.Applied applied) {
            out.printf(Locale.ROOT, "%s: %d row(s), %d valid, %d refused.%n", p.fileName(), p.rows().size(),
                    p.validCount(), p.invalidCount());
            if (applied == null) {
                out.println("Dry run: nothing applied.");
            } else if (applied.nothingApplied()) {
                out.println(p.invalidCount() > 0 ? "Nothing applied: correct the refused rows (or use --apply-valid)."
                        : "Nothing to apply.");
            } else {
                out.printf(Locale.ROOT, "Applied %d shipment(s) (import %d); the next sync sends them to the "
                        + "platform ('wharf sync --once').%n", applied.rows().size(), applied.importId());
            }
            return p.invalidCount() > 0 ? 2 : 0;
        }
    }
}
