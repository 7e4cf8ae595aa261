package dev.wharf.orders;

import dev.wharf.sync.OutboxDelivery;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.outbox.LocalCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Batch accept, UI-free: plan (stock check across the selection), enqueue the accepts (through
 * {@link LocalCommands#acceptOrders}, in chunks of {@value #ENQUEUE_CHUNK} orders, each chunk one transaction),
 * deliver them now, and read each order's result from the outbox. Blocks on the database and the network: call off
 * the JavaFX thread.
 */
public final class AcceptService {
    /** Orders read per query while planning (progress and cancel between chunks). */
    static final int READ_CHUNK = 500;
    /** Orders per enqueue transaction ({@code LocalCommands} takes at most 1,000). */
    static final int ENQUEUE_CHUNK = 1_000;

    private final AcceptSource source;
    private final LocalCommands commands;
    private final OutboxDelivery delivery;

    /** @param delivery sends the outbox now (the shop's dispatcher), or null to leave it to the next sync */
    public AcceptService(AcceptSource source, LocalCommands commands, OutboxDelivery delivery) {
        this.source = Objects.requireNonNull(source, "source");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.delivery = delivery;
    }

    /** How planning reports progress (orders read of total) and learns it was cancelled. */
    public interface Progress {
        void progress(long done, long total);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void progress(long done, long total) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Thrown when planning was cancelled; nothing was written. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("planning cancelled");
        }
    }

    /** Plans accepting {@code orderIds}: reads their lines and the stock of their SKUs, then {@link AcceptPlanner}. */
    public AcceptPlan plan(List<String> orderIds, Progress progress) {
        return plan(orderIds, null, progress);
    }

    /**
     * As {@link #plan(List, Progress)} with the user's choices for short carts: held carts take no stock (see
     * {@link AcceptPlanner#plan(List, List, Map, Map)}); {@code null} plans without choices (every order in turn).
     */
    public AcceptPlan plan(List<String> orderIds, Map<String, AcceptPlan.CartChoice> choices, Progress progress) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(orderIds));
        List<AcceptLine> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += READ_CHUNK) {
            if (progress.isCancelled()) {
                throw new Cancelled();
            }
            lines.addAll(source.lines(ids.subList(i, Math.min(ids.size(), i + READ_CHUNK))));
            progress.progress(Math.min(ids.size(), i + READ_CHUNK), ids.size());
        }
        Set<String> skus = new HashSet<>();
        lines.stream().map(AcceptLine::skuKey).filter(Objects::nonNull).forEach(skus::add);
        Map<String, Integer> stock = source.stock(skus);
        if (progress.isCancelled()) {
            throw new Cancelled();
        }
        return choices == null ? AcceptPlanner.plan(ids, lines, stock)
                : AcceptPlanner.plan(ids, lines, stock, choices);
    }

    /** Every order awaiting acceptance ({@code --all-paid}). */
    public List<String> awaitingAccept() {
        return source.awaitingAccept();
    }

    public List<String> ordersOfTrade(String tradeId) {
        return source.ordersOfTrade(tradeId);
    }

    /**
     * Accepts the orders: local status 17 and one outbox entry each. An order that stopped awaiting acceptance since
     * the plan (a sync brought a cancellation) is skipped instead of failing its chunk. Returns order id → outbox id
     * (skipped orders absent).
     */
    public Map<String, Long> enqueue(List<String> orderIds) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < orderIds.size(); i += ENQUEUE_CHUNK) {
            List<String> chunk = orderIds.subList(i, Math.min(orderIds.size(), i + ENQUEUE_CHUNK));
            List<Long> ids;
            try {
                ids = commands.acceptOrders(chunk);
            } catch (IllegalArgumentException e) {
                chunk = stillAwaiting(chunk);
                if (chunk.isEmpty()) {
                    continue;
                }
                ids = commands.acceptOrders(chunk);
            }
            for (int k = 0; k < chunk.size(); k++) {
                out.put(chunk.get(k), ids.get(k));
            }
        }
        return out;
    }

    private List<String> stillAwaiting(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += READ_CHUNK) {
            for (AcceptLine l : source.lines(ids.subList(i, Math.min(ids.size(), i + READ_CHUNK)))) {
                if (OrderRules.canAccept(l.status()) && !out.contains(l.orderId())) {
                    out.add(l.orderId());
                }
            }
        }
        return out;
    }

    /**
     * Sends what is due now (the accepts among it) when a delivery is wired; returns false when there is none or the
     * platform could not be reached (the entries wait for the next sync).
     */
    public boolean deliverNow(BooleanSupplier cancelled) {
        if (delivery == null) {
            return false;
        }
        OutboxDelivery.DeliveryReport r = delivery.deliverDue(new SyncProgress() {
            @Override
            public void progress(String phase, long done, long total) {
                // results are read from the outbox
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        });
        return !r.offline();
    }

    /** Each enqueued order's result as the outbox knows it now. */
    public List<AcceptResult> results(Map<String, Long> enqueued) {
        Map<Long, AcceptSource.EntryState> states = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(enqueued.values());
        for (int i = 0; i < all.size(); i += READ_CHUNK) {
            states.putAll(source.entryStates(all.subList(i, Math.min(all.size(), i + READ_CHUNK))));
        }
        List<AcceptResult> out = new ArrayList<>(enqueued.size());
        enqueued.forEach((order, entry) -> out.add(result(order, states.get(entry))));
        return out;
    }

    private static AcceptResult result(String orderId, AcceptSource.EntryState s) {
        if (s == null) {
            return new AcceptResult(orderId, AcceptResult.State.SKIPPED, null);
        }
        return switch (s.state()) {
            case "done" -> new AcceptResult(orderId, AcceptResult.State.CONFIRMED, null);
            case "rejected" -> new AcceptResult(orderId, AcceptResult.State.REFUSED, s.lastError());
            case "discarded" -> new AcceptResult(orderId, AcceptResult.State.SKIPPED, s.lastError());
            default -> new AcceptResult(orderId, AcceptResult.State.WAITING, s.lastError());
        };
    }

    /** Counts per state, for summaries. */
    public static Map<AcceptResult.State, Long> tally(Collection<AcceptResult> results) {
        Map<AcceptResult.State, Long> out = new java.util.EnumMap<>(AcceptResult.State.class);
        for (AcceptResult.State s : AcceptResult.State.values()) {
            out.put(s, 0L);
        }
        results.forEach(r -> out.merge(r.state(), 1L, Long::sum));
        return out;
    }
}
