package dev.wharf.platform.dto;

/** Content of {@code ymatou.product.detail.get}: {@code {"product_info": {…}}} (also read as "Product_Info"). */
public record ProductDetailResponse(ProductInfo productInfo) {
}
