package dev.wharf.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A grid of SKUs whose stock and prices the user edits together before one push. Every operation (set, plus/minus
 * an amount or a percent, fill down) changes the chosen cells as one step that {@link #undo()} takes back and
 * {@link #redo()} applies again. Values are stock units or fen; VIP and new-customer price 0 mean none. Pure: no
 * database, no JavaFX.
 */
public final class BulkEdit {

    /** The editable columns. */
    public enum Field {
        STOCK, PRICE, VIP_PRICE, NEW_CUSTOMER_PRICE;

        public boolean money() {
            return this != STOCK;
        }
    }

    /** One step: the cells it touched with their values before and after. */
    private record Step(List<Integer> rows, Field field, long[] before, long[] after) {
    }

    private final List<SkuRow> rows;
    private final long[][] original;
    private final long[][] values;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public BulkEdit(List<SkuRow> skus) {
        this.rows = List.copyOf(skus);
        this.original = new long[rows.size()][];
        this.values = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            SkuRow r = rows.get(i);
            original[i] = new long[] {r.stock(), r.priceFen(), orZero(r.vipPriceFen()), orZero(r.newCustomerPriceFen())};
            values[i] = original[i].clone();
        }
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    public int size() {
        return rows.size();
    }

    public SkuRow row(int index) {
        return rows.get(index);
    }

    public long value(int row, Field field) {
        return values[row][field.ordinal()];
    }

    public boolean changed(int row, Field field) {
        return values[row][field.ordinal()] != original[row][field.ordinal()];
    }

    /** Sets the cells of {@code field} in {@code rows} to {@code value}. */
    public void set(Field field, List<Integer> selected, long value) {
        apply(field, selected, old -> value);
    }

    /** Adds {@code delta} (negative: subtracts) to each cell. */
    public void adjust(Field field, List<Integer> selected, long delta) {
        apply(field, selected, old -> Math.addExact(old, delta));
    }

    /** Changes each cell by {@code percent} (e.g. 10 or -5.5), rounded half-up to a unit or a fen. */
    public void adjustPercent(Field field, List<Integer> selected, BigDecimal percent) {
        BigDecimal factor = BigDecimal.valueOf(100).add(percent);
        apply(field, selected, old -> BigDecimal.valueOf(old).multiply(factor)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Copies the value of the first selected row to the other selected rows. */
    public void fillDown(Field field, List<Integer> selected) {
        List<Integer> sorted = sorted(selected);
        if (sorted.size() < 2) {
            return;
        }
        long first = value(sorted.get(0), field);
        apply(field, sorted.subList(1, sorted.size()), old -> first);
    }

    private interface Op {
        long next(long old);
    }

    private void apply(Field field, List<Integer> selected, Op op) {
        List<Integer> sorted = sorted(selected);
        if (sorted.isEmpty()) {
            return;
        }
        long[] before = new long[sorted.size()];
        long[] after = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            before[i] = value(sorted.get(i), field);
            after[i] = op.next(before[i]);
        }
        Step step = new Step(sorted, field, before, after);
        write(step, step.after());
        undo.push(step);
        redo.clear();
    }

    private List<Integer> sorted(List<Integer> selected) {
        TreeSet<Integer> set = new TreeSet<>();
        for (Integer i : selected) {
            if (i == null || i < 0 || i >= rows.size()) {
                throw new IndexOutOfBoundsException("row " + i + " of " + rows.size());
            }
            set.add(i);
        }
        return new ArrayList<>(set);
    }

    private void write(Step step, long[] data) {
        for (int i = 0; i < step.rows().size(); i++) {
            values[step.rows().get(i)][step.field().ordinal()] = data[i];
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        Step step = undo.pop();
        write(step, step.before());
        redo.push(step);
    }

    public void redo() {
        Step step = redo.pop();
        write(step, step.after());
        undo.push(step);
    }

    /** The rule a cell breaks, as a bundle key, or empty: price &gt; 0, the other prices and stock ≥ 0. */
    public Optional<String> problem(int row, Field field) {
        long v = value(row, field);
        if (field == Field.PRICE && v <= 0) {
            return Optional.of("products.invalid.price");
        }
        if (v < 0) {
            return Optional.of(field == Field.STOCK ? "products.invalid.stock" : "products.invalid.otherPrice");
        }
        if (field == Field.STOCK && v > Integer.MAX_VALUE) {
            return Optional.of("products.invalid.stock");
        }
        return Optional.empty();
    }

    /** True when no cell breaks a rule. */
    public boolean valid() {
        for (int r = 0; r < rows.size(); r++) {
            for (Field f : Field.values()) {
                if (problem(r, f).isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The SKUs whose stock or prices differ from what the grid started with, in grid order. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean stock = changed(r, Field.STOCK);
            boolean price = changed(r, Field.PRICE) || changed(r, Field.VIP_PRICE)
                    || changed(r, Field.NEW_CUSTOMER_PRICE);
            if (stock || price) {
                out.add(new Change(rows.get(r).outerSkuId(), stock ? (int) value(r, Field.STOCK) : null,
                        price ? new Prices(value(r, Field.PRICE), value(r, Field.VIP_PRICE),
                                value(r, Field.NEW_CUSTOMER_PRICE)) : null));
            }
        }
        return out;
    }

    /** New prices in fen (VIP and new-customer 0: none). */
    public record Prices(long priceFen, long vipPriceFen, long newCustomerPriceFen) {
    }

    /**
     * What one SKU's push sends.
     *
     * @param stock  the new stock, or null when unchanged
     * @param prices the new prices, or null when unchanged
     */
    public record Change(String outerSkuId, Integer stock, Prices prices) {
    }
}
