package dev.wharf.products.ui;

import dev.wharf.products.BulkEdit;
import dev.wharf.products.BulkEdit.Field;
import dev.wharf.products.Money;
import dev.wharf.products.ProductService;
import dev.wharf.products.SkuRow;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * The bulk edit grid: the selected SKUs' stock and prices, changed cell by cell or for the selected rows at once
 * (set, plus/minus an amount or a percent, fill down), with undo and redo; cells that break a rule are marked and
 * block the push. The push enqueues every change through the outbox; the result column follows each SKU until the
 * platform confirms or refuses it.
 */
public final class BulkEditController {
    private final TaskScope tasks;
    private final ProductService products;
    private final SyncStatus sync;
    private final Messages messages;
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private final Map<String, String> notSaved = new HashMap<>();
    private Consumer<Boolean> onClose = changed -> { };
    private BulkEdit edit = new BulkEdit(List.of());
    private boolean pushed;
    private volatile Instant shownSync;

    @FXML
    private Label info;
    @FXML
    private ComboBox<Choice<Field>> field;
    @FXML
    private TextField amount;
    @FXML
    private Label amountError;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private Button push;
    @FXML
    private Label status;
    @FXML
    private TableView<Integer> grid;
    @FXML
    private TableColumn<Integer, Integer> nameColumn;
    @FXML
    private TableColumn<Integer, Integer> propertiesColumn;
    @FXML
    private TableColumn<Integer, Integer> outerColumn;
    @FXML
    private TableColumn<Integer, String> stockColumn;
    @FXML
    private TableColumn<Integer, String> priceColumn;
    @FXML
    private TableColumn<Integer, String> vipColumn;
    @FXML
    private TableColumn<Integer, String> newColumn;
    @FXML
    private TableColumn<Integer, Integer> resultColumn;

    public BulkEditController(TaskExecutor executor, ProductService products, SyncStatus sync, Messages messages) {
        this.tasks = new TaskScope(executor);
        this.products = products;
        this.sync = sync;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        for (Field f : Field.values()) {
            field.getItems().add(new Choice<>(f, messages.get("products.bulk.field." + f.name().toLowerCase(
                    java.util.Locale.ROOT))));
        }
        field.setValue(field.getItems().get(0));
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        BulkCells cells = new BulkCells(messages, () -> edit, this::cellEdited);
        cells.text(nameColumn, SkuRow::productName);
        cells.text(propertiesColumn, SkuRow::properties);
        cells.text(outerColumn, SkuRow::outerSkuId);
        cells.editable(stockColumn, Field.STOCK);
        cells.editable(priceColumn, Field.PRICE);
        cells.editable(vipColumn, Field.VIP_PRICE);
        cells.editable(newColumn, Field.NEW_CUSTOMER_PRICE);
        cells.result(resultColumn, notSaved);
    }

    void onClose(Consumer<Boolean> action) {
        this.onClose = action;
    }

    /** Starts a grid over {@code rows}. */
    void open(List<SkuRow> rows) {
        notSaved.clear();
        pushed = false;
        start(rows);
        amount.clear();
        amountError.setText("");
        status.setText("");
        shownSync = sync.snapshot().lastSync();
        sync.subscribe(onSync);
    }

    private void start(List<SkuRow> rows) {
        edit = new BulkEdit(rows);
        grid.setItems(FXCollections.observableArrayList(IntStream.range(0, rows.size()).boxed().toList()));
        info.setText(messages.format("products.bulk.info", rows.size()));
        refresh();
    }

    @FXML
    private void close() {
        suspend();
        onClose.accept(pushed);
    }

    /** The screen is hidden: no more sync updates, nothing left running. */
    void suspend() {
        sync.unsubscribe(onSync);
        tasks.cancelAll();
    }

    /** The screen is shown again with the grid open: follow the sync again. */
    void resume() {
        shownSync = sync.snapshot().lastSync();
        sync.subscribe(onSync);
    }

    private List<Integer> selected() {
        List<Integer> rows = List.copyOf(grid.getSelectionModel().getSelectedItems());
        return rows.isEmpty() ? List.copyOf(grid.getItems()) : rows;
    }

    private Field currentField() {
        return field.getValue().value();
    }

    @FXML
    private void set() {
        Long v = amountValue();
        if (v != null) {
            run(() -> edit.set(currentField(), selected(), v));
        }
    }

    @FXML
    private void add() {
        Long v = amountValue();
        if (v != null) {
            run(() -> edit.adjust(currentField(), selected(), v));
        }
    }

