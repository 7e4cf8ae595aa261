package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.TransportException;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.SkuPriceUpdateRequest.SkuPrice;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.OutboxDelivery.DeliveryReport;
import dev.wharf.sync.SyncProgress;
import java.math.BigDecimal;
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

/**
 * The ambiguity rule of the absolute commands (decision 0007): after a lost answer, a stock, price or address change
 * is confirmed when the platform holds the value sent, sent again only when the platform provably did not change
 * since before the send, and otherwise put in Needs attention (never sent again over a newer change made elsewhere),
 * with the local state set to the platform's. Real sandbox on a loopback port, real SQLite; "another workstation"
 * is a second gateway client on the same shop.
 */
class OutboxAmbiguityTest {
    @TempDir
    static Path sandboxDir;
    static SandboxServer server;

    @TempDir
    Path shopDir;
    OutboxFixture f;
    InterceptingApi api;
    OutboxDispatcher dispatcher;
    GatewayClient other;
    String productId;
    String sku;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(OutboxFixture.config(sandboxDir, 23));
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
        other = OutboxFixture.client(server);
    }

    @AfterEach
    void tearDown() {
        other.close();
        f.close();
    }

    /** A product of the sandbox not used by another test (one per test: the sandbox is shared), imported locally. */
    private void product(int index) {
        productId = f.sandbox("SELECT DISTINCT product_id FROM sku WHERE used = 1 AND outer_id IS NOT NULL "
                + "ORDER BY product_id LIMIT 1 OFFSET ?", String.class, index).get(0);
        sku = f.sandbox("SELECT outer_id FROM sku WHERE product_id = ? AND used = 1 AND outer_id IS NOT NULL "
                + "ORDER BY position LIMIT 1", String.class, productId).get(0);
        f.importProduct(productId);
    }

    private DeliveryReport run() {
        return dispatcher.deliverDue(SyncProgress.NONE);
    }

    /** Lets the backoff pass and runs again. */
    private DeliveryReport later() {
        f.clock.advance(Duration.ofMinutes(11));
        return run();
    }

    private long platformStock() {
        return f.sandbox("SELECT stock FROM sku WHERE outer_id = ?", Long.class, sku).get(0);
    }

    private long platformPriceFen() {
        return f.sandbox("SELECT price_fen FROM sku WHERE outer_id = ?", Long.class, sku).get(0);
    }

    private long localStock() {
        return f.local("SELECT stock FROM sku WHERE outer_sku_id = ?", Long.class, sku).get(0);
    }

    private long localPriceFen() {
        return f.local("SELECT price_fen FROM sku WHERE outer_sku_id = ?", Long.class, sku).get(0);
    }

    private OutboxEntry only() {
        List<OutboxEntry> all = f.store.unresolved();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Sets the product's platform change time (update_time) relative to the entry's recorded send time. */
    private void platformChangedAt(Duration sinceSend) {
        Instant sentAt = only().sentAt();
        assertThat(sentAt).as("the send time is recorded").isNotNull();
        f.sandboxWrite("UPDATE product SET updated_at = ? WHERE product_id = ?",
                sentAt.plus(sinceSend).toEpochMilli(), productId);
    }

    // ------------------------------------------------------------------ stock

    @Test
    void aStockChangeWhoseAnswerWasLostIsConfirmedWhenThePlatformHoldsItsValue() {
        product(0);
        f.commands.updateStock(sku, 11);
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updateStock");
        assertThat(run().retryLater()).isEqualTo(1);
        assertThat(only().state()).isEqualTo(OutboxEntry.State.SENDING);

        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updateStock")).as("not sent again").isEqualTo(1);
        assertThat(platformStock()).isEqualTo(11);
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
    }

    @Test
    void aStockChangeThatNeverArrivedIsSentAgainOnceWhenTheProductDidNotChangeSinceBeforeTheSend() {
        product(1);
        long before = platformStock();
        f.commands.updateStock(sku, (int) before + 7);
        api.hook = failsAfterSendingOnce("updateStock");
        assertThat(run().retryLater()).isEqualTo(1);
        assertThat(api.count("updateStock")).isZero();
        platformChangedAt(Duration.ofSeconds(-3)); // e.g. this station's own previous change, 3 s before

        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updateStock")).as("sent again, once").isEqualTo(1);
        assertThat(platformStock()).isEqualTo(before + 7);
        assertThat(f.store.needsAttention()).isEmpty();
    }

    @Test
    void aStockChangeSupersededByAnotherWorkstationAfterTheSendNeedsAttentionAndIsNotSentAgain() {
        product(2);
        f.commands.updateStock(sku, 11);
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updateStock"); // applied, answer lost
        run();
        other.updateStock(List.of(new SkuStock(sku, 22))); // later, elsewhere
        platformChangedAt(Duration.ofSeconds(1));

        assertThat(later()).isEqualTo(new DeliveryReport(0, 1, 0, false));
        assertThat(api.count("updateStock")).as("never sent again").isEqualTo(1);
        assertThat(platformStock()).as("the newer change stays").isEqualTo(22);
        assertThat(localStock()).as("the local state is the platform's").isEqualTo(22);
        NeedsAttention.Item item = single();
        assertThat(item.entry().conflict()).isEqualTo(new Conflict(Conflict.Kind.STOCK, sku, "22", "11", true));
        assertThat(item.entry().conflict().bundleKey()).isEqualTo("outbox.conflict.stock.after");
        assertThat(item.reason()).isEqualTo("The platform's stock of " + sku + " changed to 22 after Wharf sent 11: "
                + "another workstation or the platform's site changed it. Retry to send 11 again, or discard to "
                + "keep 22.");

        // nothing moves until the user decides; a retry sends the value again, as asked
        assertThat(later()).isEqualTo(new DeliveryReport(0, 0, 0, false));
        new NeedsAttention(f.store, dispatcher.checks(), f.heard::add).retry(item.entry().id());
        assertThat(only().conflict()).isNull();
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(platformStock()).isEqualTo(11);
    }

    @Test
    void aStockChangeThatNeverArrivedIsNotSentOverAChangeMadeElsewhereAfterTheSend() {
        product(3);
        f.commands.updateStock(sku, 11);
        api.hook = failsAfterSendingOnce("updateStock"); // never reached the platform
        run();
        other.updateStock(List.of(new SkuStock(sku, 33)));

        assertThat(later().rejected()).isEqualTo(1);
        assertThat(api.count("updateStock")).isZero();
        assertThat(platformStock()).isEqualTo(33);
        assertThat(localStock()).isEqualTo(33);
        Conflict c = single().entry().conflict();
        assertThat(c.kind()).isEqualTo(Conflict.Kind.STOCK);
        assertThat(c.platformValue()).isEqualTo("33");
        assertThat(c.sentValue()).isEqualTo("11");
    }

    @Test
    void reconcilingAfterAConflictKeepsAnotherSkusChangeThatIsStillWaiting() {
        productId = f.sandbox("SELECT product_id FROM sku WHERE used = 1 AND outer_id IS NOT NULL GROUP BY product_id "
                + "HAVING count(*) >= 2 ORDER BY product_id DESC LIMIT 1", String.class).get(0);
        List<String> skus = f.sandbox("SELECT outer_id FROM sku WHERE product_id = ? AND used = 1 "
                + "AND outer_id IS NOT NULL ORDER BY position LIMIT 2", String.class, productId);
        f.importProduct(productId);
        sku = skus.get(0);
        f.commands.updateStock(sku, 11);
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updateStock");
        run();
        other.updateStock(List.of(new SkuStock(sku, 22)));
        f.commands.updateStock(skus.get(1), 44); // waiting when the conflict's product is read back

        assertThat(later()).isEqualTo(new DeliveryReport(1, 1, 0, false));
        assertThat(localStock()).isEqualTo(22);
        assertThat(f.local("SELECT stock FROM sku WHERE outer_sku_id = ?", Long.class, skus.get(1)))
                .as("not overwritten by the platform's older value").containsExactly(44L);
        assertThat(f.sandbox("SELECT stock FROM sku WHERE outer_id = ?", Long.class, skus.get(1)))
                .containsExactly(44L);
    }

    @Test
    void withinTheMarginOrWithoutASendTimeItCannotBeToldAndTheUserDecides() {
        product(4);
        long before = platformStock();
        f.commands.updateStock(sku, (int) before + 5);
        api.hook = failsAfterSendingOnce("updateStock");
        run();
        // a change half a second before the send: update_time (whole seconds) cannot place it before the send
        platformChangedAt(Duration.ofMillis(-500));

        assertThat(later().rejected()).isEqualTo(1);
        assertThat(api.count("updateStock")).isZero();
        Conflict c = single().entry().conflict();
        assertThat(c.changedAfterSend()).isFalse();
        assertThat(c.bundleKey()).isEqualTo("outbox.conflict.stock.unknown");
        assertThat(localStock()).isEqualTo(before);

        // a dispatcher that never knew the platform's time records none: a differing value cannot be dated either
        OutboxDispatcher blind = new OutboxDispatcher(api, f.store, f.clock, new java.util.Random(3),
                RetryPolicy.DEFAULT, t -> { }, PlatformClock.UNKNOWN, f.heard::add);
        new NeedsAttention(f.store, blind.checks(), f.heard::add).retry(only().id());
        api.hook = failsAfterSendingOnce("updateStock");
        blind.deliverDue(SyncProgress.NONE);
        assertThat(only().sentAt()).isNull();
        f.clock.advance(Duration.ofMinutes(11));
        DeliveryReport r = blind.deliverDue(SyncProgress.NONE);
        assertThat(r).as(String.valueOf(f.store.unresolved())).isEqualTo(new DeliveryReport(0, 1, 0, false));
        assertThat(api.count("updateStock")).isZero();
    }

    // ------------------------------------------------------------------ price

    @Test
    void aPriceChangeWhoseAnswerWasLostIsConfirmedWhenThePlatformHoldsItsValue() {
        product(5);
        f.commands.updatePrice(sku, new BigDecimal("123.45"), null, null);
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updatePrices");
        run();
        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updatePrices")).isEqualTo(1);
        assertThat(platformPriceFen()).isEqualTo(12345);
    }

    @Test
    void aPriceChangeThatNeverArrivedIsSentAgainOnceWhenTheProductDidNotChangeSinceBeforeTheSend() {
        product(6);
        f.commands.updatePrice(sku, new BigDecimal("88.80"), null, null);
        api.hook = failsAfterSendingOnce("updatePrices");
        run();
        platformChangedAt(Duration.ofSeconds(-2)); // exactly the margin: provably before

        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updatePrices")).isEqualTo(1);
        assertThat(platformPriceFen()).isEqualTo(8880);
    }

    @Test
    void aPriceChangeSupersededAfterTheSendNeedsAttentionAndIsNotSentAgain() {
        product(7);
        f.commands.updatePrice(sku, new BigDecimal("99.00"), null, null);
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updatePrices");
        run();
        other.updatePrices(List.of(new SkuPrice(sku, new BigDecimal("109.00"), null, null)));
        platformChangedAt(Duration.ofSeconds(2));

        assertThat(later().rejected()).isEqualTo(1);
        assertThat(api.count("updatePrices")).isEqualTo(1);
        assertThat(platformPriceFen()).isEqualTo(10900);
        assertThat(localPriceFen()).isEqualTo(10900);
        assertThat(single().entry().conflict())
                .isEqualTo(new Conflict(Conflict.Kind.PRICE, sku, "109.00", "99.00", true));
    }

    @Test
    void aChangeOfTheVipPriceAloneThatNeverArrivedIsNotTakenForApplied() {
        product(9);
        BigDecimal price = BigDecimal.valueOf(platformPriceFen(), 2);
        f.commands.updatePrice(sku, price, new BigDecimal("50.00"), null);
        api.hook = failsAfterSendingOnce("updatePrices");
        run();

        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updatePrices")).as("sent again: the VIP price differed").isEqualTo(1);
        assertThat(f.sandbox("SELECT vip_price_fen FROM sku WHERE outer_id = ?", Long.class, sku))
                .containsExactly(5000L);
    }

    // ------------------------------------------------------------------ address

    @Test
    void anAddressChangeWhoseAnswerWasLostIsConfirmedWhenThePlatformHoldsIt() {
        long order = f.awaitingAccept(1).get(0);
        f.importOrders(List.of(order));
        f.commands.changeAddress(address(order, "李雷"));
        api.hook = OutboxDeliveryTest.lostAnswerOnce("updateAddress");
        run();
        assertThat(later()).isEqualTo(new DeliveryReport(1, 0, 0, false));
        assertThat(api.count("updateAddress")).isEqualTo(1);
        assertThat(f.sandbox("SELECT receiver_name FROM orders WHERE order_id = ?", String.class, order))
                .containsExactly("李雷");
    }

    @Test
    void anAddressThatDiffersAfterALostAnswerCannotBeDatedSoTheUserDecides() {
        List<Long> orders = f.awaitingAccept(3);
        long order = orders.get(2); // not the one of the test above
        f.importOrders(List.of(order));
        String platformName = f.sandbox("SELECT receiver_name FROM orders WHERE order_id = ?", String.class, order)
                .get(0);
        f.commands.changeAddress(address(order, "韩梅梅"));
        api.hook = failsAfterSendingOnce("updateAddress"); // never reached the platform

        run();
        assertThat(later().rejected()).isEqualTo(1);
        assertThat(api.count("updateAddress")).as("not sent again without the user").isZero();
        assertThat(f.local("SELECT receiver_name FROM orders WHERE order_id = ?", String.class,
                String.valueOf(order))).as("the local order shows the platform's receiver").containsExactly(platformName);
        Conflict c = single().entry().conflict();
        assertThat(c.kind()).isEqualTo(Conflict.Kind.ADDRESS);
        assertThat(c.changedAfterSend()).isFalse();
        assertThat(c.subject()).isEqualTo(String.valueOf(order));
        assertThat(c.sentValue()).startsWith("韩梅梅, ");
        assertThat(c.platformValue()).startsWith(platformName + ", ");

        new NeedsAttention(f.store, dispatcher.checks(), f.heard::add).retry(single().entry().id());
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(f.sandbox("SELECT receiver_name FROM orders WHERE order_id = ?", String.class, order))
                .containsExactly("韩梅梅");
    }

    // ------------------------------------------------------------------ the send time

    @Test
    void theSendTimeIsThePlatformsEvenWhenTheComputersClockIsTwentyMinutesOff() {
        product(8);
        try (GatewayClient skewed = OutboxFixture.client(server)) {
            skewed.adjustClock(Instant.now().minus(Duration.ofMinutes(20)));
            InterceptingApi wrapped = new InterceptingApi(skewed);
            List<String> tried = new java.util.ArrayList<>();
            wrapped.hook = (m, a, forward) -> {
                tried.add(m);
                return forward.get();
            };
            OutboxDispatcher d = new OutboxDispatcher(wrapped, f.store, f.clock, new java.util.Random(5),
                    RetryPolicy.DEFAULT, skewed::adjustClock, skewed::platformTimeAtLeast, f.heard::add);
            f.commands.updateStock(sku, 4);
            Instant before = Instant.now(); // the sandbox answers with the system clock
            assertThat(d.deliverDue(SyncProgress.NONE).confirmed()).isEqualTo(1);
            Instant after = Instant.now();

            // no answer had been heard: one read learnt the platform's time first (answered 0003, with a Date)
            assertThat(tried).startsWith("logisticsCompanies", "updateStock");
            Instant sentAt = f.store.find(f.local("SELECT max(outbox_id) FROM outbox", Long.class).get(0))
                    .orElseThrow().sentAt();
            assertThat(sentAt).isBetween(before.minusSeconds(2), after);
        }
    }

    @Test
    void provablyUnchangedNeedsTheChangeAtLeastTheMarginBeforeTheSend() {
        Instant sent = Instant.parse("2030-01-01T04:00:10.300Z");
        OutboxEntry e = new OutboxEntry(1, Command.SKU_STOCK, "S", "{}", OutboxEntry.State.SENDING, 1, sent, null,
                null, sent, null);
        assertThat(PlatformChecks.unchangedSinceSent(changedAt("2030-01-01 12:00:08"), e)).isTrue();
        assertThat(PlatformChecks.unchangedSinceSent(changedAt("2030-01-01 12:00:09"), e)).isFalse();
        assertThat(PlatformChecks.unchangedSinceSent(changedAt(null), e)).isFalse();
        OutboxEntry unsent = new OutboxEntry(1, Command.SKU_STOCK, "S", "{}", OutboxEntry.State.SENDING, 1, sent,
                null, null, null, null);
        assertThat(PlatformChecks.unchangedSinceSent(changedAt("2000-01-01 00:00:00"), unsent)).isFalse();
    }

    @Test
    void theStoredMessageIsTheEnglishBundlesWordingOfTheConflict() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("dev.wharf.messages", java.util.Locale.ROOT);
        for (Conflict c : List.of(new Conflict(Conflict.Kind.STOCK, "LIP-1", "22", "11", true),
                new Conflict(Conflict.Kind.STOCK, "LIP-1", "22", "11", false),
                new Conflict(Conflict.Kind.PRICE, "LIP-1", "109.00", "99.00", true),
                new Conflict(Conflict.Kind.PRICE, "LIP-1", "109.00", "99.00", false),
                new Conflict(Conflict.Kind.ADDRESS, "4711", "王芳, 北京市", "李雷, 上海市", false))) {
            assertThat(c.message()).as(c.bundleKey()).isEqualTo(java.text.MessageFormat.format(
                    en.getString(c.bundleKey()), c.subject(), c.platformValue(), c.sentValue()));
        }
    }

    // ------------------------------------------------------------------ helpers

    private NeedsAttention.Item single() {
        List<NeedsAttention.Item> items = new NeedsAttention(f.store, dispatcher.checks(), f.heard::add).list();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static AddressUpdateRequest address(long order, String name) {
        return new AddressUpdateRequest(order, name, "上海市", "上海市浦东新区世纪大道100号", "200120", "13800138000",
                null);
    }

    private static dev.wharf.platform.dto.ProductInfo changedAt(String updateTime) {
        return new dev.wharf.platform.dto.ProductInfo("p", "n", 1, "c", 1, "b", List.of(), null, null, updateTime,
                null, null, 3, false, List.of(), null);
    }

    /** The first call of {@code method} fails after the request went out, without reaching the platform. */
    static InterceptingApi.Hook failsAfterSendingOnce(String method) {
        AtomicInteger left = new AtomicInteger(1);
        return (m, a, forward) -> {
            if (m.equals(method) && left.getAndDecrement() > 0) {
                throw new TransportException(m, "timeout after the request was sent", true, 0, null);
            }
            return forward.get();
        };
    }
}
