package dev.wharf.shipping.ui;

import dev.wharf.shipping.ColumnMapping;
import dev.wharf.shipping.ErrorReport;
import dev.wharf.shipping.Field;
import dev.wharf.shipping.ImportLog;
import dev.wharf.shipping.ImportPreview;
import dev.wharf.shipping.Leg;
import dev.wharf.shipping.RowResult;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.shipping.ShipmentSource;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.spreadsheet.ui.MappingGrid;
import dev.wharf.spreadsheet.ui.Parts;
import dev.wharf.spreadsheet.ui.SheetPicker;
import dev.wharf.spreadsheet.ui.StepRunner;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.ChoiceLabels;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.Work;
import java.nio.file.Path;
import java.util.List;
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
 * The Shipping screen: export the orders awaiting shipment (or their 拼邮 domestic leg) to .xlsx or CSV, and the
 * import wizard — file, sheet, column mapping (detected, adjustable, remembered per header layout), leg, dry run with
 * every row's status, apply (only when all rows are valid, or explicitly the valid ones), the platform's answers per
 * order as they come back, and the error report. All file and database work runs in the background with progress
 * and Cancel.
 */
public final class ShippingController extends ScreenController {
    private final ShippingServices services;
    private final Messages messages;
    private final DialogService dialogs;
    private final RowMessages rows;
    private final Consumer<SyncStatus.Snapshot> outboxChanged = s -> Platform.runLater(this::refreshResults);
    private Path file;
    private MappingGrid<Field> mapping;
    private ImportPreview preview;
    private long importId;
    /** True once the current preview was applied: it cannot be applied again, its report lists the refused rows. */
    private boolean previewApplied;
    private StepRunner steps;
    private SheetPicker sheets;

    @FXML
    private ComboBox<Leg> exportStatus;
    @FXML
    private ComboBox<String> exportFormat;
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
    private ComboBox<Leg> legChoice;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressMessage;
    @FXML
    private VBox previewBox;
    @FXML
    private Label previewSummary;
    @FXML
    private TableView<RowResult> previewTable;
    @FXML
    private Button applyButton;
    @FXML
    private Button applyValidButton;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox resultsBox;
    @FXML
    private Label resultsSummary;
    @FXML
    private TableView<ImportLog.ResultRow> resultsTable;
    @FXML
    private Label refused;
    @FXML
    private Label error;

    public ShippingController(TaskExecutor executor, ShippingServices services, Messages messages,
                              DialogService dialogs) {
        super(executor);
        this.services = services;
        this.messages = messages;
        this.dialogs = dialogs;
        this.rows = new RowMessages(messages);
    }

    @FXML
    private void initialize() {
        exportStatus.setItems(FXCollections.observableArrayList(Leg.values()));
        exportStatus.setConverter(ChoiceLabels.of(l -> l == null ? "" : messages.get("shipping.export.status."
                + ShippingKeys.leg(l))));
        exportStatus.getSelectionModel().select(Leg.INTERNATIONAL);
        exportFormat.setItems(FXCollections.observableArrayList("xlsx", "csv"));
        exportFormat.getSelectionModel().select(0);
        legChoice.setItems(FXCollections.observableArrayList(Leg.values()));
        legChoice.setConverter(ChoiceLabels.of(l -> l == null ? "" : messages.get("shipping.leg." + ShippingKeys.leg(l))));
        legChoice.getSelectionModel().select(Leg.INTERNATIONAL);
        sheets = new SheetPicker(sheetBox, sheetChoice, this::detect);
        Parts.column(messages, previewTable, "shipping.column.row", r -> Integer.toString(r.row()));
        Parts.column(messages, previewTable, "shipping.column.order", RowResult::orderId);
        Parts.column(messages, previewTable, "shipping.column.tracking", RowResult::tracking);
        Parts.column(messages, previewTable, "shipping.column.status", rows::status);
        Parts.column(messages, previewTable, "shipping.column.message", r -> rows.of(r, preview.mapping()));
        Parts.column(messages, resultsTable, "shipping.column.row", r -> Integer.toString(r.row()));
        Parts.column(messages, resultsTable, "shipping.column.order", ImportLog.ResultRow::orderId);
        Parts.column(messages, resultsTable, "shipping.column.tracking", ImportLog.ResultRow::tracking);
        Parts.column(messages, resultsTable, "shipping.column.result", rows::result);
        steps = new StepRunner(tasks, progressBox, progress, progressMessage, cancelButton, error,
                messages.get("shipping.cancelled"));
        mapping = new MappingGrid<>(mappingGrid, messages.get("shipping.mapping.none"), "mapping-",
                f -> messages.get("shipping.field." + f.id()));
        Parts.show(sheetBox, false);
        Parts.show(mappingBox, false);
        Parts.show(previewBox, false);
        Parts.show(resultsBox, false);
    }

    @Override
    public void activate() {
        services.status().subscribe(outboxChanged);
    }

    @Override
    public void deactivate() {
        services.status().unsubscribe(outboxChanged);
        super.deactivate();
    }

    // --- export ---

    @FXML
    private void export() {
        Leg leg = exportStatus.getValue();
        String ext = exportFormat.getValue();
        String suggested = "shipments-" + ShippingKeys.leg(leg) + "." + ext;
        dialogs.chooseSaveFile(messages.get("shipping.export.choose"), suggested,
                messages.get("shipping.export.filter." + ext), ext).ifPresent(out -> exportTo(leg, out));
    }

    /** Writes the export to {@code out} in the background (the screen's Export button asks for the file first). */
    void exportTo(Leg leg, Path out) {
        run(messages.get("shipping.export.running"), ctx -> {
            long n = services.exporter().export(ShipmentSource.Filter.all(leg), out, Parts.progress(ctx));
            return new Exported(n, !services.exporter().unmasked());
        }, e -> dialogs.notify(messages.format("shipping.export.done", e.orders(), out.getFileName().toString())
                + (e.masked() ? " " + messages.get("shipping.export.masked") : "")));
    }

