package dev.wharf.platform.dto;

import java.util.List;

/** Result of a product write or shelve call, per product. */
public record ProductResult(String productId, String clientKey, Boolean execSuccess, String msg,
                            List<SkuIds> skus) implements ItemResult {
    @Override
    public String itemKey() {
        return productId != null ? productId : clientKey;
    }

    @Override
    public boolean ok() {
        return Boolean.TRUE.equals(execSuccess);
    }

    /** The platform's SKU id for each outer id (after create). */
    public record SkuIds(String outerId, String skuId) {
    }
}
