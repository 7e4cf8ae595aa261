package dev.wharf.orders.bench;

import dev.wharf.orders.AcceptPlan;
import dev.wharf.orders.AcceptResult;
import dev.wharf.orders.AcceptService;
import dev.wharf.orders.ShopFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Batch accept of 1,000 orders end to end against a local sandbox: plan (stock check), enqueue through the outbox
 * (local status + outbox rows), delivery to the sandbox over loopback HTTP (10 signed calls of 100), and the
 * per-order results read back. Each run builds a fresh sandbox shop and workstation database under
 * {@code target/bench-accept/run-N} (set-up not timed). Arguments: orders (1000), runs (3).
 */
public final class AcceptBenchmark {
    private AcceptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            Path dir = Path.of("target/bench-accept/run-" + run);
            deleteTree(dir);
            try (ShopFixture shop = new ShopFixture(dir, orders)) {
                shop.localWrite("UPDATE sku SET stock = 1000000");
                List<String> ids = shop.awaitingAccept(orders);
                if (ids.size() < orders) {
                    throw new IllegalStateException("only " + ids.size() + " orders await acceptance");
                }
                AcceptService service = shop.acceptService();
                long t0 = System.nanoTime();
                AcceptPlan plan = service.plan(ids, AcceptService.Progress.NONE);
                long t1 = System.nanoTime();
                Map<String, Long> enqueued = service.enqueue(plan.toAccept(Map.of()));
                long t2 = System.nanoTime();
                service.deliverNow(() -> false);
                long t3 = System.nanoTime();
                List<AcceptResult> results = service.results(enqueued);
                long t4 = System.nanoTime();
                Map<AcceptResult.State, Long> tally = AcceptService.tally(results);
                System.out.printf(Locale.ROOT, "run %d: %d orders, plan %.0f ms, enqueue %.0f ms, delivery %.0f ms, "
                        + "results %.0f ms, total %.0f ms; %d confirmed, %d refused, %d waiting%n", run, ids.size(),
                        ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t0, t4),
                        tally.get(AcceptResult.State.CONFIRMED), tally.get(AcceptResult.State.REFUSED),
                        tally.get(AcceptResult.State.WAITING));
            }
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
