package dev.wharf.sandbox.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The platform's business time: GMT+8 (Beijing time), without daylight saving. Its days, such as those of the data
 * compass, run from 00:00 to 24:00 GMT+8.
 */
public final class PlatformTime {

    /** GMT+8. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private PlatformTime() {
    }

    /** The platform's calendar day at this instant. */
    public static LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The platform's wall-clock time at this instant, as its API writes it ({@code yyyy-MM-dd HH:mm:ss}). */
    public static LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The instant a platform day begins (00:00 GMT+8). */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay().toInstant(ZONE);
    }
}
