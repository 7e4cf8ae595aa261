package dev.wharf.orders.ui;

import dev.wharf.orders.AcceptPlan;
import dev.wharf.orders.AcceptPlan.CartChoice;
import dev.wharf.orders.AcceptPlan.Verdict;
import dev.wharf.orders.AcceptResult;
import dev.wharf.orders.AcceptService;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskHandle;
import dev.wharf.ui.task.WorkContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Batch accept of a selection of orders: plans in the background (progress, cancel), shows stock shortages and
 * asks per short cart "accept the rest" or "hold" (held by default), then accepts through the outbox and shows each
 * order's result live as the platform answers. Entry point: {@link #start(List)}; call {@link #deactivate()} when
 * the panel is closed (it stops following the results).
 */
public final class AcceptPanelController extends ScreenController {
    /** How often the results are read again while some wait for the platform. */
    static final long POLL_MS = 500;

    private final AcceptService service;
    private final Messages messages;
    private final SyncStatus sync;
    private final Map<String, CartChoice> choices = new HashMap<>();
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private volatile SyncStatus.Snapshot shownSync;
    private List<String> requested = List.of();
    private AcceptPlan plan;
    private TaskHandle planning;
    private int replans;
    private boolean accepting;

    @FXML
    private VBox planningBox;
    @FXML
    private ProgressBar planningProgress;
    @FXML
    private Label planningMessage;
    @FXML
    private VBox planBox;
    @FXML
    private Label planSummary;
    @FXML
    private ListView<String> shortages;
    @FXML
    private VBox carts;
    @FXML
    private Button acceptButton;
    @FXML
    private VBox resultsBox;
    @FXML
    private Label resultsSummary;
    @FXML
    private ListView<AcceptResult> results;
    @FXML
    private Label error;

    public AcceptPanelController(TaskExecutor executor, AcceptService service, Messages messages, SyncStatus sync) {
        super(executor);
        this.service = service;
        this.messages = messages;
        this.sync = sync;
    }

