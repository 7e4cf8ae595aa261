package dev.wharf.products.sheets;

import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuRow;
import dev.wharf.sync.outbox.OutboxEntry;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** What stock and price spreadsheets need from the shop (implemented by the store). */
public interface StockSheets {

    /** The current values of the SKUs with these outer ids; ids no SKU of the shop has are absent. */
    Map<String, SkuValues> current(Collection<String> outerSkuIds);

    /** How many SKUs {@link #forEach} would stream. */
    long count(SkuFilter filter);

    /** Streams the SKUs matching {@code filter} in list order (one snapshot). */
    void forEach(SkuFilter filter, Consumer<SkuRow> sink);

    /** Where these outbox entries stand (ids no longer in the outbox are absent). */
    Map<Long, Answer> answers(Collection<Long> outboxIds);

    /**
     * @param message the platform's message for a refusal, or the last transient error
     */
    record Answer(OutboxEntry.State state, String message) {
    }
}
