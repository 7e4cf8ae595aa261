package dev.wharf.app.settings;

import dev.wharf.app.shell.StatusBarModel;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.Conflict;
import dev.wharf.sync.outbox.NeedsAttention;
import dev.wharf.sync.outbox.OutboxEntry;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sync part of Sync &amp; Settings (included by {@code Settings.fxml}): the connection, last sync and pending
 * count, "Sync now", the changes waiting to be sent and the ones the platform refused, with Retry, Edit and
 * Discard. Every read and action runs through the screen's task scope; the lists follow the outbox counts.
 */
public final class SyncSectionController extends ScreenController {
    /** More rows than this are summarised: the lists are for looking, not for bulk work. */
    static final int MAX_ROWS = 200;

    private final Messages messages;
    private final DialogService dialogs;
    private final SyncStatus status;
    private final SyncAccess access;
    private final Supplier<StatusBarModel> models;
    private final Runnable openReconnect;
    private final Consumer<SyncStatus.Snapshot> listener = s -> Platform.runLater(() -> statusChanged(s));
    private final DateTimeFormatter times;
    private StatusBarModel model;
    private SyncAccess.State shownState;
    private SyncStatus.Snapshot lastCounts;
    private long generation;
    private boolean syncing;
    private OutboxEntry editing;

    @FXML
    private Label notConnected;
    @FXML
    private Button reconnectButton;
    @FXML
    private VBox details;
    @FXML
    private Label connection;
    @FXML
    private Label lastSync;
    @FXML
    private Label pending;
    @FXML
    private Button syncNowButton;
    @FXML
    private Label syncResult;
    @FXML
    private Label waitingEmpty;
    @FXML
    private VBox waitingList;
    @FXML
    private Label attentionEmpty;
    @FXML
    private VBox attentionList;
    @FXML
    private VBox editor;
    @FXML
    private Label editorTitle;
    @FXML
    private GridPane deliveryFields;
    @FXML
    private TextField company;
    @FXML
    private TextField tracking;
    @FXML
    private TextArea payload;
    @FXML
    private Label editorError;

    public SyncSectionController(TaskExecutor executor, Messages messages, DialogService dialogs, SyncStatus status,
                                 SyncAccess access, Supplier<StatusBarModel> models, Runnable openReconnect) {
        super(executor);
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.access = access;
        this.models = models;
        this.openReconnect = openReconnect;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        closeEditor();
        applyState();
    }

    @Override
    public void activate() {
        model = models.get();
        connection.textProperty().bind(model.connectionProperty());
        lastSync.textProperty().bind(model.lastSyncProperty());
        pending.textProperty().bind(model.pendingProperty());
        lastCounts = null;
        status.subscribe(listener);
    }

    @Override
    public void deactivate() {
        super.deactivate();
        status.unsubscribe(listener);
        if (model != null) {
            connection.textProperty().unbind();
            lastSync.textProperty().unbind();
            pending.textProperty().unbind();
            model.dispose();
            model = null;
        }
        syncing = false;
        closeEditor();
        applyState();
    }

    /** On the FX thread: the state may have become ready, and changed counts mean changed lists. */
    private void statusChanged(SyncStatus.Snapshot s) {
        if (model == null) {
            return; // deactivated meanwhile
        }
        SyncAccess.State before = shownState;
        applyState();
        boolean countsChanged = lastCounts == null || lastCounts.pendingChanges() != s.pendingChanges()
                || lastCounts.needsAttention() != s.needsAttention();
        lastCounts = s;
        if (countsChanged || before != shownState) {
            refresh();
        }
    }

