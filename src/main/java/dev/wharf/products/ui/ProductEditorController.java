package dev.wharf.products.ui;

import dev.wharf.products.DeliveryType;
import dev.wharf.products.ProductDraft;
import dev.wharf.products.ProductForm;
import dev.wharf.products.ProductQueries.IdName;
import dev.wharf.products.ProductService;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The product editor: a new product or an existing one, saved through the outbox (kept offline, sent at the next
 * sync). Each field that breaks a rule is marked red with the reason as its tooltip, and the first reason is shown
 * under the form; nothing is saved until every field is right.
 */
public final class ProductEditorController {
    private final TaskScope tasks;
    private final ProductService products;
    private final Messages messages;
    private Consumer<String> onClose = saved -> { };
    private ProductDraft editing = ProductDraft.empty();
    private SkuRowsEditor skus;

    @FXML
    private Label title;
    @FXML
    private Button save;
    @FXML
    private ComboBox<IdName> knownCategory;
    @FXML
    private TextField categoryId;
    @FXML
    private TextField categoryName;
    @FXML
    private ComboBox<IdName> knownBrand;
    @FXML
    private TextField brandId;
    @FXML
    private TextField brandName;
    @FXML
    private TextField name;
    @FXML
    private Label nameHint;
    @FXML
    private ComboBox<Choice<DeliveryType>> delivery;
    @FXML
    private DatePicker listFrom;
    @FXML
    private DatePicker listTo;
    @FXML
    private TextArea description;
    @FXML
    private VBox skuRows;
    @FXML
    private Label error;
    @FXML
    private CheckBox preSale;
    @FXML
    private ProductImagesController imagesController;

    public ProductEditorController(TaskExecutor executor, ProductService products, Messages messages) {
        this.tasks = new TaskScope(executor);
        this.products = products;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        skus = new SkuRowsEditor(skuRows, messages);
        for (DeliveryType d : DeliveryType.values()) {
            delivery.getItems().add(new Choice<>(d, messages.get(d.labelKey()) + " — "
                    + messages.get("products.editor.delivery." + d.code())));
        }
        javafx.util.StringConverter<IdName> named = new javafx.util.StringConverter<>() {
            @Override
            public String toString(IdName n) {
                return n == null ? "" : n.name();
            }

            @Override
            public IdName fromString(String s) {
                return null;
            }
        };
        knownCategory.setConverter(named);
        knownBrand.setConverter(named);
        knownCategory.valueProperty().addListener((o, a, n) -> pick(n, categoryId, categoryName));
        knownBrand.valueProperty().addListener((o, a, n) -> pick(n, brandId, brandName));
        name.textProperty().addListener((o, a, b) -> updateHint());
        brandName.textProperty().addListener((o, a, b) -> updateHint());
    }

    private static void pick(IdName n, TextField id, TextField label) {
        if (n != null) {
            id.setText(n.id() == null ? "" : n.id());
            label.setText(n.name());
        }
    }

    void onClose(Consumer<String> action) {
        this.onClose = action;
    }

    /** Opens the editor on a new product (null) or on the product with this id. */
    void open(String productId) {
        error.setText("");
        title.setText(messages.get(productId == null ? "products.editor.new" : "products.editor.edit"));
        show(ProductDraft.empty());
        save.setDisable(productId != null);
        tasks.execute(BackgroundTask.of(ctx -> new Loaded(productId == null ? ProductDraft.empty()
                : products.queries().draft(productId).orElseThrow(() -> new IllegalArgumentException(productId)),
                products.queries().categoryChoices(), products.queries().brandChoices())).onSuccess(l -> {
                    knownCategory.getItems().setAll(l.categories());
                    knownBrand.getItems().setAll(l.brands());
                    show(l.draft());
                    save.setDisable(false);
                }).onFailure(e -> error.setText(messages.format("products.loadFailed", e.getMessage()))));
    }

    private record Loaded(ProductDraft draft, List<IdName> categories, List<IdName> brands) {
    }

