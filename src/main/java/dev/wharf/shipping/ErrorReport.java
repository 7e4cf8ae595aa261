package dev.wharf.shipping;

import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.XlsxWriter;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.Text;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.privacy.Masking;
import dev.wharf.privacy.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The error report of a dry run: the file's header and data rows as they were, plus a status and a message column,
 * as .xlsx (the tracking and carrier columns text-formatted). Corrected, it imports again: the two extra columns are
 * ignored. Written to a temporary file first and moved into place, so a failed write leaves nothing half-done.
 * Phone columns of the file (e.g. the export's 收件人手机) are personal data: written masked unless the profile's role
 * may export them unmasked, then the report's orders are audited first (decision 0009).
 */
public final class ErrorReport {
    public static final String STATUS_HEADER = "状态 Status";
    public static final String MESSAGE_HEADER = "说明 Message";
    public static final String OK = "OK";
    public static final String ERROR = "错误 ERROR";

    private ErrorReport() {
    }

    /** Header words that make a column a phone number (personal data). */
    private static final List<String> PHONE_WORDS = List.of("手机", "电话", "mobile", "phone");

    /**
     * @param onlyInvalid write only the refused rows (after the valid ones were applied), else every row
     * @param personal    decides whether phone columns are written unmasked (audited) or masked
     * @return the number of data rows written
     */
    public static int write(WorkbookReader reader, ImportPreview preview, Path out, boolean onlyInvalid,
                            Progress progress, PersonalData personal) {
        Map<Integer, RowResult> byRow = new HashMap<>();
        preview.rows().forEach(r -> byRow.put(r.row(), r));
        ColumnMapping mapping = preview.mapping();
        int width = mapping.headers().size();
        List<Integer> phones = phoneColumns(mapping.headers());
        boolean unmasked = !phones.isEmpty() && personal.access().mayExportUnmasked();
        if (unmasked) {
            List<String> ids = preview.rows().stream().filter(r -> !(onlyInvalid && r.valid()))
                    .map(RowResult::orderId).filter(id -> id != null && !id.isBlank()).distinct().toList();
            personal.recordExport("receiver_mobile", ids, out.toAbsolutePath().toString());
        }
        List<Integer> editable = new ArrayList<>();
        for (Field f : new Field[] {Field.ORDER_ID, Field.CARRIER_CODE, Field.CARRIER_NAME, Field.TRACKING}) {
            mapping.column(f).ifPresent(editable::add);
        }
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        int[] written = {0};
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                 XlsxWriter w = new XlsxWriter(os, "report", width + 2, editable, false)) {
                List<String> header = new ArrayList<>(mapping.headers());
                header.add(STATUS_HEADER);
                header.add(MESSAGE_HEADER);
                w.header(header);
                reader.read(preview.sheet(), row -> {
                    RowResult r = byRow.get(row.number());
                    if (r == null || onlyInvalid && r.valid()) {
                        return;
                    }
                    List<String> cells = new ArrayList<>(width + 2);
                    for (int i = 0; i < width; i++) {
                        String text = row.cell(i).text();
                        cells.add(!unmasked && phones.contains(i) ? Masking.phone(text) : text);
                    }
                    cells.add(r.valid() ? OK : ERROR);
                    cells.add(r.valid() ? "" : r.message());
                    w.row(cells);
                    written[0]++;
                }, progress);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written[0];
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error matters more
            }
            if (e instanceof RuntimeException re && !(e instanceof java.io.UncheckedIOException)) {
                throw re;
            }
            throw new SheetFileException("The error report could not be written to " + out + ": " + e.getMessage()
                    + ". Choose another folder.", e);
        }
    }

    /** The columns whose header names a phone number. */
    static List<Integer> phoneColumns(List<String> headers) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = Text.key(headers.get(i));
            if (PHONE_WORDS.stream().anyMatch(key::contains)) {
                out.add(i);
            }
        }
        return out;
    }
}
