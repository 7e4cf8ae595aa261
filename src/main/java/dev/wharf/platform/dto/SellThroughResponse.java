package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/** Content of {@code wharf.compass.sellthrough.get}: per category, products on sale and products that sold (动销率). */
public record SellThroughResponse(List<CategorySellThrough> categories) {
    public SellThroughResponse {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public record CategorySellThrough(String categoryName, Integer productsListed, Integer productsSold,
                                      BigDecimal sellThroughRate, Integer unitsSold, BigDecimal gmv) {
    }
}