    @FXML
    private void initialize() {
        show(planningBox, false);
        show(planBox, false);
        show(resultsBox, false);
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AcceptResult r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
                setId(empty || r == null ? null : "accept-result-" + r.orderId());
            }
        });
    }

    /** Plans accepting these orders (hundreds are fine): a progress bar and Cancel while the stock is checked. */
    public void start(List<String> orderIds) {
        tasks.cancelAll();
        choices.clear();
        requested = List.copyOf(orderIds);
        accepting = false;
        replans++;
        shownSync = sync.snapshot();
        sync.unsubscribe(onSync);
        sync.subscribe(onSync);
        error.setText("");
        show(planBox, false);
        show(resultsBox, false);
        show(planningBox, true);
        planningMessage.setText(messages.format("orders.accept.planning", orderIds.size()));
        planning = tasks.execute(BackgroundTask.of(ctx -> service.plan(requested, Map.of(), progress(ctx)))
                .onSuccess(this::showPlan)
                .onError(AcceptService.Cancelled.class, e -> cancelled())
                .onError(RuntimeException.class, e -> failed(e.getMessage()))
                .andFinally(() -> show(planningBox, false)));
        planningProgress.progressProperty().bind(planning.progressProperty());
    }

    private static AcceptService.Progress progress(WorkContext ctx) {
        return new AcceptService.Progress() {
            @Override
            public void progress(long done, long total) {
                ctx.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ctx.isCancelled();
            }
        };
    }

    @FXML
    private void cancelPlanning() {
        if (planning != null) {
            planning.cancel();
        }
        cancelled();
    }

    private void cancelled() {
        show(planningBox, false);
        error.setText(messages.get("orders.accept.cancelled"));
    }

    private void failed(String message) {
        error.setText(messages.format("orders.accept.failed", String.valueOf(message)));
    }

    private void showPlan(AcceptPlan p) {
        this.plan = p;
        planSummary.setText(messages.format("orders.accept.summary", p.count(Verdict.READY), p.count(Verdict.SHORT),
                p.count(Verdict.NOT_AWAITING) + p.count(Verdict.NOT_FOUND)));
        shortages.setItems(FXCollections.observableArrayList(p.shortages().stream()
                .map(s -> messages.format("orders.accept.shortage", s.title() == null ? s.skuKey() : s.title(),
                        s.stock(), s.demand())).toList()));
        show(shortages, !p.shortages().isEmpty());
        carts.getChildren().clear();
        for (AcceptPlan.ShortCart cart : p.shortCarts()) {
            carts.getChildren().add(cartChoice(cart));
        }
        show(planBox, true);
        updateAcceptButton();
    }

    private VBox cartChoice(AcceptPlan.ShortCart cart) {
        Label text = new Label(messages.format("orders.accept.cart", cart.tradeId(), cart.shortOrders().size(),
                cart.readyOrders().size(), String.join(", ", cart.shortOrders())));
        text.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        RadioButton rest = new RadioButton(messages.format("orders.accept.cart.rest", cart.readyOrders().size()));
        rest.setId("cart-rest-" + cart.tradeId());
        rest.setDisable(cart.readyOrders().isEmpty());
        RadioButton hold = new RadioButton(messages.get("orders.accept.cart.hold"));
        hold.setId("cart-hold-" + cart.tradeId());
        rest.setToggleGroup(group);
        hold.setToggleGroup(group);
        boolean holding = choices.getOrDefault(cart.tradeId(), CartChoice.HOLD) == CartChoice.HOLD;
        (holding ? hold : rest).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            choices.put(cart.tradeId(), now == rest ? CartChoice.ACCEPT_REST : CartChoice.HOLD);
            replan();
        });
        VBox box = new VBox(4, text, new HBox(12, rest, hold));
        box.getStyleClass().add("short-cart");
        return box;
    }

    private void updateAcceptButton() {
        int n = plan.toAccept(choices).size();
        acceptButton.setText(messages.format("orders.accept.confirm", n));
        acceptButton.setDisable(n == 0);
    }

    /**
     * Plans the selection again with the user's choices (a held cart frees the stock its orders had taken, so another
     * short cart may become acceptable) and with the shop as it is now (after a sync). Quietly, in the background;
     * the latest answer wins.
     */
    void replan() {
        if (accepting || plan == null) {
            return;
        }
        int n = ++replans;
        acceptButton.setDisable(true);
        Map<String, CartChoice> now = Map.copyOf(choices);
        List<String> ids = requested;
        tasks.execute(BackgroundTask.of(ctx -> service.plan(ids, now, progress(ctx)))
                .onSuccess(p -> {
                    if (n == replans && !accepting) {
                        showPlan(p);
                    }
                })
                .onError(AcceptService.Cancelled.class, e -> { })
                .onError(RuntimeException.class, e -> failed(e.getMessage())));
    }

    /** A finished sync or a changed outbox may have changed the selected orders or the stock (sync thread). */
    private void syncChanged(SyncStatus.Snapshot now) {
        if (now.shopChangedSince(shownSync)) {
            shownSync = now;
            Platform.runLater(this::replan);
        }
    }

    @Override
    public void deactivate() {
        sync.unsubscribe(onSync);
        super.deactivate();
    }

    @FXML
    private void accept() {
        accepting = true;
        List<String> ids = plan.toAccept(choices);
        acceptButton.setDisable(true);
        show(resultsBox, true);
        resultsSummary.setText(messages.get("orders.accept.sending"));
        tasks.execute(BackgroundTask.of(ctx -> {
            Map<String, Long> enqueued = service.enqueue(ids);
            publish(service.results(enqueued));
            service.deliverNow(ctx::isCancelled);
            List<AcceptResult> now = service.results(enqueued);
            publish(now);
            // entries left waiting (offline, retry later) are delivered by the sync: follow them while shown
            while (!ctx.isCancelled() && now.stream().anyMatch(r -> !r.finished())) {
                Thread.sleep(POLL_MS);
                now = service.results(enqueued);
                publish(now);
            }
            return now;
        }).onSuccess(this::showResults).onError(InterruptedException.class, e -> { })
                .onError(RuntimeException.class, e -> failed(e.getMessage())));
    }

    private void publish(List<AcceptResult> now) {
        Platform.runLater(() -> showResults(now));
    }

    private void showResults(List<AcceptResult> now) {
        results.setItems(FXCollections.observableArrayList(now));
        Map<AcceptResult.State, Long> t = AcceptService.tally(now);
        resultsSummary.setText(messages.format("orders.accept.results", t.get(AcceptResult.State.CONFIRMED),
                t.get(AcceptResult.State.REFUSED), t.get(AcceptResult.State.WAITING)));
    }

    private String describe(AcceptResult r) {
        String state = messages.get("orders.accept.state." + r.state().name().toLowerCase(java.util.Locale.ROOT));
        return r.message() == null || r.state() == AcceptResult.State.WAITING
                ? messages.format("orders.accept.result", r.orderId(), state)
                : messages.format("orders.accept.result.message", r.orderId(), state, r.message());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
