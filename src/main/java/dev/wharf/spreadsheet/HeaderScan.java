package dev.wharf.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an import's header row: among the first 30 rows, one whose layout has a remembered mapping, else the row
 * naming the most fields by synonyms (at least two), else the first row with nothing mapped (the user maps it by
 * hand). Decision 0011.
 */
public final class HeaderScan {
    /** The header row is looked for among this many first non-blank rows. */
    public static final int HEADER_SCAN_ROWS = 30;

    private HeaderScan() {
    }

    /**
     * @param remembered the remembered columns of a header layout, if any
     */
    public static <F extends SheetField> ColumnMap<F> detect(WorkbookReader reader, int sheet, String fileName,
                                                           F[] fields,
                                                           Function<String, Optional<Map<F, Integer>>> remembered) {
        List<SheetRow> head = new ArrayList<>();
        try {
            reader.read(sheet, row -> {
                head.add(row);
                if (head.size() >= HEADER_SCAN_ROWS) {
                    throw new StopReading();
                }
            }, Progress.NONE);
        } catch (StopReading done) {
            // enough rows
        }
        ColumnMap<F> best = null;
        for (SheetRow row : head) {
            ColumnMap<F> m = ColumnMap.bySynonyms(row, fields);
            if (m.columns().size() >= 2 || best == null) {
                Optional<Map<F, Integer>> known = remembered.apply(m.layoutKey());
                if (known.isPresent()) {
                    return new ColumnMap<>(m.headerRow(), m.headers(), known.get());
                }
            }
            if (m.columns().size() >= 2 && (best == null || m.columns().size() > best.columns().size())) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        if (head.isEmpty()) {
            throw new SheetFileException(fileName + " has no rows in sheet " + (sheet + 1) + ".");
        }
        return ColumnMap.bySynonyms(head.get(0), fields);
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
