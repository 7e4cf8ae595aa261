package dev.wharf.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The error report of an import's dry run, for any feature: the file's header and data rows as they were read, plus
 * a status and a message column, as .xlsx (the editable columns text-formatted). Corrected, it imports again: the
 * two extra columns are ignored. Written to a temporary file and moved into place (decision 0011).
 */
public final class ReportWriter {
    public static final String STATUS_HEADER = "状态 Status";
    public static final String MESSAGE_HEADER = "说明 Message";
    public static final String OK = "OK";
    public static final String ERROR = "错误 ERROR";

    private ReportWriter() {
    }

    /**
     * What the import made of a row.
     *
     * @param message why it was refused (ignored for a valid row)
     */
    public record Verdict(boolean valid, String message) {
    }

    /** What is written for a cell as read (e.g. a phone number masked). */
    @FunctionalInterface
    public interface Cells {
        Cells AS_READ = (column, text) -> text;

        String cell(int column, String text);
    }

    /**
     * @param verdicts    the verdict of a row by its number (null: not a data row of the import, not written)
     * @param onlyInvalid write only the refused rows (after the valid ones were applied), else every row
     * @param editable    0-based columns staff correct (text-formatted, unlocked)
     * @return the number of data rows written
     */
    public static int write(WorkbookReader reader, int sheet, List<String> headers, IntFunction<Verdict> verdicts,
                            boolean onlyInvalid, List<Integer> editable, Cells cells, Path out, Progress progress) {
        int width = headers.size();
        int[] written = {0};
        FileOutput.write(out, os -> {
            try (XlsxWriter w = new XlsxWriter(os, "report", width + 2, editable, false)) {
                List<String> header = new ArrayList<>(headers);
                header.add(STATUS_HEADER);
                header.add(MESSAGE_HEADER);
                w.header(header);
                reader.read(sheet, row -> {
                    Verdict v = verdicts.apply(row.number());
                    if (v == null || onlyInvalid && v.valid()) {
                        return;
                    }
                    List<String> line = new ArrayList<>(width + 2);
                    for (int i = 0; i < width; i++) {
                        line.add(cells.cell(i, row.cell(i).text()));
                    }
                    line.add(v.valid() ? OK : ERROR);
                    line.add(v.valid() ? "" : v.message());
                    w.row(line);
                    written[0]++;
                }, progress);
            }
        }, "The error report", "Choose another folder.");
        return written[0];
    }
}
