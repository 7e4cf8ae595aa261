package dev.wharf.products;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** RMB amounts as the user types and reads them ("12.5", "12.50") and as the store keeps them (fen). */
public final class Money {
    private Money() {
    }

    /**
     * Reads an amount in yuan with at most 2 decimals.
     *
     * @throws IllegalArgumentException if it is not a number or has more than 2 decimals
     */
    public static long parseFen(String text) {
        BigDecimal amount = parseDecimal(text);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than 2 decimals: " + text.strip());
        }
        return amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** Reads a plain decimal number (no grouping, no exponent); blank or anything else is refused. */
    public static BigDecimal parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        String t = text.strip();
        if (!t.matches("-?\\d{1,15}(\\.\\d{1,8})?")) {
            throw new IllegalArgumentException("not a number: " + t);
        }
        return new BigDecimal(t);
    }

    /** Fen as yuan with two decimals: 1250 → "12.50". */
    public static String format(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Fen as yuan for the platform's price parameters. */
    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
