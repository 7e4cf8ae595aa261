package dev.wharf.products;

import java.util.List;

/**
 * What the Workbench shows about stock.
 *
 * @param lowStockCount how many SKUs are at or below their threshold
 * @param lowStock      the first of them, lowest stock first
 * @param oversoldCount how many SKUs have more paid, unshipped units than stock
 * @param oversold      the first of them, largest shortfall first
 */
public record StockAlerts(long lowStockCount, List<Item> lowStock, long oversoldCount, List<Item> oversold) {

    public StockAlerts {
        lowStock = List.copyOf(lowStock);
        oversold = List.copyOf(oversold);
    }

    /**
     * One SKU.
     *
     * @param awaitingShipment units in orders paid (awaiting accept) or accepted, not yet shipped
     */
    public record Item(String productId, String productName, String outerSkuId, String properties, int stock,
                       int threshold, long awaitingShipment) {
    }
}
