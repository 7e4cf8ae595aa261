package dev.wharf.products.ui;

import dev.wharf.products.Money;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockField;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.products.sheets.StockPreview;
import dev.wharf.products.sheets.StockRow;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.spreadsheet.ui.MappingGrid;
import dev.wharf.spreadsheet.ui.Parts;
import dev.wharf.spreadsheet.ui.SheetPicker;
import dev.wharf.spreadsheet.ui.StepRunner;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.OutboxEntry;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Stock and prices by spreadsheet on the products screen (decision 0013): the export of the listed SKUs with progress
 * and Cancel, and the import wizard — file, sheet, column mapping (detected, adjustable, remembered per header
 * layout), dry run with each row's status and old → new values, apply (only when every row is valid, or explicitly
 * the valid ones), the platform's answer per SKU as the sync brings it, and the error report.
 */
public final class StockSheetController {
    private final TaskScope tasks;
    private final StockImporter importer;
    private final ProductExporter exporter;
    private final SyncStatus sync;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<SyncStatus.Snapshot> outboxChanged = s -> Platform.runLater(this::refreshResults);
    private Runnable onClose = () -> { };
    private StepRunner steps;
    private SheetPicker sheets;
    private Path file;
    private MappingGrid<StockField> mapping;
    private StockPreview preview;
    private List<StockImporter.AppliedRow> applied = List.of();

    @FXML
    private Label title;
    @FXML
    private VBox importBox;
    @FXML
    private Label fileName;
    @FXML
    private HBox sheetBox;
    @FXML
    private ComboBox<String> sheetChoice;
    @FXML
    private VBox mappingBox;
    @FXML
    private GridPane mappingGrid;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressMessage;
    @FXML
    private Button cancelButton;
    @FXML
    private Label error;
    @FXML
    private VBox previewBox;
    @FXML
    private Label previewSummary;
    @FXML
    private TableView<StockRow> previewTable;
    @FXML
    private Button applyButton;
    @FXML
    private Button applyValidButton;
    @FXML
    private VBox resultsBox;
    @FXML
    private Label resultsSummary;
    @FXML
    private TableView<StockImporter.SkuResult> resultsTable;

