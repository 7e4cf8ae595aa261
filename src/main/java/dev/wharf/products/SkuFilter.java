package dev.wharf.products;

/**
 * What the products screen asks for. Every part is optional (null or blank: no restriction).
 *
 * @param text         words to find in the product name, brand or outer SKU ids (Chinese or English)
 * @param status       one listing state
 * @param category     exact category name
 * @param brand        exact brand name
 * @param deliveryType one delivery type
 * @param lowStockOnly only SKUs at or below their low-stock threshold
 */
public record SkuFilter(String text, ProductStatus status, String category, String brand, DeliveryType deliveryType,
                        boolean lowStockOnly) {

    public static SkuFilter all() {
        return new SkuFilter(null, null, null, null, null, false);
    }

    public SkuFilter withText(String value) {
        return new SkuFilter(value, status, category, brand, deliveryType, lowStockOnly);
    }

    public SkuFilter withStatus(ProductStatus value) {
        return new SkuFilter(text, value, category, brand, deliveryType, lowStockOnly);
    }

    public SkuFilter withCategory(String value) {
        return new SkuFilter(text, status, value, brand, deliveryType, lowStockOnly);
    }

    public SkuFilter withBrand(String value) {
        return new SkuFilter(text, status, category, value, deliveryType, lowStockOnly);
    }

    public SkuFilter withDeliveryType(DeliveryType value) {
        return new SkuFilter(text, status, category, brand, value, lowStockOnly);
    }

    public SkuFilter withLowStockOnly(boolean value) {
        return new SkuFilter(text, status, category, brand, deliveryType, value);
    }
}
