package dev.wharf.app;

import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.ui.ShippingExport;
import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.Leg;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.shipping.ShipmentSource;
import dev.wharf.store.Database;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.ui.task.WorkContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Orders screen's "Export for shipping" through the Shipping feature's exporter (decisions 0008, 0011): the
 * selected orders, or the list's tab, filters and search narrowed in SQL ({@link SqliteShipping#within}), of those
 * the ones awaiting shipment on the leg the tab implies — the 拼邮 domestic leg from "Domestic leg pending" and
 * "Shipped", the international leg otherwise. The profile's masking and audit apply as on the Shipping screen.
 */
final class AppShippingExport implements ShippingExport {
    private final SqliteShipping store;
    private final Supplier<PersonalData> personal;
    private volatile Path lastFolder;

    AppShippingExport(Database database, Supplier<PersonalData> personal) {
        this.store = new SqliteShipping(database, Clock.systemUTC());
        this.personal = personal;
    }

    /** The leg whose orders awaiting shipment an export from this tab writes. */
    static Leg legOf(OrderTab tab) {
        return tab == OrderTab.DOMESTIC_LEG_PENDING || tab == OrderTab.SHIPPED ? Leg.DOMESTIC : Leg.INTERNATIONAL;
    }

    @Override
    public Result export(List<String> orderIds, OrderFilter filter, Path file, WorkContext ctx) {
        ShipmentSource source = orderIds.isEmpty() ? store.within(filter) : store;
        ShipmentExporter exporter = new ShipmentExporter(source, personal.get());
        ShipmentSource.Filter which = new ShipmentSource.Filter(legOf(filter.tab()), orderIds);
        if (orderIds.isEmpty() && source.count(which) == 0) {
            return new Result(0, !exporter.unmasked());
        }
        boolean existed = Files.exists(file);
        long n = exporter.export(which, file, new Progress() {
            @Override
            public void progress(long done, long total) {
                ctx.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ctx.isCancelled();
            }
        });
        if (n == 0 && !existed) {
            try {
                Files.deleteIfExists(file); // a header without orders is no use to anyone
            } catch (IOException ignored) {
                // the empty file stays; the screen says nothing was exported
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder = folder;
        }
        return new Result(n, !exporter.unmasked());
    }

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(lastFolder);
    }
}