    @FXML
    private void subtract() {
        Long v = amountValue();
        if (v != null) {
            run(() -> edit.adjust(currentField(), selected(), -v));
        }
    }

    @FXML
    private void addPercent() {
        BigDecimal p = percentValue();
        if (p != null) {
            run(() -> edit.adjustPercent(currentField(), selected(), p));
        }
    }

    @FXML
    private void subtractPercent() {
        BigDecimal p = percentValue();
        if (p != null) {
            run(() -> edit.adjustPercent(currentField(), selected(), p.negate()));
        }
    }

    @FXML
    private void fillDown() {
        run(() -> edit.fillDown(currentField(), selected()));
    }

    @FXML
    private void undo() {
        run(edit::undo);
    }

    @FXML
    private void redo() {
        run(edit::redo);
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (ArithmeticException e) {
            amountError.setText(messages.get("products.bulk.tooLarge"));
        }
        refresh();
    }

    /** A value typed into a cell: null when it could not be read (the cell keeps its value, the reason is shown). */
    private void cellEdited(int row, Field f, String text) {
        Long v = parse(f, text);
        if (v != null) {
            run(() -> edit.set(f, List.of(row), v));
        } else {
            grid.refresh();
        }
    }

    private Long amountValue() {
        Long v = parse(currentField(), amount.getText());
        amount.getStyleClass().remove("invalid");
        if (v == null) {
            amount.getStyleClass().add("invalid");
        }
        return v;
    }

    private Long parse(Field f, String text) {
        amountError.setText("");
        try {
            if (f.money()) {
                return Money.parseFen(text);
            }
            BigDecimal n = Money.parseDecimal(text);
            if (n.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("whole");
            }
            return n.longValueExact();
        } catch (IllegalArgumentException | ArithmeticException e) {
            amountError.setText(messages.get(f.money() ? "products.bulk.amount.money" : "products.bulk.amount.stock"));
            return null;
        }
    }

    private BigDecimal percentValue() {
        try {
            amount.getStyleClass().remove("invalid");
            amountError.setText("");
            return Money.parseDecimal(amount.getText());
        } catch (IllegalArgumentException e) {
            amount.getStyleClass().add("invalid");
            amountError.setText(messages.get("products.bulk.amount.percent"));
            return null;
        }
    }

    private void refresh() {
        undo.setDisable(!edit.canUndo());
        redo.setDisable(!edit.canRedo());
        int changes = edit.changes().size();
        push.setDisable(changes == 0 || !edit.valid());
        if (!edit.valid()) {
            status.setText(messages.get("products.bulk.invalid"));
        } else if (changes > 0) {
            status.setText(messages.format("products.bulk.changes", changes));
        }
        grid.refresh();
    }

    @FXML
    private void push() {
        List<BulkEdit.Change> changes = edit.changes();
        List<String> outerIds = IntStream.range(0, edit.size()).mapToObj(i -> edit.row(i).outerSkuId()).toList();
        push.setDisable(true);
        status.setText(messages.get("products.bulk.pushing"));
        tasks.execute(BackgroundTask.of(ctx -> {
            List<ProductService.PushOutcome> outcomes = products.push(changes);
            return new Pushed(outcomes, products.queries().byOuterIds(outerIds));
        }).onSuccess(p -> {
            pushed = true;
            notSaved.clear();
            p.outcomes().stream().filter(o -> !o.ok()).forEach(o -> notSaved.put(o.outerSkuId(), o.error()));
            start(p.rows());
            status.setText(notSaved.isEmpty() ? messages.format("products.bulk.pushed", changes.size())
                    : messages.format("products.bulk.pushedSome", changes.size() - notSaved.size(), notSaved.size()));
        }).onFailure(e -> {
            status.setText(messages.format("products.error.notSaved", String.valueOf(e.getMessage())));
            refresh();
        }));
    }

    private record Pushed(List<ProductService.PushOutcome> outcomes, List<SkuRow> rows) {
    }

    /** After a sync the result column shows what the platform answered (called on the sync thread). */
    private void syncChanged(SyncStatus.Snapshot snapshot) {
        Instant last = snapshot.lastSync();
        if (last == null || last.equals(shownSync)) {
            return;
        }
        shownSync = last;
        Platform.runLater(() -> {
            if (!pushed || edit.canUndo()) {
                return;
            }
            List<String> outerIds = IntStream.range(0, edit.size()).mapToObj(i -> edit.row(i).outerSkuId()).toList();
            tasks.execute(BackgroundTask.of(ctx -> products.queries().byOuterIds(outerIds)).onSuccess(this::start));
        });
    }
}
