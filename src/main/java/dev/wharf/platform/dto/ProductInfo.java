package dev.wharf.platform.dto;

import java.util.List;

/**
 * A product with its SKUs. Delivery types: 2 direct mail, 3 official (xlobo) direct mail, 4 third-party bonded,
 * 5 official bonded, 7 consolidated (拼邮). {@code status} is a Wharf extension field (on_sale, off_shelf,
 * scheduled, draft, pre_sale); the documented methods do not send it. {@code pre_sale} (预订, decision 0014) is a
 * Wharf extension field too: the product is sold before it is in stock (null = not sent = false).
 */
public record ProductInfo(String productId, String productName, Integer categoryId, String categoryName,
                          Integer brandId, String brandName, List<String> productImages, String productUrl,
                          String createTime, String updateTime, String listingStartTime, String listingEndTime,
                          Integer deliveryType, Boolean fbx, List<SkuInfo> skus, String status, Boolean preSale) {

    /** A product without the pre-sale flag (as the documented methods send it). */
    public ProductInfo(String productId, String productName, Integer categoryId, String categoryName,
                       Integer brandId, String brandName, List<String> productImages, String productUrl,
                       String createTime, String updateTime, String listingStartTime, String listingEndTime,
                       Integer deliveryType, Boolean fbx, List<SkuInfo> skus, String status) {
        this(productId, productName, categoryId, categoryName, brandId, brandName, productImages, productUrl,
                createTime, updateTime, listingStartTime, listingEndTime, deliveryType, fbx, skus, status, null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPreSale() {
        return Boolean.TRUE.equals(preSale);
    }

    public ProductInfo withImages(List<String> images) {
        return new ProductInfo(productId, productName, categoryId, categoryName, brandId, brandName, images,
                productUrl, createTime, updateTime, listingStartTime, listingEndTime, deliveryType, fbx, skus, status,
                preSale);
    }
}
