package dev.wharf.platform.dto;

/**
 * Extensions {@code wharf.product.create} and {@code wharf.product.update}. {@code client_key} is a key the client
 * generates once per product it creates: a create sent twice with the same key creates one product (the second
 * call returns the first's result), so a create can be retried safely after a timeout. For update,
 * {@code product_id} names the product and the SKUs in {@code product} replace its SKUs (matched by outer id).
 */
public record ProductWriteRequest(String clientKey, String productId, ProductInfo product, String description) {
}
