package dev.wharf.sync.reliability;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sync.outbox.NeedsAttention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The workstation side of {@link CrashSafetyTest}, run in a child JVM that the test kills hard at random points.
 * It opens the profile database, builds {@code ShopSync} against the sandbox, completes the initial pull, then
 * works through a fixed plan of user actions: each action is enqueued once (the plan position is the number of
 * outbox rows, and every action is one row written in one transaction), followed by a sync run. When the plan is
 * done it keeps syncing until killed.
 *
 * <p>Arguments: profile folder, gateway base URL, app id, app secret, auth code, plan file (one action a line:
 * {@code accept ID}, {@code deliver ID COMPANY TRACKING}, {@code stock OUTER_SKU N}).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        List<String> plan = Files.readAllLines(Path.of(args[5]));
        try (Station s = new Station(Path.of(args[0]), args[1], args[2], args[3], args[4], UnaryOperator.identity())) {
            System.out.println("READY");
            System.out.flush();
            while (true) {
                step(s, plan);
            }
        }
    }

    /**
     * Read by the parent after the rounds: finishes the plan and syncs until nothing is left. Plays the user for the
     * one kind of Needs-attention item a kill can cause: a stock change killed after it was marked sending but before
     * its request left, within 2 s of the product's previous change, cannot be told from one applied and then changed
     * elsewhere (decision 0007), so Wharf keeps it back; the user retries it. Returns those items, for the parent to
     * check that the platform still had the previous value.
     */
    static List<NeedsAttention.Item> finish(Station s, List<String> plan) {
        for (int i = 0; i < 10_000 && enqueued(s) < plan.size(); i++) {
            s.skipBackoff();
            step(s, plan);
        }
        List<NeedsAttention.Item> retried = new ArrayList<>();
        for (NeedsAttention.Item item : s.sync.needsAttention().list()) {
            if (item.entry().conflict() != null) {
                retried.add(item);
                s.sync.needsAttention().retry(item.entry().id());
            }
        }
        s.runUntilQuiet(50);
        return retried;
    }

    static long enqueued(Station s) {
        return Station.count(s.db, "SELECT count(*) FROM outbox");
    }

    /** Enqueues the next action of the plan (once the initial pull has completed), then runs one sync. */
    static void step(Station s, List<String> plan) {
        long next = enqueued(s);
        boolean pulled = Station.count(s.db, "SELECT count(*) FROM orders") > 0 && !needsInitial(s);
        if (pulled && next < plan.size()) {
            enqueue(s, plan.get((int) next));
            System.out.println("ENQUEUED " + (next + 1));
        }
        try {
            s.runOnce();
        } catch (RuntimeException e) {
            System.err.println("sync run failed: " + e);
        }
        if (pulled && next >= plan.size() && s.unsettled() == 0) {
            System.out.println("IDLE");
        }
    }

    private static boolean needsInitial(Station s) {
        // the engine's puller runs the initial pull until it completed; a completed one is recorded in sync_state
        return Station.count(s.db, "SELECT count(*) FROM sync_state WHERE key = 'pull.initial.completed'") == 0;
    }

    private static void enqueue(Station s, String action) {
        String[] a = action.split(" ");
        switch (a[0]) {
            case "accept" -> s.sync.commands().acceptOrders(List.of(a[1]));
            case "deliver" -> s.sync.commands().deliverOrders(List.of(
                    new DeliverOrder(Long.parseLong(a[1]), a[2], a[3], null)));
            case "stock" -> s.sync.commands().updateStock(a[1], Integer.parseInt(a[2]));
            default -> throw new IllegalArgumentException(action);
        }
    }

    static void writePlan(Path file, List<String> plan) throws IOException {
        Files.write(file, plan);
    }
}
