package dev.wharf.products.ui;

import dev.wharf.products.DeliveryType;
import dev.wharf.products.ProductService;
import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuPage;
import dev.wharf.products.SkuRow;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskHandle;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The products screen: one page of SKUs at a time (keyset paging, loaded in the background), search and filters,
 * the sync state of each SKU's latest change, shelving, and the bulk edit of stock and prices.
 */
public final class ProductsController extends ScreenController {
    static final int PAGE_SIZE = 100;

    private final ProductService products;
    private final SyncStatus sync;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<SyncStatus.Snapshot> onSync = this::syncChanged;
    private final Deque<SkuCursor> previousPages = new ArrayDeque<>();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(300));
    private volatile Instant shownSync;
    private SkuCursor pageStart;
    private SkuCursor nextStart;
    private int pageNumber = 1;
    private TaskHandle loading;
    private TaskHandle counting;
    private SkuColumns columns;

    @FXML
    private TextField search;
    @FXML
    private ComboBox<Choice<ProductStatus>> status;
    @FXML
    private ComboBox<Choice<String>> category;
    @FXML
    private ComboBox<Choice<String>> brand;
    @FXML
    private ComboBox<Choice<DeliveryType>> delivery;
    @FXML
    private CheckBox lowStock;
    @FXML
    private Label summary;
    @FXML
    private VBox listPane;
    @FXML
    private TableView<SkuRow> table;
    @FXML
    private Button previous;
    @FXML
    private Button next;
    @FXML
    private Label pageLabel;
    @FXML
    private Button shelve;
    @FXML
    private Button unshelve;
    @FXML
    private Button bulkEditButton;
    @FXML
    private Parent bulkEdit;
    @FXML
    private BulkEditController bulkEditController;
    @FXML
    private Parent editor;
    @FXML
    private ProductEditorController editorController;
    @FXML
    private Button edit;
    @FXML
    private SkuDetailsController detailsController;
    @FXML
    private Parent details;
    @FXML
    private Parent stockSheet;
    @FXML
    private StockSheetController stockSheetController;

    public ProductsController(TaskExecutor executor, ProductService products, SyncStatus sync, Messages messages,
                              DialogService dialogs) {
        super(executor);
        this.products = products;
        this.sync = sync;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        columns = new SkuColumns(messages, new ThumbnailCache(500));
        columns.bind(table);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<SkuRow>) c -> selectionChanged());
        status.getItems().setAll(Choice.all(messages, ProductStatus.values(), ProductStatus::labelKey));
        delivery.getItems().setAll(Choice.all(messages, DeliveryType.values(), DeliveryType::labelKey));
        category.getItems().setAll(Choice.<String>any(messages));
        brand.getItems().setAll(Choice.<String>any(messages));
        for (ComboBox<?> box : List.of(status, category, brand, delivery)) {
            box.valueProperty().addListener((o, a, b) -> firstPage());
        }
        lowStock.selectedProperty().addListener((o, a, b) -> firstPage());
        searchPause.setOnFinished(e -> firstPage());
        search.textProperty().addListener((o, a, b) -> searchPause.playFromStart());
        search.setOnAction(e -> {
            searchPause.stop();
            firstPage();
        });
        bulkEditController.onClose(changed -> {
            bulkEdit.setVisible(false);
            showList(true);
            reloadPage();
        });
        editorController.onClose(saved -> {
            editor.setVisible(false);
            showList(true);
            if (saved != null) {
                dialogs.notify(messages.get("products.editor.saved"));
                loadChoices();
                reloadPage();
            }
        });
        detailsController.onSaved(this::reloadPage);
        wireStockSheet();
        selectionChanged();
    }

    @Override
    public void activate() {
        shownSync = sync.snapshot().lastSync();
        sync.subscribe(onSync);
        loadChoices();
        reloadPage();
        if (bulkEdit.isVisible()) {
            bulkEditController.resume();
        }
        if (stockSheet.isVisible()) {
            stockSheetController.resume();
        }
    }

    @Override
    public void deactivate() {
        sync.unsubscribe(onSync);
        searchPause.stop();
        bulkEditController.suspend();
        editorController.suspend();
        detailsController.suspend();
        stockSheetController.suspend();
        super.deactivate();
    }

    /** A finished sync brings confirmations and refusals: the page is read again (called on the sync thread). */
    private void syncChanged(SyncStatus.Snapshot snapshot) {
        Instant last = snapshot.lastSync();
        if (last != null && !last.equals(shownSync)) {
            shownSync = last;
            Platform.runLater(this::reloadPage);
        }
    }

    private void loadChoices() {
        tasks.execute(BackgroundTask.of(ctx -> List.of(products.queries().categories(), products.queries().brands()))
                .onSuccess(lists -> {
                    keepChoices(category, lists.get(0));
                    keepChoices(brand, lists.get(1));
                }));
    }

    private void keepChoices(ComboBox<Choice<String>> box, List<String> values) {
        Choice<String> selected = box.getValue();
        List<Choice<String>> items = new java.util.ArrayList<>(Choice.<String>any(messages));
        values.forEach(v -> items.add(new Choice<>(v, v)));
        box.getItems().setAll(items);
        if (selected != null && items.contains(selected)) {
            box.setValue(selected);
        }
    }

    SkuFilter filter() {
        return new SkuFilter(search.getText(), Choice.valueOf(status.getValue()), Choice.valueOf(category.getValue()),
                Choice.valueOf(brand.getValue()), Choice.valueOf(delivery.getValue()), lowStock.isSelected());
    }

    private void firstPage() {
        previousPages.clear();
        pageStart = null;
        pageNumber = 1;
        reloadPage();
    }

    @FXML
    private void nextPage() {
        if (nextStart == null) {
            return;
        }
        previousPages.push(pageStart == null ? new SkuCursor("", "") : pageStart);
        pageStart = nextStart;
        pageNumber++;
        reloadPage();
    }

    @FXML
    private void previousPage() {
        if (previousPages.isEmpty()) {
            return;
        }
        SkuCursor back = previousPages.pop();
        pageStart = back.productId().isEmpty() && back.skuId().isEmpty() ? null : back;
        pageNumber--;
        reloadPage();
    }

    /** Reads the current page (and the count) again in the background; the selection is kept by outer SKU id. */
    private void reloadPage() {
        for (TaskHandle running : new TaskHandle[] {loading, counting}) {
            if (running != null) {
                running.cancel();
            }
        }
        SkuFilter filter = filter();
        SkuCursor start = pageStart;
        Set<String> selected = new LinkedHashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(r -> selected.add(r.outerSkuId()));
        summary.setText(messages.get("products.loading"));
        loading = tasks.execute(BackgroundTask.of(ctx -> products.queries().page(filter, start, PAGE_SIZE))
                .onSuccess(page -> {
                    show(page, selected);
                    counting = tasks.execute(BackgroundTask.of(ctx -> products.queries().count(filter))
                            .onSuccess(this::showCount));
                }).onFailure(e -> summary.setText(messages.format("products.loadFailed",
                        String.valueOf(e.getMessage())))));
    }

    private void show(SkuPage page, Set<String> selected) {
        table.setItems(FXCollections.observableArrayList(page.rows()));
        nextStart = page.next();
        next.setDisable(nextStart == null);
        previous.setDisable(previousPages.isEmpty());
        for (int i = 0; i < table.getItems().size(); i++) {
            if (selected.contains(table.getItems().get(i).outerSkuId())) {
                table.getSelectionModel().select(i);
            }
        }
        selectionChanged();
    }

    /** The count comes after the page: at 100k SKUs it takes longer than the page itself. */
    private void showCount(long count) {
        long pages = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        pageLabel.setText(messages.format("products.page", pageNumber, pages));
        summary.setText(messages.format("products.count", count));
    }

    private void selectionChanged() {
        List<SkuRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        bulkEditButton.setDisable(rows.isEmpty());
        edit.setDisable(rows.stream().map(SkuRow::productId).distinct().count() != 1);
        shelve.setDisable(rows.isEmpty());
        unshelve.setDisable(rows.isEmpty());
        detailsController.show(rows.size() == 1 ? rows.get(0) : null);
    }

    @FXML
    private void openBulkEdit() {
        List<SkuRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) {
            return;
        }
        bulkEditController.open(rows);
        showList(false);
        bulkEdit.setVisible(true);
    }

    /** The list and its side panel, or (false) room for the bulk edit or the editor. */
    private void showList(boolean shown) {
        listPane.setVisible(shown);
        details.setVisible(shown);
        details.setManaged(shown);
    }

    @FXML
    private void newProduct() {
        openEditor(null);
    }

    @FXML
    private void editProduct() {
        List<SkuRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (!rows.isEmpty()) {
            openEditor(rows.get(0).productId());
        }
    }

    private void openEditor(String productId) {
        editorController.open(productId);
        showList(false);
        editor.setVisible(true);
    }

    @FXML
    private void shelve() {
        shelf(true);
    }

    @FXML
    private void unshelve() {
        shelf(false);
    }

    private void shelf(boolean onSale) {
        Set<String> productIds = new LinkedHashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(r -> productIds.add(r.productId()));
        tasks.execute(BackgroundTask.of(ctx -> {
            for (String id : productIds) {
                if (onSale) {
                    products.shelve(id);
                } else {
                    products.unshelve(id);
                }
            }
            return productIds.size();
        }).onSuccess(n -> {
            dialogs.notify(messages.format(onSale ? "products.shelved" : "products.unshelved", n));
            reloadPage();
        }).onError(IllegalArgumentException.class, e -> dialogs.showError(messages.get("products.error.title"),
                messages.format("products.error.notSaved", e.getMessage()))));
    }

    // --- stock and price spreadsheets (decision 0013) ---

    private void wireStockSheet() {
        stockSheetController.onClose(() -> {
            stockSheet.setVisible(false);
            showList(true);
            reloadPage();
        });
    }

    /** Exports the SKUs of the current search and filters (.xlsx, or CSV by the chosen name). */
    @FXML
    private void exportSkus() {
        SkuFilter current = filter();
        dialogs.chooseSaveFile(messages.get("products.export.choose"), "products.xlsx",
                messages.get("products.export.filter"), "xlsx").ifPresent(out -> {
                    showStockSheet();
                    stockSheetController.export(current, out);
                });
    }

    @FXML
    private void importStock() {
        showStockSheet();
        stockSheetController.openImport();
    }

    private void showStockSheet() {
        showList(false);
        stockSheet.setVisible(true);
    }
}
