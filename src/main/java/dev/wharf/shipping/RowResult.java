package dev.wharf.shipping;

/**
 * One data row of an import after validation.
 *
 * @param row         the spreadsheet's row number
 * @param orderId     normalised order id (may be blank when the row has none)
 * @param tracking    normalised tracking number
 * @param carrierCode the platform company code, or null when unknown
 * @param problem     null for a valid row
 * @param message     what is wrong and what to do (null for a valid row)
 */
public record RowResult(int row, String orderId, String tracking, String carrierCode, Problem problem,
                        String message) {

    public boolean valid() {
        return problem == null;
    }

    RowResult rejected(Problem p, String why) {
        return new RowResult(row, orderId, tracking, carrierCode, p, why);
    }
}
