package dev.wharf.platform.dto;

/** {@code ymatou.product.detail.get}. */
public record ProductDetailRequest(String productId) {
}