    private void applyState() {
        shownState = access.state();
        boolean ready = shownState == SyncAccess.State.READY;
        String note = switch (shownState) {
            case NOT_CONNECTED -> messages.get("settings.sync.notConnected");
            case CREDENTIALS_MISSING -> messages.get("settings.sync.credentialsMissing");
            case STARTING -> messages.get("settings.sync.starting");
            case READY -> "";
        };
        notConnected.setText(note);
        show(notConnected, !ready);
        show(reconnectButton, shownState == SyncAccess.State.CREDENTIALS_MISSING
                || status.snapshot().credentials() != SyncStatus.Credentials.OK);
        show(details, shownState != SyncAccess.State.NOT_CONNECTED);
        syncNowButton.setDisable(!ready || syncing);
    }

    @FXML
    private void reconnect() {
        openReconnect.run();
    }

    private void refresh() {
        Optional<NeedsAttention> outbox = access.outbox();
        if (outbox.isEmpty()) {
            showLists(List.of(), List.of());
            return;
        }
        long mine = ++generation;
        tasks.execute(BackgroundTask.of(ctx -> new Lists(outbox.get().waiting(), outbox.get().list()))
                .onSuccess(lists -> {
                    if (mine == generation) {
                        showLists(lists.waiting(), lists.attention());
                    }
                }));
    }

    private record Lists(List<OutboxEntry> waiting, List<NeedsAttention.Item> attention) {
    }

    private void showLists(List<OutboxEntry> waiting, List<NeedsAttention.Item> attention) {
        waitingList.getChildren().setAll(waiting.stream().limit(MAX_ROWS).map(this::waitingRow).toList());
        if (waiting.size() > MAX_ROWS) {
            waitingList.getChildren().add(new Label(messages.format("settings.sync.more", waiting.size() - MAX_ROWS)));
        }
        attentionList.getChildren().setAll(attention.stream().limit(MAX_ROWS).map(this::attentionRow).toList());
        if (attention.size() > MAX_ROWS) {
            attentionList.getChildren().add(new Label(messages.format("settings.sync.more",
                    attention.size() - MAX_ROWS)));
        }
        show(waitingEmpty, waiting.isEmpty());
        show(attentionEmpty, attention.isEmpty());
        if (editing != null && attention.stream().noneMatch(i -> i.entry().id() == editing.id())) {
            closeEditor();
        }
    }

    private Node waitingRow(OutboxEntry e) {
        VBox row = row("sync-waiting-" + e.id(), e);
        String detail = messages.format(e.state() == OutboxEntry.State.SENDING
                ? "settings.sync.entry.sending" : "settings.sync.entry.waiting", created(e), e.attempts());
        row.getChildren().add(hint(detail));
        if (e.lastError() != null && !e.lastError().isBlank()) {
            row.getChildren().add(hint(messages.format("settings.sync.entry.lastError", e.lastError())));
        }
        return row;
    }

    private Node attentionRow(NeedsAttention.Item item) {
        OutboxEntry e = item.entry();
        VBox row = row("sync-attention-" + e.id(), e);
        Conflict c = e.conflict();
        Label reason = new Label(c != null
                ? messages.format(c.bundleKey(), c.subject(), c.platformValue(), c.sentValue())
                : messages.format("settings.sync.entry.reason", String.valueOf(item.reason())));
        reason.setId("sync-reason-" + e.id());
        reason.setWrapText(true);
        reason.getStyleClass().add("outbox-reason");
        row.getChildren().addAll(reason, hint(messages.format("settings.sync.entry.created", created(e))),
                new HBox(8,
                        button("sync-retry-" + e.id(), "settings.sync.retry", () -> retry(e)),
                        button("sync-edit-" + e.id(), "settings.sync.edit", () -> openEditor(e)),
                        button("sync-discard-" + e.id(), "settings.sync.discard", () -> discard(e))));
        return row;
    }

    private VBox row(String id, OutboxEntry e) {
        Label title = new Label(messages.format("settings.sync.entry.title",
                messages.get("settings.sync.command." + e.command().code()),
                messages.get("settings.sync.aggregate." + e.command().aggregateType().code()), e.aggregateId()));
        title.getStyleClass().add("outbox-title");
        VBox row = new VBox(2, title, hint(e.describe()));
        row.setId(id);
        row.getStyleClass().add("outbox-item");
        return row;
    }

