package dev.wharf.products;

import java.util.Objects;

/** Keyset position in the SKU list: the list is ordered by product id, then SKU id. */
public record SkuCursor(String productId, String skuId) {
    public SkuCursor {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
    }
}