    private void show(ProductDraft d) {
        editing = d;
        categoryId.setText(d.categoryId());
        categoryName.setText(d.categoryName());
        brandId.setText(d.brandId());
        brandName.setText(d.brandName());
        name.setText(d.name());
        description.setText(d.description());
        delivery.setValue(delivery.getItems().stream().filter(c -> c.value() == d.deliveryType()).findFirst()
                .orElse(null));
        listFrom.setValue(d.listFrom() == null ? null : d.listFrom().toLocalDate());
        listTo.setValue(d.listTo() == null ? null : d.listTo().toLocalDate());
        skus.show(d.skus());
        showMedia(d);
        clearMarks();
        updateHint();
    }

    private ProductDraft draft() {
        return new ProductDraft(editing.productId(), categoryId.getText(), categoryName.getText(), brandId.getText(),
                brandName.getText(), name.getText(), description.getText(), Choice.valueOf(delivery.getValue()),
                start(listFrom.getValue()), start(listTo.getValue()), imagesController.images(), skus.drafts(),
                preSale.isSelected());
    }

    /** Images and the pre-sale flag of the product shown (decision 0014). */
    private void showMedia(ProductDraft d) {
        imagesController.show(d.images());
        preSale.setSelected(d.preSale());
    }

    /** True (and says so) while an image is still being prepared: the draft would miss it. */
    private boolean mediaBusy() {
        if (imagesController.busy()) {
            error.setText(messages.get("products.images.wait"));
            return true;
        }
        return false;
    }

    private static LocalDateTime start(LocalDate day) {
        return day == null ? null : day.atStartOfDay();
    }

    private void updateHint() {
        List<String> hints = ProductForm.namingHints(name.getText(), brandName.getText());
        List<String> texts = new ArrayList<>();
        hints.forEach(k -> texts.add(messages.get(k)));
        nameHint.setText(messages.get("products.editor.naming") + (texts.isEmpty() ? ""
                : " " + String.join(" ", texts)));
    }

    @FXML
    private void addSku() {
        List<ProductDraft.SkuDraft> now = skus.drafts();
        now.add(ProductDraft.SkuDraft.empty());
        skus.show(now);
    }

    @FXML
    private void cancel() {
        tasks.cancelAll();
        imagesController.suspend();
        onClose.accept(null);
    }

    @FXML
    private void save() {
        if (mediaBusy()) {
            return;
        }
        ProductDraft d = draft();
        clearMarks();
        error.setText("");
        save.setDisable(true);
        tasks.execute(BackgroundTask.of(ctx -> {
            Map<String, String> problems = ProductForm.problems(d, products.queries()::ownerOfOuterId);
            return problems.isEmpty() ? new Saved(products.save(d), Map.of()) : new Saved(null, problems);
        }).onSuccess(s -> {
            save.setDisable(false);
            if (s.id() != null) {
                onClose.accept(s.id());
            } else {
                mark(s.problems());
            }
        }).onFailure(e -> {
            save.setDisable(false);
            error.setText(messages.format("products.error.notSaved", String.valueOf(e.getMessage())));
        }));
    }

    private record Saved(String id, Map<String, String> problems) {
    }

    private void mark(Map<String, String> problems) {
        problems.forEach((field, key) -> {
            if (field.equals("images")) {
                imagesController.showProblem(messages.get(key));
                return;
            }
            Control c = control(field);
            if (c != null) {
                c.getStyleClass().add("invalid");
                c.setTooltip(new Tooltip(messages.get(key)));
            }
        });
        problems.entrySet().stream().findFirst().ifPresent(p -> error.setText(messages.format(
                "products.editor.problems", problems.size(), messages.get(p.getValue()))));
    }

    private Control control(String field) {
        return switch (field) {
            case "category" -> categoryId;
            case "brand" -> brandName;
            case "name" -> name;
            case "delivery" -> delivery;
            case "listTo" -> listTo;
            case "preSale" -> preSale;
            case "skus" -> null;
            default -> skus.field(field);
        };
    }

    private void clearMarks() {
        List<Control> all = new ArrayList<>(List.of(categoryId, categoryName, brandId, brandName, name, delivery,
                listFrom, listTo, preSale));
        all.addAll(skus.all());
        for (Control c : all) {
            c.getStyleClass().remove("invalid");
            c.setTooltip(null);
        }
    }

    /** The screen is hidden: whatever is still running is cancelled. */
    void suspend() {
        tasks.cancelAll();
        imagesController.suspend();
    }
}
