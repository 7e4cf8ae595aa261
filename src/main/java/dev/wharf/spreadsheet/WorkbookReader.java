package dev.wharf.spreadsheet;

import java.util.List;

/** A spreadsheet file opened for reading: its sheets, each streamed row by row. */
public interface WorkbookReader extends AutoCloseable {

    /** The sheet names in workbook order (a CSV file has one sheet, named after the file). */
    List<String> sheetNames();

    /**
     * Streams the rows of sheet {@code index} (0-based) to {@code sink}; blank rows are skipped. Throws
     * {@link SheetFileException} for a damaged or unsafe file, {@link Progress.CancelledException} when cancelled.
     */
    void read(int index, RowSink sink, Progress progress);

    @Override
    void close();
}
