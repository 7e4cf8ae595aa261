package dev.wharf.app;

import dev.wharf.orders.ui.OrderActions;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Orders screen's actions until the order-actions work replaces them: accepting goes through the shop's local
 * commands (the local store changes at once, the outbox sends it) off the JavaFX thread; opening an order needs
 * nothing beyond the screen's own summary.
 */
final class AppOrderActions implements OrderActions {
    private final TaskExecutor executor;
    private final Supplier<ShopSync> sync;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;

    AppOrderActions(TaskExecutor executor, Supplier<ShopSync> sync, DialogService dialogs, Supplier<Messages> messages) {
        this.executor = executor;
        this.sync = sync;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void accept(List<String> orderIds) {
        List<String> ids = List.copyOf(orderIds);
        executor.execute(BackgroundTask.of(ctx -> {
            ShopSync shop = sync.get();
            if (shop == null) {
                throw new IllegalStateException(messages.get().get("orders.list.notConnected"));
            }
            return shop.commands().acceptOrders(ids);
        }).onSuccess(outbox -> dialogs.notify(messages.get().format("orders.list.acceptQueued", ids.size())))
                .onError(IllegalArgumentException.class, e -> dialogs.showError(
                        messages.get().get("orders.list.acceptFailed"), e.getMessage()))
                .onError(IllegalStateException.class, e -> dialogs.showError(
                        messages.get().get("orders.list.acceptFailed"), e.getMessage())));
    }

    @Override
    public void open(String orderId) {
        // the screen already shows the order's summary
    }
}
