package dev.wharf.products.ui;

import dev.wharf.products.BulkEdit;
import dev.wharf.products.BulkEdit.Field;
import dev.wharf.products.Money;
import dev.wharf.products.PendingState;
import dev.wharf.products.SkuRow;
import dev.wharf.ui.i18n.Messages;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/** The cells of the bulk edit grid: read-only texts, editable values (marked when changed or invalid), results. */
final class BulkCells {
    /** A value typed into a cell. */
    interface Edited {
        void edited(int row, Field field, String text);
    }

    private final Messages messages;
    private final Supplier<BulkEdit> edit;
    private final Edited edited;

    BulkCells(Messages messages, Supplier<BulkEdit> edit, Edited edited) {
        this.messages = messages;
        this.edit = edit;
        this.edited = edited;
    }

    void text(TableColumn<Integer, Integer> column, Function<SkuRow, String> text) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null || row >= edit.get().size() ? null : text.apply(edit.get().row(row)));
            }
        });
    }

    void editable(TableColumn<Integer, String> column, Field field) {
        column.setEditable(true);
        column.setCellValueFactory(f -> {
            int row = f.getValue();
            long v = row < edit.get().size() ? edit.get().value(row, field) : 0;
            return new ReadOnlyStringWrapper(field.money() ? Money.format(v) : Long.toString(v));
        });
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("changed-cell", "invalid-cell");
                setTooltip(null);
                Integer row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || row == null || row >= edit.get().size()) {
                    setId(null);
                    return;
                }
                BulkEdit e = edit.get();
                setId("bulk-" + field.name().toLowerCase(java.util.Locale.ROOT) + "-" + e.row(row).outerSkuId());
                if (e.changed(row, field)) {
                    getStyleClass().add("changed-cell");
                }
                e.problem(row, field).ifPresent(key -> {
                    getStyleClass().add("invalid-cell");
                    setTooltip(new Tooltip(messages.get(key)));
                });
            }
        });
        column.setOnEditCommit(ev -> edited.edited(ev.getRowValue(), field, ev.getNewValue()));
    }

    void result(TableColumn<Integer, Integer> column, Map<String, String> notSaved) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("pending-"));
                if (empty || row == null || row >= edit.get().size()) {
                    setText(null);
                    setId(null);
                    setTooltip(null);
                    return;
                }
                SkuRow sku = edit.get().row(row);
                setId("bulk-result-" + sku.outerSkuId());
                String error = notSaved.get(sku.outerSkuId());
                if (error != null) {
                    setText(messages.format("products.bulk.notSaved", error));
                    getStyleClass().add("pending-refused");
                    return;
                }
                PendingState p = sku.pending();
                String text = messages.get(p.labelKey());
                setText(sku.pendingMessage() == null ? text : text + ": " + sku.pendingMessage());
                setTooltip(sku.pendingMessage() == null ? null : new Tooltip(sku.pendingMessage()));
                getStyleClass().add("pending-" + p.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }
}
