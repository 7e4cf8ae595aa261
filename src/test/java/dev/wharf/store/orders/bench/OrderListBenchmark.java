package dev.wharf.store.orders.bench;

import dev.wharf.orders.DateField;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderList;
import dev.wharf.orders.OrderPage;
import dev.wharf.orders.OrderTab;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import dev.wharf.store.orders.OrderGenerator;
import dev.wharf.store.orders.SqliteOrderList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * First-page latency of the orders list on a shop database of 1,000,000 orders: every tab, each filter and several
 * searches, p50/p95/max over many runs. Builds the database on the first run (deterministic, seed 42) and reuses it.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.store.orders.bench.OrderListBenchmark \
 *     -Dexec.args="target/bench-orders 1000000 200"
 * </pre>
 * Arguments: folder, number of orders, timed runs per shape.
 */
public final class OrderListBenchmark {
    /** The generated shop's "now": its deadlines and at-risk orders are computed at this instant. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final int PAGE = OrderList.DEFAULT_PAGE;

    private OrderListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-orders");
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path file = dir.resolve("wharf.db");
        boolean fresh = !Files.exists(file);
        try (Database db = Database.open(file)) {
            long stored = TestQueries.longs(db, "SELECT count(*) FROM orders").get(0);
            if (fresh || stored < orders) {
                if (stored > 0) {
                    throw new IllegalStateException(file + " holds " + stored + " orders; delete the folder first");
                }
                long t0 = System.nanoTime();
                new OrderGenerator(42, NOW).generate(db, orders, n -> System.out.printf(Locale.ROOT,
                        "  generated %,d orders (%.0f s)%n", n, (System.nanoTime() - t0) / 1e9));
                System.out.printf(Locale.ROOT, "generated %,d orders in %.1f s%n", orders,
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%s: %,d orders, %,d items, %,d refunds, %.0f MB%n", file,
                    TestQueries.longs(db, "SELECT count(*) FROM orders").get(0),
                    TestQueries.longs(db, "SELECT count(*) FROM order_item").get(0),
                    TestQueries.longs(db, "SELECT count(*) FROM refund").get(0), db.sizeOnDisk() / 1e6);
            run(db, runs);
        }
    }

    private static void run(Database db, int runs) {
        SqliteOrderList list = new SqliteOrderList(db, Clock.fixed(NOW, ZoneOffset.UTC));
        long stored = TestQueries.longs(db, "SELECT count(*) FROM orders").get(0);
        String anOrder = Long.toString(100_000_000_001L + stored / 2);
        String aTrade = TestQueries.strings(db, "SELECT trade_id FROM orders WHERE order_id = ?", anOrder).get(0);
        String aPhone = TestQueries.strings(db, "SELECT receiver_mobile FROM orders WHERE order_id = ?", anOrder)
                .get(0);
        String aTracking = TestQueries.strings(db, "SELECT tracking_number FROM delivery WHERE delivery_id = "
                + "(SELECT max(delivery_id) / 2 FROM delivery)").get(0);
        Map<String, OrderFilter> shapes = new LinkedHashMap<>();
        for (OrderTab tab : OrderTab.values()) {
            shapes.put("tab " + tab.id(), OrderFilter.of(tab));
        }
        OrderFilter all = OrderFilter.of(OrderTab.ALL);
        shapes.put("all, delivery type 7", all.withDeliveryType(7));
        shapes.put("all, ordered in the last 7 days", all.withDates(DateField.ORDERED, NOW.minus(Duration.ofDays(7)),
                NOW));
        shapes.put("all, paid in one month 3 months ago", all.withDates(DateField.PAID,
                NOW.minus(Duration.ofDays(120)), NOW.minus(Duration.ofDays(90))));
        shapes.put("shipped, shipped on one day", OrderFilter.of(OrderTab.SHIPPED).withDates(DateField.SHIPPED,
                NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(30))));
        shapes.put("all, any colour flag", all.withColorFlag(OrderFilter.ANY_FLAG));
        shapes.put("all, colour flag 3", all.withColorFlag(3));
        shapes.put("all, has buyer remark", all.withBuyerRemark(true));
        shapes.put("all, at risk", all.withAtRisk(true));
        shapes.put("awaiting shipment, at risk, type 4", OrderFilter.of(OrderTab.AWAITING_SHIPMENT).withAtRisk(true)
                .withDeliveryType(4));
        shapes.put("search order id", all.withSearch(anOrder));
        shapes.put("search trade id", all.withSearch(aTrade));
        shapes.put("search phone (11 digits)", all.withSearch(aPhone));
        shapes.put("search phone, last 4 digits", all.withSearch(aPhone.substring(7)));
        shapes.put("search tracking number", all.withSearch(aTracking));
        shapes.put("search tracking number, lower case", all.withSearch(aTracking.toLowerCase(Locale.ROOT)));
        shapes.put("search 2-char name 王芳 (LIKE)", all.withSearch("王芳"));
        shapes.put("search 2-char name 秀英 (LIKE)", all.withSearch("秀英"));
        shapes.put("search 1-char 欧 (LIKE)", all.withSearch("欧"));
        shapes.put("search 3-char name 欧阳娜 (FTS)", all.withSearch("欧阳娜"));
        shapes.put("search 4-char name 司马雨涵 (FTS)", all.withSearch("司马雨涵"));
        shapes.put("search 3-char term matching nothing 龘龘龘 (FTS)", all.withSearch("龘龘龘"));
        shapes.put("search rare 5 digits 99999 (FTS)", all.withSearch("99999"));
        shapes.put("search 王芳 + phone last 4 (LIKE + FTS)", all.withSearch("王芳 " + aPhone.substring(7)));
        shapes.put("awaiting shipment, phone last 4 (FTS)", OrderFilter.of(OrderTab.AWAITING_SHIPMENT)
                .withSearch(aPhone.substring(7)));
        shapes.put("awaiting accept, search 王 (LIKE)", OrderFilter.of(OrderTab.AWAITING_ACCEPT).withSearch("王"));
        shapes.put("awaiting accept, search 张子轩 (FTS)", OrderFilter.of(OrderTab.AWAITING_ACCEPT)
                .withSearch("张子轩"));
        System.out.println();
        System.out.println("| shape | carts on page 1 | p50 | p95 | max | page 2 p95 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        List<Double> allP95 = new ArrayList<>();
        for (Map.Entry<String, OrderFilter> e : shapes.entrySet()) {
            OrderFilter f = e.getValue();
            for (int i = 0; i < 10; i++) {
                list.page(f, Optional.empty(), PAGE);
            }
            double[] first = new double[runs];
            double[] second = new double[Math.max(1, runs / 4)];
            OrderPage page = null;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                page = list.page(f, Optional.empty(), PAGE);
                first[i] = (System.nanoTime() - t) / 1e6;
            }
            Optional<dev.wharf.orders.OrderCursor> next = page.next();
            for (int i = 0; i < second.length && next.isPresent(); i++) {
                long t = System.nanoTime();
                list.page(f, next, PAGE);
                second[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(first);
            Arrays.sort(second);
            allP95.add(pct(first, 95));
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.2f ms | %s |%n", e.getKey(),
                    page.carts().size(), pct(first, 50), pct(first, 95), first[first.length - 1],
                    next.isPresent() ? String.format(Locale.ROOT, "%.2f ms", pct(second, 95)) : "–");
        }
        double[] counts = new double[Math.max(5, runs / 10)];
        for (int i = 0; i < counts.length; i++) {
            long t = System.nanoTime();
            list.tabCounts();
            counts[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(counts);
        System.out.printf(Locale.ROOT, "%ntab counts (all 9, one query): p50 %.1f ms, p95 %.1f ms%n", pct(counts, 50),
                pct(counts, 95));
        System.out.printf(Locale.ROOT, "shapes with first-page p95 over 50 ms: %d of %d%n",
                allP95.stream().filter(p -> p > 50).count(), allP95.size());
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
