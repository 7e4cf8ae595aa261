package dev.wharf.shipping;

import java.util.List;

/**
 * A dry run: every data row of a file with its status and message, nothing applied.
 *
 * @param fileName the file's name (messages name it)
 * @param sheet    the sheet read (0-based)
 * @param mapping  the columns used
 * @param leg      the leg the file ships
 * @param rows     every data row, in file order
 */
public record ImportPreview(String fileName, int sheet, ColumnMapping mapping, Leg leg, List<RowResult> rows) {
    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long validCount() {
        return rows.stream().filter(RowResult::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public List<RowResult> invalid() {
        return rows.stream().filter(r -> !r.valid()).toList();
    }
}
