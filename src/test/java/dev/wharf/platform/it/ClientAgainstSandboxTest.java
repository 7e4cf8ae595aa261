package dev.wharf.platform.it;

import static dev.wharf.platform.it.ItSandbox.WINDOW_END;
import static dev.wharf.platform.it.ItSandbox.WINDOW_START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Paging;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.LogisticsCompaniesResponse.LogisticsCompany;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SimulateResponse;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.platform.dto.SkuPriceUpdateRequest.SkuPrice;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import dev.wharf.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@link GatewayClient} drives a real sandbox on a loopback port through the typed {@code PlatformApi}:
 * every documented method and every extension the sandbox serves today, on their successful paths.
 */
class ClientAgainstSandboxTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(ItSandbox.config(dir, 11));
        client = ItSandbox.client(server);
        // plenty of fresh, paid orders of every delivery type, placed through the client
        SimulateResponse step = client.simulate(new SimulateRequest(400, 60));
        assertThat(step.cartsPlaced()).isEqualTo(400);
        assertThat(step.ordersPaid()).isPositive();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static long countOrders(String condition) {
        return ItSandbox.scalar(server, "SELECT count(*) FROM orders WHERE " + condition);
    }

    static List<Long> paid(String condition, int n) {
        return ItSandbox.orders(server, 2, condition, n);
    }

    static long accepted(String condition) {
        long id = paid(condition, 1).get(0);
        assertThat(client.acceptOrders(List.of(id)).failures()).isEmpty();
        return id;
    }

    static OrderResult deliver(long id, String company, String tracking, Boolean domestic) {
        BatchResult<OrderResult> r = client.deliverOrders(List.of(new DeliverOrder(id, company, tracking, domestic)));
        assertThat(r.results()).singleElement().satisfies(o -> assertThat(o.orderId()).isEqualTo(id));
        return r.results().get(0);
    }

    // ---------------------------------------------------------------- order list and detail

    @Test
    void listOrdersByEachDateTypeInBothSortOrders() {
        List<Function<OrderInfo, String>> times = List.of(OrderInfo::orderTime, OrderInfo::paidTime,
                OrderInfo::shippingTime, OrderInfo::acceptTime);
        for (int dateType = 1; dateType <= 4; dateType++) {
            Function<OrderInfo, String> time = times.get(dateType - 1);
            for (int sort : new int[] {0, 1}) {
                List<OrderInfo> page = client.listOrders(new OrderListRequest("", dateType, sort, WINDOW_START,
                        WINDOW_END, 1, 50, false)).ordersInfo();
                String as = "date_type " + dateType + " sort_type " + sort;
                assertThat(page).as(as).isNotEmpty().allSatisfy(o -> assertThat(time.apply(o)).isNotNull());
                Comparator<String> order = sort == 1 ? Comparator.naturalOrder() : Comparator.reverseOrder();
                assertThat(page.stream().map(time).toList()).as(as).isSortedAccordingTo(order);
            }
        }
        // a window before the shop existed is empty
        assertThat(client.listOrders(new OrderListRequest("", 1, 1, "2020-01-01 00:00:00", "2020-01-02 00:00:00",
                1, 10, false)).ordersInfo()).isEmpty();
    }

    @Test
    void listOrdersByStatus() {
        for (String filter : new String[] {"2", "17", "3", "4", "1,2,3", "12,13,14,18"}) {
            Set<Integer> wanted = java.util.Arrays.stream(filter.split(",")).map(Integer::valueOf)
                    .collect(Collectors.toSet());
            List<OrderInfo> all = Paging.orders(client, new OrderListRequest(filter, 1, 1, WINDOW_START, WINDOW_END,
                    null, null, false)).toList();
            assertThat(all).as(filter).allSatisfy(o -> assertThat(o.orderStatus()).isIn(wanted))
                    .hasSize((int) countOrders("status IN (" + filter + ")"));
            if (!filter.equals("17") && !filter.equals("4")) {
                assertThat(all).as(filter).isNotEmpty();
            }
        }
        List<OrderInfo> shipped = client.listOrders(new OrderListRequest("3", 3, 0, WINDOW_START, WINDOW_END, 1,
                20, true)).ordersInfo();
        assertThat(shipped).isNotEmpty().allSatisfy(o -> {
            assertThat(o.orderStatus()).isEqualTo(3);
            assertThat(o.deliveryInfo()).isNotEmpty();
            assertThat(o.orderItemsInfo()).isNotEmpty();
        });
    }

    @Test
    void pagingWalksEveryOrderOfTheShopOnceInBothSortOrders() {
        long shop = countOrders("1=1");
        assertThat(shop).isGreaterThan(200); // several full pages of 100
        for (int sort : new int[] {1, 0}) {
            List<List<OrderInfo>> pages = new ArrayList<>();
            Paging.orderPages(client, new OrderListRequest(null, OrderListRequest.DATE_ORDERED, sort, WINDOW_START,
                    WINDOW_END, null, null, false)).forEach(pages::add);
            assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(p -> assertThat(p).hasSize(100));
            List<Long> ids = pages.stream().flatMap(List::stream).map(OrderInfo::orderId).toList();
            assertThat(ids).as("sort_type " + sort).doesNotHaveDuplicates().hasSize((int) shop);
        }
    }

    @Test
    void detailWithAndWithoutDeliveryInfo() {
        long id = ItSandbox.orders(server, 3, "1=1", 1).get(0);
        OrderInfo with = client.orderDetail(id, true);
        OrderInfo without = client.orderDetail(id, false);
        assertThat(with.orderId()).isEqualTo(id);
        assertThat(with.orderStatus()).isEqualTo(3);
        assertThat(with.tradeId()).isNotBlank();
        assertThat(with.sellerId()).isNotBlank();
        assertThat(with.shippingTime()).isNotNull();
        assertThat(with.deliveryInfo()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.trackingNumber()).isNotBlank();
            assertThat(d.logisticsCompanyCode()).isNotBlank();
            assertThat(d.deliveryTime()).isNotNull();
            assertThat(d.logisticsType()).isIn(1, 2);
        });
        assertThat(without.deliveryInfo()).isNull();
        assertThat(without.tradeId()).isEqualTo(with.tradeId());
        assertThat(without.payment()).isEqualByComparingTo(with.payment());
        assertThat(without.orderItemsInfo()).isEqualTo(with.orderItemsInfo());
        BigDecimal lines = with.orderItemsInfo().stream().map(i -> i.payment()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(lines).isEqualByComparingTo(with.payment());
    }

    @Test
    void logisticsCompaniesAreTheSellersList() {
        List<LogisticsCompany> companies = client.logisticsCompanies();
        assertThat(companies).extracting(LogisticsCompany::companyCode)
                .containsExactly("Y073", "Y068", "Y013", "Y101", "xlobo", "Y048", "Y901", "Y902", "Y903");
        assertThat(companies).allSatisfy(c -> {
            assertThat(c.shortName()).isNotBlank();
            assertThat(c.companyName()).isNotBlank();
        });
        assertThat(companies.get(0).companyName()).contains("顺丰");
    }

    // ---------------------------------------------------------------- catalog

    @Test
    void productsListWithTotalCountPagingAndIdFilter() {
        long shop = ItSandbox.scalar(server, "SELECT count(*) FROM product");
        ProductListResponse first = client.listProducts(new ProductListRequest(null, 1, 10));
        assertThat(first.totalCount()).isEqualTo((int) shop);
        assertThat(first.productInfos()).hasSize(10);
        List<ProductInfo> all = Paging.products(client, null).toList();
        assertThat(all).extracting(ProductInfo::productId).doesNotHaveDuplicates().hasSize((int) shop);
        assertThat(all.subList(0, 10)).extracting(ProductInfo::productId)
                .containsExactlyElementsOf(first.productInfos().stream().map(ProductInfo::productId).toList());
        assertThat(all).allSatisfy(p -> {
            assertThat(p.productName()).isNotBlank();
            assertThat(p.skus()).isNotEmpty();
            assertThat(p.deliveryType()).isIn(2, 3, 4, 5, 7);
        });

        List<String> some = List.of(all.get(3).productId(), all.get(0).productId(), all.get(all.size() - 1)
                .productId());
        ProductListResponse byId = client.listProducts(new ProductListRequest(some, 1, 100));
        assertThat(byId.totalCount()).isEqualTo(3);
        assertThat(byId.productInfos()).extracting(ProductInfo::productId).containsExactlyInAnyOrderElementsOf(some);
        assertThat(Paging.products(client, some).map(ProductInfo::productId).toList())
                .containsExactlyInAnyOrderElementsOf(some);
    }

    @Test
    void productDetailIsTheListedProduct() {
        ProductInfo listed = client.listProducts(new ProductListRequest(null, 2, 5)).productInfos().get(1);
        ProductInfo detail = client.productDetail(listed.productId());
        assertThat(detail).isEqualTo(listed);
        assertThat(detail.skus()).allSatisfy(s -> {
            assertThat(s.skuId()).isNotBlank();
            assertThat(s.outerId()).isNotBlank();
            assertThat(s.price()).isPositive();
        });
    }

    @Test
    void stockAndPriceUpdatesShowInTheProduct() {
        ProductInfo product = client.listProducts(new ProductListRequest(null, 1, 1)).productInfos().get(0);
        List<SkuInfo> skus = product.skus();
        String a = skus.get(0).outerId();
        BatchResult<SkuResult> stock = client.updateStock(List.of(new SkuStock(a, 7)));
        assertThat(stock.results()).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.outerSkuId()).isEqualTo(a);
        });
        BatchResult<SkuResult> prices = client.updatePrices(List.of(new SkuPrice(a, new BigDecimal("208.00"),
                new BigDecimal("199.50"), BigDecimal.ZERO)));
        assertThat(prices.failures()).isEmpty();
        assertThat(prices.results()).extracting(SkuResult::itemKey).containsExactly(a);

        SkuInfo after = client.productDetail(product.productId()).skus().get(0);
        assertThat(after.outerId()).isEqualTo(a);
        assertThat(after.stockNum()).isEqualTo(7);
        assertThat(after.price()).isEqualByComparingTo("208.00");
        assertThat(after.price().toPlainString()).isEqualTo("208.00");
        assertThat(after.vipPrice()).isEqualByComparingTo("199.50");
        assertThat(after.newPrice()).isEqualByComparingTo("0");
    }

    // ---------------------------------------------------------------- order actions

    @Test
    void acceptABatchOfSeveralOrdersAcrossTwoCarts() {
        // two carts, each split into two or more orders, all awaiting acceptance
        List<String> trades = ItSandbox.strings(server, "SELECT trade_id FROM orders GROUP BY trade_id "
                + "HAVING count(*) >= 2 AND sum(status <> 2) = 0 ORDER BY trade_id LIMIT 2");
        assertThat(trades).hasSize(2);
        List<Long> ids = ItSandbox.ids(server, "SELECT order_id FROM orders WHERE trade_id IN (?, ?) "
                + "ORDER BY trade_id, order_id", trades.get(0), trades.get(1));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        assertThat(ids.stream().map(id -> client.orderDetail(id, false).tradeId()).distinct().toList())
                .containsExactlyElementsOf(trades);

        BatchResult<OrderResult> r = client.acceptOrders(ids);
        assertThat(r.failures()).isEmpty();
        assertThat(r.results()).extracting(OrderResult::orderId).containsExactlyElementsOf(ids);
        assertThat(ids).allSatisfy(id -> {
            OrderInfo o = client.orderDetail(id, false);
            assertThat(o.orderStatus()).isEqualTo(17);
            assertThat(o.acceptTime()).isNotNull();
        });
    }

    @Test
    void deliverDirectMail() {
        long id = accepted("delivery_type = 2");
        assertThat(deliver(id, "Y073", "SF-IT-0001", false).ok()).isTrue();
        OrderInfo shipped = client.orderDetail(id, true);
        assertThat(shipped.orderStatus()).isEqualTo(3);
        assertThat(shipped.shippingTime()).isNotNull();
        assertThat(shipped.deliveryInfo()).singleElement().satisfies(d -> {
            assertThat(d.logisticsCompanyCode()).isEqualTo("Y073");
            assertThat(d.trackingNumber()).isEqualTo("SF-IT-0001");
            assertThat(d.logisticsType()).isEqualTo(OrderInfo.DeliveryInfo.INTERNATIONAL);
        });
        // listed among the shipped orders by shipping time
        assertThat(Paging.orders(client, new OrderListRequest("3", OrderListRequest.DATE_SHIPPED, 0, WINDOW_START,
                WINDOW_END, null, null, false)).map(OrderInfo::orderId)).contains(id);
    }

    @Test
    void deliverConsolidatedInternationalThenDomestic() {
        long id = accepted("delivery_type = 7");
        assertThat(deliver(id, "Y048", "JP-IT-BOX-1", false).ok()).isTrue();
        OrderInfo international = client.orderDetail(id, true);
        assertThat(international.orderStatus()).isEqualTo(3);
        assertThat(international.domesticDelivered()).isFalse();
        assertThat(deliver(id, "Y101", "ZT-IT-0001", true).ok()).isTrue();
        OrderInfo domestic = client.orderDetail(id, true);
        assertThat(domestic.orderStatus()).isEqualTo(3);
        assertThat(domestic.domesticDelivered()).isTrue();
        assertThat(domestic.deliveryInfo()).extracting(OrderInfo.DeliveryInfo::logisticsType,
                OrderInfo.DeliveryInfo::logisticsCompanyCode, OrderInfo.DeliveryInfo::trackingNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Y048", "JP-IT-BOX-1"),
                        org.assertj.core.groups.Tuple.tuple(2, "Y101", "ZT-IT-0001"));
    }

    @Test
    void deliverSeveralOrdersOfOneTradeWithOneTrackingNumber() {
        List<Long> ids = ItSandbox.ids(server, "SELECT order_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "AND trade_id = (SELECT trade_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "GROUP BY trade_id HAVING count(*) >= 2 ORDER BY count(*) DESC, trade_id LIMIT 1) ORDER BY order_id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        assertThat(client.acceptOrders(ids).failures()).isEmpty();
        List<DeliverOrder> deliveries = ids.stream().map(id -> new DeliverOrder(id, "xlobo", "DB-IT-TRADE-1", null))
                .toList();
        BatchResult<OrderResult> r = client.deliverOrders(deliveries);
        assertThat(r.failures()).isEmpty();
        assertThat(r.results()).hasSize(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(client.orderDetail(id, true).deliveryInfo())
                .singleElement().satisfies(d -> assertThat(d.trackingNumber()).isEqualTo("DB-IT-TRADE-1")));
    }

    @Test
    void changesFeedContinuesFromItsCursorAndSeesAnAcceptMadeInBetween() {
        String cursor = null;
        List<Long> seen = new ArrayList<>();
        OrderChangesResponse page;
        int pages = 0;
        do {
            page = client.orderChanges(new OrderChangesRequest(cursor, 100, false));
            page.ordersInfo().forEach(o -> seen.add(o.orderId()));
            assertThat(page.nextCursor()).isNotBlank();
            cursor = page.nextCursor();
            pages++;
        } while (Boolean.TRUE.equals(page.hasMore()));
        assertThat(pages).isGreaterThan(1);
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) countOrders("1=1"));

        OrderChangesResponse nothing = client.orderChanges(new OrderChangesRequest(cursor, 10, false));
        assertThat(nothing.ordersInfo()).isEmpty();
        assertThat(nothing.hasMore()).isFalse();

        long id = accepted("1=1");
        OrderChangesResponse after = client.orderChanges(new OrderChangesRequest(cursor, 10, true));
        assertThat(after.ordersInfo()).extracting(OrderInfo::orderId).containsExactly(id);
        assertThat(after.ordersInfo().get(0).orderStatus()).isEqualTo(17);
        assertThat(after.hasMore()).isFalse();
        assertThat(after.nextCursor()).isNotEqualTo(cursor);
        // the newer cursor has nothing left
        assertThat(client.orderChanges(new OrderChangesRequest(after.nextCursor(), 10, false)).ordersInfo())
                .isEmpty();
    }

    @Test
    void cancelAnOrderAwaitingAcceptance() {
        long id = paid("1=1", 1).get(0);
        BatchResult<OrderResult> r = client.cancelOrders(List.of(new CancelOrder(id, "缺货 (out of stock)")));
        assertThat(r.failures()).isEmpty();
        OrderInfo cancelled = client.orderDetail(id, false);
        assertThat(cancelled.orderStatus()).isEqualTo(13);
        assertThat(cancelled.cancelTime()).isNotNull();
    }

    @Test
    void changeTheAddressWhileAwaitingShipment() {
        long id = accepted("1=1");
        OrderInfo before = client.orderDetail(id, false);
        BatchResult<OrderResult> r = client.updateAddress(new AddressUpdateRequest(id, "王小明", "上海市",
                "上海市浦东新区世纪大道100号", "200120", "13800000000", null));
        assertThat(r.results()).singleElement().satisfies(o -> {
            assertThat(o.ok()).isTrue();
            assertThat(o.orderId()).isEqualTo(id);
        });
        OrderInfo o = client.orderDetail(id, false);
        assertThat(o.receiverName()).isEqualTo("王小明");
        assertThat(o.receiverState()).isEqualTo("上海市");
        assertThat(o.receiverAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(o.receiverZip()).isEqualTo("200120");
        assertThat(o.receiverMobile()).isEqualTo("13800000000");
        assertThat(o.receiverPhone()).isEqualTo(before.receiverPhone()); // not sent: kept as it was
    }

    @Test
    void oneClientServesSeveralThreadsAtOnce() throws Exception {
        // the workstation's background tasks share one client: reads and writes in parallel, each freshly signed
        List<Long> toAccept = paid("delivery_type <> 7", 8);
        assertThat(toAccept).hasSize(8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long id = toAccept.get(t);
                int page = t + 1;
                futures.add(pool.submit(() -> {
                    int rows = 0;
                    for (int i = 0; i < 5; i++) {
                        rows += client.listOrders(new OrderListRequest("", 1, 1, WINDOW_START, WINDOW_END, page,
                                20, false)).ordersInfo().size();
                        rows += client.listProducts(new ProductListRequest(null, 1, 5)).productInfos().size();
                    }
                    assertThat(client.acceptOrders(List.of(id)).failures()).isEmpty();
                    assertThat(client.orderDetail(id, false).orderStatus()).isEqualTo(17);
                    return rows;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : futures) {
                assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(5 * (20 + 5));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- refunds and simulation

    @Test
    void refundsAreListedApprovedAndRejected() {
        long a = accepted("1=1");
        long b = accepted("1=1");
        String ra = server.shop().requestRefund(a, "商品破损"); // the buyer's side: not a seller API
        String rb = server.shop().requestRefund(b, "不想要了");

        RefundListResponse open = client.listRefunds(new RefundListRequest(0, null, 1, 100));
        assertThat(open.totalCount()).isEqualTo((int) ItSandbox.scalar(server,
                "SELECT count(*) FROM refund WHERE status = 0"));
        assertThat(open.refunds()).extracting(RefundInfo::refundId).contains(ra, rb);
        assertThat(open.refunds()).allSatisfy(r -> assertThat(r.refundStatus()).isZero());
        RefundInfo infoA = open.refunds().stream().filter(r -> r.refundId().equals(ra)).findFirst().orElseThrow();
        assertThat(infoA.orderId()).isEqualTo(a);
        assertThat(infoA.refundAmount()).isPositive();
        assertThat(client.orderDetail(a, false).orderItemsInfo()).anySatisfy(i -> {
            assertThat(i.refundId()).isEqualTo(ra);
            assertThat(i.refundStatus()).isZero();
        });

        assertThat(client.approveRefund(ra, infoA.refundAmount()).results()).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.refundId()).isEqualTo(ra);
        });
        assertThat(client.rejectRefund(rb, "请先退回商品").failures()).isEmpty();

        RefundListResponse approved = client.listRefunds(new RefundListRequest(1, null, 1, 100));
        assertThat(approved.refunds()).anySatisfy(r -> {
            assertThat(r.refundId()).isEqualTo(ra);
            assertThat(r.handleTime()).isNotNull();
        });
        RefundListResponse rejected = client.listRefunds(new RefundListRequest(-1, null, 1, 100));
        assertThat(rejected.refunds()).anySatisfy(r -> {
            assertThat(r.refundId()).isEqualTo(rb);
            assertThat(r.rejectReason()).isEqualTo("请先退回商品");
        });
        assertThat(client.orderDetail(a, false).orderItemsInfo()).anySatisfy(i -> assertThat(i.refundStatus())
                .isEqualTo(1));

        // all refunds, a page at a time
        RefundListResponse all = client.listRefunds(new RefundListRequest(null, null, 1, 100));
        assertThat(all.totalCount()).isEqualTo((int) ItSandbox.scalar(server, "SELECT count(*) FROM refund"));
        RefundListResponse since = client.listRefunds(new RefundListRequest(null, infoA.applyTime(), 1, 100));
        assertThat(since.refunds()).extracting(RefundInfo::refundId).contains(ra, rb);
    }

    @Test
    void simulatePlacesCartsAndMovesTheSimulatedClock() {
        String before = GatewayTime.format(server.shop().clock());
        SimulateResponse r = client.simulate(new SimulateRequest(20, 24 * 60));
        assertThat(r.cartsPlaced()).isEqualTo(20);
        assertThat(r.ordersCreated()).isGreaterThanOrEqualTo(20);
        assertThat(r.ordersPaid()).isPositive();
        assertThat(Duration.between(GatewayTime.parse(before), GatewayTime.parse(r.clock()))).isEqualTo(
                Duration.ofDays(1));
        SimulateResponse idle = client.simulate(new SimulateRequest(0, 0));
        assertThat(idle.cartsPlaced()).isZero();
        assertThat(idle.clock()).isEqualTo(r.clock());
    }
}
