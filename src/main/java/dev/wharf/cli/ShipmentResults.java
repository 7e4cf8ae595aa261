package dev.wharf.cli;

import dev.wharf.shipping.ImportLog;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.outbox.OutboxEntry;
import dev.wharf.sync.outbox.OutboxListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf shipments results}: what the platform answered for each order of an import. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"What the platform answered for each order of an import (the latest unless --import): "
                + "confirmed, waiting to be sent, or refused with the platform's reason.",
                "Exit 0 when none was refused, 2 when orders were refused (listed for correction), 1 when there is "
                        + "no such import."})
final class ShipmentResults implements Callable<Integer> {
    @ParentCommand
    ShipmentsCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--import", paramLabel = "ID", description = "The import's number (printed when it was applied).")
    Long importId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = parent.root.openExistingDatabase()) {
            SqliteShipping store = new SqliteShipping(db, Clock.systemUTC());
            ShipmentImporter importer = new ShipmentImporter(store, new SqliteLocalCommands(db, Clock.systemUTC(),
                    OutboxListener.NONE), store, store);
            Long id = importId != null ? importId : importer.latestImport().orElse(null);
            List<ImportLog.ResultRow> rows = id == null ? List.of() : importer.results(id);
            if (rows.isEmpty()) {
                err.println("wharf shipments results: no applied import" + (importId == null ? " yet." : " "
                        + importId + "."));
                return 1;
            }
            // an order shipped in several parcels has several rows and one deliver: count orders, not rows
            long orders = rows.stream().map(ImportLog.ResultRow::orderId).distinct().count();
            long done = rows.stream().filter(r -> r.state() == OutboxEntry.State.DONE)
                    .map(ImportLog.ResultRow::orderId).distinct().count();
            List<ImportLog.ResultRow> failed = rows.stream().filter(ImportLog.ResultRow::failed).toList();
            long refused = failed.stream().map(ImportLog.ResultRow::orderId).distinct().count();
            out.printf(Locale.ROOT, "Import %d: %d order(s): %d confirmed by the platform, %d waiting, %d refused.%n",
                    id, orders, done, orders - done - refused, refused);
            for (ImportLog.ResultRow r : failed) {
                out.printf(Locale.ROOT, "row %d, order %s, %s: %s — %s%n", r.row(), r.orderId(), r.tracking(),
                        r.state().code(), r.message() == null ? "" : r.message());
            }
            if (!failed.isEmpty()) {
                out.println("Correct them in Sync & Settings → Needs attention (edit the tracking number, retry or "
                        + "discard), or fix the orders and import them again.");
            }
            return failed.isEmpty() ? 0 : 2;
        }
    }
}
