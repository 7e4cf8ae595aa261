package dev.wharf.shipping;

import java.util.List;
import java.util.Set;

/**
 * A dry run: every data row of a file with its status and message, nothing applied.
 *
 * @param fileName the file's name (messages name it)
 * @param sheet    the sheet read (0-based)
 * @param mapping  the columns used
 * @param leg      the leg the file ships
 * @param rows     every data row, in file order
 * @param parcelOrders the orders with several rows (parcels): each ships as ONE deliver with all their numbers
 */
public record ImportPreview(String fileName, int sheet, ColumnMapping mapping, Leg leg, List<RowResult> rows,
                            Set<String> parcelOrders) {
    public ImportPreview {
        rows = List.copyOf(rows);
        parcelOrders = Set.copyOf(parcelOrders);
    }

    /** A dry run whose orders have one row each. */
    public ImportPreview(String fileName, int sheet, ColumnMapping mapping, Leg leg, List<RowResult> rows) {
        this(fileName, sheet, mapping, leg, rows, Set.of());
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
