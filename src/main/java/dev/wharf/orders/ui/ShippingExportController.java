package dev.wharf.orders.ui;

import dev.wharf.orders.OrderFilter;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskHandle;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;

/**
 * The Orders screen's "Export for shipping…" (toolbar button and the list's context menu): the selected orders, or
 * when nothing is selected everything the list shows (tab, filters, search), to the bulk shipping template. Asks for
 * the file (opening in the last export's folder), then writes it in the background with progress and cancel.
 */
public final class ShippingExportController extends ScreenController {
    private final Messages messages;
    private final DialogService dialogs;
    private final ShippingExport export;
    private TreeTableView<OrderRow> table;
    private Supplier<OrderFilter> filter;
    private TaskHandle running;
    private Object current;
    private boolean cancelled;

    @FXML
    private Button exportButton;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label exportStatus;

    public ShippingExportController(TaskExecutor executor, Messages messages, DialogService dialogs,
                                    ShippingExport export) {
        super(executor);
        this.messages = messages;
        this.dialogs = dialogs;
        this.export = export;
    }

    /** Called by the Orders screen: the list whose selection and filter are exported; adds the context-menu item. */
    void attach(TreeTableView<OrderRow> list, Supplier<OrderFilter> shownFilter) {
        this.table = list;
        this.filter = shownFilter;
        MenuItem item = new MenuItem(messages.get("orders.export"));
        item.setId("orders-export-shipping-menu");
        item.setOnAction(e -> export());
        if (list.getContextMenu() == null) {
            list.setContextMenu(new ContextMenu());
        }
        list.getContextMenu().getItems().add(item);
    }

    @FXML
    private void export() {
        if (current != null) {
            return;
        }
        List<String> ids = selectedOrderIds();
        OrderFilter f = filter.get();
        String suggested = "shipments-" + f.tab().id() + ".xlsx";
        dialogs.chooseSaveFile(messages.get("orders.export.choose"), suggested,
                messages.get("orders.export.filter"), "xlsx", export.lastFolder())
                .ifPresent(out -> exportTo(ids, f, out));
    }

    /** Writes the export to {@code out} in the background (the button asks for the file first). */
    void exportTo(List<String> ids, OrderFilter f, Path out) {
        exportStatus.setText(messages.get(ids.isEmpty() ? "orders.export.runningShown" : "orders.export.running"));
        show(true);
        Object token = new Object();
        current = token;
        cancelled = false;
        TaskHandle handle = tasks.execute(BackgroundTask.of(ctx -> export.export(ids, f, out, ctx))
                .onSuccess(r -> {
                    String text = r.orders() == 0 ? messages.get("orders.export.none")
                            : messages.format("orders.export.done", r.orders(), out.getFileName().toString())
                            + (r.masked() ? " " + messages.get("orders.export.masked") : "");
                    exportStatus.setText(text);
                    if (r.orders() > 0) {
                        dialogs.notify(text);
                    }
                })
                .onFailure(e -> exportStatus.setText(messages.format("orders.export.failed",
                        String.valueOf(e.getMessage()))))
                .andFinally(() -> {
                    if (current == token) {
                        if (cancelled) {
                            exportStatus.setText(messages.get("orders.export.cancelled"));
                        }
                        current = null;
                        running = null;
                        show(false);
                    }
                }));
        if (current == token) {
            running = handle;
            progress.progressProperty().bind(handle.progressProperty());
        }
    }

    @FXML
    private void cancel() {
        if (running != null) {
            cancelled = true;
            running.cancel();
        }
    }

    private void show(boolean busy) {
        progressBox.setVisible(busy);
        progressBox.setManaged(busy);
        exportButton.setDisable(busy);
        if (!busy) {
            progress.progressProperty().unbind();
        }
    }

    /** The selected orders: a cart counts with all its orders, an item row with its order. */
    private List<String> selectedOrderIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (TreeItem<OrderRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item == null || item.getValue() == null) {
                continue;
            }
            OrderRow row = item.getValue();
            if (row.kind() == OrderRow.Kind.CART) {
                row.cart().orders().forEach(o -> ids.add(o.orderId()));
            } else {
                ids.add(row.order().orderId());
            }
        }
        return List.copyOf(ids);
    }
}
