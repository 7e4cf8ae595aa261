package dev.wharf.cli;

import dev.wharf.spreadsheet.SheetFileException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options every spreadsheet import takes (`wharf shipments import`, `wharf products import-stock`), as a picocli
 * mixin; each command adds its own --mapping (its fields differ) and what else it needs.
 */
final class ImportOptions {
    @Option(names = "--sheet", paramLabel = "N", defaultValue = "1", description = "The sheet to read (1 = first).")
    int sheet;

    @Option(names = "--dry-run", description = "Validate and report; apply nothing.")
    boolean dryRun;

    @Option(names = "--apply-valid", description = "Apply the valid rows even when others are refused.")
    boolean applyValid;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write an error report (.xlsx: the rows plus status and message) to correct and import "
                    + "again.")
    Path report;

    /** The 0-based sheet index. */
    int sheetIndex() {
        return sheet - 1;
    }

    /** A --mapping file: lines {@code field=header or column letter}, read as UTF-8. */
    static Map<String, String> readMapping(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new SheetFileException("The mapping file " + file + " cannot be read: " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : List.copyOf(p.stringPropertyNames())) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }
}
