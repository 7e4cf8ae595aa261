package dev.wharf.app;

import dev.wharf.app.shell.Destination;
import dev.wharf.app.shell.MainWindowController;
import dev.wharf.app.shell.Navigator;
import dev.wharf.app.shell.PlaceholderController;
import dev.wharf.app.settings.SettingsController;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.ui.OrdersController;
import dev.wharf.shipping.ui.ShippingController;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.screen.Screen;
import dev.wharf.workbench.ui.WorkbenchController;

/** Which view each sidebar destination loads, and the Workbench's way into a filtered Orders screen. */
final class Screens {
    private Screens() {
    }

    static Navigator.LoadedScreen load(ViewLoader loader, Destination destination) {
        return switch (destination) {
            case WORKBENCH -> screen(loader.load(WorkbenchController.class, "Workbench.fxml"));
            case SETTINGS -> screen(loader.load(SettingsController.class, "Settings.fxml"));
            case PRODUCTS -> screen(ProductScreens.load(loader));
            case SHIPPING -> screen(loader.load(ShippingController.class, "Shipping.fxml"));
            case ORDERS -> screen(loader.load(OrdersController.class, "Orders.fxml"));
            default -> screen(loader.load(MainWindowController.class, "Placeholder.fxml",
                    new PlaceholderController(destination, loader.messages())));
        };
    }

    /** Opens the Orders screen showing {@code filter} (the Workbench's to-dos). */
    static void openOrders(MainWindowController main, OrderFilter filter) {
        main.show(Destination.ORDERS);
        main.navigator().screen(Destination.ORDERS).map(OrdersController.class::cast).ifPresent(o -> o.show(filter));
    }

    private static Navigator.LoadedScreen screen(ViewLoader.View<? extends Screen> view) {
        return new Navigator.LoadedScreen(view.root(), view.controller());
    }
}
