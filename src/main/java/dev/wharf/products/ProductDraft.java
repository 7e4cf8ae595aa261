package dev.wharf.products;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A product as the editor holds it, every field as the user typed it (validated by {@link ProductForm}).
 *
 * @param productId    null for a new product
 * @param categoryId   the platform's category id (text, &gt; 0)
 * @param brandId      the platform's brand id (text, optional)
 * @param deliveryType one of the platform's delivery types
 * @param listFrom     start of the listing window (platform time, GMT+8), or null
 * @param listTo       end of the listing window, or null
 * @param images       image URLs the product already has (kept as they are)
 */
public record ProductDraft(String productId, String categoryId, String categoryName, String brandId, String brandName,
                           String name, String description, DeliveryType deliveryType, LocalDateTime listFrom,
                           LocalDateTime listTo, List<String> images, List<SkuDraft> skus) {

    public ProductDraft {
        images = images == null ? List.of() : List.copyOf(images);
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    public static ProductDraft empty() {
        return new ProductDraft(null, "", "", "", "", "", "", DeliveryType.DIRECT_MAIL, null, null, List.of(),
                List.of(SkuDraft.empty()));
    }

    /**
     * One SKU as typed.
     *
     * @param properties "颜色:红色;尺码:36" (name:value pairs separated by ;)
     * @param weightUnit 0 kilogram, 1 pound
     */
    public record SkuDraft(String properties, String outerId, String price, String vipPrice, String newCustomerPrice,
                           String stock, String weight, int weightUnit) {

        public static SkuDraft empty() {
            return new SkuDraft("", "", "", "", "", "0", "", 0);
        }
    }
}
