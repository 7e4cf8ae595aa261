package dev.wharf.sync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.sync.outbox.Conflict;
import dev.wharf.sync.outbox.NeedsAttention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations (two profiles, two databases, two clients) on ONE sandbox shop accept overlapping sets of paid
 * orders and ship what they accepted, at the same time (issue 4). Afterwards: no order ships twice, each conflicting
 * action of the station that came second is in its Needs attention with the platform's message (not lost), and
 * once the user has dealt with them both stations show the platform's state, each including the other's shipments.
 */
class TwoWorkstationsTest {
    @TempDir
    Path dir;

    @Test
    void twoStationsAcceptingAndShippingTheSameOrdersConvergeAndNothingShipsTwice() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sbx")).withSeed(37)
                .withHistory(3, 40));
             Station a = new Station(dir.resolve("seoul"), server, x -> x);
             Station b = new Station(dir.resolve("busan"), server, x -> x)) {
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);
            List<Long> all = Station.acceptable(server, 24);
            assertThat(all).hasSize(24);
            List<Long> setA = all.subList(0, 16);
            List<Long> setB = all.subList(8, 24);
            List<Long> overlap = all.subList(8, 16);
            String sku = Station.strings(server.shop().database(), "SELECT outer_id FROM sku WHERE used = 1 "
                    + "AND outer_id IS NOT NULL ORDER BY sku_id LIMIT 1").get(0);

            CyclicBarrier enqueued = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> fa = pool.submit(() -> work(a, setA, "A", sku, 11, enqueued));
                Future<?> fb = pool.submit(() -> work(b, setB, "B", sku, 22, enqueued));
                fa.get(120, TimeUnit.SECONDS);
                fb.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            // sync until quiet; the user discards what the platform refused (after it was seen in Needs attention)
            List<String> refusedA = new CopyOnWriteArrayList<>();
            List<String> refusedB = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 10; i++) {
                settle(a);
                settle(b);
                boolean quiet = a.unsettled() == 0 && b.unsettled() == 0;
                int handled = resolve(a, refusedA) + resolve(b, refusedB);
                if (quiet && handled == 0) {
                    break;
                }
            }
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);
            System.out.printf("TwoWorkstationsTest: refused at A %s%n  refused at B %s%n", refusedA, refusedB);

            // every overlapping order was accepted by one station; the other's accept was refused, with a message
            List<String> refusedAccepts = new ArrayList<>();
            for (String r : concat(refusedA, refusedB)) {
                if (r.startsWith("order.accept")) {
                    refusedAccepts.add(r);
                }
            }
            assertThat(refusedAccepts).hasSize(overlap.size());
            for (long id : overlap) {
                assertThat(refusedAccepts).filteredOn(r -> r.contains(" " + id + ":")).hasSize(1);
            }
            assertThat(concat(refusedA, refusedB)).allSatisfy(r -> {
                assertThat(r).contains(" | ");
                assertThat(r.substring(r.indexOf(" | ") + 3)).as("the platform's message").isNotBlank();
                assertThat(overlap.stream().anyMatch(id -> r.contains(" " + id + ":"))).as(r).isTrue();
            });

            // no order ships twice; every order shipped once; both stations show the platform's state
            Database platform = server.shop().database();
            for (long id : all) {
                assertThat(Station.count(platform, "SELECT status FROM orders WHERE order_id = ?", id)).isEqualTo(3);
                List<String> tracking = Station.strings(platform,
                        "SELECT tracking_number FROM delivery WHERE order_id = ? AND logistics_type = 1", id);
                assertThat(tracking).as("international deliveries of %d", id).hasSize(1);
                for (Station s : List.of(a, b)) {
                    assertThat(s.localStatus(id)).isEqualTo(3);
                    assertThat(Station.strings(s.db, "SELECT tracking_number FROM delivery WHERE order_id = ? "
                            + "AND leg = 1", String.valueOf(id))).as("local delivery of %d", id)
                            .containsExactlyElementsOf(tracking);
                }
                if (!overlap.contains(id)) {
                    assertThat(tracking.get(0)).startsWith(setA.contains(id) ? "A" : "B");
                }
            }
            // both set the same SKU's stock at once: the platform keeps one of them, and so do both stations
            long stock = Station.count(platform, "SELECT stock FROM sku WHERE outer_id = ?", sku);
            assertThat(stock).isIn(11L, 22L);
            for (Station s : List.of(a, b)) {
                assertThat(Station.count(s.db, "SELECT stock FROM sku WHERE outer_sku_id = ?", sku)).isEqualTo(stock);
                assertThat(Station.strings(s.db, "SELECT state FROM outbox WHERE state NOT IN ('done', 'discarded')"))
                        .isEmpty();
                assertThat(s.db.check().ok()).isTrue();
            }
        }
    }

    /**
     * Station A's stock change reaches the platform but its answer is lost; station B then sets the same SKU and
     * is confirmed. When A checks its uncertain entry, the platform shows B's (newer) value, and the product's
     * update_time is not before A's send: A must not send its older value again (decision 0007). A's change goes to
     * its Needs attention with the conflict (retry or discard is the user's call), and A's local stock shows B's.
     */
    @Test
    void aLostAnswerCheckedAfterTheOtherStationsNewerChangeDoesNotBringBackTheOlderValue() {
        FaultyApi faults = new FaultyApi();
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sbx")).withSeed(38)
                .withHistory(3, 40));
             Station a = new Station(dir.resolve("seoul"), server, faults::wrap);
             Station b = new Station(dir.resolve("busan"), server, x -> x)) {
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);
            String sku = Station.strings(server.shop().database(), "SELECT outer_id FROM sku WHERE used = 1 "
                    + "AND outer_id IS NOT NULL ORDER BY sku_id LIMIT 1").get(0);
            faults.hook = (m, f) -> {
                Object r = f.call();
                if (m.equals("updateStock")) {
                    throw FaultyApi.lostAnswer(m);
                }
                return r;
            };
            a.sync.commands().updateStock(sku, 11);
            a.runOnce(); // applied on the platform, answer lost: the entry stays "sending"
            faults.hook = (m, f) -> f.call();

            b.sync.commands().updateStock(sku, 22); // later, on the other station
            b.runUntilQuiet(10);
            assertThat(Station.count(server.shop().database(), "SELECT stock FROM sku WHERE outer_id = ?", sku))
                    .isEqualTo(22);

            a.runUntilQuiet(10);
            assertThat(Station.count(server.shop().database(), "SELECT stock FROM sku WHERE outer_id = ?", sku))
                    .as("the newer change (B's) stays").isEqualTo(22);
            assertThat(faults.forwarded("updateStock")).as("A's stock was sent once, never again").isEqualTo(1);
            List<NeedsAttention.Item> attention = a.sync.needsAttention().list();
            assertThat(attention).hasSize(1);
            Conflict conflict = attention.get(0).entry().conflict();
            assertThat(conflict).isEqualTo(new Conflict(Conflict.Kind.STOCK, sku, "22", "11",
                    conflict.changedAfterSend()));
            assertThat(attention.get(0).reason()).startsWith("The platform's stock of " + sku)
                    .endsWith("Retry to send 11 again, or discard to keep 22.");
            assertThat(Station.count(a.db, "SELECT stock FROM sku WHERE outer_sku_id = ?", sku))
                    .as("A shows the platform's stock").isEqualTo(22);

            // the user discards it: nothing more is sent, both stations agree with the platform
            a.sync.needsAttention().discard(attention.get(0).entry().id());
            a.runUntilQuiet(10);
            assertThat(faults.forwarded("updateStock")).isEqualTo(1);
            assertThat(Station.count(a.db, "SELECT stock FROM sku WHERE outer_sku_id = ?", sku)).isEqualTo(22);
        }
    }

    /**
     * One order in two parcels, shipped from both stations with different numbers: A's deliver (both numbers in one
     * entry) reaches the platform but its answer is lost; B's comes later. The platform ships the order once, with
     * A's two numbers; A's check before a resend finds both and does not send again; B's deliver is refused (not a
     * further pair of parcels) and waits in B's Needs attention; afterwards both stations show A's two parcels.
     */
    @Test
    void aTwoParcelOrderShippedFromTwoStationsShipsOnceWithOneStationsNumbers() {
        FaultyApi faults = new FaultyApi();
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sbx")).withSeed(39)
                .withHistory(3, 40));
             Station a = new Station(dir.resolve("seoul"), server, faults::wrap);
             Station b = new Station(dir.resolve("busan"), server, x -> x)) {
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);
            long id = Station.acceptable(server, 1).get(0);
            a.sync.commands().acceptOrders(List.of(String.valueOf(id)));
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);
            assertThat(b.localStatus(id)).isEqualTo(17);

            a.sync.commands().deliverOrders(List.of(new DeliverOrder(id, "Y073", "A1-" + id + ",A2-" + id, null)));
            b.sync.commands().deliverOrders(List.of(new DeliverOrder(id, "Y073", "B1-" + id + ",B2-" + id, null)));
            assertThat(Station.count(a.db, "SELECT count(*) FROM outbox WHERE command = 'order.deliver'")).isOne();
            faults.hook = (m, f) -> {
                Object r = f.call();
                if (m.equals("deliverOrders")) {
                    throw FaultyApi.lostAnswer(m);
                }
                return r;
            };
            a.runOnce(); // shipped on the platform with A1, A2; the answer is lost: A's entry stays "sending"
            faults.hook = (m, f) -> f.call();
            b.runOnce(); // refused: the order has shipped

            List<String> refusedB = new ArrayList<>();
            for (int i = 0; i < 5 && resolve(b, refusedB) == 0; i++) {
                settle(b);
            }
            a.runUntilQuiet(10);
            b.runUntilQuiet(10);

            assertThat(faults.forwarded("deliverOrders")).as("A's deliver was sent once, never again").isEqualTo(1);
            assertThat(refusedB).singleElement().satisfies(r -> assertThat(r).contains(String.valueOf(id)));
            Database platform = server.shop().database();
            List<String> numbers = List.of("A1-" + id, "A2-" + id);
            assertThat(Station.strings(platform, "SELECT tracking_number FROM delivery WHERE order_id = ? ORDER BY id",
                    id)).containsExactlyElementsOf(numbers);
            for (Station s : List.of(a, b)) {
                assertThat(s.localStatus(id)).isEqualTo(3);
                assertThat(Station.strings(s.db, "SELECT tracking_number FROM delivery WHERE order_id = ? AND leg = 1 "
                        + "ORDER BY tracking_number", String.valueOf(id))).containsExactlyElementsOf(numbers);
                assertThat(Station.strings(s.db, "SELECT state FROM outbox WHERE state NOT IN ('done', 'discarded')"))
                        .isEmpty();
            }
            assertThat(Station.strings(a.db, "SELECT state FROM outbox WHERE command = 'order.deliver'"))
                    .containsExactly("done");
        }
    }

    /** One seller: accepts the orders (offline, so both stations' accepts are queued), syncs, ships, syncs. */
    private static Void work(Station s, List<Long> orders, String prefix, String sku, int stock,
                             CyclicBarrier enqueued) throws Exception {
        s.sync.commands().acceptOrders(orders.stream().map(String::valueOf).toList());
        s.sync.commands().updateStock(sku, stock);
        enqueued.await(30, TimeUnit.SECONDS);
        s.runOnce();
        for (long id : orders) {
            if (Integer.valueOf(17).equals(s.localStatus(id))) {
                s.sync.commands().deliverOrders(List.of(new DeliverOrder(id, "Y073", prefix + id, null)));
            }
        }
        s.runOnce();
        return null;
    }

    private static void settle(Station s) {
        for (int i = 0; i < 5; i++) {
            s.skipBackoff();
            try {
                s.runOnce();
            } catch (RuntimeException e) {
                // retried by the next run
            }
        }
    }

    /** Records every Needs-attention item ("description | reason") and discards it. Returns how many. */
    private static int resolve(Station s, List<String> seen) {
        List<NeedsAttention.Item> items = s.sync.needsAttention().list();
        for (NeedsAttention.Item item : items) {
            seen.add(item.description() + " | " + item.reason());
            s.sync.needsAttention().discard(item.entry().id());
        }
        return items.size();
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }
}
