package dev.wharf.orders.ui;

import dev.wharf.orders.OrderFilter;
import dev.wharf.ui.task.WorkContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * "Export for shipping" from the Orders screen (issue 6: from any filter of the orders list, or all): the orders
 * awaiting shipment among the selected ones, or among every order the list shows with its tab, filters and search,
 * written to the platform's bulk shipping template by the Shipping feature's exporter (masking and audit per role as
 * there, decision 0009). The composition root supplies it; {@link #export} runs on a worker thread.
 */
public interface ShippingExport {
    /**
     * Writes the file (.csv by its name, else .xlsx) and returns what was written. Reports progress and stops when
     * {@code ctx} is cancelled (then no file and no audit lines are left).
     *
     * @param orderIds the selected orders; empty = every order {@code filter} shows
     */
    Result export(List<String> orderIds, OrderFilter filter, Path file, WorkContext ctx);

    /** The folder of the last export written (this run of the app), where the file chooser opens next. */
    Optional<Path> lastFolder();

    /** How many orders were written, and whether their phone numbers were masked. */
    record Result(long orders, boolean masked) {
    }
}
