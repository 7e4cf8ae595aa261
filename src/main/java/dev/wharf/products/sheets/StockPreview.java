package dev.wharf.products.sheets;

import dev.wharf.spreadsheet.ColumnMap;
import java.util.List;

/**
 * A dry run of a stock and price file: every data row with its status, nothing applied.
 *
 * @param fileName the file's name (messages name it)
 * @param sheet    the sheet read (0-based)
 * @param mapping  the columns used
 * @param rows     every data row, in file order
 */
public record StockPreview(String fileName, int sheet, ColumnMap<StockField> mapping, List<StockRow> rows) {
    public StockPreview {
        rows = List.copyOf(rows);
    }

    public long count(StockRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public long validCount() {
        return rows.stream().filter(StockRow::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public List<StockRow> invalid() {
        return rows.stream().filter(r -> !r.valid()).toList();
    }

    /** Valid rows of SKUs with a change still waiting in the outbox (this file's values win). */
    public long waitingCount() {
        return rows.stream().filter(r -> r.valid() && r.waiting()).count();
    }
}
