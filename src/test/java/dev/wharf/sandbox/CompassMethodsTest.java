package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.Paging;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.DsrResponse.DsrScore;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderItemInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellThroughResponse.CategorySellThrough;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse;
import dev.wharf.platform.dto.TrafficResponse.TrafficDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data compass through GatewayClient, checked against the orders the same client reads. */
class CompassMethodsTest {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // the fixture's history: 3 days up to 2025-03-01 10:00 GMT+8
    static final CompassRequest RANGE = new CompassRequest("2025-02-25", "2025-03-05");

    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;
    static List<OrderInfo> paid;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 41));
        client = ClientFixture.client(server);
        paid = Paging.orders(client, new OrderListRequest("", OrderListRequest.DATE_PAID, 1, "2020-01-01 00:00:00",
                "2030-01-01 00:00:00", 1, 100, false)).toList();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static String day(String platformTime) {
        return platformTime.substring(0, 10);
    }

    @Test
    void trafficDaysAgreeWithTheOrdersPaidThatDay() {
        TrafficResponse traffic = client.traffic(RANGE);
        // days after the sandbox clock's day (2025-03-01) have no data yet
        assertThat(traffic.days()).extracting(TrafficDay::date)
                .containsExactly("2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28", "2025-03-01");
        Map<String, List<OrderInfo>> byDay = paid.stream().collect(Collectors.groupingBy(o -> day(o.paidTime())));
        for (TrafficDay d : traffic.days()) {
            List<OrderInfo> orders = byDay.getOrDefault(d.date(), List.of());
            assertThat(d.orders()).as(d.date()).isEqualTo(orders.size());
            assertThat(d.gmv()).as(d.date()).isEqualByComparingTo(
                    orders.stream().map(OrderInfo::payment).reduce(BigDecimal.ZERO, BigDecimal::add));
            int buyers = (int) orders.stream().map(OrderInfo::buyerId).distinct().count();
            assertThat(d.payingBuyers()).isEqualTo(buyers);
            assertThat(d.visitors()).isGreaterThanOrEqualTo(buyers).isPositive();
            assertThat(d.visitorsByPage().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(d.visitors());
            assertThat(d.visitorsByPage()).containsOnlyKeys("shop_home", "product_detail", "live", "other");
            assertThat(d.exposureBySource()).containsOnlyKeys("search", "recommendation", "live", "other");
            assertThat(d.conversionRate()).isEqualByComparingTo(BigDecimal.valueOf(buyers)
                    .divide(BigDecimal.valueOf(d.visitors()), 4, RoundingMode.HALF_UP));
        }
        assertThat(traffic.days().get(2).orders()).isPositive();
        assertThat(client.traffic(RANGE)).isEqualTo(traffic); // deterministic
        assertThat(client.traffic(new CompassRequest("2025-04-01", "2025-04-02")).days()).isEmpty();

        ClientFixture.invalid(() -> client.traffic(new CompassRequest("2024-12-01", "2025-03-01")), "at most 90 days");
        ClientFixture.invalid(() -> client.traffic(new CompassRequest("2025-03-01", "2025-02-01")), "before start_date");
        ClientFixture.invalid(() -> client.traffic(new CompassRequest("2025/03/01", "2025-03-02")), "yyyy-MM-dd");
        ClientFixture.invalid(() -> client.traffic(new CompassRequest(null, "2025-03-02")), "start_date");
        assertThat(client.traffic(new CompassRequest("2024-12-02", "2025-03-01")).days()).hasSize(90);
    }

    @Test
    void sellThroughCountsListedAndSoldProductsPerCategory() {
        Map<String, String> categoryOf = new HashMap<>();
        Map<String, Integer> listed = new HashMap<>();
        for (ProductInfo p : Paging.products(client, null).toList()) {
            categoryOf.put(p.productId(), p.categoryName());
            if ("on_sale".equals(p.status())) {
                listed.merge(p.categoryName(), 1, Integer::sum);
            }
        }
        Map<String, Set<String>> sold = new HashMap<>();
        Map<String, Integer> units = new HashMap<>();
        Map<String, BigDecimal> gmv = new HashMap<>();
        for (OrderInfo o : paid) {
            for (OrderItemInfo i : o.orderItemsInfo()) {
                String cat = categoryOf.get(i.productId());
                sold.computeIfAbsent(cat, k -> new HashSet<>()).add(i.productId());
                units.merge(cat, i.num(), Integer::sum);
                gmv.merge(cat, i.payment(), BigDecimal::add);
            }
        }
        SellThroughResponse r = client.sellThrough(RANGE);
        assertThat(r.categories()).extracting(CategorySellThrough::categoryName)
                .containsExactlyInAnyOrderElementsOf(listed.keySet()).isSorted();
        for (CategorySellThrough c : r.categories()) {
            String name = c.categoryName();
            assertThat(c.productsListed()).as(name).isEqualTo(listed.getOrDefault(name, 0));
            assertThat(c.productsSold()).as(name).isEqualTo(sold.getOrDefault(name, Set.of()).size());
            assertThat(c.unitsSold()).as(name).isEqualTo(units.getOrDefault(name, 0));
            assertThat(c.gmv()).as(name).isEqualByComparingTo(gmv.getOrDefault(name, BigDecimal.ZERO));
            assertThat(c.sellThroughRate()).isEqualByComparingTo(BigDecimal.valueOf(c.productsSold())
                    .divide(BigDecimal.valueOf(c.productsListed()), 4, RoundingMode.HALF_UP));
        }
        int totalUnits = r.categories().stream().mapToInt(CategorySellThrough::unitsSold).sum();
        assertThat(totalUnits).isEqualTo(paid.stream().flatMap(o -> o.orderItemsInfo().stream())
                .mapToInt(OrderItemInfo::num).sum());

        // taking a product off sale lowers its category's listed count; a range before the history sold nothing
        String someProduct = paid.get(0).orderItemsInfo().get(0).productId();
        String cat = categoryOf.get(someProduct);
        client.unshelveProducts(List.of(someProduct));
        assertThat(client.sellThrough(RANGE).categories()).filteredOn(c -> c.categoryName().equals(cat))
                .singleElement().satisfies(c -> assertThat(c.productsListed()).isEqualTo(listed.get(cat) - 1));
        client.shelveProducts(List.of(someProduct));
        assertThat(client.sellThrough(new CompassRequest("2025-01-01", "2025-01-31")).categories())
                .allSatisfy(c -> assertThat(c.unitsSold()).isZero());
    }

    @Test
    void dsrScoresFollowTheOrdersOfTheLast60Days() {
        DsrResponse dsr = client.dsr();
        assertThat(dsr.windowDays()).isEqualTo(60);
        assertThat(dsr.region()).contains("Asia");
        assertThat(dsr.scores()).extracting(DsrScore::item).containsExactly("collection_time", "logistics_method",
                "receipt_time", "complaint_rate", "cancel_rate", "refund_handling_time", "reply_time", "rating");
        assertThat(dsr.scores()).allSatisfy(s -> {
            assertThat(s.score()).isBetween(BigDecimal.ZERO, new BigDecimal("5"));
            assertThat(s.regionAverage()).isNotNull();
        });
        LocalDateTime clock = LocalDateTime.ofInstant(server.shop().clock(), java.time.ZoneOffset.ofHours(8));
        String from = clock.minusDays(60).format(TIME);
        List<OrderInfo> window = paid.stream().filter(o -> o.paidTime().compareTo(from) >= 0).toList();
        long cancelled = window.stream().filter(o -> o.orderStatus() == 13 || o.orderStatus() == 12
                && Duration.between(LocalDateTime.parse(o.paidTime(), TIME), LocalDateTime.parse(o.cancelTime(), TIME))
                .toHours() >= 12).count();
        DsrScore cancelRate = dsr.scores().get(4);
        assertThat(cancelRate.value()).isEqualByComparingTo(BigDecimal.valueOf(cancelled)
                .divide(BigDecimal.valueOf(window.size()), 4, RoundingMode.HALF_UP));
        List<OrderInfo> shipped = window.stream().filter(o -> o.shippingTime() != null).toList();
        assertThat(shipped).isNotEmpty();
        double avgDays = shipped.stream().mapToDouble(o -> Duration.between(LocalDateTime.parse(o.paidTime(), TIME),
                LocalDateTime.parse(o.shippingTime(), TIME)).toMillis() / 86_400_000.0).average().orElseThrow();
        assertThat(dsr.scores().get(0).value().doubleValue()).isCloseTo(avgDays, org.assertj.core.data.Offset.offset(0.01));
        assertThat(client.dsr()).isEqualTo(dsr);
    }

    @Test
    void sellerLevelFromThe90DayGmvAndTheDsrAverage() {
        SellerLevelResponse level = client.sellerLevel();
        Instant clock = server.shop().clock();
        String from = LocalDateTime.ofInstant(clock.minus(Duration.ofDays(90)), java.time.ZoneOffset.ofHours(8))
                .format(TIME);
        BigDecimal gmv = paid.stream().filter(o -> o.paidTime().compareTo(from) >= 0).map(OrderInfo::payment)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(level.gmv90d()).isEqualByComparingTo(gmv);
        assertThat(level.dsrAverage()).isBetween(BigDecimal.ZERO, new BigDecimal("5"));
        CompassMethods.Level expected = CompassMethods.levelOf(gmv.movePointRight(2).longValueExact(),
                level.dsrAverage());
        assertThat(level.level()).isEqualTo(expected.level());
        assertThat(level.levelName()).isEqualTo(expected.name());
        if (level.level() < 4) {
            assertThat(level.nextLevelGmv()).isPositive();
        }
        assertThat(CompassMethods.levelOf(100_000_000L, new BigDecimal("4.60")).level()).isEqualTo(4);
        assertThat(CompassMethods.levelOf(100_000_000L, new BigDecimal("4.20")).level()).isEqualTo(3);
        assertThat(CompassMethods.levelOf(6_000_000L, new BigDecimal("3.60")).level()).isEqualTo(2);
        assertThat(CompassMethods.levelOf(6_000_000L, new BigDecimal("3.40")).level()).isEqualTo(1);
        assertThat(CompassMethods.levelOf(100_000_000L, new BigDecimal("2.50")).level()).isZero();
    }
}
