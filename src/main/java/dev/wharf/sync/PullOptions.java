package dev.wharf.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the {@link Puller} works.
 *
 * @param clock         "now" for time windows and the data compass's days (the platform's clock should agree)
 * @param overlap       how far back an incremental pull re-reads before the last change it saw (default 30 min)
 * @param historyStart  where the initial pull by time windows starts when the platform has no change feed; null:
 *                      365 days before now
 * @param window        the initial time window (default 1 day); an empty window doubles the next one up to 32
 *                      days, a window with orders resets it
 * @param recheckLimit  the most open orders re-read one by one per incremental pull without a change feed
 * @param trafficDays   days of traffic figures kept fresh (default 30)
 */
public record PullOptions(Clock clock, Duration overlap, Instant historyStart, Duration window, int recheckLimit,
                          int trafficDays) {
    public PullOptions {
        Objects.requireNonNull(clock, "clock");
        overlap = overlap == null ? Duration.ofMinutes(30) : overlap;
        window = window == null ? Duration.ofDays(1) : window;
        if (window.isNegative() || window.isZero() || recheckLimit < 0 || trafficDays < 1 || trafficDays > 90) {
            throw new IllegalArgumentException("window > 0, recheckLimit >= 0, trafficDays 1-90");
        }
    }

    public static PullOptions defaults() {
        return new PullOptions(Clock.systemUTC(), null, null, null, 500, 30);
    }

    public PullOptions withClock(Clock c) {
        return new PullOptions(c, overlap, historyStart, window, recheckLimit, trafficDays);
    }

    public PullOptions withHistoryStart(Instant start) {
        return new PullOptions(clock, overlap, start, window, recheckLimit, trafficDays);
    }

    public PullOptions withOverlap(Duration d) {
        return new PullOptions(clock, d, historyStart, window, recheckLimit, trafficDays);
    }

    Instant effectiveHistoryStart() {
        return historyStart != null ? historyStart : clock.instant().minus(Duration.ofDays(365));
    }
}
