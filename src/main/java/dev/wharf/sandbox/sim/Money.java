package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/** Amounts in RMB: {@link BigDecimal} with scale 2 (yuan and fen). */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /**
     * The amount with scale 2.
     *
     * @throws IllegalArgumentException if it is null or has non-zero digits below the fen
     */
    static BigDecimal of(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " has more than 2 decimals: " + amount.toPlainString(), e);
        }
    }

    static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }
}
