package dev.wharf.sandbox;

import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.DsrResponse.DsrScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shop's DSR over the 60 days before the simulated clock, from its orders and refunds (formulas in
 * docs/sandbox.md). Each item has a value, a fixed region average (the sandbox shop is in the Asia region) and a
 * 0–5 score; the group scores are the means of their items and the DSR average the mean of the three groups.
 */
final class Dsr {
    static final int WINDOW_DAYS = 60;
    static final String REGION = Texts.both("亚洲", "Asia");
    /** Random streams of the sandbox's DSR: buyers' ratings per order and the shop's reply time. */
    static final long RATING_STREAM = 0x445352_01L;
    static final long REPLY_STREAM = 0x445352_02L;
    /** Cancel rate at which the score reaches 0: the handbook's warning threshold for Asian sellers. */
    static final double CANCEL_RATE_ZERO = 0.08;

    private static final double DAY = Duration.ofDays(1).toMillis();
    private static final double HOUR = Duration.ofHours(1).toMillis();

    /** Computed scores with the DSR average. */
    record Result(List<DsrScore> scores, BigDecimal average) {
        DsrResponse response() {
            return new DsrResponse(WINDOW_DAYS, REGION, scores);
        }
    }

    private Dsr() {
    }

    /** Full marks up to {@code full}, none beyond {@code zero}, linear in between. */
    static double linear(double value, double full, double zero) {
        if (value <= full) {
            return 5;
        }
        if (value >= zero) {
            return 0;
        }
        return 5 * (zero - value) / (zero - full);
    }

    static boolean bonded(int deliveryType) {
        return deliveryType == 4 || deliveryType == 5;
    }

    static Result compute(Connection c, long seed, long now) throws SQLException {
        long from = now - Duration.ofDays(WINDOW_DAYS).toMillis();
        Acc collection = new Acc();
        Acc receipt = new Acc();
        int shipped = 0;
        int xlobo = 0;
        int paid = 0;
        int cancelled = 0;
        Acc rating = new Acc();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.order_id, o.delivery_type, o.status, o.paid_at, "
                + "o.shipped_at, o.received_at, o.cancelled_at, EXISTS (SELECT 1 FROM delivery d WHERE "
                + "d.order_id = o.order_id AND d.logistics_type = 1 AND d.company_code = 'xlobo') "
                + "FROM orders o WHERE o.paid_at >= ? AND o.paid_at <= ? ORDER BY o.order_id")) {
            ps.setLong(1, from);
            ps.setLong(2, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long orderId = rs.getLong(1);
                    int type = rs.getInt(2);
                    int status = rs.getInt(3);
                    long paidAt = rs.getLong(4);
                    Long shippedAt = OrderStore.longOrNull(rs, 5);
                    Long receivedAt = OrderStore.longOrNull(rs, 6);
                    Long cancelledAt = OrderStore.longOrNull(rs, 7);
                    paid++;
                    boolean isCancelled = cancelledAt != null;
                    if (status == OrderActions.STATUS_SELLER_CANCELLED || status == OrderActions.STATUS_BUYER_CANCELLED
                            && cancelledAt - paidAt > Duration.ofHours(12).toMillis()) {
                        cancelled++;
                    }
                    double collectFull = bonded(type) ? 2 : 5;
                    double collectZero = bonded(type) ? 3 : 12;
                    if (shippedAt != null) {
                        double days = (shippedAt - paidAt) / DAY;
                        collection.add(days, linear(days, collectFull, collectZero));
                        shipped++;
                        if (rs.getInt(8) != 0) {
                            xlobo++;
                        }
                    } else if (!isCancelled && (now - paidAt) / DAY > collectZero) {
                        collection.addScoreOnly(0); // overdue: not collected in time
                    }
                    if (receivedAt != null) {
                        double days = (receivedAt - paidAt) / DAY;
                        receipt.add(days, bonded(type) ? linear(days, 2, 5) : linear(days, 12, 20));
                        int stars = stars(Rand.of(seed, RATING_STREAM, orderId));
                        rating.add(stars, stars);
                    }
                }
            }
        }
        Acc refunds = new Acc();
        try (PreparedStatement ps = c.prepareStatement("SELECT applied_at, handled_at FROM refund "
                + "WHERE applied_at >= ? AND applied_at <= ? ORDER BY refund_id")) {
            ps.setLong(1, from);
            ps.setLong(2, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long handled = OrderStore.longOrNull(rs, 2);
                    double hours = ((handled != null ? handled : now) - rs.getLong(1)) / HOUR;
                    refunds.add(hours, linear(hours, 1, 48));
                }
            }
        }
        double replyMinutes = 8 + Rand.of(seed, REPLY_STREAM, 0).nextInt(38);
        double xloboShare = shipped == 0 ? 0 : (double) xlobo / shipped;
        double cancelRate = paid == 0 ? 0 : (double) cancelled / paid;

        List<DsrScore> scores = new ArrayList<>();
        scores.add(score("delivery", "collection_time", collection.value(), "4.20", "days", collection.score()));
        scores.add(score("delivery", "logistics_method", shipped == 0 ? null : xloboShare, "0.45", "ratio",
                4 + xloboShare));
        scores.add(score("delivery", "receipt_time", receipt.value(), "11.50", "days", receipt.score()));
        scores.add(score("service", "complaint_rate", 0.0, "0.0060", "ratio", 5));
        scores.add(score("service", "cancel_rate", cancelRate, "0.0350", "ratio",
                5 * Math.max(0, 1 - cancelRate / CANCEL_RATE_ZERO)));
        scores.add(score("service", "refund_handling_time", refunds.value(), "20.00", "hours", refunds.score()));
        scores.add(score("service", "reply_time", replyMinutes, "35.00", "minutes", linear(replyMinutes, 30, 480)));
        scores.add(score("rating", "rating", rating.value(), "4.72", "points", rating.score()));

        double delivery = mean(scores.subList(0, 3));
        double service = mean(scores.subList(3, 7));
        double rated = scores.get(7).score().doubleValue();
        BigDecimal average = BigDecimal.valueOf((delivery + service + rated) / 3).setScale(2, RoundingMode.HALF_UP);
        return new Result(List.copyOf(scores), average);
    }

    /** A buyer's rating of a received order: 5 (72%), 4 (18%), 3 (6%), 2 (2%), 1 (2%). */
    static int stars(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 72 ? 5 : x < 90 ? 4 : x < 96 ? 3 : x < 98 ? 2 : 1;
    }

    private static double mean(List<DsrScore> scores) {
        return scores.stream().mapToDouble(s -> s.score().doubleValue()).average().orElse(5);
    }

    private static DsrScore score(String group, String item, Double value, String regionAverage, String unit,
                                  double score) {
        int scale = "ratio".equals(unit) ? 4 : 2;
        return new DsrScore(group, item,
                value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP),
                new BigDecimal(regionAverage), unit, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP));
    }

    /** Mean value and mean score of the cases of one item; no case: no value and full marks. */
    private static final class Acc {
        double valueSum;
        int values;
        double scoreSum;
        int scores;

        void add(double value, double score) {
            valueSum += value;
            values++;
            addScoreOnly(score);
        }

        void addScoreOnly(double score) {
            scoreSum += score;
            scores++;
        }

        Double value() {
            return values == 0 ? null : valueSum / values;
        }

        double score() {
            return scores == 0 ? 5 : scoreSum / scores;
        }
    }
}
