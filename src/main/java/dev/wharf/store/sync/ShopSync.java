package dev.wharf.store.sync;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.PlatformApi;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.outbox.SqliteOutboxStore;
import dev.wharf.sync.OutboxDelivery;
import dev.wharf.sync.PullOptions;
import dev.wharf.sync.Puller;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.sync.outbox.NeedsAttention;
import dev.wharf.sync.outbox.OutboxDispatcher;
import dev.wharf.sync.outbox.OutboxListener;
import dev.wharf.sync.outbox.PlatformClock;
import dev.wharf.sync.outbox.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One shop's sync, assembled over its database and a platform client: the local commands that screens call, the
 * outbox delivery, the pull, and the engine that runs them. The workstation and {@code wharf sync} build it the
 * same way. The status bar's counts follow every outbox change.
 */
public final class ShopSync implements AutoCloseable {
    private final LocalCommands commands;
    private final SqliteOutboxStore outboxStore;
    private final OutboxDispatcher dispatcher;
    private final SyncEngine engine;
    private final OutboxListener listener;

    public ShopSync(Database db, PlatformApi api, SyncStatus status, Clock clock) {
        this(db, api, PlatformClock.of(api), status, clock);
    }

    /**
     * @param platformClock the platform's certain time, for an {@code api} that wraps a gateway client (tests), e.g.
     *                      {@code client::platformTimeAtLeast}; the other constructor takes the client's own
     */
    public ShopSync(Database db, PlatformApi api, PlatformClock platformClock, SyncStatus status, Clock clock) {
        this.listener = counts -> status.setOutboxCounts(counts.pending(), counts.needsAttention());
        this.commands = new SqliteLocalCommands(db, clock, listener);
        this.outboxStore = new SqliteOutboxStore(db, clock, listener);
        this.dispatcher = new OutboxDispatcher(api, outboxStore, clock, RandomGenerator.getDefault(),
                RetryPolicy.DEFAULT, clockCorrector(api), platformClock, listener);
        Puller puller = new Puller(api, new SqlitePullStore(db, clock), status, PullOptions.defaults()
                .withClock(clock));
        this.engine = new SyncEngine(progress -> deliver(progress, status), puller, status);
    }

    /** Delivers the outbox; a refusal of the shop's credentials is shown (the user connects the shop again). */
    private OutboxDelivery.DeliveryReport deliver(SyncProgress progress, SyncStatus status) {
        OutboxDelivery.DeliveryReport report = dispatcher.deliverDue(progress);
        if (dispatcher.problem() == OutboxDispatcher.Problem.CREDENTIALS_REJECTED) {
            status.setCredentials(SyncStatus.Credentials.REJECTED);
        }
        return report;
    }

    /** The gateway client corrects its own clock from a 0003's server time; other implementations are left alone. */
    private static Consumer<Instant> clockCorrector(PlatformApi api) {
        if (api instanceof GatewayClient client) {
            return client::adjustClock;
        }
        return serverTime -> { };
    }

    /** What screens call to change the shop: applied locally and queued for the platform in one transaction. */
    public LocalCommands commands() {
        return commands;
    }

    public NeedsAttention needsAttention() {
        return new NeedsAttention(outboxStore, dispatcher.checks(), listener);
    }

    /** Sends the due outbox entries now (batch accept delivers its accepts at once; the engine does it too). */
    public dev.wharf.sync.OutboxDelivery delivery() {
        return dispatcher;
    }

    public SyncEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
