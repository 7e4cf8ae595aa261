package dev.wharf.platform.dto;

import java.util.List;

/** Content of {@code ymatou.products.list.get}. */
public record ProductListResponse(List<ProductInfo> productInfos, Integer totalCount) {
    public ProductListResponse {
        productInfos = productInfos == null ? List.of() : List.copyOf(productInfos);
    }
}
