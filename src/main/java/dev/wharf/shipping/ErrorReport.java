package dev.wharf.shipping;

import dev.wharf.privacy.Masking;
import dev.wharf.privacy.PersonalData;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.ReportWriter;
import dev.wharf.spreadsheet.Text;
import dev.wharf.spreadsheet.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The error report of a shipment dry run ({@link ReportWriter}: the file's rows as they were plus a status and a
 * message column; the tracking and carrier columns text-formatted). Corrected, it imports again.
 * Phone columns of the file (e.g. the export's 收件人手机) are personal data: written masked unless the profile's role
 * may export them unmasked, then the report's orders are audited first (decision 0009).
 */
public final class ErrorReport {
    public static final String STATUS_HEADER = ReportWriter.STATUS_HEADER;
    public static final String MESSAGE_HEADER = ReportWriter.MESSAGE_HEADER;
    public static final String OK = ReportWriter.OK;
    public static final String ERROR = ReportWriter.ERROR;

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
        return ReportWriter.write(reader, preview.sheet(), mapping.headers(), n -> {
            RowResult r = byRow.get(n);
            return r == null ? null : new ReportWriter.Verdict(r.valid(), r.message());
        }, onlyInvalid, editable, (col, text) -> !unmasked && phones.contains(col) ? Masking.phone(text) : text,
                out, progress);
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
