package dev.wharf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token bucket on a fake clock: sleeping advances the clock, nothing really waits. */
class RateLimiterTest {
    private long now = 1_000_000_000L; // arbitrary origin: only differences matter
    private final List<Long> sleeps = new ArrayList<>();

    private RateLimiter limiter(int perMinute) {
        return new RateLimiter(perMinute, () -> now, nanos -> {
            sleeps.add(nanos);
            now += nanos;
        });
    }

    private static long seconds(double s) {
        return (long) (s * 1_000_000_000L);
    }

    @Test
    void nPerMinuteLetsABurstOfNThroughThenSpacesCallsBy60OverN() throws InterruptedException {
        RateLimiter limiter = limiter(6);

        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }
        assertThat(sleeps).as("the burst").isEmpty();

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        assertThat(sleeps).containsExactly(seconds(10), seconds(10), seconds(10));
    }

    @Test
    void theDefault300PerMinuteSpacesBy200Milliseconds() throws InterruptedException {
        RateLimiter limiter = limiter(GatewayConfig.DEFAULT_CALLS_PER_MINUTE);

        for (int i = 0; i < 300; i++) {
            limiter.acquire();
        }
        limiter.acquire();

        assertThat(sleeps).containsExactly(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void callsThatArriveSlowerThanTheRateNeverWait() throws InterruptedException {
        RateLimiter limiter = limiter(60);

        for (int i = 0; i < 500; i++) {
            limiter.acquire();
            now += seconds(1);
        }

        assertThat(sleeps).isEmpty();
    }

    @Test
    void aQuietMinuteRefillsTheWholeBurst() throws InterruptedException {
        RateLimiter limiter = limiter(6);
        for (int i = 0; i < 8; i++) {
            limiter.acquire();
        }
        sleeps.clear();

        now += seconds(60);
        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }
        assertThat(sleeps).isEmpty();
        limiter.acquire();
        assertThat(sleeps).containsExactly(seconds(10));
    }

    @Test
    void partOfAMinuteRefillsPartOfTheBurst() throws InterruptedException {
        RateLimiter limiter = limiter(6);
        for (int i = 0; i < 6; i++) {
            limiter.acquire();
        }

        now += seconds(25); // two and a half intervals: two slots back
        limiter.acquire();
        limiter.acquire();
        assertThat(sleeps).isEmpty();
        limiter.acquire();
        assertThat(sleeps).containsExactly(seconds(5));
    }

    @Test
    void overALongRunTheRateHolds() throws InterruptedException {
        RateLimiter limiter = limiter(60);
        long start = now;

        for (int i = 0; i < 600; i++) {
            limiter.acquire();
        }

        // 60 at once, then 540 more one second apart.
        assertThat(now - start).isEqualTo(seconds(540));
    }

    @Test
    void waitingCallersAreQueuedOneIntervalApart() {
        RateLimiter limiter = limiter(2); // 30 s apart

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(seconds(30));
        assertThat(limiter.reserve()).isEqualTo(seconds(60));
        assertThat(limiter.reserve()).isEqualTo(seconds(90));
    }

    @Test
    void anInterruptedCallerIsNotLetThrough() {
        RateLimiter limiter = limiter(6);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptWhileWaitingIsPassedOn() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(1, () -> now, nanos -> {
            throw new InterruptedException("stop");
        });
        limiter.acquire();

        assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class).hasMessage("stop");
    }

    @Test
    void theRealSleeperWaitsAndCanBeInterrupted() throws Exception {
        RateLimiter limiter = new RateLimiter(1); // the second call would wait a minute
        limiter.acquire();
        List<Throwable> outcome = new ArrayList<>();
        Thread waiter = new Thread(() -> {
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                synchronized (outcome) {
                    outcome.add(e);
                }
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        waiter.join(2000);

        assertThat(waiter.isAlive()).isFalse();
        synchronized (outcome) {
            assertThat(outcome).singleElement().isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void rejectsANonPositiveRate() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
