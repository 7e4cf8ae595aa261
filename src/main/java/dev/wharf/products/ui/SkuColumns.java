package dev.wharf.products.ui;

import dev.wharf.products.Margin;
import dev.wharf.products.Money;
import dev.wharf.products.PendingState;
import dev.wharf.products.SkuRow;
import dev.wharf.ui.i18n.Messages;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** How the products list shows a SKU: texts, flags (low stock, negative margin) and the sync state. */
final class SkuColumns {
    private final Messages messages;
    private final ThumbnailCache thumbnails;

    SkuColumns(Messages messages, ThumbnailCache thumbnails) {
        this.messages = messages;
        this.thumbnails = thumbnails;
    }

    @SuppressWarnings("unchecked")
    void bind(TableView<SkuRow> table) {
        var cols = table.getColumns();
        thumbnail((TableColumn<SkuRow, SkuRow>) cols.get(0));
        text((TableColumn<SkuRow, SkuRow>) cols.get(1), SkuRow::productName, null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(2), SkuRow::brand, null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(3), SkuRow::properties, null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(4), SkuRow::outerSkuId, null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(5), r -> messages.get(r.status().labelKey()), null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(6), r -> Money.format(r.priceFen()), null);
        text((TableColumn<SkuRow, SkuRow>) cols.get(7), r -> Integer.toString(r.stock()), (cell, r) -> {
            flag(cell, "low-stock", r.lowStock());
            cell.setTooltip(new Tooltip(messages.format("products.threshold.tooltip", r.lowStockThreshold())));
        });
        text((TableColumn<SkuRow, SkuRow>) cols.get(8), this::margin, (cell, r) ->
                flag(cell, "negative-margin", r.margin().map(Margin::negative).orElse(false)));
        text((TableColumn<SkuRow, SkuRow>) cols.get(9), r -> messages.get(r.pending().labelKey()), (cell, r) -> {
            for (PendingState s : PendingState.values()) {
                flag(cell, "pending-" + s.name().toLowerCase(java.util.Locale.ROOT), r.pending() == s);
            }
            cell.setId("products-sync-" + r.outerSkuId());
            cell.setTooltip(r.pendingMessage() == null ? null : new Tooltip(r.pendingMessage()));
        });
    }

    String margin(SkuRow r) {
        if (r.margin().isEmpty()) {
            return "";
        }
        Margin m = r.margin().get();
        if (!m.known()) {
            return messages.format("products.margin.noRate", m.currency());
        }
        return messages.format("products.margin.value", Money.format(m.marginFen()), m.percentOf(r.priceFen()));
    }

    private static void flag(TableCell<?, ?> cell, String styleClass, boolean on) {
        cell.getStyleClass().remove(styleClass);
        if (on) {
            cell.getStyleClass().add(styleClass);
        }
    }

    private static void text(TableColumn<SkuRow, SkuRow> column, Function<SkuRow, String> text,
                             BiConsumer<TableCell<SkuRow, SkuRow>, SkuRow> decorate) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SkuRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    setId(null);
                    getStyleClass().removeIf(s -> s.startsWith("pending-") || s.equals("low-stock")
                            || s.equals("negative-margin"));
                    return;
                }
                setText(text.apply(row));
                if (decorate != null) {
                    decorate.accept(this, row);
                }
            }
        });
    }

    private void thumbnail(TableColumn<SkuRow, SkuRow> column) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ImageView view = new ImageView();
            private final Label none = new Label(messages.get("products.thumbnail.none"));
            private final javafx.beans.value.ChangeListener<Boolean> failed = (o, was, error) -> {
                if (error) {
                    setGraphic(none);
                }
            };
            private Image watched;

            {
                view.setFitWidth(ThumbnailCache.SIZE);
                view.setFitHeight(ThumbnailCache.SIZE);
                view.setPreserveRatio(true);
                none.getStyleClass().add("thumbnail-placeholder");
            }

            @Override
            protected void updateItem(SkuRow row, boolean empty) {
                super.updateItem(row, empty);
                if (watched != null) {
                    watched.errorProperty().removeListener(failed);
                    watched = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Image image = thumbnails.get(row.thumbnailUrl());
                if (image == null || image.isError()) {
                    setGraphic(none);
                    return;
                }
                view.setImage(image);
                setGraphic(view);
                watched = image;
                image.errorProperty().addListener(failed);
            }
        });
    }
}
