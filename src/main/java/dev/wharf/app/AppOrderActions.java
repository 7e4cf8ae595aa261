package dev.wharf.app;

import dev.wharf.orders.ui.AcceptPanelController;
import dev.wharf.orders.ui.OrderDetailController;
import dev.wharf.orders.ui.OrderListActions;
import dev.wharf.shipping.ui.ShipTogetherController;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.screen.ScreenController;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Orders screen's actions (decision 0009): "Accept selected" opens the accept panel in its own window (stock
 * check with progress and cancel, short carts, live per-order results); selecting an order shows the order detail
 * (items, amounts, memo, colour flag, refunds, cancel, address) beside the list. One detail view per screen, shown
 * again for each selected order. "Ship together…" opens the merged-shipment dialog in its own window.
 */
final class AppOrderActions implements OrderListActions {
    private static final double ACCEPT_WIDTH = 720;
    private static final double ACCEPT_HEIGHT = 640;
    private static final double SHIP_TOGETHER_WIDTH = 620;
    private static final double SHIP_TOGETHER_HEIGHT = 600;

    private final ViewLoader loader;
    private final Supplier<Window> owner;
    private final Consumer<Scene> styler;
    private ViewLoader.View<OrderDetailController> detail;

    AppOrderActions(ViewLoader loader, Supplier<Window> owner, Consumer<Scene> styler) {
        this.loader = loader;
        this.owner = owner;
        this.styler = styler;
    }

    @Override
    public void accept(List<String> orderIds) {
        window(AcceptPanelController.class, "AcceptPanel.fxml", "orders.accept.title", ACCEPT_WIDTH, ACCEPT_HEIGHT)
                .start(List.copyOf(orderIds));
    }

    /** "Ship together…": the merged-shipment dialog in its own window (shipping.ui). */
    @Override
    public void shipTogether(List<String> orderIds) {
        window(ShipTogetherController.class, "ShipTogether.fxml", "shipTogether.title", SHIP_TOGETHER_WIDTH,
                SHIP_TOGETHER_HEIGHT).start(List.copyOf(orderIds));
    }

    /** Loads {@code fxml} into a window of its own over the main one; its controller is deactivated on close. */
    private <C extends ScreenController> C window(Class<C> type, String fxml, String titleKey, double width,
                                                  double height) {
        ViewLoader.View<C> view = loader.load(type, fxml);
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.setTitle(loader.messages().get(titleKey));
        Scene scene = new Scene(view.root(), width, height);
        styler.accept(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> view.controller().deactivate());
        stage.show();
        return view.controller();
    }

    @Override
    public Node open(String orderId) {
        if (detail == null) {
            detail = loader.load(OrderDetailController.class, "OrderDetail.fxml");
        }
        detail.controller().show(orderId);
        return detail.root();
    }
}
