package dev.wharf.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.PlatformApi;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's own duties: outbox first, no pull while offline, the schedule and its changes. */
class SyncEngineTest {
    private final SyncStatus status = new SyncStatus();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final OutboxDelivery offlineOutbox = progress -> {
        deliveries.incrementAndGet();
        return new OutboxDelivery.DeliveryReport(0, 0, 3, true);
    };

    /** A puller whose platform and store fail the test if the engine pulls at all. */
    private Puller untouchablePuller() {
        return new Puller(failing(PlatformApi.class), failing(PullStore.class), status, PullOptions.defaults());
    }

    @SuppressWarnings("unchecked")
    private static <T> T failing(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new AssertionError("the engine must not pull while offline (" + method.getName() + ")");
        });
    }

    @Test
    void anOfflineDeliveryStopsTheRunBeforeThePullAndSaysOffline() {
        try (SyncEngine engine = new SyncEngine(offlineOutbox, untouchablePuller(), status)) {
            SyncEngine.Report report = engine.runOnce(SyncProgress.NONE);

            assertThat(report.pull()).isNull();
            assertThat(report.completed()).isFalse();
            assertThat(report.delivery().retryLater()).isEqualTo(3);
            assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
        }
    }

    @Test
    void runsOnTheScheduleAndFollowsAChangedInterval() throws Exception {
        try (SyncEngine engine = new SyncEngine(offlineOutbox, untouchablePuller(), status)) {
            engine.start(Duration.ofMillis(20));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (deliveries.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(deliveries.get()).as("runs every 20 ms").isGreaterThanOrEqualTo(3);

            engine.reschedule(Duration.ofHours(1));
            Thread.sleep(50); // a run already under way may still finish
            int after = deliveries.get();
            Thread.sleep(200);
            assertThat(deliveries.get()).as("no run within the new hour-long interval").isEqualTo(after);

            assertThat(engine.syncNow(SyncProgress.NONE).get(10, TimeUnit.SECONDS).pull()).isNull();
            assertThat(deliveries.get()).as("sync now runs at once").isEqualTo(after + 1);
        }
    }
}
