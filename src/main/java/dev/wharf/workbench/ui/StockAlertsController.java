package dev.wharf.workbench.ui;

import dev.wharf.products.ProductQueries;
import dev.wharf.products.StockAlerts;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The Workbench's stock section: SKUs on sale at or below their low-stock threshold, and SKUs whose paid but
 * unshipped units exceed their stock (oversell risk). The Workbench activates it with itself.
 */
public final class StockAlertsController extends ScreenController {
    static final int SHOWN = 10;

    private final ProductQueries products;
    private final Messages messages;

    @FXML
    private Label lowHeading;
    @FXML
    private VBox lowItems;
    @FXML
    private Label oversoldHeading;
    @FXML
    private VBox oversoldItems;

    public StockAlertsController(TaskExecutor executor, ProductQueries products, Messages messages) {
        super(executor);
        this.products = products;
        this.messages = messages;
    }

    @Override
    public void activate() {
        tasks.execute(BackgroundTask.of(ctx -> products.stockAlerts(SHOWN)).onSuccess(this::show));
    }

    private void show(StockAlerts alerts) {
        lowHeading.setText(messages.format("workbench.stock.low", alerts.lowStockCount()));
        lowItems.getChildren().clear();
        for (StockAlerts.Item i : alerts.lowStock()) {
            lowItems.getChildren().add(item("stock-low-" + i.outerSkuId(), messages.format("workbench.stock.lowItem",
                    i.productName(), i.properties(), i.outerSkuId(), i.stock())));
        }
        oversoldHeading.setText(messages.format("workbench.stock.oversold", alerts.oversoldCount()));
        oversoldItems.getChildren().clear();
        for (StockAlerts.Item i : alerts.oversold()) {
            oversoldItems.getChildren().add(item("stock-oversold-" + i.outerSkuId(), messages.format(
                    "workbench.stock.oversoldItem", i.productName(), i.properties(), i.outerSkuId(),
                    i.awaitingShipment(), i.stock())));
        }
    }

    private static Label item(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
