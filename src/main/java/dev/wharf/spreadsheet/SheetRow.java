package dev.wharf.spreadsheet;

import java.util.List;

/**
 * A row of a sheet.
 *
 * @param number the row number as the spreadsheet shows it (1-based)
 * @param cells  by column (A = 0); missing cells are {@link Cell#EMPTY}
 */
public record SheetRow(int number, List<Cell> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        for (Cell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "A", "B", … "AA" for a 0-based column. */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
