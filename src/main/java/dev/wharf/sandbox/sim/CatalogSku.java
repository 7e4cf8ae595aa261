package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One SKU of a catalog product: a colour, size or spec with its own price and stock.
 *
 * @param skuId the platform's SKU id, unique in the catalog
 * @param outerSkuId the seller's own SKU code, unique in the catalog
 * @param properties what tells this SKU from the product's others (empty for a product of one SKU)
 * @param price price of one piece in RMB, positive, scale 2
 * @param stock pieces in stock at the start of the simulation, at least 0
 */
public record CatalogSku(String skuId, String outerSkuId, List<SkuProperty> properties, BigDecimal price, int stock) {

    public CatalogSku {
        skuId = CartLine.requireText(skuId, "sku_id");
        outerSkuId = CartLine.requireText(outerSkuId, "outer_sku_id of SKU " + skuId);
        properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
        price = Money.of(price, "price of SKU " + skuId);
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price of SKU " + skuId + " must be positive: " + price);
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock of SKU " + skuId + " is negative: " + stock);
        }
    }

    /** The properties as the platform writes them in an order's {@code sku_properties_name}: {@code 颜色:黑色;尺码:38}. */
    public String propertiesName() {
        return properties.stream().map(p -> p.name() + ":" + p.value()).collect(Collectors.joining(";"));
    }
}
