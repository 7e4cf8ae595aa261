package dev.wharf.shipping.ui;

import dev.wharf.shipping.Leg;
import dev.wharf.shipping.LogisticsCompany;
import dev.wharf.shipping.MergedShipment;
import dev.wharf.shipping.RowResult;
import dev.wharf.ui.i18n.ChoiceLabels;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * The merged-shipment dialog the Orders screen opens (decision 0011): the selected orders, a carrier from the synced
 * logistics companies, one tracking number (or one set of parcels' numbers) and the leg. "Check" runs the import's
 * checks and lists each order's problem; "Ship" is possible only after a check that every order passed (with the
 * same input), and ships all of them or none. Entry point: {@link #start(List)}.
 */
public final class ShipTogetherController extends ScreenController {
    private final MergedShipment shipment;
    private final Messages messages;
    private final RowMessages rowMessages;
    private List<String> orderIds = List.of();

    @FXML
    private Label orders;
    @FXML
    private ComboBox<LogisticsCompany> carrier;
    @FXML
    private TextField tracking;
    @FXML
    private ComboBox<Leg> leg;
    @FXML
    private Button check;
    @FXML
    private Button ship;
    @FXML
    private ListView<String> rows;
    @FXML
    private Label status;
    @FXML
    private Label error;

    public ShipTogetherController(TaskExecutor executor, MergedShipment shipment, Messages messages) {
        super(executor);
        this.shipment = shipment;
        this.messages = messages;
        this.rowMessages = new RowMessages(messages);
    }

    @FXML
    private void initialize() {
        carrier.setConverter(ChoiceLabels.of(c -> c == null ? "" : c.code() + "  " + c.name()));
        leg.setItems(FXCollections.observableArrayList(Leg.values()));
        leg.setConverter(ChoiceLabels.of(l -> l == null ? "" : messages.get("shipping.leg." + ShippingKeys.leg(l))));
        leg.getSelectionModel().select(Leg.INTERNATIONAL);
        carrier.valueProperty().addListener((o, a, b) -> changed());
        tracking.textProperty().addListener((o, a, b) -> changed());
        leg.valueProperty().addListener((o, a, b) -> changed());
        ship.setDisable(true);
    }

    /** Shows these orders and loads the carriers (in the background). */
    public void start(List<String> selected) {
        orderIds = List.copyOf(selected);
        orders.setText(messages.format("shipTogether.orders", orderIds.size(), String.join(", ", orderIds)));
        showRows(null);
        tasks.execute(BackgroundTask.of(ctx -> shipment.companies())
                .onSuccess(list -> {
                    carrier.setItems(FXCollections.observableArrayList(list));
                    if (list.isEmpty()) {
                        error.setText(messages.get("shipTogether.noCarriers"));
                    }
                })
                .onError(RuntimeException.class, e -> error.setText(String.valueOf(e.getMessage()))));
    }

    private void changed() {
        ship.setDisable(true);
        status.setText("");
    }

    @FXML
    private void checkNow() {
        Input in = input();
        if (in == null) {
            return;
        }
        busy(true);
        tasks.execute(BackgroundTask.of(ctx -> shipment.check(orderIds, in.carrier, in.tracking, in.leg))
                .onSuccess(c -> {
                    show(c);
                    ship.setDisable(!c.ok() || !in.equals(input()));
                })
                .onError(RuntimeException.class, e -> error.setText(String.valueOf(e.getMessage())))
                .andFinally(() -> busy(false)));
    }

    @FXML
    private void shipNow() {
        Input in = input();
        if (in == null) {
            return;
        }
        busy(true);
        ship.setDisable(true);
        tasks.execute(BackgroundTask.of(ctx -> shipment.apply(orderIds, in.carrier, in.tracking, in.leg))
                .onSuccess(c -> {
                    show(c);
                    if (c.ok()) {
                        status.setText(messages.format("shipTogether.done", orderIds.size(), in.tracking.strip()));
                        carrier.setDisable(true);
                        tracking.setDisable(true);
                        leg.setDisable(true);
                        check.setDisable(true);
                    }
                })
                .onError(RuntimeException.class, e -> error.setText(messages.format("shipTogether.failed",
                        String.valueOf(e.getMessage()))))
                .andFinally(() -> busy(false)));
    }

    private void busy(boolean on) {
        check.setDisable(on);
        if (on) {
            error.setText("");
        }
    }

    private void show(MergedShipment.Check c) {
        showRows(c);
        if (!c.together()) {
            error.setText(messages.get("shipTogether.notTogether"));
            status.setText("");
        } else if (c.ok()) {
            status.setText(messages.format("shipTogether.ready", c.rows().size()));
        } else {
            status.setText(messages.format("shipTogether.problems", c.problems().size(), c.rows().size()));
        }
    }

    /** One line per order: its number in the list, its id and, after a check, OK or its problem. */
    private void showRows(MergedShipment.Check c) {
        List<String> lines = new ArrayList<>(orderIds.size());
        for (int i = 0; i < orderIds.size(); i++) {
            RowResult r = c == null || i >= c.rows().size() ? null : c.rows().get(i);
            String line = (i + 1) + " · " + orderIds.get(i);
            lines.add(r == null ? line : line + " — " + rowMessages.of(r, MergedShipment.columns()));
        }
        rows.setItems(FXCollections.observableArrayList(lines));
    }

    private Input input() {
        LogisticsCompany c = carrier.getValue();
        if (c == null) {
            error.setText(messages.get("shipTogether.chooseCarrier"));
            return null;
        }
        return new Input(c.code(), tracking.getText() == null ? "" : tracking.getText(), leg.getValue());
    }

    private record Input(String carrier, String tracking, Leg leg) {
    }
}
