package dev.wharf.sandbox;

import dev.wharf.platform.GatewayTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Conversions at the edge: INTEGER fen ⇄ BigDecimal yuan (scale 2), epoch ms ⇄ GMT+8 platform time. */
final class Fen {
    private Fen() {
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Exact fen of an amount with at most 2 decimals; throws ArithmeticException for more. */
    static long of(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    static boolean atMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }

    static String time(Long epochMillis) {
        return epochMillis == null ? null : GatewayTime.format(Instant.ofEpochMilli(epochMillis));
    }
}
