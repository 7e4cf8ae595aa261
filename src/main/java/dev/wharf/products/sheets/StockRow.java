package dev.wharf.products.sheets;

/**
 * One data row of a stock and price file after validation. A null new value means the cell was empty: unchanged.
 *
 * @param row        the spreadsheet's row number
 * @param outerSkuId normalised outer SKU id (may be blank)
 * @param before     the SKU's values in the shop (null when unknown)
 * @param problem    null for a valid row
 * @param message    what is wrong and what to do (null for a valid row); for a valid row of a SKU with a change
 *                   waiting, see {@link #waiting()}
 */
public record StockRow(int row, String outerSkuId, SkuValues before, Integer stock, Long priceFen, Long vipPriceFen,
                       Long newCustomerPriceFen, StockProblem problem, String message) {

    /** What the row does. */
    public enum Status { CHANGED, UNCHANGED, REFUSED }

    public boolean valid() {
        return problem == null;
    }

    public Status status() {
        if (!valid()) {
            return Status.REFUSED;
        }
        return changesStock() || changesPrice() ? Status.CHANGED : Status.UNCHANGED;
    }

    public boolean changesStock() {
        return before != null && stock != null && stock != before.stock();
    }

    public boolean changesPrice() {
        return before != null && (priceFen != null && priceFen != before.priceFen()
                || vipPriceFen != null && vipPriceFen != before.vipPriceFen()
                || newCustomerPriceFen != null && newCustomerPriceFen != before.newCustomerPriceFen());
    }

    /** A change of this SKU is still waiting to be sent: this row is newer and wins. */
    public boolean waiting() {
        return before != null && before.waiting();
    }

    StockRow refused(StockProblem p, String why) {
        return new StockRow(row, outerSkuId, before, stock, priceFen, vipPriceFen, newCustomerPriceFen, p, why);
    }

    StockRow known(SkuValues values) {
        return new StockRow(row, outerSkuId, values, stock, priceFen, vipPriceFen, newCustomerPriceFen, problem,
                message);
    }
}
