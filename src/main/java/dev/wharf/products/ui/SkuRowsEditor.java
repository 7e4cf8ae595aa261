package dev.wharf.products.ui;

import dev.wharf.products.ProductDraft;
import dev.wharf.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The SKU rows of the product editor: one line of fields per SKU, addressed as {@code sku.<i>.<field>}. */
final class SkuRowsEditor {
    private static final String[] FIELDS = {"properties", "outerId", "price", "vipPrice", "newCustomerPrice", "stock",
        "weight", "bundle"};
    private static final double[] WIDTHS = {200, 130, 90, 90, 90, 70, 70, 170};

    private final VBox box;
    private final Messages messages;
    private final List<Map<String, TextField>> rows = new ArrayList<>();
    private final List<ComboBox<String>> units = new ArrayList<>();

    SkuRowsEditor(VBox box, Messages messages) {
        this.box = box;
        this.messages = messages;
    }

    void show(List<ProductDraft.SkuDraft> skus) {
        rows.clear();
        units.clear();
        box.getChildren().clear();
        HBox header = new HBox(6);
        for (int i = 0; i < FIELDS.length; i++) {
            Label l = new Label(messages.get("products.editor.sku." + FIELDS[i]));
            l.setPrefWidth(WIDTHS[i]);
            l.setMinWidth(WIDTHS[i]);
            header.getChildren().add(l);
        }
        box.getChildren().add(header);
        skus.forEach(this::add);
    }

    void add(ProductDraft.SkuDraft sku) {
        int index = rows.size();
        Map<String, TextField> fields = new LinkedHashMap<>();
        HBox line = new HBox(6);
        String[] values = {sku.properties(), sku.outerId(), sku.price(), sku.vipPrice(), sku.newCustomerPrice(),
            sku.stock(), sku.weight(), sku.bundle()};
        for (int i = 0; i < FIELDS.length; i++) {
            TextField f = new TextField(values[i] == null ? "" : values[i]);
            f.setPrefWidth(WIDTHS[i]);
            f.setMinWidth(WIDTHS[i]);
            f.setId("editor-sku-" + index + "-" + FIELDS[i]);
            fields.put(FIELDS[i], f);
            line.getChildren().add(f);
        }
        fields.get("properties").setPromptText(messages.get("products.editor.sku.properties.prompt"));
        fields.get("bundle").setPromptText(messages.get("products.editor.sku.bundle.prompt"));
        ComboBox<String> unit = new ComboBox<>();
        unit.getItems().setAll(messages.get("products.editor.unit.kg"), messages.get("products.editor.unit.lb"));
        unit.getSelectionModel().select(sku.weightUnit() == 1 ? 1 : 0);
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        unit.setPrefWidth(90);
        Button remove = new Button(messages.get("products.editor.removeSku"));
        remove.setId("editor-sku-" + index + "-remove");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setOnAction(e -> {
            List<ProductDraft.SkuDraft> kept = drafts();
            kept.remove(index);
            show(kept);
        });
        line.getChildren().addAll(unit, remove);
        rows.add(fields);
        units.add(unit);
        box.getChildren().add(line);
    }

    List<ProductDraft.SkuDraft> drafts() {
        List<ProductDraft.SkuDraft> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, TextField> f = rows.get(i);
            out.add(new ProductDraft.SkuDraft(f.get("properties").getText(), f.get("outerId").getText(),
                    f.get("price").getText(), f.get("vipPrice").getText(), f.get("newCustomerPrice").getText(),
                    f.get("stock").getText(), f.get("weight").getText(),
                    units.get(i).getSelectionModel().getSelectedIndex() == 1 ? 1 : 0, f.get("bundle").getText()));
        }
        return out;
    }

    /** The field control of {@code sku.<i>.<field>}, or null. */
    Control field(String path) {
        String[] parts = path.split("\\.");
        if (parts.length != 3 || !parts[0].equals("sku")) {
            return null;
        }
        int i = Integer.parseInt(parts[1]);
        return i < rows.size() ? rows.get(i).get(parts[2]) : null;
    }

    List<Control> all() {
        List<Control> out = new ArrayList<>();
        rows.forEach(r -> out.addAll(r.values()));
        return out;
    }
}
