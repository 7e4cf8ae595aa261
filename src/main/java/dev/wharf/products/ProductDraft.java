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
 * @param images       the images, main first: platform URLs and local references ({@link ImageRef}) to upload
 * @param preSale      预订: sold before it is in stock (decision 0014)
 */
public record ProductDraft(String productId, String categoryId, String categoryName, String brandId, String brandName,
                           String name, String description, DeliveryType deliveryType, LocalDateTime listFrom,
                           LocalDateTime listTo, List<String> images, List<SkuDraft> skus, boolean preSale) {

    public ProductDraft {
        images = images == null ? List.of() : List.copyOf(images);
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    /** A product that is not pre-sale. */
    public ProductDraft(String productId, String categoryId, String categoryName, String brandId, String brandName,
                        String name, String description, DeliveryType deliveryType, LocalDateTime listFrom,
                        LocalDateTime listTo, List<String> images, List<SkuDraft> skus) {
        this(productId, categoryId, categoryName, brandId, brandName, name, description, deliveryType, listFrom, listTo,
                images, skus, false);
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
     * @param bundle     套装: the set's items as "洗发水×1;护发素×2" (at most 3), blank = not a set
     */
    public record SkuDraft(String properties, String outerId, String price, String vipPrice, String newCustomerPrice,
                           String stock, String weight, int weightUnit, String bundle) {

        /** A SKU that is not a set. */
        public SkuDraft(String properties, String outerId, String price, String vipPrice, String newCustomerPrice,
                        String stock, String weight, int weightUnit) {
            this(properties, outerId, price, vipPrice, newCustomerPrice, stock, weight, weightUnit, "");
        }

        public static SkuDraft empty() {
            return new SkuDraft("", "", "", "", "", "0", "", 0, "");
        }
    }
}
