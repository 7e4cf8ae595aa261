package dev.wharf.shipping;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.spreadsheet.Cell;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a row passes on its own (empty cells, number cells, order id, carrier) and what the rows of one order
 * must share: an order may carry several parcels (several rows, or several numbers in one cell), all with one
 * company. The first row of each order is remembered while the file is read, and which orders have several rows;
 * what needs the shop (and the same number twice) is {@link Validator}'s.
 */
final class RowParser {
    private static final int MAX_EXACT_DIGITS = 15;

    private final String file;
    private final ColumnMapping mapping;
    private final Carriers carriers;
    private Map<String, RowResult> orders = new HashMap<>();
    private final Set<String> parcelOrders = new HashSet<>();

    RowParser(String file, ColumnMapping mapping, Carriers carriers) {
        this.file = file;
        this.mapping = mapping;
        this.carriers = carriers;
    }

    /** Forgets the orders seen (the file has been read; the parser only names places in messages from now on). */
    void doneReading() {
        orders = new HashMap<>();
    }

    /** The orders with more than one row in the file (their rows become one deliver with all their numbers). */
    Set<String> parcelOrders() {
        return parcelOrders;
    }

    RowResult parse(SheetRow row) {
        int orderCol = mapping.columns().get(Field.ORDER_ID);
        int trackCol = mapping.columns().get(Field.TRACKING);
        Cell orderCell = row.cell(orderCol);
        Cell trackCell = row.cell(trackCol);
        String orderId = Text.compact(orderCell.text());
        List<String> numbers = TrackingCell.numbers(trackCell.text());
        String tracking = numbers.size() == 1 ? numbers.get(0) : TrackingNumbers.join(numbers);
        RowResult r = new RowResult(row.number(), orderId, tracking, null, null, null);
        if (orderId.isEmpty()) {
            return r.rejected(Problem.EMPTY_FIELD, at(row, orderCol, "order id") + "is empty. Fill in the platform's "
                    + "order number (订单号) or delete the row.");
        }
        if (orderCell.numeric() && (orderId.length() > MAX_EXACT_DIGITS || orderId.contains("."))
                || Text.looksScientific(orderId)) {
            return r.rejected(Problem.NUMERIC_CELL, at(row, orderCol, "order id") + numberCellHint(orderCol));
        }
        if (!orderId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return r.rejected(Problem.BAD_ORDER_ID, at(row, orderCol, "order id") + "\"" + orderId + "\" is not an "
                    + "order number (digits only). Check that this column holds the platform's 订单号.");
        }
        // every row of an order counts as one of its parcels, a refused one too (it holds the order back)
        RowResult first = orders.get(orderId);
        if (first == null) {
            orders.put(orderId, r);
        } else {
            parcelOrders.add(orderId);
        }
        if (tracking.isEmpty()) {
            return r.rejected(Problem.EMPTY_FIELD, at(row, trackCol, "tracking number") + "is empty. Fill in the "
                    + "tracking number (物流单号) of order " + orderId + ", or delete the row to ship it later.");
        }
        if (trackCell.numeric() || numbers.stream().anyMatch(Text::looksScientific)) {
            return r.rejected(Problem.NUMERIC_CELL, at(row, trackCol, "tracking number") + numberCellHint(trackCol));
        }
        String twice = numbers.size() > 1 ? numbers.stream().filter(n -> numbers.indexOf(n) != numbers
                .lastIndexOf(n)).findFirst().orElse(null) : null;
        if (twice != null) {
            return r.rejected(Problem.DUPLICATE_ROW, at(row, trackCol, "tracking number") + "lists " + twice
                    + " twice. Write each parcel's number once.");
        }
        RowResult withCarrier = carrier(row, r);
        if (!withCarrier.valid()) {
            return withCarrier;
        }
        if (first == null || first.carrierCode() == null) {
            orders.put(orderId, withCarrier);
        } else if (!first.carrierCode().equals(withCarrier.carrierCode())) {
            return withCarrier.rejected(Problem.PARCEL_CARRIER, at(row, trackCol, "tracking number") + "order "
                    + orderId + " ships with " + first.carrierCode() + " on row " + first.row() + ", here with "
                    + withCarrier.carrierCode() + ". All parcels of an order travel with one company (it cannot "
                    + "change after shipping): correct the carrier on one of the rows.");
        }
        return withCarrier;
    }

    private RowResult carrier(SheetRow row, RowResult r) {
        Integer codeCol = mapping.columns().get(Field.CARRIER_CODE);
        Integer nameCol = mapping.columns().get(Field.CARRIER_NAME);
        String code = codeCol == null ? "" : Text.normalise(row.cell(codeCol).text());
        String name = nameCol == null ? "" : Text.normalise(row.cell(nameCol).text());
        int col = !code.isEmpty() || nameCol == null ? codeCol : nameCol;
        String given = code.isEmpty() ? name : code;
        if (given.isEmpty()) {
            return r.rejected(Problem.EMPTY_FIELD, at(row, col, "carrier") + "is empty. Fill in the logistics "
                    + "company's code (物流公司编号, e.g. Y073) or its name as in your logistics company list.");
        }
        String resolved = code.isEmpty() ? null : carriers.code(code).orElse(null);
        if (resolved == null) {
            resolved = carriers.resolve(given).orElse(null);
        }
        if (resolved == null) {
            List<String> several = carriers.candidates(given);
            String known = carriers.isEmpty() ? " The shop has no logistics companies yet: sync first."
                    : several.size() > 1 ? " It fits several: " + String.join(", ", several.stream()
                    .map(carriers::describe).toList()) + "; write the code instead."
                    : " Use a code or name from your logistics company list (synced from the platform), or ask "
                    + "the platform to add this company.";
            return r.rejected(Problem.UNKNOWN_CARRIER, at(row, col, "carrier") + "\"" + given + "\" is not one of "
                    + "your logistics companies." + known);
        }
        return new RowResult(r.row(), r.orderId(), r.tracking(), resolved, null, null);
    }

    private String numberCellHint(int col) {
        String c = SheetRow.columnName(col);
        return "is stored as a number, so Excel has already rounded it (digits past the 15th are lost; it may show "
                + "as 9.40011E+21). It is not imported. In Excel: select column " + c + ", Format Cells → Text, then "
                + "type or paste the numbers again from the original source (pasting as text keeps every digit).";
    }

    String at(SheetRow row, int col, String field) {
        return at(row.number(), col, field);
    }

    String at(int row, int col, String field) {
        return file + ", row " + row + ", " + mapping.describe(col) + ", " + field + ": ";
    }
}
