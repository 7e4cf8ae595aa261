package dev.wharf.shipping;

import java.util.Map;
import java.util.Optional;

/**
 * Mappings the user adjusted, remembered per header layout ({@link ColumnMapping#layoutKey()}), so the next file
 * from the same forwarder maps itself. Kept in the shop database (decision 0011).
 */
public interface MappingMemory {
    MappingMemory NONE = new MappingMemory() {
        @Override
        public Optional<Map<Field, Integer>> find(String layoutKey) {
            return Optional.empty();
        }

        @Override
        public void remember(String layoutKey, Map<Field, Integer> columns) {
        }
    };

    Optional<Map<Field, Integer>> find(String layoutKey);

    void remember(String layoutKey, Map<Field, Integer> columns);
}
