package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Content of {@code wharf.compass.traffic.get}: per day, visitors by page type (shop_home, product_detail,
 * live, other), exposures by source (search, recommendation, live, other), orders, paying buyers, GMV and
 * conversion (paying buyers / visitors).
 */
public record TrafficResponse(List<TrafficDay> days) {
    public TrafficResponse {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public record TrafficDay(String date, Integer visitors, Map<String, Integer> visitorsByPage,
                             Map<String, Integer> exposureBySource, Integer orders, Integer payingBuyers,
                             BigDecimal gmv, BigDecimal conversionRate) {
    }
}
