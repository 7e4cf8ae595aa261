package dev.wharf.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What SQLite's {@code integrity_check} and {@code foreign_key_check} found.
 *
 * @param problems one line per problem; empty when the file is sound
 */
public record IntegrityReport(Path file, int schemaVersion, long sizeBytes, List<String> problems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
