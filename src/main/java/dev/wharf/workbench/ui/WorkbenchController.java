package dev.wharf.workbench.ui;

import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderQueries;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.TodoCounts;
import dev.wharf.sync.SyncStatus;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Today's to-dos: counts read from the local store each time the screen is shown; each opens the Orders screen
 * with the matching filter.
 */
public final class WorkbenchController extends ScreenController {
    private final OrderQueries orders;
    private final SyncStatus sync;
    private final Messages messages;
    private final Consumer<OrderFilter> openOrders;
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private volatile Instant shownSync;

    @FXML
    private Label toAccept;
    @FXML
    private Label toAcceptDetail;
    @FXML
    private Label toShip;
    @FXML
    private Label openRefunds;
    @FXML
    private StockAlertsController stockAlertsController;
    @FXML
    private Label dueSoon;

    /** {@code openOrders} shows the Orders screen with a filter. */
    public WorkbenchController(TaskExecutor executor, OrderQueries orders, SyncStatus sync, Messages messages,
                               Consumer<OrderFilter> openOrders) {
        super(executor);
        this.orders = orders;
        this.sync = sync;
        this.messages = messages;
        this.openOrders = openOrders;
    }

    @FXML
    private void openToAccept() {
        openOrders.accept(OrderFilter.of(OrderTab.AWAITING_ACCEPT));
    }

    @FXML
    private void openToShip() {
        openOrders.accept(OrderFilter.of(OrderTab.AWAITING_SHIPMENT));
    }

    @FXML
    private void openDueSoon() {
        openOrders.accept(OrderFilter.of(OrderTab.ALL).withAtRisk(true));
    }

    @FXML
    private void showOpenRefunds() {
        openOrders.accept(OrderFilter.of(OrderTab.REFUNDS_OPEN));
    }

    @Override
    public void activate() {
        shownSync = sync.snapshot().lastSync();
        sync.subscribe(onSync);
        reload();
    }

    @Override
    public void deactivate() {
        sync.unsubscribe(onSync);
        stockAlertsController.deactivate();
        super.deactivate();
    }

    /** A finished sync brings new counts (called on the sync thread). */
    private void syncChanged(SyncStatus.Snapshot snapshot) {
        Instant last = snapshot.lastSync();
        if (last != null && !last.equals(shownSync)) {
            shownSync = last;
            Platform.runLater(this::reload);
        }
    }

    private void reload() {
        stockAlertsController.activate();
        tasks.execute(BackgroundTask.of(ctx -> orders.todoCounts()).onSuccess(this::show));
    }

    private void show(TodoCounts counts) {
        toAccept.setText(Long.toString(counts.toAccept()));
        toAcceptDetail.setText(messages.format("workbench.toAccept.carts", counts.cartsToAccept()));
        toShip.setText(Long.toString(counts.toShip()));
        openRefunds.setText(Long.toString(counts.openRefunds()));
        dueSoon.setText(Long.toString(counts.dueSoon()));
    }
}
