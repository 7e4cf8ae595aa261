package dev.wharf.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.ItemResult;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.RefundResult;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.platform.dto.SkuPriceUpdateRequest.SkuPrice;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import dev.wharf.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every business-rule rejection of the sandbox reaches the client as a per-item result of a 0000 answer
 * ({@code ok()} false with the sandbox's message, Chinese with English in parentheses), never as an exception,
 * and the other items of the batch go through.
 */
class ClientBusinessRulesTest {
    static final String NOT_AWAITING_ACCEPT = "订单状态不允许接单 (order is not awaiting acceptance)";
    static final String NOT_ACCEPTED = "订单状态不允许发货 (order is not accepted and awaiting shipment)";

    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(ItSandbox.config(dir, 13));
        client = ItSandbox.client(server);
        // plenty of fresh orders (unpaid and paid) of every delivery type
        client.simulate(new SimulateRequest(400, 60));
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

    static List<Long> orders(int status, String condition, int n) {
        List<Long> ids = ItSandbox.orders(server, status, condition, n);
        assertThat(ids).as("orders of status %d where %s", status, condition).hasSize(n);
        return ids;
    }

    static long accepted(String condition) {
        long id = orders(2, condition, 1).get(0);
        assertThat(client.acceptOrders(List.of(id)).failures()).isEmpty();
        return id;
    }

    static OrderResult deliver(long id, String company, String tracking, Boolean domestic) {
        return single(client.deliverOrders(List.of(new DeliverOrder(id, company, tracking, domestic))));
    }

    static <T extends ItemResult> T single(BatchResult<T> batch) {
        assertThat(batch.results()).hasSize(1);
        return batch.results().get(0);
    }

    static void refused(ItemResult r, String message) {
        assertThat(r.ok()).as(r.toString()).isFalse();
        assertThat(r.msg()).isEqualTo(message);
    }

    static int status(long id) {
        return client.orderDetail(id, false).orderStatus();
    }

    @Test
    void acceptOnlyPaidOrdersAndOnlyOnce() {
        long unpaid = orders(1, "1=1", 1).get(0);
        List<Long> paid = orders(2, "1=1", 2);
        BatchResult<OrderResult> r = client.acceptOrders(List.of(paid.get(0), unpaid, paid.get(1)));
        assertThat(r.results()).extracting(OrderResult::orderId).containsExactly(paid.get(0), unpaid, paid.get(1));
        assertThat(r.results()).extracting(OrderResult::ok).containsExactly(true, false, true);
        refused(r.results().get(1), NOT_AWAITING_ACCEPT);
        assertThat(r.failures()).extracting(OrderResult::orderId).containsExactly(unpaid);
        assertThat(status(unpaid)).isEqualTo(1);

        OrderResult twice = single(client.acceptOrders(List.of(paid.get(0))));
        refused(twice, NOT_AWAITING_ACCEPT);
        assertThat(status(paid.get(0))).isEqualTo(17);
        refused(single(client.acceptOrders(List.of(42L))), "订单不存在 (order not found)");
    }

    @Test
    void deliverOnlyAcceptedOrdersWithACompanyOfTheList() {
        long notAccepted = orders(2, "delivery_type = 2", 1).get(0);
        refused(deliver(notAccepted, "Y073", "SF-IT-NA-1", null), NOT_ACCEPTED);
        assertThat(status(notAccepted)).isEqualTo(2);

        long id = accepted("delivery_type = 2");
        refused(deliver(id, "Y999", "SF-IT-CO-1", null),
                "物流公司不在可用列表中: Y999 (logistics company is not in the seller's list)");
        assertThat(client.orderDetail(id, true).deliveryInfo()).isEmpty();
        assertThat(status(id)).isEqualTo(17);
        assertThat(deliver(id, "Y073", "SF-IT-CO-1", null).ok()).isTrue();
        refused(deliver(id, "Y073", "SF-IT-CO-2", null), NOT_ACCEPTED); // shipped already
    }

    @Test
    void aDirectMailTrackingNumberIsUsedOnceExceptWithinOneTrade() {
        List<Long> pair = ItSandbox.ids(server, "SELECT order_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "AND trade_id = (SELECT trade_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "GROUP BY trade_id HAVING count(*) >= 2 ORDER BY trade_id LIMIT 1) ORDER BY order_id LIMIT 2");
        assertThat(pair).hasSize(2);
        assertThat(client.acceptOrders(pair).failures()).isEmpty();
        assertThat(deliver(pair.get(0), "Y073", "SF-IT-ONCE", null).ok()).isTrue();
        // another order of the same trade may go in the same parcel
        assertThat(deliver(pair.get(1), "Y073", "SF-IT-ONCE", null).ok()).isTrue();

        long other = accepted("delivery_type = 2 AND trade_id <> (SELECT trade_id FROM orders WHERE order_id = "
                + pair.get(0) + ")");
        refused(deliver(other, "Y073", "SF-IT-ONCE", null),
                "运单号已被使用: SF-IT-ONCE (tracking number already used by another order)");
        assertThat(status(other)).isEqualTo(17);
    }

    @Test
    void aConsolidatedInternationalNumberCoversAtMost50Orders() {
        List<Long> ids = orders(2, "delivery_type = 7", 51);
        assertThat(client.acceptOrders(ids).failures()).isEmpty();
        List<DeliverOrder> all = new ArrayList<>();
        ids.forEach(id -> all.add(new DeliverOrder(id, "Y048", "JP-IT-BOX-50", false)));
        BatchResult<OrderResult> r = client.deliverOrders(all);
        assertThat(r.results()).hasSize(51);
        assertThat(r.results().subList(0, 50)).allMatch(OrderResult::ok);
        refused(r.results().get(50), "该国际运单号已对应50个拼邮订单 "
                + "(a consolidated international tracking number covers at most 50 orders)");
        assertThat(r.failures()).extracting(OrderResult::orderId).containsExactly(ids.get(50));
        assertThat(status(ids.get(50))).isEqualTo(17);
        // another number takes it
        assertThat(deliver(ids.get(50), "Y048", "JP-IT-BOX-51", false).ok()).isTrue();
    }

    @Test
    void theDomesticLegComesAfterTheInternationalOne() {
        long id = accepted("delivery_type = 7");
        refused(deliver(id, "Y101", "ZT-IT-EARLY", true), "拼邮订单须先完成国际段发货 (ship the international leg first)");
        OrderInfo o = client.orderDetail(id, true);
        assertThat(o.orderStatus()).isEqualTo(17);
        assertThat(o.deliveryInfo()).isEmpty();
        long direct = accepted("delivery_type = 2");
        refused(deliver(direct, "Y101", "ZT-IT-DIRECT", true),
                "非拼邮订单没有国内段发货 (only consolidated (拼邮) orders have a domestic leg)");
    }

    @Test
    void anOrderWithAnOpenRefundCannotShip() {
        long id = accepted("delivery_type = 2");
        String refundId = server.shop().requestRefund(id, "不想要了"); // the buyer asks
        refused(deliver(id, "Y073", "SF-IT-REFUND", null), "订单有退款处理中，不能发货 (order has an open refund)");
        assertThat(status(id)).isEqualTo(17);
        assertThat(client.rejectRefund(refundId, "已与买家沟通").failures()).isEmpty();
        assertThat(deliver(id, "Y073", "SF-IT-REFUND", null).ok()).isTrue();
    }

    @Test
    void stockBelowZeroAndBadPricesAreRefusedPerSku() {
        ProductInfo product = client.listProducts(new ProductListRequest(null, 1, 1)).productInfos().get(0);
        SkuInfo sku = product.skus().get(0);
        String outer = sku.outerId();

        BatchResult<SkuResult> stock = client.updateStock(List.of(new SkuStock(outer, -1),
                new SkuStock("unknown-outer", 3)));
        assertThat(stock.results()).extracting(SkuResult::outerSkuId).containsExactly(outer, "unknown-outer");
        refused(stock.results().get(0), "库存必须大于等于0 (stock must be 0 or more)");
        refused(stock.results().get(1), "商品编码不存在 (unknown outer SKU id)");

        BatchResult<SkuResult> prices = client.updatePrices(List.of(
                new SkuPrice(outer, BigDecimal.ZERO, null, null),
                new SkuPrice(outer, new BigDecimal("10.005"), null, null),
                new SkuPrice(outer, new BigDecimal("10.00"), new BigDecimal("9.999"), null),
                new SkuPrice(outer, new BigDecimal("10.00"), new BigDecimal("-1"), null)));
        refused(prices.results().get(0), "商品原价必须大于0 (price must be greater than 0)");
        refused(prices.results().get(1), "价格小数点后最多2位 (prices have at most 2 decimals)");
        refused(prices.results().get(2), "价格小数点后最多2位 (prices have at most 2 decimals)");
        refused(prices.results().get(3), "VIP价和新客价必须大于等于0 (VIP and new-customer prices must be 0 or more)");

        SkuInfo after = client.productDetail(product.productId()).skus().get(0);
        assertThat(after.stockNum()).isEqualTo(sku.stockNum());
        assertThat(after.price()).isEqualByComparingTo(sku.price());
        assertThat(after.vipPrice()).isEqualByComparingTo(sku.vipPrice());
    }

    @Test
    void cancelOnlyBeforeAcceptingAndWithAReason() {
        long acc = accepted("1=1");
        long paid = orders(2, "1=1", 1).get(0);
        // the docs: a broken rule inside a batch is that item's failure, so a missing reason too
        BatchResult<OrderResult> r = client.cancelOrders(List.of(new CancelOrder(acc, "缺货"),
                new CancelOrder(paid, " "), new CancelOrder(paid, null)));
        refused(r.results().get(0), "订单已接单或已关闭，不能取消 (only orders not yet accepted can be cancelled)");
        refused(r.results().get(1), "取消订单须填写原因 (a reason is required)");
        refused(r.results().get(2), "取消订单须填写原因 (a reason is required)");
        assertThat(status(acc)).isEqualTo(17);
        assertThat(status(paid)).isEqualTo(2);
    }

    @Test
    void theAddressCannotChangeAfterShipping() {
        long id = accepted("delivery_type = 3");
        assertThat(deliver(id, "xlobo", "DB-IT-ADDR-1", null).ok()).isTrue();
        String before = client.orderDetail(id, false).receiverAddress();
        OrderResult late = single(client.updateAddress(new AddressUpdateRequest(id, "李四", null, "北京市朝阳区",
                null, null, null)));
        refused(late, "订单状态不允许修改地址 (the address can change only while awaiting shipment)");
        assertThat(client.orderDetail(id, false).receiverAddress()).isEqualTo(before);
    }

    @Test
    void aRefundIsApprovedOnlyForTheAskedAmountAndRejectedOnlyWithAReason() {
        long a = accepted("1=1");
        long b = accepted("1=1");
        String ra = server.shop().requestRefund(a, "商品破损");
        String rb = server.shop().requestRefund(b, "不想要了");
        RefundInfo infoA = client.listRefunds(new RefundListRequest(0, null, 1, 100)).refunds().stream()
                .filter(r -> r.refundId().equals(ra)).findFirst().orElseThrow();

        RefundResult more = single(client.approveRefund(ra, infoA.refundAmount().add(BigDecimal.ONE)));
        refused(more, "退款金额与买家申请金额不一致: " + infoA.refundAmount()
                + " (the amount must equal the requested amount)");
        RefundResult less = single(client.approveRefund(ra, infoA.refundAmount().subtract(new BigDecimal("0.01"))));
        assertThat(less.ok()).isFalse();
        RefundResult noReason = single(client.rejectRefund(rb, ""));
        refused(noReason, "拒绝退款须填写原因 (a reason is required)");
        assertThat(client.listRefunds(new RefundListRequest(0, null, 1, 100)).refunds())
                .extracting(RefundInfo::refundId).contains(ra, rb);

        assertThat(single(client.approveRefund(ra, infoA.refundAmount())).ok()).isTrue();
        refused(single(client.approveRefund(ra, infoA.refundAmount())), "退款已处理 (refund already handled)");
        refused(single(client.rejectRefund("no-such-refund", "x")), "退款单不存在 (refund not found)");
    }
}
