package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code ymatou.sku.price.update}: up to 100 SKUs. Price &gt; 0, VIP and new-customer prices ≥ 0 (0 means none),
 * at most 2 decimals each.
 */
public record SkuPriceUpdateRequest(List<SkuPrice> skuPrices) {
    public record SkuPrice(String outerSkuId, BigDecimal productPrice, BigDecimal productVipPrice,
                           BigDecimal productNewuserPrice) {
    }
}
