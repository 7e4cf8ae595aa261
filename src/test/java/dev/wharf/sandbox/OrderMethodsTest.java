package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.AcceptOrdersRequest;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.LogisticsCompaniesResponse;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderDetailRequest;
import dev.wharf.platform.dto.OrderDetailResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderListResponse;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.RefundDecisionRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.RefundResult;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SimulateResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order and refund methods with their business rules, each rejection as a per-item failure of a 0000 call. */
class OrderMethodsTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static SandboxCaller caller;

    static final String WINDOW_START = "2025-01-01 00:00:00";
    static final String WINDOW_END = "2026-01-01 00:00:00";

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 11));
        caller = new SandboxCaller(server);
        // plenty of fresh, paid orders of every delivery type
        caller.ok(Methods.SANDBOX_SIMULATE, new SimulateRequest(400, 60), SimulateResponse.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    static <T extends dev.wharf.platform.dto.ItemResult> BatchResult<T> batch(String method, Object biz,
                                                                                Class<T> item) {
        JavaType type = SandboxCaller.MAPPER.getTypeFactory().constructParametricType(BatchResult.class, item);
        var response = caller.call(method, biz);
        assertThat(response.get("code").asText()).as(response.toString()).isEqualTo("0000");
        return SandboxCaller.MAPPER.convertValue(response.get("content"), type);
    }

    static OrderResult one(String method, Object biz) {
        BatchResult<OrderResult> r = batch(method, biz, OrderResult.class);
        assertThat(r.results()).hasSize(1);
        return r.results().get(0);
    }

    static List<Long> orders(int status, String typeCondition, int n) {
        return SandboxFixture.ids(server, "SELECT order_id FROM orders WHERE status = ? AND " + typeCondition
                + " ORDER BY order_id LIMIT ?", status, n);
    }

    static long accepted(String typeCondition) {
        long id = orders(2, typeCondition, 1).get(0);
        assertThat(one(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(List.of(id))).ok()).isTrue();
        return id;
    }

    static OrderInfo detail(long id) {
        return caller.ok(Methods.ORDER_DETAIL, new OrderDetailRequest(id, true), OrderDetailResponse.class)
                .orderInfo();
    }

    static OrderResult deliver(long id, String company, String tracking, Boolean domestic) {
        return one(Methods.ORDER_DELIVER, new DeliverOrdersRequest(List.of(new DeliverOrder(id, company, tracking,
                domestic))));
    }

    @Test
    void listFiltersByStatusAndDateTypeSortsAndPages() {
        OrderListResponse page1 = caller.ok(Methods.ORDER_LIST, new OrderListRequest("1,2,3", 1, 1, WINDOW_START,
                WINDOW_END, 1, 100, true), OrderListResponse.class);
        assertThat(page1.ordersInfo()).hasSize(100)
                .allSatisfy(o -> assertThat(o.orderStatus()).isIn(1, 2, 3))
                .allSatisfy(o -> assertThat(o.deliveryInfo()).isNotNull())
                .allSatisfy(o -> assertThat(o.orderItemsInfo()).isNotEmpty());
        List<String> times = page1.ordersInfo().stream().map(OrderInfo::orderTime).toList();
        assertThat(times).isSorted();
        OrderListResponse page2 = caller.ok(Methods.ORDER_LIST, new OrderListRequest("1,2,3", 1, 1, WINDOW_START,
                WINDOW_END, 2, 100, false), OrderListResponse.class);
        assertThat(page2.ordersInfo()).noneMatch(o -> page1.ordersInfo().stream()
                .anyMatch(p -> p.orderId().equals(o.orderId())));
        assertThat(page2.ordersInfo()).allSatisfy(o -> assertThat(o.deliveryInfo()).isNull());
        assertThat(page2.ordersInfo().get(0).orderTime()).isGreaterThanOrEqualTo(times.get(99));

        OrderListResponse shippedDesc = caller.ok(Methods.ORDER_LIST, new OrderListRequest("", 3, 0, WINDOW_START,
                WINDOW_END, 1, 50, true), OrderListResponse.class);
        assertThat(shippedDesc.ordersInfo()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.shippingTime()).isNotNull();
            assertThat(o.deliveryInfo()).isNotEmpty();
        });
        assertThat(shippedDesc.ordersInfo().stream().map(OrderInfo::shippingTime).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        OrderListResponse paid = caller.ok(Methods.ORDER_LIST, new OrderListRequest("2", 2, 1, WINDOW_START,
                WINDOW_END, 1, 10, false), OrderListResponse.class);
        assertThat(paid.ordersInfo()).allSatisfy(o -> assertThat(o.orderStatus()).isEqualTo(2));
        OrderListResponse acceptedTime = caller.ok(Methods.ORDER_LIST, new OrderListRequest("", 4, 1, WINDOW_START,
                WINDOW_END, 1, 10, false), OrderListResponse.class);
        assertThat(acceptedTime.ordersInfo()).isNotEmpty().allSatisfy(o -> assertThat(o.acceptTime()).isNotNull());
        OrderListResponse empty = caller.ok(Methods.ORDER_LIST, new OrderListRequest("", 1, 1, "2020-01-01 00:00:00",
                "2020-01-02 00:00:00", 1, 10, false), OrderListResponse.class);
        assertThat(empty.ordersInfo()).isEmpty();
    }

    @Test
    void splitOrdersShareATradeAndMoneyAddsUp() {
        OrderListResponse all = caller.ok(Methods.ORDER_LIST, new OrderListRequest("", 1, 1, WINDOW_START,
                WINDOW_END, 1, 100, false), OrderListResponse.class);
        for (OrderInfo o : all.ordersInfo()) {
            assertThat(o.tradeId()).isNotBlank();
            assertThat(String.valueOf(o.orderId()).length()).isBetween(9, 10);
            assertThat(o.orderItemsInfo().stream().map(i -> i.payment()).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add)).isEqualByComparingTo(o.payment());
            assertThat(o.orderItemsInfo()).allSatisfy(i -> assertThat(i.deliveryType())
                    .isEqualTo(o.orderItemsInfo().get(0).deliveryType()));
        }
        long splitTrades = SandboxFixture.scalar(server,
                "SELECT count(*) FROM (SELECT trade_id FROM orders GROUP BY trade_id HAVING count(*) > 1)");
        assertThat(splitTrades).isPositive();
    }

    @Test
    void detailOfAnUnknownOrderIs0001() {
        assertThat(caller.call(Methods.ORDER_DETAIL, new OrderDetailRequest(1L, false)).get("code").asText())
                .isEqualTo("0001");
    }

    @Test
    void acceptMovesPaidOrdersTo17AndRefusesOthers() {
        caller.ok(Methods.SANDBOX_SIMULATE, new SimulateRequest(5, 0), SimulateResponse.class);
        List<Long> paid = orders(2, "1=1", 2);
        long unpaid = orders(1, "1=1", 1).get(0);
        BatchResult<OrderResult> r = batch(Methods.ORDER_ACCEPT,
                new AcceptOrdersRequest(List.of(paid.get(0), unpaid, paid.get(1), 42L)), OrderResult.class);
        assertThat(r.results()).extracting(OrderResult::ok).containsExactly(true, false, true, false);
        assertThat(r.results().get(1).msg()).isEqualTo("订单状态不允许接单 (order is not awaiting acceptance)");
        assertThat(detail(paid.get(0)).orderStatus()).isEqualTo(17);
        assertThat(detail(paid.get(0)).acceptTime()).isNotNull();
        assertThat(one(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(List.of(paid.get(0)))).ok()).isFalse();
    }

    @Test
    void logisticsCompaniesAreTheSellersList() {
        LogisticsCompaniesResponse r = caller.ok(Methods.LOGISTICS_COMPANIES, null, LogisticsCompaniesResponse.class);
        assertThat(r.logisticsCompanies()).extracting(LogisticsCompaniesResponse.LogisticsCompany::companyCode)
                .contains("Y073", "Y068", "Y013", "Y101", "xlobo", "Y901", "Y902", "Y903");
    }

    @Test
    void deliverShipsAcceptedOrdersOnceWithAKnownCompany() {
        long id = accepted("delivery_type = 2");
        OrderResult notAccepted = deliver(orders(2, "delivery_type = 2", 1).get(0), "Y073", "SF-NA-1", null);
        assertThat(notAccepted.ok()).isFalse();
        assertThat(notAccepted.msg()).contains("order is not accepted");
        OrderResult unknownCompany = deliver(id, "Y999", "SF1000001", null);
        assertThat(unknownCompany.ok()).isFalse();
        assertThat(unknownCompany.msg()).contains("not in the seller's list");
        assertThat(deliver(id, "Y073", "SF1000001", false).ok()).isTrue();
        OrderInfo shipped = detail(id);
        assertThat(shipped.orderStatus()).isEqualTo(3);
        assertThat(shipped.shippingTime()).isNotNull();
        assertThat(shipped.deliveryInfo()).singleElement().satisfies(d -> {
            assertThat(d.trackingNumber()).isEqualTo("SF1000001");
            assertThat(d.logisticsType()).isEqualTo(1);
        });
        assertThat(deliver(id, "Y073", "SF1000002", null).ok()).isFalse();

        long other = accepted("delivery_type = 2 AND trade_id <> (SELECT trade_id FROM orders WHERE order_id = "
                + id + ") AND receiver_name <> (SELECT receiver_name FROM orders WHERE order_id = " + id + ")");
        OrderResult reused = deliver(other, "Y073", "SF1000001", null);
        assertThat(reused.ok()).isFalse();
        assertThat(reused.msg()).contains("tracking number already used");
    }

    @Test
    void anOrderInSeveralParcelsShipsWithAllItsNumbersAtOnceAndTakesNoFurtherOne() {
        long id = accepted("delivery_type = 2");
        OrderResult twice = deliver(id, "Y073", "SF-P-1,SF-P-1", null);
        assertThat(twice.ok()).isFalse();
        assertThat(twice.msg()).contains("listed twice");

        assertThat(deliver(id, "Y073", " SF-P-1, SF-P-2 ", null).ok()).isTrue();
        assertThat(detail(id).deliveryInfo()).extracting(OrderInfo.DeliveryInfo::trackingNumber)
                .containsExactly("SF-P-1", "SF-P-2");
        OrderResult further = deliver(id, "Y073", "SF-P-3", null);
        assertThat(further.ok()).as("a further parcel after shipping").isFalse();
        assertThat(further.msg()).contains("not accepted");

        long other = accepted("delivery_type = 2 AND trade_id <> (SELECT trade_id FROM orders WHERE order_id = "
                + id + ") AND receiver_name <> (SELECT receiver_name FROM orders WHERE order_id = " + id + ")");
        OrderResult reused = deliver(other, "Y073", "SF-NEW-9,SF-P-2", null);
        assertThat(reused.ok()).as("each number is used once").isFalse();
        assertThat(reused.msg()).contains("SF-P-2");
        assertThat(SandboxFixture.scalar(server, "SELECT count(*) FROM delivery WHERE order_id = ?", other)).isZero();
    }

    @Test
    void ordersOfOneReceiverMayShareADirectMailTrackingNumber() {
        List<Long> two = SandboxFixture.ids(server, "SELECT order_id FROM orders WHERE status = 2 AND delivery_type = 2 "
                + "AND trade_id NOT IN (SELECT trade_id FROM orders WHERE status <> 2) ORDER BY order_id DESC LIMIT 40");
        long a = two.get(0);
        long b = two.stream().filter(x -> SandboxFixture.scalar(server, "SELECT count(*) FROM orders x, orders y WHERE "
                + "x.order_id = ? AND y.order_id = ? AND x.trade_id <> y.trade_id AND x.receiver_name <> y.receiver_name",
                a, x) == 1).findFirst().orElseThrow();
        long c = two.stream().filter(x -> x != a && x != b && SandboxFixture.scalar(server, "SELECT count(*) FROM "
                + "orders x, orders y WHERE x.order_id = ? AND y.order_id = ? AND x.trade_id <> y.trade_id", a, x) == 1)
                .filter(x -> SandboxFixture.scalar(server, "SELECT count(*) FROM orders x, orders y WHERE x.order_id = ? "
                        + "AND y.order_id = ? AND x.trade_id <> y.trade_id", b, x) == 1).findFirst().orElseThrow();
        server.shop().database().write(conn -> {
            try (var ps = conn.prepareStatement("UPDATE orders SET (receiver_name, receiver_mobile, receiver_state, "
                    + "receiver_address) = (SELECT receiver_name, receiver_mobile, receiver_state, receiver_address "
                    + "FROM orders WHERE order_id = ?) WHERE order_id = ?")) {
                ps.setLong(1, a);
                ps.setLong(2, c);
                return ps.executeUpdate();
            }
        });
        assertThat(batch(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(List.of(a, b, c)), OrderResult.class)
                .failures()).isEmpty();
        assertThat(deliver(a, "Y073", "SF-BUYER-1", null).ok()).isTrue();
        assertThat(deliver(c, "Y073", "SF-BUYER-1", null).ok()).as("another cart to the same receiver").isTrue();
        OrderResult stranger = deliver(b, "Y073", "SF-BUYER-1", null);
        assertThat(stranger.ok()).as("another cart and receiver").isFalse();
        assertThat(stranger.msg()).contains("tracking number already used");
    }

    @Test
    void ordersOfOneTradeMayShareADirectMailTrackingNumber() {
        List<Long> pair = SandboxFixture.ids(server, "SELECT o.order_id FROM orders o WHERE o.status = 2 "
                + "AND o.delivery_type <> 7 AND o.trade_id = (SELECT trade_id FROM orders WHERE status = 2 "
                + "AND delivery_type <> 7 GROUP BY trade_id HAVING count(*) >= 2 ORDER BY trade_id LIMIT 1) "
                + "ORDER BY o.order_id LIMIT 2");
        assertThat(pair).hasSize(2);
        assertThat(batch(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(pair), OrderResult.class).failures()).isEmpty();
        BatchResult<OrderResult> r = batch(Methods.ORDER_DELIVER, new DeliverOrdersRequest(List.of(
                new DeliverOrder(pair.get(0), "Y073", "SF-TRADE-1", null),
                new DeliverOrder(pair.get(1), "Y073", "SF-TRADE-1", null))), OrderResult.class);
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void anOrderWithAnOpenRefundCannotShip() {
        long id = accepted("delivery_type = 2");
        String refundId = server.shop().requestRefund(id, "不想要了");
        OrderResult r = deliver(id, "Y073", "SF-REFUND-1", null);
        assertThat(r.ok()).isFalse();
        assertThat(r.msg()).isEqualTo("订单有退款处理中，不能发货 (order has an open refund)");
        OrderInfo o = detail(id);
        assertThat(o.orderItemsInfo().get(0).refundStatus()).isEqualTo(0);
        assertThat(o.orderItemsInfo().get(0).refundId()).isEqualTo(refundId);
        // once the refund is rejected the order ships
        assertThat(batch(Methods.REFUND_REJECT, new RefundDecisionRequest(refundId, null, "已与买家沟通"),
                RefundResult.class).failures()).isEmpty();
        assertThat(deliver(id, "Y073", "SF-REFUND-1", null).ok()).isTrue();
    }

    @Test
    void consolidatedOrdersShipTheInternationalLegFirstThenTheDomesticOne() {
        long id = accepted("delivery_type = 7");
        OrderResult early = deliver(id, "Y101", "ZT-EARLY", true);
        assertThat(early.ok()).isFalse();
        assertThat(early.msg()).contains("international leg first");
        assertThat(deliver(id, "Y048", "JP-PY-0001", false).ok()).isTrue();
        OrderInfo afterIntl = detail(id);
        assertThat(afterIntl.orderStatus()).isEqualTo(3);
        assertThat(afterIntl.domesticDelivered()).isFalse();
        assertThat(deliver(id, "Y101", "ZT-0001", true).ok()).isTrue();
        OrderInfo afterDomestic = detail(id);
        assertThat(afterDomestic.domesticDelivered()).isTrue();
        assertThat(afterDomestic.deliveryInfo()).extracting(OrderInfo.DeliveryInfo::logisticsType)
                .containsExactly(1, 2);
        assertThat(deliver(id, "Y101", "ZT-0002", true).ok()).isFalse();
        long direct = accepted("delivery_type = 2");
        assertThat(deliver(direct, "Y101", "ZT-X", true).msg()).contains("only consolidated");
    }

    @Test
    void aConsolidatedInternationalNumberCoversAtMost50Orders() {
        List<Long> paid = orders(2, "delivery_type = 7", 51);
        assertThat(paid).hasSize(51);
        assertThat(batch(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(paid), OrderResult.class).failures()).isEmpty();
        List<DeliverOrder> all = new ArrayList<>();
        paid.forEach(id -> all.add(new DeliverOrder(id, "Y048", "JP-BOX-50", false)));
        BatchResult<OrderResult> r = batch(Methods.ORDER_DELIVER, new DeliverOrdersRequest(all), OrderResult.class);
        assertThat(r.results().subList(0, 50)).allMatch(OrderResult::ok);
        assertThat(r.results().get(50).ok()).isFalse();
        assertThat(r.results().get(50).msg()).contains("at most 50 orders");
    }

    @Test
    void cancelOnlyBeforeAcceptWithAReason() {
        long acc = accepted("1=1");
        List<Long> paid = orders(2, "1=1", 2);
        BatchResult<OrderResult> r = batch(Methods.ORDER_CANCEL, new CancelOrdersRequest(List.of(
                new CancelOrdersRequest.CancelOrder(paid.get(0), "缺货"),
                new CancelOrdersRequest.CancelOrder(paid.get(1), " "),
                new CancelOrdersRequest.CancelOrder(acc, "缺货"))), OrderResult.class);
        assertThat(r.results()).extracting(OrderResult::ok).containsExactly(true, false, false);
        assertThat(r.results().get(1).msg()).contains("reason is required");
        assertThat(r.results().get(2).msg()).contains("only orders not yet accepted");
        OrderInfo cancelled = detail(paid.get(0));
        assertThat(cancelled.orderStatus()).isEqualTo(13);
        assertThat(cancelled.cancelTime()).isNotNull();
    }

    @Test
    void addressChangesOnlyWhileAwaitingShipment() {
        long acc = accepted("delivery_type = 3");
        OrderResult ok = one(Methods.ORDER_ADDRESS_UPDATE, new AddressUpdateRequest(acc, "王小明", null,
                "上海市浦东新区世纪大道100号", "200120", "13800000000", null));
        assertThat(ok.ok()).isTrue();
        OrderInfo o = detail(acc);
        assertThat(o.receiverName()).isEqualTo("王小明");
        assertThat(o.receiverAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(deliver(acc, "xlobo", "DB000000001JP", null).ok()).isTrue();
        OrderResult late = one(Methods.ORDER_ADDRESS_UPDATE, new AddressUpdateRequest(acc, "李四", null, "北京", null,
                null, null));
        assertThat(late.ok()).isFalse();
        assertThat(late.msg()).contains("only while awaiting shipment");
    }

    @Test
    void changesFeedFollowsEveryChangeInOrderWithAnOpaqueCursor() {
        String cursor = null;
        List<Long> seen = new ArrayList<>();
        OrderChangesResponse page;
        do {
            page = caller.ok(Methods.ORDER_CHANGES, new OrderChangesRequest(cursor, 100, false),
                    OrderChangesResponse.class);
            page.ordersInfo().forEach(o -> seen.add(o.orderId()));
            cursor = page.nextCursor();
        } while (Boolean.TRUE.equals(page.hasMore()));
        assertThat(seen).doesNotHaveDuplicates();
        long total = SandboxFixture.scalar(server, "SELECT count(*) FROM orders");
        assertThat(seen).hasSize((int) total);
        OrderChangesResponse none = caller.ok(Methods.ORDER_CHANGES, new OrderChangesRequest(cursor, 10, false),
                OrderChangesResponse.class);
        assertThat(none.ordersInfo()).isEmpty();
        assertThat(none.hasMore()).isFalse();
        long id = accepted("1=1");
        OrderChangesResponse after = caller.ok(Methods.ORDER_CHANGES, new OrderChangesRequest(cursor, 10, false),
                OrderChangesResponse.class);
        assertThat(after.ordersInfo()).extracting(OrderInfo::orderId).containsExactly(id);
        assertThat(after.ordersInfo().get(0).orderStatus()).isEqualTo(17);
        assertThat(caller.call(Methods.ORDER_CHANGES, new OrderChangesRequest("garbage!", 10, false))
                .get("code").asText()).isEqualTo("0001");
    }

    @Test
    void refundsAreListedApprovedWithTheRequestedAmountOrRejectedWithAReason() {
        long a = accepted("1=1");
        long b = accepted("1=1");
        String ra = server.shop().requestRefund(a, "商品破损");
        String rb = server.shop().requestRefund(b, "不想要了");
        RefundListResponse open = caller.ok(Methods.REFUND_LIST, new RefundListRequest(0, null, 1, 100),
                RefundListResponse.class);
        assertThat(open.refunds()).extracting(RefundListResponse.RefundInfo::refundId).contains(ra, rb);
        assertThat(open.totalCount()).isGreaterThanOrEqualTo(2);
        RefundListResponse.RefundInfo infoA = open.refunds().stream().filter(r -> r.refundId().equals(ra))
                .findFirst().orElseThrow();

        RefundResult wrongAmount = batch(Methods.REFUND_APPROVE, new RefundDecisionRequest(ra,
                infoA.refundAmount().add(java.math.BigDecimal.ONE), null), RefundResult.class).results().get(0);
        assertThat(wrongAmount.ok()).isFalse();
        assertThat(wrongAmount.msg()).contains("must equal the requested amount");
        assertThat(batch(Methods.REFUND_APPROVE, new RefundDecisionRequest(ra, infoA.refundAmount(), null),
                RefundResult.class).failures()).isEmpty();
        assertThat(detail(a).orderItemsInfo().get(0).refundStatus()).isEqualTo(1);
        assertThat(batch(Methods.REFUND_APPROVE, new RefundDecisionRequest(ra, infoA.refundAmount(), null),
                RefundResult.class).results().get(0).msg()).contains("already handled");

        RefundResult noReason = batch(Methods.REFUND_REJECT, new RefundDecisionRequest(rb, null, ""),
                RefundResult.class).results().get(0);
        assertThat(noReason.ok()).isFalse();
        assertThat(noReason.msg()).contains("reason is required");
        assertThat(batch(Methods.REFUND_REJECT, new RefundDecisionRequest(rb, null, "请先退回商品"),
                RefundResult.class).failures()).isEmpty();
        assertThat(detail(b).orderItemsInfo().get(0).refundStatus()).isEqualTo(-1);
        RefundListResponse rejected = caller.ok(Methods.REFUND_LIST, new RefundListRequest(-1, null, 1, 100),
                RefundListResponse.class);
        assertThat(rejected.refunds()).anySatisfy(r -> {
            assertThat(r.refundId()).isEqualTo(rb);
            assertThat(r.rejectReason()).isEqualTo("请先退回商品");
        });
        assertThat(caller.call(Methods.REFUND_APPROVE, new RefundDecisionRequest(ra, null, null)).get("code")
                .asText()).isEqualTo("0001");
    }

    @Test
    void simulationPlacesCartsAndRunsDueEvents() {
        String before = server.shop().clock().toString();
        SimulateResponse r = caller.ok(Methods.SANDBOX_SIMULATE, new SimulateRequest(20, 24 * 60 * 30),
                SimulateResponse.class);
        assertThat(r.cartsPlaced()).isEqualTo(20);
        assertThat(r.ordersCreated()).isGreaterThanOrEqualTo(20);
        assertThat(r.ordersPaid()).isPositive();
        assertThat(r.ordersReceived()).isPositive(); // orders shipped above are received or auto-confirmed
        assertThat(r.clock()).isNotNull();
        assertThat(server.shop().clock().toString()).isNotEqualTo(before);
        assertThat(SandboxFixture.scalar(server, "SELECT count(*) FROM orders WHERE status IN (12, 13, 18)"))
                .isPositive();
        assertThat(caller.call(Methods.SANDBOX_SIMULATE, new SimulateRequest(-1, 0)).get("code").asText())
                .isEqualTo("0001");
        assertThat(SandboxFixture.ids(server, "SELECT DISTINCT status FROM orders ORDER BY status").stream()
                .map(String::valueOf).collect(Collectors.joining(","))).contains("4");
    }
}
