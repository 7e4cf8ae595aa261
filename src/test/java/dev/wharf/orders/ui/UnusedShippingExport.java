package dev.wharf.orders.ui;

import dev.wharf.orders.OrderFilter;
import dev.wharf.ui.task.WorkContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** For screen tests that load the Orders screen but never export: an export there fails the test. */
final class UnusedShippingExport implements ShippingExport {
    @Override
    public Result export(List<String> orderIds, OrderFilter filter, Path file, WorkContext ctx) {
        throw new AssertionError("not in these tests");
    }

    @Override
    public Optional<Path> lastFolder() {
        return Optional.empty();
    }
}
