package dev.wharf.sync.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for transient failures: the n-th attempt waits {@code base × 2^(n-1)}, capped,
 * of which a random half ("equal jitter": at least half the step, so retries never bunch at zero, and two
 * workstations that failed together spread out).
 */
public record RetryPolicy(Duration base, Duration cap) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10));

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap");
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (≥ 1). */
    public Duration delay(int attempts, RandomGenerator random) {
        int n = Math.max(1, attempts);
        long step = base.toMillis();
        for (int i = 1; i < n && step < cap.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, cap.toMillis());
        long half = step / 2;
        return Duration.ofMillis(step - half + random.nextLong(half + 1));
    }
}
