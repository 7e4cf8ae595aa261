package dev.wharf.sandbox.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The data compass's daily traffic for the sandbox shop, made consistent with the orders the caller simulated: given
 * a day's paying buyers, it draws how many visitors there were so that the conversion rate (paying buyers /
 * visitors) falls between 1.5% and 5%, inside the 1-6% a cross-border shop sees, and how those visitors and the
 * exposures before them split by page and source.
 *
 * <p>Every draw comes from a random stream of (seed, date) alone: asking for a day twice, or days in any order,
 * gives the same figures. Shares, an assumption of the simulation: product detail pages 55-70% of visitors, the shop
 * home 18-30%, live and other pages the rest; visitors are 3-8% of exposures; exposures come 35-45% from search,
 * 25-35% from recommendations, 5-12% from the live list and the rest from elsewhere. A day without paying buyers
 * still has a few visitors (15-60, more at the weekend).
 */
public final class TrafficGenerator {

    /** Bounds of the drawn conversion rate. */
    public static final double MIN_CONVERSION = 0.015;
    public static final double MAX_CONVERSION = 0.05;

    private static final int MAX_PAYING_BUYERS = 100_000;

    private final long seed;

    public TrafficGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * The traffic of one platform day (see {@link PlatformTime#businessDate}) on which {@code payingBuyers} buyers
     * paid.
     *
     * @throws IllegalArgumentException if payingBuyers is negative or over 100,000
     */
    public DailyTraffic day(LocalDate date, int payingBuyers) {
        if (payingBuyers < 0 || payingBuyers > MAX_PAYING_BUYERS) {
            throw new IllegalArgumentException("paying buyers must be between 0 and " + MAX_PAYING_BUYERS + ": "
                    + payingBuyers);
        }
        SplittableRandom random = Seeds.random(seed, Seeds.TRAFFIC, date.toEpochDay());
        double conversion = Draw.between(random, MIN_CONVERSION, MAX_CONVERSION);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        double quietDay = Draw.between(random, 15, 45) * (weekend ? 1.3 : 1.0);
        int visitors = payingBuyers == 0
                ? (int) Math.round(quietDay)
                : Math.max(payingBuyers, (int) Math.round(payingBuyers / conversion));

        double detailShare = Draw.between(random, 0.55, 0.70);
        double homeShare = Draw.between(random, 0.18, 0.30);
        int productDetail = (int) Math.round(visitors * detailShare);
        int shopHome = Math.min(visitors - productDetail, (int) Math.round(visitors * homeShare));
        DailyTraffic.Visitors byPage = new DailyTraffic.Visitors(shopHome, productDetail,
                visitors - productDetail - shopHome);

        double clickThrough = Draw.between(random, 0.03, 0.08);
        int exposures = (int) Math.round(visitors / clickThrough);
        int search = (int) Math.round(exposures * Draw.between(random, 0.35, 0.45));
        int recommendation = (int) Math.round(exposures * Draw.between(random, 0.25, 0.35));
        int live = (int) Math.round(exposures * Draw.between(random, 0.05, 0.12));
        DailyTraffic.Exposures bySource = new DailyTraffic.Exposures(search, recommendation, live,
                exposures - search - recommendation - live);

        return new DailyTraffic(date, payingBuyers, byPage, bySource);
    }
}
