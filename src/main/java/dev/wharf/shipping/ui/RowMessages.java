package dev.wharf.shipping.ui;

import dev.wharf.shipping.ColumnMapping;
import dev.wharf.shipping.Field;
import dev.wharf.shipping.ImportLog;
import dev.wharf.shipping.Problem;
import dev.wharf.shipping.RowResult;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.ui.i18n.Messages;

/**
 * The core's row messages are English with a {@link Problem} code; the screen shows them in the user's language
 * from the code, with the row, the column (letter and header), the order id and the tracking number as arguments.
 */
final class RowMessages {
    private final Messages messages;

    RowMessages(Messages messages) {
        this.messages = messages;
    }

    /** "OK", or the localised reason a row is refused. */
    String of(RowResult r, ColumnMapping mapping) {
        if (r.valid()) {
            return messages.get("shipping.row.ok");
        }
        return messages.format(ShippingKeys.problem(r.problem()), r.row(), column(r, mapping),
                nz(r.orderId()), nz(r.tracking()));
    }

    /** "Refused" or "Valid". */
    String status(RowResult r) {
        return messages.get(r.valid() ? "shipping.row.valid" : "shipping.row.invalid");
    }

    /** What the platform answered for an applied row. */
    String result(ImportLog.ResultRow r) {
        return switch (r.state()) {
            case PENDING, SENDING -> messages.get("shipping.result.waiting");
            case DONE -> messages.get("shipping.result.confirmed");
            case REJECTED -> messages.format("shipping.result.refused", nz(r.message()));
            case DISCARDED -> messages.get("shipping.result.discarded");
        };
    }

    /** The column the problem is about, e.g. "C (物流单号)". */
    static String column(RowResult r, ColumnMapping m) {
        Field f = switch (r.problem()) {
            case EMPTY_FIELD -> blank(r.orderId()) ? Field.ORDER_ID : blank(r.tracking()) ? Field.TRACKING : carrier(m);
            case NUMERIC_CELL -> !blank(r.orderId()) && r.orderId().chars().allMatch(Character::isDigit)
                    ? Field.TRACKING : Field.ORDER_ID;
            case UNKNOWN_CARRIER, PARCEL_CARRIER -> carrier(m);
            case TRACKING_REUSED, CONSOLIDATED_LIMIT, PARCEL_INCOMPLETE -> Field.TRACKING;
            default -> Field.ORDER_ID;
        };
        return m.column(f).map(c -> {
            String h = c < m.headers().size() ? m.headers().get(c).strip() : "";
            return SheetRow.columnName(c) + (h.isEmpty() ? "" : " (" + h + ")");
        }).orElse("");
    }

    private static Field carrier(ColumnMapping m) {
        return m.column(Field.CARRIER_CODE).isPresent() ? Field.CARRIER_CODE : Field.CARRIER_NAME;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
