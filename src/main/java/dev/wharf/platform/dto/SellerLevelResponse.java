package dev.wharf.platform.dto;

import java.math.BigDecimal;

/** Content of {@code wharf.compass.seller.level.get}: the seller's level and what the next one needs. */
public record SellerLevelResponse(Integer level, String levelName, BigDecimal gmv90d, BigDecimal nextLevelGmv,
                                  BigDecimal dsrAverage) {
}
