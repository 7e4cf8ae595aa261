package dev.wharf.platform;

import java.util.concurrent.TimeUnit;

/**
 * A blocking token bucket: {@code n} calls per minute lets a burst of {@code n} calls through at once, then one
 * call every {@code 60/n} seconds; an idle minute refills the whole burst. Callers are served in the order they
 * reserve a slot. Implemented as the generic cell rate algorithm (one "theoretical arrival time"), so it holds
 * no per-token state. Thread-safe. Time and sleeping are injectable for tests.
 */
public final class RateLimiter {

    /** A monotonic clock in nanoseconds ({@link System#nanoTime()} in production). */
    @FunctionalInterface
    public interface Ticker {
        long nanoTime();
    }

    /** Blocks for the given nanoseconds; must be interruptible ({@link TimeUnit#sleep} in production). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final int perMinute;
    private final long intervalNanos;
    private final long burstToleranceNanos;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private long theoreticalArrival;
    private boolean started;

    public RateLimiter(int callsPerMinute) {
        this(callsPerMinute, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    public RateLimiter(int callsPerMinute, Ticker ticker, Sleeper sleeper) {
        if (callsPerMinute < 1) {
            throw new IllegalArgumentException("callsPerMinute must be at least 1, got " + callsPerMinute);
        }
        this.perMinute = callsPerMinute;
        this.intervalNanos = TimeUnit.MINUTES.toNanos(1) / callsPerMinute;
        this.burstToleranceNanos = intervalNanos * (callsPerMinute - 1);
        this.ticker = ticker;
        this.sleeper = sleeper;
    }

    public int callsPerMinute() {
        return perMinute;
    }

    /**
     * Waits until a call may go out, then takes its slot.
     *
     * @throws InterruptedException if the thread is interrupted before or while waiting (the slot it had reserved
     *                              is not given back: the limiter errs on the slow side)
     */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before the rate limiter let the call through");
        }
        long wait = reserve();
        if (wait > 0) {
            sleeper.sleep(wait);
        }
    }

    /** Takes the next slot and says how many nanoseconds to wait for it (0: go now). */
    synchronized long reserve() {
        long now = ticker.nanoTime();
        if (!started || theoreticalArrival - now < 0) {
            theoreticalArrival = now;
            started = true;
        }
        long wait = Math.max(0, theoreticalArrival - burstToleranceNanos - now);
        theoreticalArrival += intervalNanos;
        return wait;
    }
}
