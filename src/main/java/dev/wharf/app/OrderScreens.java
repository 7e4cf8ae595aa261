package dev.wharf.app;

import dev.wharf.orders.AcceptService;
import dev.wharf.orders.OrderActions;
import dev.wharf.orders.OrderList;
import dev.wharf.orders.ui.AcceptPanelController;
import dev.wharf.orders.ui.OrderDetailController;
import dev.wharf.orders.ui.OrdersController;
import dev.wharf.orders.ui.ShippingExportController;
import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.MergedShipment;
import dev.wharf.shipping.ui.ShipTogetherController;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAcceptSource;
import dev.wharf.store.SqliteOrderDetailQueries;
import dev.wharf.store.orders.SqliteOrderList;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The composition of the orders feature (decisions 0008, 0009): the Orders screen over the shop's order list, the
 * order detail shown beside it, the accept panel its "Accept selected" opens and the merged-shipment dialog its
 * "Ship together…" opens.
 */
final class OrderScreens {
    private final Database database;
    private final OrderList orderList;
    private final Supplier<LocalCommands> commands;
    private final Supplier<ShopSync> sync;

    /** Suppliers because the running sync (its commands and outbox delivery) starts and stops with the shop. */
    OrderScreens(Database database, Supplier<LocalCommands> commands, Supplier<ShopSync> sync) {
        this.database = database;
        this.orderList = new SqliteOrderList(database, Clock.systemUTC());
        this.commands = commands;
        this.sync = sync;
    }

    /** The order detail's actions (status rules, then the outbox). */
    OrderActions orderActions() {
        return new OrderActions(commands.get(), new SqliteOrderDetailQueries(database));
    }

    /** Batch accept: delivers at once through the running sync's outbox when there is one. */
    AcceptService acceptService() {
        ShopSync running = sync.get();
        return new AcceptService(new SqliteAcceptSource(database), commands.get(),
                running == null ? null : running.delivery());
    }

    void register(ControllerFactory controllers, ViewLoader loader, TaskExecutor executor, SyncStatus status,
                  DialogService dialogs, Supplier<PersonalData> personal, Supplier<Window> owner, Consumer<Scene> styler) {
        Messages m = loader.messages();
        AppOrderActions actions = new AppOrderActions(loader, owner, styler);
        AppShippingExport shippingExport = new AppShippingExport(database, personal);
        controllers.register(OrdersController.class, () -> new OrdersController(executor, orderList, status, m,
                        actions, Clock.systemUTC()))
                .register(OrderDetailController.class, () -> new OrderDetailController(executor, m, dialogs,
                        new SqliteOrderDetailQueries(database), orderActions(), personal.get(),
                        ZoneId.systemDefault(), status))
                .register(AcceptPanelController.class, () -> new AcceptPanelController(executor,
                        acceptService(), m, status))
                .register(ShipTogetherController.class, () -> new ShipTogetherController(executor,
                        new MergedShipment(new SqliteShipping(database, Clock.systemUTC()), commands.get()), m))
                .register(ShippingExportController.class, () -> new ShippingExportController(executor, m, dialogs,
                        shippingExport));
    }
}
