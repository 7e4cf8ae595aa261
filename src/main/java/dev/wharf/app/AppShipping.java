package dev.wharf.app;

import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.shipping.ui.ShippingController;
import dev.wharf.shipping.ui.ShippingServices;
import dev.wharf.store.Database;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.TaskExecutor;
import java.time.Clock;
import java.util.function.Supplier;

/** The Shipping screen's wiring (kept out of {@link AppComposition}, which is at its size limit). */
final class AppShipping {
    private AppShipping() {
    }

    /** Registers the Shipping screen's controller; the commands are taken when it opens (sync may start later). */
    static void register(ControllerFactory controllers, TaskExecutor executor, Messages messages, DialogService dialogs,
                         Database database, Supplier<LocalCommands> commands, PersonalData personal,
                         SyncStatus status) {
        controllers.register(ShippingController.class, () -> {
            SqliteShipping store = new SqliteShipping(database, Clock.systemUTC());
            ShipmentImporter importer = new ShipmentImporter(store, commands.get(), store, store);
            return new ShippingController(executor, new ShippingServices(importer,
                    new ShipmentExporter(store, personal), personal, status), messages, dialogs);
        });
    }
}
