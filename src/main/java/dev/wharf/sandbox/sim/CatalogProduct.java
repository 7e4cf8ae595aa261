package dev.wharf.sandbox.sim;

import java.util.List;
import java.util.Objects;

/**
 * A product the sandbox shop lists.
 *
 * @param productId the platform's product id, unique in the catalog
 * @param brand brand name as the platform's brand list has it (SK-II, Longchamp…)
 * @param name listing title following the platform's hint: brand + product + keywords + spec
 * @param categoryPath the three category levels, top first, e.g. 美妆个护 / 面部护理 / 精华
 * @param deliveryType one of {@link DeliveryTypes#ALL}; every SKU ships this way
 * @param origin ISO 3166 code of the country the buyer-seller buys it in (JP, KR, FR, US)
 * @param skus at least one SKU
 */
public record CatalogProduct(
        String productId,
        String brand,
        String name,
        List<String> categoryPath,
        int deliveryType,
        String origin,
        List<CatalogSku> skus) {

    public CatalogProduct {
        productId = CartLine.requireText(productId, "product_id");
        brand = CartLine.requireText(brand, "brand of product " + productId);
        name = CartLine.requireText(name, "name of product " + productId);
        categoryPath = List.copyOf(Objects.requireNonNullElse(categoryPath, List.of()));
        if (categoryPath.size() != 3 || categoryPath.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "product " + productId + " needs three category levels, has " + categoryPath);
        }
        DeliveryTypes.require(deliveryType);
        origin = CartLine.requireText(origin, "origin of product " + productId);
        skus = List.copyOf(Objects.requireNonNullElse(skus, List.of()));
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("product " + productId + " has no SKU");
        }
    }

    /** The third-level category name, as the platform's {@code category_name}. */
    public String categoryName() {
        return categoryPath.get(2);
    }

    /** A cart line for {@code quantity} pieces of this product's SKU. */
    public CartLine cartLine(CatalogSku sku, int quantity) {
        if (!skus.contains(sku)) {
            throw new IllegalArgumentException("SKU " + sku.skuId() + " is not a SKU of product " + productId);
        }
        return new CartLine(sku.skuId(), productId, sku.outerSkuId(), name, sku.propertiesName(), deliveryType,
                sku.price(), quantity);
    }
}
