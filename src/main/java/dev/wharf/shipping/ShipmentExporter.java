package dev.wharf.shipping;

import dev.wharf.privacy.Masking;
import dev.wharf.privacy.PersonalData;
import dev.wharf.spreadsheet.FileOutput;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetWriter;
import dev.wharf.spreadsheet.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Orders awaiting shipment to the platform's bulk shipping template (序号, 订单号, 物流公司编号, 物流单号) plus read-only
 * helper columns, as .xlsx (streamed; the company and tracking columns text-formatted and editable, the rest
 * locked) or as CSV in UTF-8 with a byte-order mark (formula-like cells neutralised). Written to a temporary file
 * and moved into place. Receivers' phone numbers are written masked unless the profile's role may export them
 * unmasked; then every exported order is written to the audit log before the file (decision 0009).
 */
public final class ShipmentExporter {
    /** The platform's template columns, then the helpers. */
    public static final List<String> HEADERS = List.of("序号", "订单号", "物流公司编号", "物流单号", "收件人", "收件地址",
            "收件人手机", "商品", "物流方式", "发货段", "买家留言", "交易号");
    /** The columns staff fill in (0-based): 物流公司编号 and 物流单号. */
    public static final List<Integer> EDITABLE = List.of(2, 3);

    /** The personal columns of the export, as the audit log names them. */
    public static final String PERSONAL_COLUMNS = "receiver_name,receiver_address,receiver_mobile";

    private final ShipmentSource source;
    private final PersonalData personal;

    public ShipmentExporter(ShipmentSource source, PersonalData personal) {
        this.source = Objects.requireNonNull(source, "source");
        this.personal = Objects.requireNonNull(personal, "personal");
    }

    /** Whether this profile's exports carry unmasked phone numbers (audited) rather than masked ones. */
    public boolean unmasked() {
        return personal.access().mayExportUnmasked();
    }

    /**
     * Writes the file (.csv by its name, else .xlsx); returns the number of orders. With unmasked access the orders
     * written are recorded in the audit log before the finished file takes its name: an export that fails or is
     * cancelled leaves neither a file nor audit lines, and no unmasked file exists without its audit lines.
     */
    public long export(ShipmentSource.Filter filter, Path out, Progress progress) {
        boolean unmasked = unmasked();
        List<String> written = new ArrayList<>();
        boolean csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        long total = source.count(filter);
        long[] n = {0};
        String leg = filter.leg() == Leg.DOMESTIC ? "国内段 domestic" : "国际段 international";
        FileOutput.write(out, os -> {
            SheetWriter w = csv ? SheetWriter.csv(os)
                    : SheetWriter.xlsx(new XlsxWriter(os, "发货 shipments", HEADERS.size(), EDITABLE, true));
            try (w) {
                w.header(HEADERS);
                source.awaiting(filter, r -> {
                    n[0]++;
                    if (n[0] % 1000 == 0) {
                        progress.checkCancelled();
                        progress.progress(n[0], total);
                    }
                    written.add(r.orderId());
                    w.row(List.of(Long.toString(n[0]), r.orderId(), "", "", nz(r.receiverName()),
                            nz(r.receiverAddress()), nz(unmasked ? r.receiverMobile()
                                    : Masking.phone(r.receiverMobile())), nz(r.items()),
                            deliveryType(r.deliveryType()), leg, nz(r.buyerRemark()), nz(r.tradeId())));
                });
            }
            // the file is complete (closed); the audit lines come before it takes its name
            progress.checkCancelled();
            if (unmasked) {
                personal.recordExport(PERSONAL_COLUMNS, written, out.toAbsolutePath().toString());
            }
        }, "The export", "Choose another folder, or close the file if Excel has it open.");
        progress.progress(n[0], total);
        return n[0];
    }

    /** "拼邮 consolidated" and so on. */
    public static String deliveryType(int type) {
        return switch (type) {
            case 2 -> "直邮 direct mail";
            case 3 -> "贝海直邮 official direct mail";
            case 4 -> "第三方保税 bonded";
            case 5 -> "官方保税 official bonded";
            case 7 -> "拼邮 consolidated";
            default -> Integer.toString(type);
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
