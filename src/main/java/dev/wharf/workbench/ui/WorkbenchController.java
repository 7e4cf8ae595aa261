package dev.wharf.workbench.ui;

import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.orders.OrderQueries;
import dev.wharf.orders.TodoCounts;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Today's to-dos: counts read from the local store each time the screen is shown. */
public final class WorkbenchController extends ScreenController {
    private final OrderQueries orders;
    private final Messages messages;

    @FXML
    private Label toAccept;
    @FXML
    private Label toAcceptDetail;
    @FXML
    private Label toShip;
    @FXML
    private Label openRefunds;

    public WorkbenchController(TaskExecutor executor, OrderQueries orders, Messages messages) {
        super(executor);
        this.orders = orders;
        this.messages = messages;
    }

    @Override
    public void activate() {
        tasks.execute(BackgroundTask.of(ctx -> orders.todoCounts()).onSuccess(this::show));
    }

    private void show(TodoCounts counts) {
        toAccept.setText(Long.toString(counts.toAccept()));
        toAcceptDetail.setText(messages.format("workbench.toAccept.carts", counts.cartsToAccept()));
        toShip.setText(Long.toString(counts.toShip()));
        openRefunds.setText(Long.toString(counts.openRefunds()));
    }
}
