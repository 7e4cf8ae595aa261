package dev.wharf.products;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A SKU's purchase cost and what is left of its price, in RMB. All arithmetic is exact ({@link BigDecimal}); the
 * cost in RMB is rounded half-up to the fen once.
 *
 * @param cost      the purchase cost in {@code currency}
 * @param currency  ISO code (JPY, USD, EUR, GBP, KRW, AUD, …; CNY needs no rate)
 * @param rate      RMB per unit of {@code currency}, or null when the rate table has none
 * @param costFen   the cost in fen, or null without a rate
 * @param marginFen price minus cost in fen, or null without a rate
 */
public record Margin(BigDecimal cost, String currency, BigDecimal rate, Long costFen, Long marginFen) {
    public static final String RMB = "CNY";

    public Margin {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The margin of a SKU priced {@code priceFen} that cost {@code cost} {@code currency}, at {@code rate} RMB per
     * unit (ignored for CNY; null when unknown).
     */
    public static Margin of(long priceFen, BigDecimal cost, String currency, BigDecimal rate) {
        BigDecimal effective = RMB.equals(currency) ? BigDecimal.ONE : rate;
        if (effective == null) {
            return new Margin(cost, currency, null, null, null);
        }
        long costFen = cost.multiply(effective).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Margin(cost, currency, effective, costFen, priceFen - costFen);
    }

    public boolean known() {
        return marginFen != null;
    }

    public boolean negative() {
        return marginFen != null && marginFen < 0;
    }

    /** The margin as a share of the price in percent, one decimal (e.g. 23.5), or null when unknown. */
    public BigDecimal percentOf(long priceFen) {
        if (marginFen == null || priceFen <= 0) {
            return null;
        }
        return BigDecimal.valueOf(marginFen).movePointRight(2).divide(BigDecimal.valueOf(priceFen), 1,
                RoundingMode.HALF_UP);
    }
}
