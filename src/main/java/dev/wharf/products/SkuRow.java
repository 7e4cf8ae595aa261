package dev.wharf.products;

import java.util.Optional;

/**
 * One SKU as the products screen lists it, with its product's listing fields, its margin and where its latest
 * local change stands.
 *
 * @param priceFen          price in fen (&gt; 0); {@code vipPriceFen} and {@code newCustomerPriceFen} 0 or null: none
 * @param lowStockThreshold the SKU's own threshold, or the shop default when it has none
 * @param cost              purchase cost and margin, when the SKU has a cost
 * @param thumbnailUrl      the product's first image, or null
 * @param pendingMessage    the platform's reason when the latest change was refused, else null
 */
public record SkuRow(String productId, String productName, String brand, String category, ProductStatus status,
                     DeliveryType deliveryType, String skuId, String outerSkuId, String properties, long priceFen,
                     Long vipPriceFen, Long newCustomerPriceFen, int stock, int lowStockThreshold,
                     Margin cost, String thumbnailUrl, PendingState pending, String pendingMessage) {

    public boolean lowStock() {
        return stock <= lowStockThreshold;
    }

    public Optional<Margin> margin() {
        return Optional.ofNullable(cost);
    }

    public SkuCursor cursor() {
        return new SkuCursor(productId, skuId);
    }
}
