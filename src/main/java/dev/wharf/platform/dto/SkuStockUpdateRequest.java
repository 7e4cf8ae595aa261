package dev.wharf.platform.dto;

import java.util.List;

/** {@code ymatou.sku.stock.update}: new sellable stock (≥ 0) per outer SKU id, up to 100. */
public record SkuStockUpdateRequest(List<SkuStock> skuStocks) {
    public record SkuStock(String outerSkuId, Integer stockNum) {
    }
}
