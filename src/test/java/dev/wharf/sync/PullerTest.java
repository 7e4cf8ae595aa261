package dev.wharf.sync;

import static dev.wharf.sync.PullFixture.count;
import static dev.wharf.sync.PullFixture.sandboxIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Paging;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.TransportException;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.sync.SqlitePullStore;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullReport.Outcome;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull against a real sandbox server on a loopback port, into a real shop database. */
class PullerTest {
    @TempDir
    Path dir;
    SandboxServer server;
    GatewayClient client;
    Database db;
    SyncStatus status;
    PullFixture.Recording recording;

    @BeforeEach
    void setUp() {
        server = SandboxServer.start(PullFixture.config(dir.resolve("sandbox")));
        client = PullFixture.client(server);
        db = Database.open(dir.resolve("shop/wharf.db"));
        status = new SyncStatus();
        recording = new PullFixture.Recording();
    }

    @AfterEach
    void tearDown() {
        db.close();
        client.close();
        server.close();
    }

    private Puller puller() {
        return new Puller(recording.wrap(client), new SqlitePullStore(db), status, PullFixture.options(server));
    }

    private List<OrderInfo> platformOrders() {
        return Paging.orders(client, new OrderListRequest("", 1, 1, "2020-01-01 00:00:00", "2030-01-01 00:00:00",
                1, 100, true)).toList();
    }

    private void assertOrdersMatchPlatform() {
        List<OrderInfo> orders = platformOrders();
        assertThat(count(db, "SELECT count(*) FROM orders")).isEqualTo((long) orders.size());
        assertThat(count(db, "SELECT count(*) FROM order_item"))
                .isEqualTo(orders.stream().mapToLong(o -> o.orderItemsInfo().size()).sum());
        assertThat(count(db, "SELECT count(*) FROM delivery"))
                .isEqualTo(orders.stream().mapToLong(o -> o.deliveryInfo().size()).sum());
        for (int status : new int[] {1, 2, 3, 4, 12, 13, 14, 17, 18}) {
            assertThat(count(db, "SELECT count(*) FROM orders WHERE status = ?", status)).as("status %d", status)
                    .isEqualTo(orders.stream().filter(o -> o.orderStatus() == status).count());
        }
        assertThat(count(db, "SELECT sum(payment_fen) FROM orders")).isEqualTo(orders.stream()
                .map(OrderInfo::payment).reduce(BigDecimal.ZERO, BigDecimal::add).movePointRight(2).longValueExact());
    }

    private CouponInfo couponIssuedToTwoBuyers() {
        CouponInfo coupon = client.createCoupon(new CouponCreateRequest("k1", "满200减20", new BigDecimal("200.00"),
                new BigDecimal("20.00"), "2025-02-01 00:00:00", "2025-12-31 23:59:59", 50));
        List<String> buyers = client.listCustomers(new PageRequest(1, 2, null)).customers().stream()
                .map(c -> c.buyerId()).toList();
        client.issueCoupon(coupon.couponId(), buyers);
        return coupon;
    }

