package dev.wharf.sync.outbox;

import dev.wharf.platform.ApiException;
import dev.wharf.platform.ClockSkewException;
import dev.wharf.platform.CredentialsRejectedException;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.PlatformException;
import dev.wharf.platform.TransportException;
import dev.wharf.platform.dto.ImageResult;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.sync.OutboxDelivery;
import dev.wharf.sync.SyncProgress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox (decision 0007): at least once, in order per aggregate, batched where the platform takes
 * arrays, with every item's result applied on its own. Rejections go to Needs attention and the local state is
 * reconciled with the platform's; transient failures wait with exponential backoff and jitter; a send whose answer
 * was lost (may have been applied) is checked against the platform's state before anything is sent again.
 */
public final class OutboxDispatcher implements OutboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ROUNDS = 10_000;
    private static final int HEADS_PER_ROUND = 1_000;

    /** Why the last run stopped early, if it did. */
    public enum Problem { NONE, OFFLINE, CREDENTIALS_REJECTED }

    private final PlatformApi api;
    private final OutboxStore store;
    private final PlatformChecks checks;
    private final Clock clock;
    private final RandomGenerator random;
    private final RetryPolicy policy;
    private final Consumer<Instant> clockCorrector;
    private final PlatformClock platformClock;
    private final OutboxListener listener;
    private final CommandCalls calls;
    private volatile Problem problem = Problem.NONE;

    public OutboxDispatcher(PlatformApi api, OutboxStore store, OutboxListener listener) {
        this(api, store, Clock.systemUTC(), RandomGenerator.getDefault(), RetryPolicy.DEFAULT,
                clockOf(api), listener);
    }

    /** A gateway client's own clock correction; other implementations are left alone. */
    private static Consumer<Instant> clockOf(PlatformApi api) {
        if (api instanceof GatewayClient g) {
            return g::adjustClock;
        }
        return t -> { };
    }

    /** As the full constructor, with the platform's clock of {@code api} ({@link PlatformClock#of}). */
    public OutboxDispatcher(PlatformApi api, OutboxStore store, Clock clock, RandomGenerator random,
                            RetryPolicy policy, Consumer<Instant> clockCorrector, OutboxListener listener) {
        this(api, store, clock, random, policy, clockCorrector, PlatformClock.of(api), listener);
    }

    /**
     * @param clock          decides when entries are due and when retries fall (tests pass a fake)
     * @param random         the jitter
     * @param clockCorrector told the platform's time from a 0003's Date header (e.g. {@code GatewayClient::adjustClock})
     * @param platformClock  a time the platform has certainly reached, recorded as an entry's send time (e.g.
     *                       {@code GatewayClient::platformTimeAtLeast}; {@link PlatformClock#UNKNOWN} dates nothing)
     */
    public OutboxDispatcher(PlatformApi api, OutboxStore store, Clock clock, RandomGenerator random,
                            RetryPolicy policy, Consumer<Instant> clockCorrector, PlatformClock platformClock,
                            OutboxListener listener) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clockCorrector = Objects.requireNonNull(clockCorrector, "clockCorrector");
        this.platformClock = Objects.requireNonNull(platformClock, "platformClock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.calls = new CommandCalls(this.api, this.store);
        this.checks = new PlatformChecks(api, store);
    }

    /** Why the last run stopped early: offline, or the platform refused the shop's credentials. */
    public Problem problem() {
        return problem;
    }

    public PlatformChecks checks() {
        return checks;
    }

    private static final class Run {
        int confirmed;
        int rejected;
        int retryLater;
        boolean offline;
        boolean stop;
    }

    @Override
    public synchronized DeliveryReport deliverDue(SyncProgress progress) {
        Run run = new Run();
        problem = Problem.NONE;
        try {
            for (int round = 0; round < MAX_ROUNDS && !run.stop && !progress.isCancelled(); round++) {
                List<OutboxEntry> heads = store.dueHeads(clock.instant(), HEADS_PER_ROUND);
                if (heads.isEmpty()) {
                    break;
                }
                Map<Command, List<OutboxEntry>> byCommand = new LinkedHashMap<>();
                heads.forEach(e -> byCommand.computeIfAbsent(e.command(), k -> new ArrayList<>()).add(e));
                for (Map.Entry<Command, List<OutboxEntry>> group : byCommand.entrySet()) {
                    List<OutboxEntry> all = group.getValue();
                    int size = group.getKey().maxBatch();
                    for (int i = 0; i < all.size() && !run.stop && !progress.isCancelled(); i += size) {
                        deliver(group.getKey(), all.subList(i, Math.min(all.size(), i + size)), run);
                        progress.progress("outbox", run.confirmed + run.rejected, -1);
                    }
                    if (run.stop || progress.isCancelled()) {
                        break;
                    }
                }
            }
        } finally {
            listener.outboxChanged(store.counts());
        }
        return new DeliveryReport(run.confirmed, run.rejected, run.retryLater, run.offline);
    }

    // ------------------------------------------------------------------ one batch

    private void deliver(Command command, List<OutboxEntry> batch, Run run) {
        List<OutboxEntry> toSend = new ArrayList<>();
        for (OutboxEntry e : batch) {
            if (e.state() != OutboxEntry.State.SENDING) {
                toSend.add(e);
                continue;
            }
            // an earlier send may have taken effect: look before sending again
            try {
                PlatformChecks.Verdict v = checks.verify(e);
                if (v instanceof PlatformChecks.Verdict.Applied) {
                    LOG.info("outbox {} ({}) had taken effect; not sent again", e.id(), e.describe());
                    store.markDone(e.id());
                    run.confirmed++;
                } else if (v instanceof PlatformChecks.Verdict.Resend r) {
                    if (!r.payload().equals(e.payload())) {
                        store.replacePayload(e.id(), r.payload());
                    }
                    toSend.add(e.withPayload(r.payload()));
                } else if (v instanceof PlatformChecks.Verdict.Superseded c) {
                    // sending it again could undo a newer change made elsewhere: the user decides
                    store.markConflict(e.id(), c.conflict());
                    run.rejected++;
                    LOG.info("outbox {} ({}) not sent again: {}", e.id(), e.describe(), c.conflict().message());
                    checks.reconcile(e);
                }
            } catch (PlatformException ex) {
                failed(List.of(e), ex, run, true);
                if (run.stop) {
                    return;
                }
            }
        }
        if (!toSend.isEmpty()) {
            send(command, toSend, run, false);
        }
    }

    private void send(Command command, List<OutboxEntry> entries, Run run, boolean clockAlreadyMended) {
        List<Long> ids = entries.stream().map(OutboxEntry::id).toList();
        store.markSending(ids, sendTime(command));
        Map<Long, CommandCalls.Outcome> outcomes;
        try {
            outcomes = calls.call(command, entries);
        } catch (ClockSkewException e) {
            e.serverTime().ifPresent(clockCorrector);
            if (!clockAlreadyMended) {
                LOG.info("platform clock differs ({}); clock corrected, sending again", e.getMessage());
                store.unmarkSending(ids);
                send(command, entries, run, true);
            } else {
                failed(entries, e, run, false);
            }
            return;
        } catch (CredentialsRejectedException e) {
            store.unmarkSending(ids);
            failed(entries, e, run, false);
            return;
        } catch (PlatformException e) {
            failed(entries, e, run, e.mayHaveBeenApplied());
            return;
        }
        List<Long> done = new ArrayList<>();
        for (OutboxEntry e : entries) {
            CommandCalls.Outcome o = outcomes.get(e.id());
            if (o != null && o.ok() && e.command() != Command.PRODUCT_CREATE && e.command() != Command.PRODUCT_IMAGE) {
                // confirmed: marked done together below, one transaction for the batch's answers
                done.add(e.id());
                run.confirmed++;
            } else if (o == null) {
                // the platform answered without this item: as good as a lost answer
                retryLater(e, nextAttempt(e.attempts() + 1), true, "the platform's answer did not mention this item",
                        run);
            } else if (o.ok()) {
                confirmed(e, o.result());
                run.confirmed++;
            } else {
                reject(e, o.message(), run);
            }
        }
        store.markDoneAll(done);
    }

    /**
     * A time the platform's clock has certainly reached, recorded as the entries' send time. Stock and price entries
     * need it to tell, after a lost answer, whether the product changed after the send (decision 0007); when the
     * client has not heard the platform's clock yet (no answer since start), one cheap read asks for it first.
     */
    private Instant sendTime(Command command) {
        Optional<Instant> t = platformClock.atLeast();
        if (t.isEmpty() && (command == Command.SKU_STOCK || command == Command.SKU_PRICE)) {
            try {
                api.logisticsCompanies();
            } catch (PlatformException e) {
                LOG.debug("could not read the platform's time before sending ({})", e.getMessage());
            }
            t = platformClock.atLeast();
        }
        return t.orElse(null);
    }

    /** A call failed as a whole. */
    private void failed(List<OutboxEntry> entries, PlatformException e, Run run, boolean mayHaveBeenApplied) {
        if (e instanceof CredentialsRejectedException) {
            LOG.warn("the platform refused the shop's credentials ({}); outbox delivery stopped", e.getMessage());
            problem = Problem.CREDENTIALS_REJECTED;
            run.offline = true;
            run.stop = true;
            return;
        }
        if (e.isTransient()) {
            // one draw for the batch: its entries stay together for the next attempt
            Instant next = nextAttempt(entries.stream().mapToInt(OutboxEntry::attempts).max().orElse(0) + 1);
            for (OutboxEntry entry : entries) {
                retryLater(entry, next, mayHaveBeenApplied, e.getMessage(), run);
            }
            if (e instanceof TransportException t && !t.mayHaveBeenApplied() && t.httpStatus() == 0) {
                problem = Problem.OFFLINE;
                run.offline = true;
                run.stop = true;
            }
            return;
        }
        // refused as a whole and not worth repeating as is (0001, 0005, 0006, an undocumented code)
        String message = e instanceof ApiException a && a.platformMessage() != null && !a.platformMessage().isBlank()
                ? a.platformMessage() + " (" + a.rawCode() + ")" : e.getMessage();
        for (OutboxEntry entry : entries) {
            reject(entry, message, run);
        }
    }

    private Instant nextAttempt(int attempts) {
        return clock.instant().plus(policy.delay(attempts, random));
    }

    private void retryLater(OutboxEntry e, Instant next, boolean mayHaveBeenApplied, String error, Run run) {
        store.scheduleRetry(e.id(), next, mayHaveBeenApplied, error);
        run.retryLater++;
        LOG.debug("outbox {} retried at {} ({})", e.id(), next, error);
    }

    private void reject(OutboxEntry e, String message, Run run) {
        store.markRejected(e.id(), message);
        run.rejected++;
        LOG.info("outbox {} ({}) rejected by the platform: {}", e.id(), e.describe(), message);
        checks.reconcile(e);
    }

    private void confirmed(OutboxEntry e, Object result) {
        if (e.command() == Command.PRODUCT_CREATE && result instanceof ProductResult pr && pr.productId() != null
                && PlatformChecks.isLocal(e.aggregateId())) {
            store.productCreated(e.aggregateId(), pr);
        }
        if (e.command() == Command.PRODUCT_IMAGE && result instanceof ImageResult ir && ir.imageUrl() != null) {
            store.imageUploaded(Payloads.read(e.payload(), Payloads.ImageUpload.class).ref(), ir.imageUrl());
        }
        store.markDone(e.id());
    }
}
