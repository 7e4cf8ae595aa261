package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One SKU in a buyer's cart, with its whole quantity. The platform never divides a line between orders.
 *
 * @param skuId the platform's SKU id
 * @param productId the platform's product id
 * @param outerSkuId the seller's own SKU code (买手商品编码); may be null, as in the platform's API
 * @param productTitle the product name as listed
 * @param skuPropertiesName the SKU's properties as the platform writes them, e.g. {@code 颜色:黑色;尺码:38}; may be
 *     empty
 * @param deliveryType the product's delivery type, one of {@link DeliveryTypes#ALL}
 * @param unitPrice price of one piece in RMB, at least 0, at most 2 decimals (stored with scale 2)
 * @param quantity pieces, at least 1
 */
public record CartLine(
        String skuId,
        String productId,
        String outerSkuId,
        String productTitle,
        String skuPropertiesName,
        int deliveryType,
        BigDecimal unitPrice,
        int quantity) {

    public CartLine {
        skuId = requireText(skuId, "skuId");
        productId = requireText(productId, "productId");
        productTitle = requireText(productTitle, "productTitle");
        skuPropertiesName = Objects.requireNonNullElse(skuPropertiesName, "");
        DeliveryTypes.require(deliveryType);
        unitPrice = Money.of(unitPrice, "unitPrice of SKU " + skuId);
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("unitPrice of SKU " + skuId + " is negative: " + unitPrice);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of SKU " + skuId + " must be at least 1: " + quantity);
        }
    }

    /** Unit price times quantity, scale 2. */
    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }
}
