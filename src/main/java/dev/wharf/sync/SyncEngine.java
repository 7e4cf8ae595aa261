package dev.wharf.sync;

import dev.wharf.platform.CredentialsRejectedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one shop in step with the platform: each run first delivers the outbox (so the platform sees local changes
 * first), then pulls what changed (the initial pull until one has completed). Runs on its own single thread, on a
 * schedule and on demand; never two runs at once. The status bar follows through {@link SyncStatus}.
 */
public final class SyncEngine implements SyncControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    /** What one run did: the delivery, and the pull (null when the platform could not be reached for delivery). */
    public record Report(OutboxDelivery.DeliveryReport delivery, PullReport pull) {
        public boolean completed() {
            return pull != null && pull.outcome() == PullReport.Outcome.COMPLETED;
        }
    }

    private final OutboxDelivery outbox;
    private final Puller puller;
    private final SyncStatus status;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wharf-sync");
        t.setDaemon(true);
        return t;
    });

    private final Object scheduleLock = new Object();
    private ScheduledFuture<?> schedule;

    public SyncEngine(OutboxDelivery outbox, Puller puller, SyncStatus status) {
        this.outbox = outbox;
        this.puller = puller;
        this.status = status;
    }

    /** One run on the calling thread (the command line, tests). */
    public synchronized Report runOnce(SyncProgress progress) {
        status.setConnection(SyncStatus.Connection.SYNCING);
        OutboxDelivery.DeliveryReport delivery = outbox.deliverDue(progress);
        if (delivery.offline()) {
            status.setConnection(SyncStatus.Connection.OFFLINE);
            return new Report(delivery, null);
        }
        PullReport pull;
        try {
            pull = puller.incremental(progress);
        } catch (CredentialsRejectedException e) {
            status.setCredentials(SyncStatus.Credentials.REJECTED);
            status.setConnection(SyncStatus.Connection.OFFLINE);
            throw e;
        }
        if (pull.outcome() == PullReport.Outcome.COMPLETED) {
            status.setCredentials(SyncStatus.Credentials.OK);
        }
        return new Report(delivery, pull);
    }

    /** Runs now and then every {@code interval} after the previous run ended. */
    public void start(Duration interval) {
        schedule(Duration.ZERO, interval);
    }

    /** Keeps syncing, from now on every {@code interval} (the next run comes one interval from now). */
    public void reschedule(Duration interval) {
        schedule(interval, interval);
    }

    /** Its own lock, not the run's: changing the schedule never waits for a long run to end. */
    private void schedule(Duration first, Duration interval) {
        synchronized (scheduleLock) {
            if (schedule != null) {
                schedule.cancel(false);
            }
            schedule = thread.scheduleWithFixedDelay(this::scheduledRun, first.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public CompletableFuture<Report> syncNow() {
        return syncNow(SyncProgress.NONE);
    }

    /** Asks for a run as soon as the sync thread is free. */
    public CompletableFuture<Report> syncNow(SyncProgress progress) {
        CompletableFuture<Report> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(runOnce(progress));
            } catch (RuntimeException e) {
                failed(e);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void scheduledRun() {
        try {
            Report report = runOnce(SyncProgress.NONE);
            LOG.debug("Sync run: {}", report);
        } catch (RuntimeException e) {
            failed(e); // keep the schedule alive: the next run tries again
        }
    }

    private void failed(RuntimeException e) {
        LOG.warn("Sync run failed", e);
        status.setConnection(SyncStatus.Connection.OFFLINE);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
