package dev.wharf.sync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.NeedsAttention;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection end to end (issue 4): the workstation's {@code ShopSync} against a real sandbox, with failures
 * injected around the real client or by the sandbox itself. Each case ends in the right state on the platform and
 * locally, with nothing lost: every action applied once, and what the platform refused in Needs attention.
 */
class FaultInjectionTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox(String name, long seed) {
        return SandboxServer.start(SandboxConfig.of(dir.resolve(name)).withSeed(seed).withHistory(3, 40));
    }

    /** Accepts {@code orders}, ships the first {@code shipped} with tracking numbers {@code prefix + id}, sets stock. */
    private static void act(Station s, List<Long> orders, int shipped, String prefix, String sku, int stock) {
        s.sync.commands().acceptOrders(orders.stream().map(String::valueOf).toList());
        s.sync.commands().deliverOrders(orders.subList(0, shipped).stream()
                .map(id -> new DeliverOrder(id, "Y073", prefix + id, null)).toList());
        if (sku != null) {
            s.sync.commands().updateStock(sku, stock);
        }
    }

    /** The platform and the workstation agree, every action is done once, Needs attention is empty. */
    private static void appliedOnce(SandboxServer server, Station s, List<Long> orders, int shipped, String prefix,
                                    String sku, int stock) {
        Database platform = server.shop().database();
        for (int i = 0; i < orders.size(); i++) {
            long id = orders.get(i);
            long status = Station.count(platform, "SELECT status FROM orders WHERE order_id = ?", id);
            assertThat(status).as("order %d", id).isEqualTo(i < shipped ? 3 : 17);
            if (i < shipped) {
                assertThat(Station.strings(platform, "SELECT tracking_number FROM delivery WHERE order_id = ?", id))
                        .containsExactly(prefix + id);
            }
            assertThat(s.localStatus(id)).as("local order %d", id).isEqualTo((int) status);
        }
        if (sku != null) {
            assertThat(Station.count(platform, "SELECT stock FROM sku WHERE outer_id = ?", sku)).isEqualTo(stock);
            assertThat(Station.count(s.db, "SELECT stock FROM sku WHERE outer_sku_id = ?", sku)).isEqualTo(stock);
        }
        assertThat(Station.strings(s.db, "SELECT command || ' ' || aggregate_id || ' ' || state FROM outbox "
                + "WHERE state <> 'done'")).isEmpty();
        assertThat(s.sync.needsAttention().list()).isEmpty();
        assertThat(s.status.snapshot().pendingChanges()).isZero();
        assertThat(s.db.check().ok()).isTrue();
    }

    private static String sku(SandboxServer server) {
        return Station.strings(server.shop().database(), "SELECT outer_id FROM sku WHERE used = 1 "
                + "AND outer_id IS NOT NULL ORDER BY sku_id LIMIT 1").get(0);
    }

    @Test
    void aTimeoutAfterThePlatformAppliedTheWriteIsCheckedAndNeverRepeated() {
        FaultyApi faults = new FaultyApi();
        Set<String> lostOnce = ConcurrentHashMap.newKeySet();
        try (SandboxServer server = sandbox("sbx", 31);
             Station s = new Station(dir.resolve("p"), server, faults::wrap)) {
            s.runUntilQuiet(10);
            List<Long> orders = Station.acceptable(server, 4);
            String sku = sku(server);
            faults.hook = (m, f) -> {
                Object result = f.call();
                if (FaultyApi.WRITES.contains(m) && lostOnce.add(m)) {
                    throw FaultyApi.lostAnswer(m); // applied on the platform, answer lost on the way back
                }
                return result;
            };
            act(s, orders, 2, "LA", sku, 77);

            SyncEngine.Report first = s.runOnce();
            assertThat(first.delivery().retryLater()).isPositive();
            s.runUntilQuiet(10);

            assertThat(lostOnce).containsExactlyInAnyOrder("acceptOrders", "deliverOrders", "updateStock");
            assertThat(faults.forwarded("acceptOrders")).as("accepts are never repeated blindly").isEqualTo(1);
            assertThat(faults.forwarded("deliverOrders")).isEqualTo(1);
            assertThat(faults.forwarded("updateStock")).isEqualTo(1);
            appliedOnce(server, s, orders, 2, "LA", sku, 77);
        }
    }

    @Test
    void droppedConnectionsLeaveEverythingPendingAndOfflineUntilThePlatformIsBack() {
        FaultyApi faults = new FaultyApi();
        try (SandboxServer server = sandbox("sbx", 32);
             Station s = new Station(dir.resolve("p"), server, faults::wrap)) {
            s.runUntilQuiet(10);
            List<Long> orders = Station.acceptable(server, 3);
            String sku = sku(server);
            faults.forwarded.clear();
            faults.hook = (m, f) -> {
                throw FaultyApi.refused(m);
            };
            act(s, orders, 1, "DC", sku, 5);
            for (int i = 0; i < 3; i++) {
                s.skipBackoff();
                SyncEngine.Report r = s.runOnce();
                assertThat(r.delivery().offline()).isTrue();
                assertThat(r.pull()).isNull();
                assertThat(s.status.snapshot().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
            }
            assertThat(Station.strings(s.db, "SELECT DISTINCT state FROM outbox")).containsExactly("pending");
            assertThat(s.status.snapshot().pendingChanges()).isEqualTo(orders.size() + 1 + 1);
            assertThat(s.localStatus(orders.get(0))).isEqualTo(3); // the user still sees the change
            assertThat(faults.forwarded.values()).allMatch(n -> n.get() == 0);

            faults.hook = (m, f) -> f.call();
            s.runUntilQuiet(10);
            assertThat(s.status.snapshot().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
            assertThat(faults.forwarded("acceptOrders")).isEqualTo(1);
            appliedOnce(server, s, orders, 1, "DC", sku, 5);
        }
    }

    @Test
    void http5xxBeforeAndAfterTheWriteEndsWithEveryActionAppliedOnce() {
        FaultyApi faults = new FaultyApi();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (SandboxServer server = sandbox("sbx", 33);
             Station s = new Station(dir.resolve("p"), server, faults::wrap)) {
            s.runUntilQuiet(10);
            List<Long> orders = Station.acceptable(server, 3);
            String sku = sku(server);
            faults.hook = (m, f) -> {
                if (FaultyApi.WRITES.contains(m) && seen.add(m + "#before")) {
                    throw FaultyApi.http(m, 503, true); // a proxy's 503: the platform never saw it
                }
                if ((FaultyApi.WRITES.contains(m) || m.equals("listProducts")) && seen.add(m + "#after")) {
                    Object ignored = f.call();
                    throw FaultyApi.http(m, 502, true); // applied, then the gateway's 502
                }
                return f.call();
            };
            act(s, orders, 2, "HX", sku, 9);
            s.runUntilQuiet(15);

            assertThat(seen).contains("acceptOrders#after", "deliverOrders#after", "updateStock#after",
                    "listProducts#after");
            assertThat(faults.forwarded("acceptOrders")).isEqualTo(1);
            assertThat(faults.forwarded("deliverOrders")).isEqualTo(1);
            appliedOnce(server, s, orders, 2, "HX", sku, 9);
        }
    }

    @Test
    void aBurstOf0009ThenRecoveryLosesNothing() {
        Path data = dir.resolve("faulty");
        List<Long> orders;
        String sku;
        int port;
        Path profile = dir.resolve("p");
        try (SandboxServer plain = SandboxServer.start(SandboxConfig.of(data).withSeed(34).withHistory(3, 40));
             Station s = new Station(profile, plain, x -> x)) {
            s.runUntilQuiet(10);
            orders = Station.acceptable(plain, 5);
            sku = sku(plain);
            port = plain.baseUri().getPort();
        }
        // the same shop, now answering every second call with 0009
        try (SandboxServer busy = SandboxServer.start(SandboxConfig.of(data).withPort(port).withFaultEvery(2));
             Station s = new Station(profile, busy, x -> x)) {
            act(s, orders, 3, "BZ", sku, 41);
            for (int i = 0; i < 60 && s.unsettled() > 0; i++) {
                s.skipBackoff();
                try {
                    s.runOnce();
                } catch (RuntimeException e) {
                    // a pull that met 0009 reports OFFLINE; anything else is retried by the next run
                }
            }
            assertThat(s.unsettled()).as("every entry delivered through the burst").isZero();
            assertThat(s.sync.needsAttention().list()).isEmpty();
        }
        try (SandboxServer calm = SandboxServer.start(SandboxConfig.of(data).withPort(port));
             Station s = new Station(profile, calm, x -> x)) {
            s.runUntilQuiet(10);
            appliedOnce(calm, s, orders, 3, "BZ", sku, 41);
        }
    }

    @Test
    void aClientClockTwentyMinutesOffIsCorrectedAndTheBatchSentOnce() {
        FaultyApi faults = new FaultyApi();
        try (SandboxServer server = sandbox("sbx", 35);
             Station s = new Station(dir.resolve("p"), server, faults::wrap)) {
            s.runUntilQuiet(10);
            List<Long> orders = Station.acceptable(server, 3);
            String sku = sku(server);
            act(s, orders, 1, "CS", sku, 12);

            s.client.adjustClock(Instant.now().minus(Duration.ofMinutes(20)));
            SyncEngine.Report r = s.runOnce();
            assertThat(r.delivery().confirmed()).as("corrected and sent again in the same run")
                    .isEqualTo(orders.size() + 1 + 1);
            assertThat(s.client.clockOffset().abs()).isLessThan(Duration.ofMinutes(1));

            s.client.adjustClock(Instant.now().plus(Duration.ofMinutes(20)));
            s.runUntilQuiet(5);
            assertThat(faults.forwarded("acceptOrders")).isEqualTo(1);
            appliedOnce(server, s, orders, 1, "CS", sku, 12);
        }
    }

    @Test
    void anAcceptOfAnOrderTheBuyerCancelledOnThePlatformNeedsAttentionWithThePlatformsMessage() {
        try (SandboxServer server = sandbox("sbx", 36);
             Station s = new Station(dir.resolve("p"), server, x -> x)) {
            s.runUntilQuiet(10);
            List<Long> orders = Station.acceptable(server, 3);
            long cancelled = orders.get(2);
            act(s, orders, 1, "PR", null, 0);
            Station.sandboxWrite(server, "UPDATE orders SET status = 12, cancelled_at = ? WHERE order_id = ?",
                    server.shop().clock().toEpochMilli(), cancelled);

            s.runUntilQuiet(10);

            List<NeedsAttention.Item> items = s.sync.needsAttention().list();
            assertThat(items).hasSize(1);
            assertThat(items.get(0).description()).contains("order.accept", String.valueOf(cancelled));
            assertThat(items.get(0).reason()).isNotBlank();
            assertThat(s.status.snapshot().needsAttention()).isEqualTo(1);
            assertThat(s.localStatus(cancelled)).as("the platform's truth shown locally").isEqualTo(12);
            Database platform = server.shop().database();
            assertThat(Station.count(platform, "SELECT status FROM orders WHERE order_id = ?", cancelled))
                    .isEqualTo(12);
            // the others went through
            assertThat(Station.count(platform, "SELECT status FROM orders WHERE order_id = ?", orders.get(0)))
                    .isEqualTo(3);
            assertThat(Station.count(platform, "SELECT status FROM orders WHERE order_id = ?", orders.get(1)))
                    .isEqualTo(17);
            assertThat(s.localStatus(orders.get(0))).isEqualTo(3);
            assertThat(s.localStatus(orders.get(1))).isEqualTo(17);
            assertThat(s.unsettled()).isZero();
        }
    }
}
