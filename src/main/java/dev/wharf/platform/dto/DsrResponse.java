package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * Content of {@code wharf.compass.dsr.get}: the seller's service scores over the last {@code window_days} (60),
 * each sub-score beside the region average. Groups: delivery (collection time, logistics method, receipt time),
 * service (complaint rate, cancel rate, refund handling time, reply time), rating.
 */
public record DsrResponse(Integer windowDays, String region, List<DsrScore> scores) {
    public DsrResponse {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** {@code group} delivery / service / rating; {@code item} e.g. collection_time; {@code unit} e.g. hours. */
    public record DsrScore(String group, String item, BigDecimal value, BigDecimal regionAverage, String unit,
                           BigDecimal score) {
    }
}
