package dev.wharf.products.sheets;

import dev.wharf.spreadsheet.Cell;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The checks a row of a stock and price file passes on its own (outer SKU id, number cells, stock and price
 * formats) and duplicates within the file; whether the SKU is in the shop is {@link StockImporter}'s.
 */
final class StockRowParser {
    private static final int MAX_EXACT_DIGITS = 15;
    /** Excel keeps 15 significant digits: a price typed as 19.9 may be stored as 19.899999999999999. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final String file;
    private final ColumnMap<StockField> mapping;
    private final Map<String, Integer> firstRow = new HashMap<>();

    StockRowParser(String file, ColumnMap<StockField> mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    StockRow parse(SheetRow row) {
        int idCol = mapping.columns().get(StockField.OUTER_ID);
        Cell idCell = row.cell(idCol);
        String id = Text.compact(idCell.text());
        StockRow r = new StockRow(row.number(), id, null, null, null, null, null, null, null);
        if (id.isEmpty()) {
            return r.refused(StockProblem.EMPTY_ID, at(row, idCol, StockField.OUTER_ID) + "is empty. Fill in the "
                    + "SKU's outer id (商家编码) as in the products list, or delete the row.");
        }
        if (idCell.numeric() && (id.length() > MAX_EXACT_DIGITS || id.contains(".")) || Text.looksScientific(id)) {
            return r.refused(StockProblem.NUMERIC_CELL, at(row, idCol, StockField.OUTER_ID) + "is stored as a "
                    + "number, so Excel has already rounded it (digits past the 15th are lost; it may show as "
                    + "1.23457E+17). It is not imported. In Excel: select column " + SheetRow.columnName(idCol)
                    + ", Format Cells → Text, then type or paste the ids again from the products export.");
        }
        Integer first = firstRow.putIfAbsent(id, row.number());
        if (first != null) {
            return r.refused(StockProblem.DUPLICATE_ROW, at(row, idCol, StockField.OUTER_ID) + "SKU " + id
                    + " is already on row " + first + ". Keep one row per SKU: delete this row or the other one.");
        }
        Integer stock = null;
        Long[] prices = new Long[3];
        StockField[] priceFields = {StockField.PRICE, StockField.VIP_PRICE, StockField.NEW_CUSTOMER_PRICE};
        try {
            Integer stockCol = mapping.columns().get(StockField.STOCK);
            if (stockCol != null) {
                stock = stock(row, stockCol);
            }
            for (int i = 0; i < priceFields.length; i++) {
                Integer col = mapping.columns().get(priceFields[i]);
                if (col != null) {
                    prices[i] = price(row, col, priceFields[i]);
                }
            }
        } catch (Refused e) {
            return r.refused(e.problem, e.getMessage());
        }
        return new StockRow(row.number(), id, null, stock, prices[0], prices[1], prices[2], null, null);
    }

    private Integer stock(SheetRow row, int col) {
        String text = Text.compact(row.cell(col).text());
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal n = number(text);
        if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new Refused(StockProblem.BAD_STOCK, at(row, col, StockField.STOCK) + "\"" + text + "\" is not a "
                    + "stock: write a whole number of 0 or more (e.g. 12), or leave the cell empty to keep the "
                    + "current stock.");
        }
        return n.intValueExact();
    }

    private Long price(SheetRow row, int col, StockField field) {
        Cell cell = row.cell(col);
        String text = Text.compact(cell.text());
        if (text.startsWith("¥") || text.startsWith("￥")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal n = number(text);
        if (n != null && cell.numeric()) {
            n = n.round(EXCEL_DIGITS);
        }
        boolean main = field == StockField.PRICE;
        if (n == null || n.stripTrailingZeros().scale() > 2 || (main ? n.signum() <= 0 : n.signum() < 0)) {
            throw new Refused(StockProblem.BAD_PRICE, at(row, col, field) + "\"" + text + "\" is not a valid "
                    + (main ? "price: write an amount above 0" : "price: write an amount of 0 or more (0 = none)")
                    + " in yuan with at most 2 decimals (e.g. 19.90), or leave the cell empty to keep the current "
                    + "price.");
        }
        return n.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    /** A plain decimal ("12", "19.90", "1,200"), or null. */
    private static BigDecimal number(String text) {
        String t = text.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? text.replace(",", "") : text;
        if (!t.matches("-?\\d{1,15}(\\.\\d{1,20})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    String at(SheetRow row, int col, StockField field) {
        return at(row.number(), col, field);
    }

    String at(int row, int col, StockField field) {
        return file + ", row " + row + ", " + mapping.describe(col) + ", " + field.id().replace('_', ' ') + ": ";
    }

    /** A cell that refuses the row. */
    private static final class Refused extends RuntimeException {
        final StockProblem problem;

        Refused(StockProblem problem, String message) {
            super(message, null, false, false);
            this.problem = problem;
        }
    }
}
