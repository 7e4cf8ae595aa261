package dev.wharf.spreadsheet;

import java.util.Map;
import java.util.Optional;

/**
 * Mappings the user adjusted, remembered per header layout ({@link ColumnMap#layoutKey()}) as field id → 0-based
 * column, so the next file with the same headers maps itself. Each feature keeps its own (in the shop database).
 */
public interface LayoutMemory {
    LayoutMemory NONE = new LayoutMemory() {
        @Override
        public Optional<Map<String, Integer>> find(String layoutKey) {
            return Optional.empty();
        }

        @Override
        public void remember(String layoutKey, Map<String, Integer> columns) {
        }
    };

    Optional<Map<String, Integer>> find(String layoutKey);

    void remember(String layoutKey, Map<String, Integer> columns);
}
