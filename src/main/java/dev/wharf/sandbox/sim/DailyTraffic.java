package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One platform day (GMT+8) of the data compass's traffic figures for the shop.
 *
 * @param date the platform day
 * @param payingBuyers buyers who completed a payment that day (the caller's count, from its orders)
 * @param visitors the day's visitors, each counted once, by the page they came to
 * @param exposures how often the shop's products, live streams or home page were shown, by source
 */
public record DailyTraffic(LocalDate date, int payingBuyers, Visitors visitors, Exposures exposures) {

    public DailyTraffic {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(visitors, "visitors");
        Objects.requireNonNull(exposures, "exposures");
        if (payingBuyers < 0 || payingBuyers > visitors.total()) {
            throw new IllegalArgumentException(
                    "paying buyers " + payingBuyers + " must be between 0 and the visitors " + visitors.total());
        }
    }

    /** Paying buyers divided by visitors, 4 decimals (0.0312 is 3.12%); zero on a day without visitors. */
    public BigDecimal conversionRate() {
        if (visitors.total() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(payingBuyers).divide(BigDecimal.valueOf(visitors.total()), 4, RoundingMode.HALF_UP);
    }

    /**
     * Visitors by page type. A visitor is counted once a day, on the page type they reached first, so the parts add
     * up to the day's visitors.
     *
     * @param shopHome visitors of the shop's home page (买手主页)
     * @param productDetail visitors of product detail pages (商品详情页)
     * @param liveAndOther visitors of live streams (直播) and other pages
     */
    public record Visitors(int shopHome, int productDetail, int liveAndOther) {

        public Visitors {
            if (shopHome < 0 || productDetail < 0 || liveAndOther < 0) {
                throw new IllegalArgumentException("visitor counts must not be negative");
            }
        }

        public int total() {
            return shopHome + productDetail + liveAndOther;
        }
    }

    /**
     * Exposures by source.
     *
     * @param search shown in search results (搜索曝光)
     * @param recommendation shown by "guess you like", related items and topic pages (推荐)
     * @param live the shop's live stream shown on the home page's live list (直播曝光)
     * @param other every other placement
     */
    public record Exposures(int search, int recommendation, int live, int other) {

        public Exposures {
            if (search < 0 || recommendation < 0 || live < 0 || other < 0) {
                throw new IllegalArgumentException("exposure counts must not be negative");
            }
        }

        public int total() {
            return search + recommendation + live + other;
        }
    }
}
