package dev.wharf.platform.dto;

import java.util.List;

/**
 * A product with its SKUs. Delivery types: 2 direct mail, 3 official (xlobo) direct mail, 4 third-party bonded,
 * 5 official bonded, 7 consolidated (拼邮). {@code status} is a Wharf extension field (on_sale, off_shelf,
 * scheduled, draft, pre_sale); the documented methods do not send it.
 */
public record ProductInfo(String productId, String productName, Integer categoryId, String categoryName,
                          Integer brandId, String brandName, List<String> productImages, String productUrl,
                          String createTime, String updateTime, String listingStartTime, String listingEndTime,
                          Integer deliveryType, Boolean fbx, List<SkuInfo> skus, String status) {
}
