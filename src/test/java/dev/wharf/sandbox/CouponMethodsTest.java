package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Paging;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse.CouponGrant;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponIssueResult;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.CustomerListResponse.CustomerInfo;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.SimulateRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Customers and coupons (create, stop, issue, list, grants, redemption by simulated buyers) through GatewayClient. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouponMethodsTest {
    static final Set<Integer> CANCELLED = Set.of(12, 13, 14, 18);
    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 31));
        client = ClientFixture.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static String clockPlus(Duration d) {
        return GatewayTime.format(server.shop().clock().plus(d));
    }

    static CouponCreateRequest coupon(String key, String threshold, String face, int quantity) {
        return new CouponCreateRequest(key, "满" + threshold + "减" + face, new BigDecimal(threshold),
                new BigDecimal(face), clockPlus(Duration.ZERO), clockPlus(Duration.ofDays(30)), quantity);
    }

    static List<CustomerInfo> allCustomers(String since) {
        List<CustomerInfo> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            CustomerListResponse r = client.listCustomers(new PageRequest(page, 100, since));
            all.addAll(r.customers());
            if (all.size() >= r.totalCount()) {
                return all;
            }
        }
    }

    static List<OrderInfo> allOrders() {
        return Paging.orders(client, new OrderListRequest("", OrderListRequest.DATE_ORDERED, 1,
                "2020-01-01 00:00:00", "2030-01-01 00:00:00", 1, 100, false)).toList();
    }

    @Test
    @Order(1)
    void customersAreTheBuyersWhoOrderedWithTotalsOfPaidNotCancelledOrders() {
        List<OrderInfo> orders = allOrders();
        Map<String, List<OrderInfo>> byBuyer = orders.stream().collect(Collectors.groupingBy(OrderInfo::buyerId));
        List<CustomerInfo> customers = allCustomers(null);
        assertThat(customers).extracting(CustomerInfo::buyerId).containsExactlyInAnyOrderElementsOf(byBuyer.keySet());
        for (CustomerInfo cu : customers) {
            List<OrderInfo> theirs = byBuyer.get(cu.buyerId());
            List<OrderInfo> counted = theirs.stream()
                    .filter(o -> o.paidTime() != null && !CANCELLED.contains(o.orderStatus())).toList();
            assertThat(cu.orderCount()).as(cu.buyerId()).isEqualTo(counted.size());
            assertThat(cu.totalSpent()).isEqualByComparingTo(
                    counted.stream().map(OrderInfo::payment).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(cu.firstOrderTime()).isEqualTo(theirs.stream().map(OrderInfo::orderTime).min(String::compareTo)
                    .orElseThrow());
            assertThat(cu.lastOrderTime()).isEqualTo(theirs.stream().map(OrderInfo::orderTime).max(String::compareTo)
                    .orElseThrow());
            assertThat(cu.province()).isNotBlank();
            assertThat(cu.updateTime()).isGreaterThanOrEqualTo(cu.lastOrderTime());
        }
        // paging: 1-100 rows, pages do not overlap
        assertThat(client.listCustomers(new PageRequest(1, 7, null)).customers()).hasSize(7);
        assertThat(client.listCustomers(new PageRequest(2, 7, null)).customers().get(0))
                .isEqualTo(customers.get(7));
        ClientFixture.invalid(() -> client.listCustomers(new PageRequest(1, 101, null)), "page_rows");
        ClientFixture.invalid(() -> client.listCustomers(new PageRequest(0, 10, null)), "page_no");
        ClientFixture.invalid(() -> client.listCustomers(new PageRequest(1, 10, "yesterday")), "updated_since");

        // updated_since: only buyers whose figures changed then or later
        String clock = GatewayTime.format(server.shop().clock());
        assertThat(allCustomers(clock)).isEmpty();
        client.simulate(new SimulateRequest(20, 120));
        List<CustomerInfo> changed = allCustomers(clock);
        assertThat(changed).isNotEmpty().allSatisfy(cu -> assertThat(cu.updateTime()).isGreaterThanOrEqualTo(clock));
        assertThat(changed.size()).isLessThan(allCustomers(null).size());
    }

    @Test
    @Order(2)
    void createIsIdempotentAndChecksItsRules() {
        CouponInfo first = client.createCoupon(coupon("c-key-1", "300", "30", 50));
        assertThat(first.couponId()).isNotBlank();
        assertThat(first.status()).isEqualTo("active");
        assertThat(first.faceValue()).isEqualTo(new BigDecimal("30.00"));
        assertThat(first.issuedCount()).isZero();
        CouponInfo again = client.createCoupon(coupon("c-key-1", "500", "50", 1));
        assertThat(again.couponId()).isEqualTo(first.couponId());
        assertThat(again.thresholdAmount()).isEqualTo(new BigDecimal("300.00"));
        assertThat(client.listCoupons(new PageRequest(1, 100, null)).coupons())
                .filteredOn(k -> k.clientKey().equals("c-key-1")).hasSize(1);

        ClientFixture.invalid(() -> client.createCoupon(coupon("k2", "30", "30", 5)),
                "threshold_amount must be greater than face_value");
        ClientFixture.invalid(() -> client.createCoupon(coupon("k2", "30", "0", 5)), "face_value must be greater");
        ClientFixture.invalid(() -> client.createCoupon(coupon("k2", "30", "-5", 5)), "face_value must be greater");
        ClientFixture.invalid(() -> client.createCoupon(coupon("k2", "30.001", "5", 5)), "at most 2 decimals");
        ClientFixture.invalid(() -> client.createCoupon(coupon("k2", "30", "5", 0)), "total_quantity");
        ClientFixture.invalid(() -> client.createCoupon(new CouponCreateRequest("k2", "x", BigDecimal.TEN,
                BigDecimal.ONE, clockPlus(Duration.ofDays(2)), clockPlus(Duration.ofDays(1)), 5)),
                "valid_from must be before valid_to");
        ClientFixture.invalid(() -> client.createCoupon(new CouponCreateRequest("k2", "x", BigDecimal.TEN,
                BigDecimal.ONE, clockPlus(Duration.ofDays(-3)), clockPlus(Duration.ofDays(-1)), 5)),
                "valid_to must be in the future");
        ClientFixture.invalid(() -> client.createCoupon(new CouponCreateRequest("k2", null, BigDecimal.TEN,
                BigDecimal.ONE, clockPlus(Duration.ZERO), clockPlus(Duration.ofDays(1)), 5)), "name");
        ClientFixture.invalid(() -> client.createCoupon(new CouponCreateRequest(null, "x", BigDecimal.TEN,
                BigDecimal.ONE, clockPlus(Duration.ZERO), clockPlus(Duration.ofDays(1)), 5)), "client_key");
        // nothing was created by the refused calls
        assertThat(client.listCoupons(new PageRequest(1, 100, null)).coupons())
                .noneMatch(k -> k.clientKey().equals("k2"));
    }

    @Test
    @Order(3)
    void issueIsOnePerBuyerAndNeverMoreThanTheQuantity() {
        List<String> buyers = allCustomers(null).stream().map(CustomerInfo::buyerId).limit(4).toList();
        CouponInfo k = client.createCoupon(coupon("c-key-3", "200", "20", 3));
        BatchResult<CouponIssueResult> r = client.issueCoupon(k.couponId(),
                List.of(buyers.get(0), buyers.get(1), buyers.get(0), "no-such-buyer", buyers.get(2), buyers.get(3)));
        assertThat(r.results()).extracting(CouponIssueResult::ok)
                .containsExactly(true, true, false, false, true, false);
        assertThat(r.results().get(2).msg()).contains("already holds");
        assertThat(r.results().get(3).msg()).contains("unknown buyer");
        assertThat(r.results().get(5).msg()).contains("all 3 coupons have been issued");
        CouponInfo after = client.listCoupons(new PageRequest(1, 100, null)).coupons().stream()
                .filter(c -> c.couponId().equals(k.couponId())).findFirst().orElseThrow();
        assertThat(after.issuedCount()).isEqualTo(3);
        List<CouponGrant> grants = client.couponGrants(k.couponId(), 1, 100).grants();
        assertThat(grants).extracting(CouponGrant::buyerId)
                .containsExactlyInAnyOrder(buyers.get(0), buyers.get(1), buyers.get(2));
        assertThat(grants).allSatisfy(g -> {
            assertThat(g.used()).isFalse();
            assertThat(g.grantTime()).isNotNull();
            assertThat(g.orderId()).isNull();
        });
        ClientFixture.invalid(() -> client.issueCoupon("CP-nope", List.of(buyers.get(0))), "coupon_id");
        ClientFixture.invalid(() -> client.couponGrants("CP-nope", 1, 10), "coupon_id");
    }

    @Test
    @Order(4)
    void stoppedAndExpiredCouponsCannotBeIssued() {
        String buyer = allCustomers(null).get(0).buyerId();
        CouponInfo k = client.createCoupon(coupon("c-key-4", "100", "5", 10));
        String before = GatewayTime.format(server.shop().clock());
        CouponInfo stopped = client.stopCoupon(k.couponId());
        assertThat(stopped.status()).isEqualTo("stopped");
        assertThat(client.stopCoupon(k.couponId()).status()).isEqualTo("stopped");
        assertThat(client.issueCoupon(k.couponId(), List.of(buyer)).failures()).singleElement()
                .satisfies(f -> assertThat(f.msg()).contains("stopped"));
        assertThat(client.listCoupons(new PageRequest(1, 100, before)).coupons())
                .extracting(CouponInfo::couponId).contains(k.couponId());
        ClientFixture.invalid(() -> client.stopCoupon("CP-nope"), "coupon_id");

        CouponInfo shortLived = client.createCoupon(new CouponCreateRequest("c-key-5", "一小时", new BigDecimal("100"),
                new BigDecimal("5"), clockPlus(Duration.ZERO), clockPlus(Duration.ofHours(1)), 10));
        client.simulate(new SimulateRequest(0, 61));
        CouponInfo expired = client.listCoupons(new PageRequest(1, 100, null)).coupons().stream()
                .filter(c -> c.couponId().equals(shortLived.couponId())).findFirst().orElseThrow();
        assertThat(expired.status()).isEqualTo("expired");
        assertThat(client.issueCoupon(shortLived.couponId(), List.of(buyer)).failures()).singleElement()
                .satisfies(f -> assertThat(f.msg()).contains("expired"));
    }

    @Test
    @Order(5)
    void buyersRedeemTheirCouponOnACartThatReachesTheThreshold() {
        List<String> buyers = allCustomers(null).stream().map(CustomerInfo::buyerId).toList();
        CouponInfo k = client.createCoupon(coupon("c-key-6", "100", "10", 1000));
        for (List<String> chunk : Paging.chunks(buyers, 100)) {
            assertThat(client.issueCoupon(k.couponId(), chunk).failures()).isEmpty();
        }
        String issuedAt = GatewayTime.format(server.shop().clock());
        client.simulate(new SimulateRequest(120, 60));

        List<CouponGrant> grants = client.couponGrants(k.couponId(), 1, 100).grants();
        List<CouponGrant> used = new ArrayList<>(grants.stream().filter(CouponGrant::used).toList());
        for (int page = 2; grants.size() == 100; page++) {
            grants = client.couponGrants(k.couponId(), page, 100).grants();
            used.addAll(grants.stream().filter(CouponGrant::used).toList());
        }
        assertThat(used).isNotEmpty();
        Map<String, BigDecimal> discountPerTrade = new HashMap<>();
        List<OrderInfo> orders = allOrders();
        for (CouponGrant g : used) {
            assertThat(g.usedTime()).isGreaterThanOrEqualTo(issuedAt);
            OrderInfo o = client.orderDetail(g.orderId(), false);
            assertThat(o.buyerId()).isEqualTo(g.buyerId());
            assertThat(g.orderPayment()).isEqualByComparingTo(o.payment());
            assertThat(o.mCouponDiscount()).isPositive();
            List<OrderInfo> trade = orders.stream().filter(x -> x.tradeId().equals(o.tradeId())).toList();
            BigDecimal amount = trade.stream().map(OrderInfo::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal discount = trade.stream().map(OrderInfo::mCouponDiscount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(amount).isGreaterThanOrEqualTo(new BigDecimal("100"));
            assertThat(discount).isEqualByComparingTo("10");
            discountPerTrade.put(o.tradeId(), discount);
            for (OrderInfo x : trade) {
                assertThat(x.payment()).isEqualByComparingTo(x.amount().subtract(x.mCouponDiscount()));
                assertThat(x.orderItemsInfo().stream().map(i -> i.mCouponDiscount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(x.mCouponDiscount());
            }
        }
        // one coupon per buyer: each used grant is a different buyer and a different cart
        assertThat(used.stream().map(CouponGrant::buyerId).distinct()).hasSize(used.size());
        assertThat(discountPerTrade).hasSize(used.size());
        CouponInfo after = client.listCoupons(new PageRequest(1, 100, issuedAt)).coupons().stream()
                .filter(c -> c.couponId().equals(k.couponId())).findFirst().orElseThrow();
        assertThat(after.usedCount()).isEqualTo(used.size());
    }
}