    @Test
    void initialSyncBringsEveryKindOfDataAndMatchesThePlatform() {
        couponIssuedToTwoBuyers();
        PullReport report = puller().initial(SyncProgress.NONE);

        assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(report.unsupported()).isEmpty();
        assertOrdersMatchPlatform();
        assertThat(count(db, "SELECT count(*) FROM logistics_company")).isEqualTo((long) client.logisticsCompanies().size());
        List<dev.wharf.platform.dto.ProductInfo> products = Paging.products(client, null).toList();
        assertThat(count(db, "SELECT count(*) FROM product")).isEqualTo((long) products.size());
        assertThat(count(db, "SELECT count(*) FROM sku"))
                .isEqualTo(products.stream().mapToLong(p -> p.skus().size()).sum());
        assertThat(count(db, "SELECT count(*) FROM refund"))
                .isEqualTo((long) client.listRefunds(new RefundListRequest(null, null, 1, 1)).totalCount());
        assertThat(count(db, "SELECT count(*) FROM refund WHERE status = 0")).isPositive();
        assertThat(count(db, "SELECT count(*) FROM customer"))
                .isEqualTo((long) client.listCustomers(new PageRequest(1, 1, null)).totalCount());
        assertThat(count(db, "SELECT count(*) FROM coupon")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM coupon_grant")).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM compass_traffic_day")).isPositive();
        assertThat(count(db, "SELECT count(*) FROM compass_dsr")).isEqualTo((long) client.dsr().scores().size());
        assertThat(count(db, "SELECT count(*) FROM compass_sell_through")).isPositive();
        assertThat(count(db, "SELECT level FROM compass_seller_level")).isEqualTo((long) client.sellerLevel().level());
        assertThat(report.count(Kind.ORDERS)).isEqualTo(platformOrders().size());
        assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertThat(status.snapshot().lastSync()).isNotNull();
        assertThat(new dev.wharf.store.SyncStateRepository(db).lastSync()).isPresent();
        assertThat(db.check().ok()).isTrue();
    }

    @Test
    void theOrdersListFindsPulledOrdersByNameAndTrackingNumber() {
        puller().initial(SyncProgress.NONE);
        dev.wharf.store.orders.SqliteOrderList list = new dev.wharf.store.orders.SqliteOrderList(db,
                java.time.Clock.systemUTC());
        String shipped = dev.wharf.store.TestQueries.strings(db, "SELECT order_id FROM delivery ORDER BY order_id "
                + "LIMIT 1").get(0);
        String tracking = dev.wharf.store.TestQueries.strings(db, "SELECT tracking_number FROM delivery "
                + "WHERE order_id = ?", shipped).get(0);
        String name = dev.wharf.store.TestQueries.strings(db, "SELECT receiver_name FROM orders WHERE order_id = ?",
                shipped).get(0);
        dev.wharf.orders.OrderFilter all = dev.wharf.orders.OrderFilter.of(dev.wharf.orders.OrderTab.ALL);

        assertThat(count(db, "SELECT count(*) FROM orders WHERE delivery_type IS NULL")).isZero();
        assertThat(list.page(all.withSearch(tracking.toLowerCase(java.util.Locale.ROOT) + " " + name),
                java.util.Optional.empty(), 50).carts()).flatExtracting(dev.wharf.orders.Cart::orders)
                .filteredOn(dev.wharf.orders.OrderSummary::matches)
                .extracting(dev.wharf.orders.OrderSummary::orderId).contains(shipped);
        assertThat(list.tabCounts().of(dev.wharf.orders.OrderTab.REFUNDS_OPEN))
                .isEqualTo(count(db, "SELECT count(DISTINCT order_id) FROM refund WHERE status = 0")).isPositive();
        assertThat(list.tabCounts().of(dev.wharf.orders.OrderTab.AWAITING_ACCEPT))
                .isEqualTo(count(db, "SELECT count(*) FROM orders WHERE status = 2"));
    }

    @Test
    void moneyAndTimesAreExact() {
        puller().initial(SyncProgress.NONE);
        long orderId = sandboxIds(server, "SELECT order_id FROM orders WHERE paid_at IS NOT NULL "
                + "ORDER BY payment_fen % 100 DESC, order_id LIMIT 1").get(0);
        long paymentFen = sandboxIds(server, "SELECT payment_fen FROM orders WHERE order_id = ?", orderId).get(0);
        long paidAt = sandboxIds(server, "SELECT paid_at FROM orders WHERE order_id = ?", orderId).get(0);
        assertThat(count(db, "SELECT payment_fen FROM orders WHERE order_id = ?", Long.toString(orderId)))
                .isEqualTo(paymentFen);
        // the platform sends whole seconds (GMT+8): the store holds exactly that second as epoch ms UTC
        assertThat(count(db, "SELECT paid_at FROM orders WHERE order_id = ?", Long.toString(orderId)))
                .isEqualTo(paidAt / 1000 * 1000);
        OrderInfo viaClient = client.orderDetail(orderId, false);
        assertThat(paymentFen).isEqualTo(viaClient.payment().movePointRight(2).longValueExact());
        assertThat(paidAt / 1000 * 1000).isEqualTo(GatewayTime.parse(viaClient.paidTime()).toEpochMilli());
    }

    @Test
    void aCancelledInitialSyncResumesWithoutFetchingAPageTwice() {
        CancelAfter cancel = new CancelAfter("orders", 200);
        PullReport first = puller().initial(cancel);
        assertThat(first.outcome()).isEqualTo(Outcome.CANCELLED);
        long partial = count(db, "SELECT count(*) FROM orders");
        assertThat(partial).isBetween(200L, 400L);
        assertThat(status.snapshot().lastSync()).isNull();

        PullReport second = puller().initial(SyncProgress.NONE);
        assertThat(second.outcome()).isEqualTo(Outcome.COMPLETED);
        assertOrdersMatchPlatform();
        assertNoPageFetchedTwice();
        assertThat(recording.count("logisticsCompanies")).isEqualTo(1);
    }

    private void assertNoPageFetchedTwice() {
        List<Object> cursors = recording.args("orderChanges").stream()
                .map(a -> ((dev.wharf.platform.dto.OrderChangesRequest) a))
                .filter(r -> r.pageRows() == 100)
                .map(r -> (Object) String.valueOf(r.cursor())).toList();
        assertThat(new HashSet<>(cursors)).hasSameSizeAs(cursors);
        List<Object> productPages = recording.args("listProducts").stream()
                .map(a -> ((dev.wharf.platform.dto.ProductListRequest) a).pageNo()).map(p -> (Object) p).toList();
        assertThat(new HashSet<>(productPages)).hasSameSizeAs(productPages);
    }

    @Test
    void aTransientFailureKeepsCommittedPagesGoesOfflineAndResumes() {
        recording.fault = (method, n) -> {
            if (method.equals("orderChanges") && n == 4) {
                throw new TransportException("wharf.orders.changes.get", "connection reset", false, 0, null);
            }
        };
        PullReport first = puller().initial(SyncProgress.NONE);
        assertThat(first.outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
        // the probe plus two pages of 100 were committed, with the cursor after them
        assertThat(count(db, "SELECT count(*) FROM orders")).isEqualTo(200);
        assertThat(count(db, "SELECT count(*) FROM sync_state WHERE key = 'pull.orders.cursor'")).isEqualTo(1);

        recording.fault = (method, n) -> { };
        PullReport second = puller().initial(SyncProgress.NONE);
        assertThat(second.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertOrdersMatchPlatform();
        assertNoPageFetchedTwice();
    }

    @Test
    void platformFaultInjection0009LeavesAResumablePosition() {
        server.close();
        client.close();
        server = SandboxServer.start(PullFixture.config(dir.resolve("sandbox")).withFaultEvery(7));
        client = PullFixture.client(server);
        int rounds = 0;
        PullReport report;
        do {
            report = puller().initial(SyncProgress.NONE);
            rounds++;
        } while (report.outcome() == Outcome.OFFLINE && rounds < 50);
        assertThat(rounds).isGreaterThan(1);
        assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
        server.close();
        client.close();
        server = SandboxServer.start(PullFixture.config(dir.resolve("sandbox")));
        client = PullFixture.client(server);
        assertOrdersMatchPlatform();
    }

    @Test
    void incrementalSeesAnotherClientsChangesAndNewOrders() {
        puller().initial(SyncProgress.NONE);
        long toAccept = sandboxIds(server, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id LIMIT 1")
                .get(0);
        long toCancel = sandboxIds(server, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id DESC "
                + "LIMIT 1").get(0);
        long toShip = sandboxIds(server, "SELECT order_id FROM orders o WHERE status = 17 AND delivery_type = 2 "
                + "AND NOT EXISTS (SELECT 1 FROM order_item i WHERE i.order_id = o.order_id AND i.refund_status = 0) "
                + "ORDER BY order_id LIMIT 1").get(0);
        long toRefund = sandboxIds(server, "SELECT order_id FROM orders o WHERE status = 3 AND NOT EXISTS "
                + "(SELECT 1 FROM order_item i WHERE i.order_id = o.order_id AND i.refund_status IS NOT NULL) "
                + "ORDER BY order_id LIMIT 1").get(0);
        try (GatewayClient other = PullFixture.client(server)) {
            assertThat(other.acceptOrders(List.of(toAccept)).failures()).isEmpty();
            assertThat(other.cancelOrders(List.of(new dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder(
                    toCancel, "缺货 (out of stock)"))).failures()).isEmpty();
            assertThat(other.deliverOrders(List.of(new dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder(
                    toShip, "Y073", "SF1234567890", null))).failures()).isEmpty();
        }
        String refundId = server.shop().requestRefund(toRefund, "尺码不合适");
        client.simulate(new dev.wharf.platform.dto.SimulateRequest(30, 120));

        PullReport report = puller().incremental(SyncProgress.NONE);

        assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", Long.toString(toAccept))).isEqualTo(17);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", Long.toString(toCancel))).isEqualTo(13);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", Long.toString(toShip))).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM delivery WHERE order_id = ? AND tracking_number = 'SF1234567890'",
                Long.toString(toShip))).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM refund WHERE refund_id = ? AND status = 0", refundId))
                .isEqualTo(1);
        assertOrdersMatchPlatform();
        assertThat(count(db, "SELECT count(*) FROM refund"))
                .isEqualTo((long) client.listRefunds(new RefundListRequest(null, null, 1, 1)).totalCount());
        assertThat(count(db, "SELECT count(*) FROM customer"))
                .isEqualTo((long) client.listCustomers(new PageRequest(1, 1, null)).totalCount());
    }

    @Test
    void withoutExtensionsTheTimeWindowsStillBringEveryOrder() {
        recording.noExtensions = true;
        PullReport report = puller().initial(SyncProgress.NONE);
        assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(report.unsupported()).contains("orders.changes", "refunds", "customers", "coupons",
                "compass.traffic", "compass.dsr");
        assertOrdersMatchPlatform();
        assertThat(count(db, "SELECT count(*) FROM product")).isPositive();
        // remembered: the feed is not probed again
        int probes = recording.count("orderChanges");

        long toAccept = sandboxIds(server, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id LIMIT 1")
                .get(0);
        long toCancel = sandboxIds(server, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id DESC "
                + "LIMIT 1").get(0);
        assertThat(client.acceptOrders(List.of(toAccept)).failures()).isEmpty();
        assertThat(client.cancelOrders(List.of(new dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder(
                toCancel, "缺货 (out of stock)"))).failures()).isEmpty();
        client.simulate(new dev.wharf.platform.dto.SimulateRequest(30, 24 * 60));

        PullReport again = puller().incremental(SyncProgress.NONE);
        assertThat(again.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(recording.count("orderChanges")).isEqualTo(probes);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", Long.toString(toAccept))).isEqualTo(17);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", Long.toString(toCancel))).isEqualTo(13);
        assertOrdersMatchPlatform();
    }

    @Test
    void aPendingLocalChangeIsNotOverwrittenUntilTheOutboxSettles() {
        puller().initial(SyncProgress.NONE);
        long orderId = sandboxIds(server, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id LIMIT 1")
                .get(0);
        String id = Long.toString(orderId);
        // a local accept waiting in the outbox: the local row says 17, the platform still 2
        db.write(c -> {
            try (var ps = c.prepareStatement("UPDATE orders SET status = 17, seller_memo = 'local' WHERE order_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT INTO outbox (command, aggregate_type, aggregate_id, payload, "
                    + "state, created_at) VALUES ('order.accept', 'order', ?, '{}', 'pending', 0)")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
        String before = PullFixture.orderRow(db, id);
        // meanwhile the platform changes the order (another workstation cancels it)
        assertThat(client.cancelOrders(List.of(new dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder(
                orderId, "buyer asked"))).failures()).isEmpty();

        PullReport report = puller().incremental(SyncProgress.NONE);
        assertThat(report.deferred()).isEqualTo(1);
        assertThat(PullFixture.orderRow(db, id)).isEqualTo(before);

        db.write(c -> {
            try (var ps = c.prepareStatement("UPDATE outbox SET state = 'done' WHERE aggregate_id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
        puller().incremental(SyncProgress.NONE);
        assertThat(count(db, "SELECT status FROM orders WHERE order_id = ?", id)).isEqualTo(13);
        assertThat(count(db, "SELECT count(*) FROM sync_deferred")).isZero();
    }

    /** Cancels once a phase has reported at least {@code after} items. */
    static final class CancelAfter implements SyncProgress {
        private final String phase;
        private final long after;
        private volatile boolean cancelled;

        CancelAfter(String phase, long after) {
            this.phase = phase;
            this.after = after;
        }

        @Override
        public void progress(String p, long done, long total) {
            if (p.equals(phase) && done >= after) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    static Set<String> ids(List<OrderInfo> orders) {
        return orders.stream().map(o -> Long.toString(o.orderId())).collect(Collectors.toSet());
    }
}
