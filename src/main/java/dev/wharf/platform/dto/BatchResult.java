package dev.wharf.platform.dto;

import java.util.List;

/** Content of a batch call: {@code {"results": [...]}}, one entry per item sent. */
public record BatchResult<T extends ItemResult>(List<T> results) {
    public BatchResult {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public List<T> failures() {
        return results.stream().filter(r -> !r.ok()).toList();
    }
}
