package dev.wharf.products.ui;

import dev.wharf.products.Margin;
import dev.wharf.products.Money;
import dev.wharf.products.ProductService;
import dev.wharf.products.SkuRow;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

/**
 * The side panel of the products screen: the selected SKU's purchase cost (with its margin in RMB) and low-stock
 * threshold, the shop's default threshold, and the exchange-rate table. All of it stays on this computer.
 */
public final class SkuDetailsController {
    private static final java.util.List<String> CURRENCIES = java.util.List.of("JPY", "USD", "EUR", "GBP", "KRW",
            "AUD", "HKD", "CAD", Margin.RMB);

    private final TaskScope tasks;
    private final ProductService products;
    private final Messages messages;
    private Runnable onSaved = () -> { };
    private SkuRow shown;

    @FXML
    private Label selection;
    @FXML
    private VBox skuPane;
    @FXML
    private TextField cost;
    @FXML
    private ComboBox<String> currency;
    @FXML
    private Label margin;
    @FXML
    private TextField threshold;
    @FXML
    private Label skuError;
    @FXML
    private TextField lowDefault;
    @FXML
    private TableView<Map.Entry<String, BigDecimal>> rates;
    @FXML
    private TableColumn<Map.Entry<String, BigDecimal>, String> currencyColumn;
    @FXML
    private TableColumn<Map.Entry<String, BigDecimal>, String> rateColumn;
    @FXML
    private TextField newCurrency;
    @FXML
    private TextField newRate;
    @FXML
    private Label rateError;

    public SkuDetailsController(TaskExecutor executor, ProductService products, Messages messages) {
        this.tasks = new TaskScope(executor);
        this.products = products;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        currency.getItems().setAll(CURRENCIES);
        currencyColumn.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getKey()));
        rateColumn.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue().toPlainString()));
        rateColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        rateColumn.setOnEditCommit(e -> saveRate(e.getRowValue().getKey(), e.getNewValue()));
        show(null);
        reloadShared();
    }

    void onSaved(Runnable action) {
        this.onSaved = action;
    }

    /** Shows one SKU (null: none or several selected). */
    void show(SkuRow row) {
        shown = row;
        skuError.setText("");
        clearInvalid();
        skuPane.setDisable(row == null);
        if (row == null) {
            selection.setText(messages.get("products.details.none"));
            cost.clear();
            currency.setValue(null);
            threshold.clear();
            margin.setText("");
            return;
        }
        selection.setText(messages.format("products.details.sku", row.productName(), row.outerSkuId()));
        cost.setText(row.margin().map(m -> m.cost().toPlainString()).orElse(""));
        currency.setValue(row.margin().map(Margin::currency).orElse("JPY"));
        threshold.setText(Integer.toString(row.lowStockThreshold()));
        margin.getStyleClass().remove("negative-margin");
        margin.setText(row.margin().map(m -> marginText(row, m)).orElse(messages.get("products.details.noCost")));
        if (row.margin().map(Margin::negative).orElse(false)) {
            margin.getStyleClass().add("negative-margin");
        }
    }

    private String marginText(SkuRow row, Margin m) {
        if (!m.known()) {
            return messages.format("products.margin.noRate", m.currency());
        }
        return messages.format("products.details.margin", Money.format(row.priceFen()), Money.format(m.costFen()),
                Money.format(m.marginFen()), m.percentOf(row.priceFen()));
    }

    private void clearInvalid() {
        for (TextField f : java.util.List.of(cost, threshold, lowDefault, newCurrency, newRate)) {
            f.getStyleClass().remove("invalid");
        }
    }

    private static void invalid(TextField f) {
        if (!f.getStyleClass().contains("invalid")) {
            f.getStyleClass().add("invalid");
        }
    }

    @FXML
    private void saveSku() {
        SkuRow row = shown;
        if (row == null) {
            return;
        }
        clearInvalid();
        skuError.setText("");
        BigDecimal amount = null;
        if (!cost.getText().isBlank()) {
            try {
                amount = Money.parseDecimal(cost.getText());
                if (amount.signum() < 0) {
                    throw new IllegalArgumentException("negative");
                }
            } catch (IllegalArgumentException e) {
                invalid(cost);
                skuError.setText(messages.get("products.details.cost.invalid"));
                return;
            }
        }
        Integer limit = null;
        if (!threshold.getText().isBlank()) {
            try {
                limit = Integer.valueOf(threshold.getText().strip());
                if (limit < 0) {
                    throw new NumberFormatException("negative");
                }
            } catch (NumberFormatException e) {
                invalid(threshold);
                skuError.setText(messages.get("products.details.threshold.invalid"));
                return;
            }
        }
        String code = currency.getValue() == null ? "" : currency.getValue().strip().toUpperCase(Locale.ROOT);
        BigDecimal c = amount;
        Integer t = limit;
        tasks.execute(BackgroundTask.of(ctx -> {
            products.local().setCost(row.outerSkuId(), c, code);
            products.local().setThreshold(row.outerSkuId(), t);
            return null;
        }).onSuccess(v -> onSaved.run()).onError(IllegalArgumentException.class,
                e -> skuError.setText(messages.format("products.error.notSaved", e.getMessage()))));
    }

    @FXML
    private void saveDefault() {
        clearInvalid();
        int value;
        try {
            value = Integer.parseInt(lowDefault.getText().strip());
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
        } catch (NumberFormatException e) {
            invalid(lowDefault);
            rateError.setText(messages.get("products.details.threshold.invalid"));
            return;
        }
        tasks.execute(BackgroundTask.of(ctx -> {
            products.local().setLowStockDefault(value);
            return null;
        }).onSuccess(v -> {
            rateError.setText("");
            onSaved.run();
        }));
    }

    @FXML
    private void saveRate() {
        clearInvalid();
        saveRate(newCurrency.getText(), newRate.getText());
    }

    private void saveRate(String code, String text) {
        BigDecimal rate;
        try {
            rate = Money.parseDecimal(text);
        } catch (IllegalArgumentException e) {
            invalid(newRate);
            rateError.setText(messages.get("products.rates.invalid"));
            rates.refresh();
            return;
        }
        tasks.execute(BackgroundTask.of(ctx -> {
            products.local().setRate(code, rate);
            return null;
        }).onSuccess(v -> {
            rateError.setText("");
            newCurrency.clear();
            newRate.clear();
            reloadShared();
            onSaved.run();
        }).onError(IllegalArgumentException.class, e -> {
            invalid(newCurrency);
            rateError.setText(messages.format("products.error.notSaved", e.getMessage()));
            reloadShared();
        }));
    }

    private void reloadShared() {
        tasks.execute(BackgroundTask.of(ctx -> Map.entry(products.queries().exchangeRates(),
                products.queries().lowStockDefault())).onSuccess(r -> {
                    rates.setItems(FXCollections.observableArrayList(r.getKey().entrySet()));
                    lowDefault.setText(Integer.toString(r.getValue()));
                }));
    }

    /** The screen is hidden: whatever is still running is cancelled. */
    void suspend() {
        tasks.cancelAll();
    }
}
