package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.ProxySetting;
import dev.wharf.platform.TransportException;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.OutboxDelivery.DeliveryReport;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox end to end: local commands → SQLite → dispatcher → a real sandbox on a loopback port. */
class OutboxDeliveryTest {
    static final String NOT_AWAITING_ACCEPT = "订单状态不允许接单 (order is not awaiting acceptance)";

    @TempDir
    static Path sandboxDir;
    static SandboxServer server;

    @TempDir
    Path shopDir;
    OutboxFixture f;
    InterceptingApi api;
    OutboxDispatcher dispatcher;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(OutboxFixture.config(sandboxDir, 11).withHistory(3, 250));
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        f = new OutboxFixture(server, shopDir);
        api = new InterceptingApi(f.client);
        dispatcher = f.dispatcher(api);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    DeliveryReport run() {
        return dispatcher.deliverDue(SyncProgress.NONE);
    }

    List<Long> orders(int n) {
        List<Long> ids = f.awaitingAccept(n);
        assertThat(ids).hasSize(n);
        f.importOrders(ids);
        return ids;
    }

    static List<String> text(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    long sandboxStatus(long orderId) {
        return f.sandbox("SELECT status FROM orders WHERE order_id = ?", Long.class, orderId).get(0);
    }

    @Test
    void aFailingLocalEffectLeavesNoOutboxRowAndAFailingOutboxInsertLeavesNoLocalChange() {
        List<Long> ids = orders(1);
        assertThatThrownBy(() -> f.commands.acceptOrders(List.of(String.valueOf(ids.get(0)), "999999999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order 999999999");
        assertThat(f.localStatus(ids.get(0))).isEqualTo(2);
        assertThat(f.local("SELECT count(*) FROM outbox", Long.class)).containsExactly(0L);

        f.db.write(c -> c.createStatement().executeUpdate("CREATE TRIGGER no_outbox BEFORE INSERT ON outbox "
                + "BEGIN SELECT RAISE(ABORT, 'outbox is broken'); END"));
        assertThatThrownBy(() -> f.commands.acceptOrders(text(ids))).hasMessageContaining("outbox is broken");
        assertThat(f.localStatus(ids.get(0))).isEqualTo(2);
        f.db.write(c -> c.createStatement().executeUpdate("DROP TRIGGER no_outbox"));

        f.commands.acceptOrders(text(ids));
        assertThat(f.localStatus(ids.get(0))).isEqualTo(17);
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(1, 0));
        assertThat(f.heard).last().isEqualTo(new OutboxCounts(1, 0));
    }

    @Test
    void inputsAreCheckedBeforeAnythingIsWritten() {
        List<Long> ids = orders(1);
        String id = String.valueOf(ids.get(0));
        assertThatThrownBy(() -> f.commands.cancelOrder(id, " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(0), "Y073", "", null))))
                .hasMessageContaining("tracking_number of order " + id);
        assertThatThrownBy(() -> f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(0), "Y073", "SF1", null))))
                .hasMessageContaining("order " + id + " is not awaiting shipment");
        assertThatThrownBy(() -> f.commands.updateStock("nope", 1)).hasMessageContaining("SKU nope");
        assertThatThrownBy(() -> f.commands.acceptOrders(List.of(id, id))).hasMessageContaining("twice");
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
    }

    @Test
    void accepting150OrdersTakesTwoCallsAndConfirmsEveryOne() {
        List<Long> ids = orders(150);
        SyncStatus status = new SyncStatus();
        f.commands.acceptOrders(text(ids));
        assertThat(f.store.counts().pending()).isEqualTo(150);

        OutboxDispatcher d = new OutboxDispatcher(api, f.store, f.clock, new java.util.Random(1), RetryPolicy.DEFAULT,
                t -> { }, c -> status.setOutboxCounts(c.pending(), c.needsAttention()));
        DeliveryReport report = d.deliverDue(SyncProgress.NONE);

        assertThat(report).isEqualTo(new DeliveryReport(150, 0, 0, false));
        assertThat(api.count("acceptOrders")).isEqualTo(2);
        assertThat(f.sandbox("SELECT count(*) FROM orders WHERE status = 17 AND order_id IN ("
                + String.join(",", text(ids)) + ")", Long.class)).containsExactly(150L);
        assertThat(f.local("SELECT count(*) FROM outbox WHERE state = 'done'", Long.class)).containsExactly(150L);
        assertThat(status.snapshot().pendingChanges()).isZero();
    }

    @Test
    void acceptThenDeliverOfOneOrderAreSentInThatOrderInOneRun() {
        long id = orders(1).get(0);
        f.commands.acceptOrders(List.of(String.valueOf(id)));
        f.commands.deliverOrders(List.of(new DeliverOrder(id, "Y073", "SF-ORDER-" + id, null)));

        assertThat(run().confirmed()).isEqualTo(2);
        assertThat(api.forwarded).extracting(InterceptingApi.Call::method)
                .containsExactly("acceptOrders", "deliverOrders");
        assertThat(sandboxStatus(id)).isEqualTo(3);
        assertThat(f.sandbox("SELECT tracking_number FROM delivery WHERE order_id = ?", String.class, id))
                .containsExactly("SF-ORDER-" + id);
    }

    @Test
    void anAcceptOfAnOrderTheBuyerCancelledMeanwhileNeedsAttentionAndTheLocalOrderShowsCancelled() {
        List<Long> ids = orders(2);
        f.commands.acceptOrders(text(ids));
        long cancelled = ids.get(1);
        f.sandboxWrite("UPDATE orders SET status = 12, cancelled_at = 1740794400000 WHERE order_id = ?", cancelled);

        DeliveryReport report = run();

        assertThat(report).isEqualTo(new DeliveryReport(1, 1, 0, false));
        assertThat(f.localStatus(ids.get(0))).isEqualTo(17);
        assertThat(f.localStatus(cancelled)).isEqualTo(12);
        NeedsAttention attention = f.needsAttention(dispatcher);
        assertThat(attention.list()).singleElement().satisfies(item -> {
            assertThat(item.reason()).isEqualTo(NOT_AWAITING_ACCEPT);
            assertThat(item.description()).contains("order.accept", String.valueOf(cancelled));
        });
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 1));
        assertThat(f.heard).last().isEqualTo(new OutboxCounts(0, 1));
    }

    @Test
    void aRejectedDeliveryIsEditedWithANewTrackingNumberAndGoesThrough() {
        List<Long> ids = orders(2);
        f.commands.acceptOrders(text(ids));
        run();
        String used = "USED-" + ids.get(0);
        f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(0), "Y073", used, null)));
        run();
        f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(1), "Y073", used, null)));
        assertThat(run().rejected()).isEqualTo(1);
        NeedsAttention attention = f.needsAttention(dispatcher);
        NeedsAttention.Item item = attention.list().get(0);
        assertThat(item.reason()).contains("tracking number already used by another order");

        assertThatThrownBy(() -> attention.edit(item.entry().id(), "{\"order_id\": 1, \"logistics_company_id\": "
                + "\"Y073\", \"tracking_number\": \"X\"}")).hasMessageContaining("cannot move");
        String fixed = "FIXED-" + ids.get(1);
        attention.edit(item.entry().id(), Payloads.write(new DeliverOrder(ids.get(1), "Y073", fixed, null)));
        assertThat(f.local("SELECT tracking_number FROM delivery WHERE order_id = ?", String.class,
                String.valueOf(ids.get(1)))).containsExactly(fixed);
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(1, 0));

        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(f.sandbox("SELECT tracking_number FROM delivery WHERE order_id = ?", String.class, ids.get(1)))
                .containsExactly(fixed);
    }

    @Test
    void aRejectedTwoParcelDeliveryIsCorrectedWithBothNewNumbersAndGoesThrough() {
        List<Long> ids = orders(2);
        f.commands.acceptOrders(text(ids));
        run();
        String used = "USED2-" + ids.get(0);
        f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(0), "Y073", used, null)));
        run();
        f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(1), "Y073", "OK1-" + ids.get(1) + "," + used,
                null)));
        assertThat(run().rejected()).isEqualTo(1);
        NeedsAttention attention = f.needsAttention(dispatcher);
        NeedsAttention.Item item = attention.list().get(0);
        assertThat(attention.deliveryFields(item.entry()).orElseThrow().trackingNumber())
                .isEqualTo("OK1-" + ids.get(1) + "," + used);

        String a = "NEW1-" + ids.get(1);
        String b = "NEW2-" + ids.get(1);
        attention.editDelivery(item.entry().id(), new NeedsAttention.DeliveryFields("Y073", " " + a + " , " + b));
        assertThat(f.local("SELECT tracking_number FROM delivery WHERE order_id = ? ORDER BY tracking_number",
                String.class, String.valueOf(ids.get(1)))).containsExactly(a, b);
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(f.sandbox("SELECT tracking_number FROM delivery WHERE order_id = ? ORDER BY id", String.class,
                ids.get(1))).containsExactly(a, b);
    }

    @Test
    void aRejectedChangeCanBeRetriedOrDiscarded() {
        List<Long> ids = orders(1);
        long id = ids.get(0);
        f.commands.acceptOrders(text(ids));
        f.sandboxWrite("UPDATE orders SET status = 12 WHERE order_id = ?", id);
        run();
        NeedsAttention attention = f.needsAttention(dispatcher);
        long entry = attention.list().get(0).entry().id();

        // the buyer's cancellation is undone on the platform (a test shortcut): retry now works
        f.sandboxWrite("UPDATE orders SET status = 2 WHERE order_id = ?", id);
        attention.retry(entry);
        assertThat(f.store.find(entry).orElseThrow().state()).isEqualTo(OutboxEntry.State.PENDING);
        assertThat(f.store.find(entry).orElseThrow().attempts()).isZero();
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(sandboxStatus(id)).isEqualTo(17);

        // a cancel the platform refuses (already accepted), discarded: the local order is the platform's again
        List<Long> more = orders(1);
        long other = more.get(0);
        f.commands.cancelOrder(String.valueOf(other), "out of stock");
        f.sandboxWrite("UPDATE orders SET status = 17 WHERE order_id = ?", other);
        assertThat(run().rejected()).isEqualTo(1);
        long cancelEntry = attention.list().get(0).entry().id();
        assertThat(f.localStatus(other)).isEqualTo(17);
        f.db.write(c -> c.createStatement().executeUpdate("UPDATE orders SET status = 13 WHERE order_id = '"
                + other + "'"));
        assertThat(attention.discard(cancelEntry)).isTrue();
        assertThat(f.store.find(cancelEntry).orElseThrow().state()).isEqualTo(OutboxEntry.State.DISCARDED);
        assertThat(f.localStatus(other)).isEqualTo(17);
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
        assertThatThrownBy(() -> attention.retry(cancelEntry)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureBeforeSendingIsRetriedLaterWithBackoffAndDeliveredOnce() {
        List<Long> ids = orders(3);
        f.commands.acceptOrders(text(ids));
        AtomicInteger failures = new AtomicInteger(2);
        api.hook = (m, a, forward) -> {
            if (m.equals("acceptOrders") && failures.getAndDecrement() > 0) {
                throw new TransportException(m, "connection refused", false, 0, null);
            }
            return forward.get();
        };
        Instant start = f.clock.instant();
        DeliveryReport first = run();
        assertThat(first).isEqualTo(new DeliveryReport(0, 0, 3, true));
        assertThat(dispatcher.problem()).isEqualTo(OutboxDispatcher.Problem.OFFLINE);
        OutboxEntry e = f.store.find(f.store.unresolved().get(0).id()).orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxEntry.State.PENDING);
        assertThat(e.attempts()).isEqualTo(1);
        Duration wait1 = Duration.between(start, e.nextAttemptAt());
        assertThat(wait1).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));

        assertThat(run()).isEqualTo(DeliveryReport.NOTHING); // not due yet
        f.clock.advance(wait1);
        assertThat(run().retryLater()).isEqualTo(3);
        OutboxEntry again = f.store.find(e.id()).orElseThrow();
        assertThat(Duration.between(f.clock.instant(), again.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));

        f.clock.advance(Duration.ofMinutes(10));
        assertThat(run().confirmed()).isEqualTo(3);
        assertThat(api.count("acceptOrders")).isEqualTo(1);
        ids.forEach(id -> assertThat(sandboxStatus(id)).isEqualTo(17));
    }

    @Test
    void aLostAnswerIsCheckedAgainstThePlatformAndNeverSentTwice() {
        List<Long> ids = orders(2);
        f.commands.acceptOrders(text(ids));
        api.hook = lostAnswerOnce("acceptOrders");
        assertThat(run().retryLater()).isEqualTo(2);
        assertThat(f.store.unresolved()).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxEntry.State.SENDING));

        f.clock.advance(Duration.ofMinutes(11));
        assertThat(run().confirmed()).isEqualTo(2);
        assertThat(api.count("acceptOrders")).isEqualTo(1);

        String tracking = "SF-LOST-" + ids.get(0);
        f.commands.deliverOrders(List.of(new DeliverOrder(ids.get(0), "Y073", tracking, null)));
        api.hook = lostAnswerOnce("deliverOrders");
        run();
        f.clock.advance(Duration.ofMinutes(11));
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(api.count("deliverOrders")).isEqualTo(1);
        assertThat(f.sandbox("SELECT count(*) FROM delivery WHERE tracking_number = ?", Long.class, tracking))
                .containsExactly(1L);
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
    }

    @Test
    void aProductCreatedOfflineIsCreatedOnceThenItsStockAndShelvingFollow() {
        LocalCommands.Created created = f.commands.createProduct(OutboxFixture.newProduct("Lipstick 口红",
                "LIP-RED-1", "LIP-RED-2"), "new colour");
        f.commands.updateStock("LIP-RED-1", 0);
        f.commands.shelveProduct(created.localId());
        api.hook = lostAnswerOnce("createProduct");
        run();
        assertThat(api.count("updateStock")).isZero(); // waits for the create
        f.clock.advance(Duration.ofMinutes(11));
        DeliveryReport report = run();

        assertThat(report.confirmed()).isEqualTo(3);
        assertThat(api.count("createProduct")).isEqualTo(2); // sent again: the client key makes it one product
        List<String> platformIds = f.sandbox("SELECT product_id FROM product WHERE client_key IS NOT NULL "
                + "AND product_id IN (SELECT product_id FROM sku WHERE outer_id = 'LIP-RED-1')", String.class);
        assertThat(platformIds).hasSize(1);
        String pid = platformIds.get(0);
        assertThat(f.sandbox("SELECT stock FROM sku WHERE outer_id = 'LIP-RED-1'", Long.class)).containsExactly(0L);
        assertThat(f.local("SELECT product_id FROM sku WHERE outer_sku_id = 'LIP-RED-1'", String.class))
                .containsExactly(pid);
        assertThat(f.local("SELECT count(*) FROM product WHERE product_id = ?", Long.class, created.localId()))
                .containsExactly(0L);
    }

    @Test
    void aClientTwentyMinutesOffIsCorrectedAndDelivers() {
        List<Long> ids = orders(1);
        f.commands.acceptOrders(text(ids));
        GatewayClient skewed = OutboxFixture.client(server);
        skewed.adjustClock(Instant.now().plus(Duration.ofMinutes(20)));
        AtomicInteger corrections = new AtomicInteger();
        InterceptingApi counting = new InterceptingApi(skewed);
        OutboxDispatcher d = new OutboxDispatcher(counting, f.store, f.clock, new java.util.Random(1),
                RetryPolicy.DEFAULT, t -> {
                    corrections.incrementAndGet();
                    skewed.adjustClock(t);
                }, OutboxListener.NONE);
        try {
            assertThat(d.deliverDue(SyncProgress.NONE)).isEqualTo(new DeliveryReport(1, 0, 0, false));
            assertThat(corrections).hasValue(1);
            assertThat(skewed.clockOffset().abs()).isLessThan(Duration.ofSeconds(5));
            assertThat(sandboxStatus(ids.get(0))).isEqualTo(17);
        } finally {
            skewed.close();
        }
    }

    @Test
    void refusedCredentialsStopDeliveryAndChangeNothing() {
        List<Long> ids = orders(1);
        f.commands.acceptOrders(text(ids));
        var c = server.credentials();
        try (GatewayClient wrong = new GatewayClient(GatewayConfig.of(server.baseUri().toString(), c.appId(),
                c.appSecret(), "not-the-auth-code").withProxy(ProxySetting.NONE).withCallsPerMinute(100_000))) {
            OutboxDispatcher d = f.dispatcher(wrong);
            assertThat(d.deliverDue(SyncProgress.NONE)).isEqualTo(new DeliveryReport(0, 0, 0, true));
            assertThat(d.problem()).isEqualTo(OutboxDispatcher.Problem.CREDENTIALS_REJECTED);
        }
        OutboxEntry e = f.store.unresolved().get(0);
        assertThat(e.state()).isEqualTo(OutboxEntry.State.PENDING);
        assertThat(e.attempts()).isZero();
        assertThat(e.nextAttemptAt()).isNull();
        assertThat(sandboxStatus(ids.get(0))).isEqualTo(2);
    }

    /** Forwards the first call of {@code method} to the platform, then loses the answer. */
    static InterceptingApi.Hook lostAnswerOnce(String method) {
        AtomicInteger left = new AtomicInteger(1);
        return (m, a, forward) -> {
            Object result = forward.get();
            if (m.equals(method) && left.getAndDecrement() > 0) {
                throw new TransportException(m, "timeout after the request was sent", true, 0, null);
            }
            return result;
        };
    }
}