    /** How many orders an export wrote, and whether their phone numbers were masked. */
    private record Exported(long orders, boolean masked) {
    }

    // --- import wizard ---

    @FXML
    private void chooseFile() {
        dialogs.chooseOpenFile(messages.get("shipping.import.choose"), messages.get("shipping.import.filter"),
                List.of("xlsx", "xls", "csv")).ifPresent(this::open);
    }

    /** Step 1: opens {@code path}, lists its sheets and detects the columns of the first. */
    void open(Path path) {
        file = path;
        preview = null;
        fileName.setText(path.getFileName().toString());
        Parts.show(previewBox, false);
        Parts.show(mappingBox, false);
        run(messages.get("shipping.import.opening"), ctx -> SheetPicker.sheetNames(path), sheets::show);
    }

    private void detect(int sheet) {
        String name = file.getFileName().toString();
        run(messages.get("shipping.import.opening"), ctx -> {
            try (WorkbookReader r = Workbooks.open(file)) {
                return services.importer().detect(r, sheet, name);
            }
        }, this::showMapping);
    }

    private void showMapping(ColumnMapping m) {
        mapping.show(m.generic(), ShippingKeys.MAPPED);
        Parts.show(mappingBox, true);
    }

    /** The dry run: every row validated, nothing applied; an adjusted mapping is remembered for this layout. */
    @FXML
    void dryRun() {
        ColumnMapping m = ColumnMapping.of(mapping.chosen());
        Leg leg = legChoice.getValue();
        int sheet = sheets.selected();
        String name = file.getFileName().toString();
        boolean adjusted = mapping.adjusted();
        Parts.show(previewBox, false);
        run(messages.get("shipping.import.checking"), ctx -> {
            if (adjusted && m.missing().isEmpty()) {
                services.importer().remember(m);
            }
            try (WorkbookReader r = Workbooks.open(file)) {
                return services.importer().preview(r, name, sheet, m, leg, Parts.progress(ctx));
            }
        }, this::showPreview);
    }

    private void showPreview(ImportPreview p) {
        preview = p;
        previewApplied = false;
        applyValidButton.setDisable(false);
        previewTable.setItems(FXCollections.observableArrayList(p.rows()));
        previewSummary.setText(messages.format("shipping.preview.summary", p.rows().size(), p.validCount(),
                p.invalidCount()));
        applyButton.setDisable(p.invalidCount() > 0 || p.rows().isEmpty());
        Parts.show(previewBox, true);
    }

    @FXML
    private void apply() {
        applyRows(false);
    }

    @FXML
    private void applyValid() {
        if (preview.validCount() == 0) {
            error.setText(messages.get("shipping.apply.noneValid"));
            return;
        }
        if (dialogs.confirm(messages.get("shipping.apply.valid"), messages.format("shipping.apply.valid.confirm",
                preview.validCount(), preview.invalidCount()))) {
            applyRows(true);
        }
    }

    private void applyRows(boolean validOnly) {
        ImportPreview p = preview;
        // one local transaction: once started it completes, so it offers no Cancel that could not keep its word
        run(messages.get("shipping.apply.running"), ctx -> services.importer().apply(p, validOnly), this::applied);
        steps.hideCancel();
    }

    private void applied(ShipmentImporter.Applied a) {
        if (a.nothingApplied()) {
            error.setText(messages.get("shipping.apply.nothing"));
            return;
        }
        importId = a.importId();
        previewApplied = true;
        applyButton.setDisable(true);
        applyValidButton.setDisable(true);
        dialogs.notify(messages.format("shipping.apply.done", a.rows().size()));
        refreshResults();
    }

    /** Reads the import's results again (the outbox changed, or it was just applied). */
    void refreshResults() {
        if (importId == 0) {
            return;
        }
        long id = importId;
        tasks.execute(BackgroundTask.of(ctx -> services.importer().results(id)).onSuccess(this::showResults)
                .onError(RuntimeException.class, e -> error.setText(e.getMessage())));
    }

    private void showResults(List<ImportLog.ResultRow> results) {
        resultsTable.setItems(FXCollections.observableArrayList(results));
        long done = results.stream().filter(r -> r.state() == dev.wharf.sync.outbox.OutboxEntry.State.DONE).count();
        List<String> failed = results.stream().filter(ImportLog.ResultRow::failed).map(ImportLog.ResultRow::orderId)
                .toList();
        resultsSummary.setText(messages.format("shipping.results.summary", done, failed.size(),
                results.size() - done - failed.size()));
        refused.setText(failed.isEmpty() ? "" : messages.format("shipping.results.refused", String.join(", ",
                failed)));
        Parts.show(resultsBox, true);
    }

    @FXML
    private void saveReport() {
        ImportPreview p = preview;
        boolean onlyInvalid = previewApplied;
        dialogs.chooseSaveFile(messages.get("shipping.report.choose"), "report.xlsx",
                messages.get("shipping.export.filter.xlsx"), "xlsx").ifPresent(out -> run(
                messages.get("shipping.report.running"), ctx -> {
                    try (WorkbookReader r = Workbooks.open(file)) {
                        return ErrorReport.write(r, p, out, onlyInvalid, Parts.progress(ctx), services.personal());
                    }
                }, n -> dialogs.notify(messages.format("shipping.report.done", n, out.getFileName().toString()))));
    }

    @FXML
    private void cancel() {
        steps.cancel();
    }

    // --- plumbing ---

    private <T> void run(String what, Work<T> work, Consumer<T> done) {
        steps.run(what, work, done);
    }
}
