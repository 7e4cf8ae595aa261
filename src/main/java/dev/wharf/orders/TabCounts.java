package dev.wharf.orders;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many orders each tab holds (search and filters aside). */
public record TabCounts(Map<OrderTab, Long> counts) {
    public TabCounts {
        EnumMap<OrderTab, Long> copy = new EnumMap<>(OrderTab.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public long of(OrderTab tab) {
        return counts.getOrDefault(tab, 0L);
    }
}
