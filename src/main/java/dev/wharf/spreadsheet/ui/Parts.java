package dev.wharf.spreadsheet.ui;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.WorkContext;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small pieces the spreadsheet import screens (Shipping, products' stock and price) build their steps from. */
public final class Parts {
    private Parts() {
    }

    /** The core's progress and cancel, through a background task's context. */
    public static Progress progress(WorkContext ctx) {
        return new Progress() {
            @Override
            public void progress(long done, long total) {
                ctx.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ctx.isCancelled();
            }
        };
    }

    /** Adds a read-only text column titled by bundle key {@code key}. */
    public static <R> void column(Messages messages, TableView<R> table, String key, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        table.getColumns().add(c);
    }

    /** Shows or hides a step, taking no room while hidden. */
    public static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
