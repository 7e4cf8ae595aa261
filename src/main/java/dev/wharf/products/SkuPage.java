package dev.wharf.products;

import java.util.List;

/**
 * One page of the SKU list.
 *
 * @param rows the SKUs, in list order
 * @param next where the following page starts, or null when this is the last one
 */
public record SkuPage(List<SkuRow> rows, SkuCursor next) {
    public SkuPage {
        rows = List.copyOf(rows);
    }
}