    private String created(OutboxEntry e) {
        return e.createdAt() == null ? "" : times.format(e.createdAt());
    }

    @FXML
    private void syncNow() {
        Optional<dev.wharf.sync.SyncControl> control = access.control();
        if (control.isEmpty()) {
            return;
        }
        syncing = true;
        applyState();
        syncResult.setText(messages.get("settings.sync.running"));
        tasks.execute(BackgroundTask.<SyncEngine.Report>of(ctx -> {
                    try {
                        return control.get().syncNow().get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                })
                .onSuccess(report -> syncResult.setText(report.delivery().offline()
                        ? messages.get("settings.sync.result.offline")
                        : messages.format("settings.sync.result.done", report.delivery().confirmed(),
                                report.delivery().rejected())))
                .onError(RuntimeException.class, e -> syncResult.setText(messages.get("settings.sync.result.failed")))
                .andFinally(() -> {
                    syncing = false;
                    applyState();
                    refresh();
                }));
    }

    private void retry(OutboxEntry e) {
        act(e, () -> {
            outbox().retry(e.id());
            return messages.get("settings.sync.retried");
        });
    }

    private void discard(OutboxEntry e) {
        if (!dialogs.confirm(messages.get("settings.sync.discard.title"),
                messages.format("settings.sync.discard.confirm", e.describe()))) {
            return;
        }
        act(e, () -> outbox().discard(e.id())
                ? messages.get("settings.sync.discarded.restored")
                : messages.get("settings.sync.discarded.later"));
    }

    private void act(OutboxEntry e, java.util.concurrent.Callable<String> action) {
        tasks.execute(BackgroundTask.of(ctx -> action.call())
                .onSuccess(syncResult::setText)
                .onError(RuntimeException.class, error -> dialogs.showError(
                        messages.get("settings.sync.action.failed.title"),
                        messages.format("settings.sync.action.failed", e.describe(), error.getMessage())))
                .andFinally(this::refresh));
    }

    private NeedsAttention outbox() {
        return access.outbox().orElseThrow(() -> new IllegalStateException(
                messages.get("settings.sync.notConnected")));
    }

    private void openEditor(OutboxEntry e) {
        Optional<NeedsAttention.DeliveryFields> delivery = access.outbox().flatMap(o -> o.deliveryFields(e));
        editing = e;
        editorTitle.setText(messages.format("settings.sync.edit.title", e.describe()));
        editorError.setText("");
        delivery.ifPresent(d -> {
            company.setText(d.logisticsCompanyId());
            tracking.setText(d.trackingNumber());
        });
        payload.setText(e.payload());
        show(deliveryFields, delivery.isPresent());
        show(payload, delivery.isEmpty());
        show(editor, true);
    }

    @FXML
    private void saveEdit() {
        OutboxEntry e = editing;
        if (e == null) {
            return;
        }
        boolean isDelivery = deliveryFields.isVisible();
        NeedsAttention.DeliveryFields fields = new NeedsAttention.DeliveryFields(company.getText(),
                tracking.getText());
        String json = payload.getText();
        tasks.execute(BackgroundTask.of(ctx -> {
                    if (isDelivery) {
                        outbox().editDelivery(e.id(), fields);
                    } else {
                        outbox().edit(e.id(), json);
                    }
                    return messages.get("settings.sync.edited");
                })
                .onSuccess(done -> {
                    syncResult.setText(done);
                    closeEditor();
                    refresh();
                })
                .onError(RuntimeException.class, error -> editorError.setText(
                        messages.format("settings.sync.edit.invalid", error.getMessage()))));
    }

    @FXML
    private void closeEditor() {
        editing = null;
        show(editor, false);
    }

    private Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(ev -> action.run());
        return b;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