    public StockSheetController(TaskExecutor executor, StockImporter importer, ProductExporter exporter,
                                SyncStatus sync, Messages messages, DialogService dialogs) {
        this.tasks = new TaskScope(executor);
        this.importer = importer;
        this.exporter = exporter;
        this.sync = sync;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        steps = new StepRunner(tasks, progressBox, progress, progressMessage, cancelButton, error,
                messages.get("products.sheet.cancelled"));
        mapping = new MappingGrid<>(mappingGrid, messages.get("products.sheet.notInFile"), "stock-mapping-",
                f -> messages.get("products.sheet.field." + f.id()));
        sheets = new SheetPicker(sheetBox, sheetChoice, this::detect);
        Parts.column(messages, previewTable, "products.sheet.column.row", r -> Integer.toString(r.row()));
        Parts.column(messages, previewTable, "products.column.outerId", StockRow::outerSkuId);
        Parts.column(messages, previewTable, "products.sheet.column.status", r -> messages.get(
                "products.sheet.status." + r.status().name().toLowerCase(Locale.ROOT)));
        Parts.column(messages, previewTable, "products.sheet.column.change", this::change);
        Parts.column(messages, previewTable, "products.sheet.column.message", this::note);
        Parts.column(messages, resultsTable, "products.sheet.column.row", r -> Integer.toString(r.row()));
        Parts.column(messages, resultsTable, "products.column.outerId", StockImporter.SkuResult::outerSkuId);
        Parts.column(messages, resultsTable, "products.sheet.column.result", this::result);
        reset();
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    private void reset() {
        file = null;
        preview = null;
        applied = List.of();
        fileName.setText("");
        error.setText("");
        for (javafx.scene.Node n : List.of(sheetBox, mappingBox, previewBox, resultsBox)) {
            Parts.show(n, false);
        }
    }

    /** Shows the import wizard, empty. */
    void openImport() {
        reset();
        title.setText(messages.get("products.sheet.title"));
        Parts.show(importBox, true);
        resume();
    }

    /** Shown (again): follow the sync, so applied rows' answers appear as they arrive. */
    void resume() {
        sync.unsubscribe(outboxChanged);
        sync.subscribe(outboxChanged);
        refreshResults();
    }

    /**
     * Writes the SKUs of {@code filter} to {@code out} in the background, with progress and Cancel; done, the panel
     * closes with a notice (a failure or Cancel stays on it with the reason).
     */
    void export(SkuFilter filter, Path out) {
        reset();
        title.setText(messages.get("products.export.title"));
        Parts.show(importBox, false);
        steps.run(messages.get("products.export.running"), ctx -> exporter.export(filter, out,
                ProductExporter.Format.of(out), Parts.progress(ctx)), n -> {
                    dialogs.notify(messages.format("products.export.done", n, out.getFileName().toString()));
                    close();
                });
    }

    @FXML
    private void chooseFile() {
        dialogs.chooseOpenFile(messages.get("products.sheet.choose"), messages.get("products.sheet.filter"),
                List.of("xlsx", "xls", "csv")).ifPresent(this::open);
    }

    /** Step 1: opens {@code path}, lists its sheets and detects the columns of the first. */
    void open(Path path) {
        reset();
        file = path;
        fileName.setText(path.getFileName().toString());
        steps.run(messages.get("products.sheet.opening"), ctx -> SheetPicker.sheetNames(path), sheets::show);
    }

    private void detect(int sheet) {
        Path f = file;
        steps.run(messages.get("products.sheet.opening"), ctx -> {
            try (WorkbookReader r = Workbooks.open(f)) {
                return importer.detect(r, sheet, f.getFileName().toString());
            }
        }, this::showMapping);
    }

    private void showMapping(ColumnMap<StockField> m) {
        mapping.show(m, List.of(StockField.values()));
        Parts.show(mappingBox, true);
    }

    /** The dry run: every row validated, nothing applied; an adjusted mapping is remembered for this layout. */
    @FXML
    void dryRun() {
        ColumnMap<StockField> m = mapping.chosen();
        int sheet = sheets.selected();
        Path f = file;
        boolean adjusted = mapping.adjusted();
        Parts.show(previewBox, false);
        steps.run(messages.get("products.sheet.checking"), ctx -> {
            if (adjusted && StockImporter.missing(m).isEmpty()) {
                importer.remember(m);
            }
            try (WorkbookReader r = Workbooks.open(f)) {
                return importer.preview(r, f.getFileName().toString(), sheet, m, Parts.progress(ctx));
            }
        }, this::showPreview);
    }

    private void showPreview(StockPreview p) {
        preview = p;
        applied = List.of();
        previewTable.setItems(FXCollections.observableArrayList(p.rows()));
        previewSummary.setText(messages.format("products.sheet.summary", p.rows().size(),
                p.count(StockRow.Status.CHANGED), p.count(StockRow.Status.UNCHANGED), p.invalidCount(),
                p.waitingCount()));
        applyButton.setDisable(p.invalidCount() > 0 || p.count(StockRow.Status.CHANGED) == 0);
        applyValidButton.setDisable(p.invalidCount() == 0 || p.count(StockRow.Status.CHANGED) == 0);
        Parts.show(previewBox, true);
        Parts.show(resultsBox, false);
    }

    /** "库存 5 → 8 · 价格 19.90 → 17.90"; an empty cell says unchanged. */
    private String change(StockRow r) {
        if (r.before() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (r.stock() != null && r.changesStock()) {
            parts.add(messages.format("products.sheet.changed", messages.get("products.sheet.field.stock"),
                    r.before().stock(), r.stock()));
        }
        price(parts, "price", r.before().priceFen(), r.priceFen());
        price(parts, "vip_price", r.before().vipPriceFen(), r.vipPriceFen());
        price(parts, "new_customer_price", r.before().newCustomerPriceFen(), r.newCustomerPriceFen());
        return parts.isEmpty() ? messages.get("products.sheet.noChange") : String.join(" · ", parts);
    }

    private void price(List<String> parts, String field, long before, Long after) {
        if (after != null && after != before) {
            parts.add(messages.format("products.sheet.changed", messages.get("products.sheet.field." + field),
                    Money.format(before), Money.format(after)));
        }
    }

    private String note(StockRow r) {
        if (!r.valid()) {
            return messages.format("products.sheet.problem." + r.problem().name().toLowerCase(Locale.ROOT),
                    r.row(), r.outerSkuId());
        }
        return r.waiting() ? messages.get("products.sheet.waiting") : "";
    }

    @FXML
    private void apply() {
        applyRows(false);
    }

    @FXML
    private void applyValid() {
        if (dialogs.confirm(messages.get("products.sheet.applyValid"), messages.format(
                "products.sheet.applyValid.confirm", preview.count(StockRow.Status.CHANGED), preview.invalidCount()))) {
            applyRows(true);
        }
    }

    private void applyRows(boolean validOnly) {
        StockPreview p = preview;
        steps.run(messages.get("products.sheet.applying"), ctx -> importer.apply(p, validOnly), a -> {
            if (a.nothingApplied()) {
                error.setText(messages.get("products.sheet.nothing"));
                return;
            }
            applied = a.rows();
            applyButton.setDisable(true);
            applyValidButton.setDisable(true);
            dialogs.notify(messages.format("products.sheet.applied", a.rows().size()));
            refreshResults();
        });
        steps.hideCancel();
    }

    /** Reads the applied rows' answers again (the outbox changed, or they were just applied). */
    void refreshResults() {
        if (applied.isEmpty()) {
            return;
        }
        List<StockImporter.AppliedRow> rows = applied;
        tasks.execute(BackgroundTask.of(ctx -> importer.results(rows)).onSuccess(results -> {
            resultsTable.setItems(FXCollections.observableArrayList(results));
            long done = results.stream().filter(r -> r.state() == OutboxEntry.State.DONE).count();
            long failed = results.stream().filter(StockImporter.SkuResult::failed).count();
            resultsSummary.setText(messages.format("products.sheet.results.summary", done, results.size() - done
                    - failed, failed));
            Parts.show(resultsBox, true);
        }).onError(RuntimeException.class, e -> error.setText(e.getMessage())));
    }

    private String result(StockImporter.SkuResult r) {
        String state = switch (r.state()) {
            case DONE -> messages.get("products.pending.confirmed");
            case PENDING, SENDING -> messages.get("products.pending.waiting");
            default -> messages.get("products.pending.refused");
        };
        return r.message() == null || !r.failed() ? state : state + ": " + r.message();
    }

    @FXML
    private void saveReport() {
        StockPreview p = preview;
        boolean onlyInvalid = !applied.isEmpty();
        Path f = file;
        dialogs.chooseSaveFile(messages.get("products.sheet.report"), "stock-report.xlsx",
                messages.get("products.sheet.filter.xlsx"), "xlsx").ifPresent(out -> steps.run(
                messages.get("products.sheet.reportRunning"), ctx -> {
                    try (WorkbookReader r = Workbooks.open(f)) {
                        return StockImporter.report(r, p, out, onlyInvalid, Parts.progress(ctx));
                    }
                }, n -> dialogs.notify(messages.format("products.sheet.reportDone", n,
                        out.getFileName().toString()))));
    }

    @FXML
    private void cancel() {
        steps.cancel();
    }

    @FXML
    private void close() {
        suspend();
        onClose.run();
    }

    /** Hidden: no more sync updates, nothing left running. */
    void suspend() {
        sync.unsubscribe(outboxChanged);
        tasks.cancelAll();
    }
}
