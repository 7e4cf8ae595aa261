package dev.wharf.store.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.Cart;
import dev.wharf.orders.DateField;
import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderCursor;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderPage;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.SplitReason;
import dev.wharf.orders.TabCounts;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders list against a real shop database: tabs, filters, search, keyset paging, carts and counts. */
class SqliteOrderListTest {
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path dir;
    Database db;
    TestOrders orders;
    SqliteOrderList list;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("wharf.db"));
        orders = new TestOrders(db);
        list = new SqliteOrderList(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Instant hoursAgo(long h) {
        return NOW.minus(Duration.ofHours(h));
    }

    List<String> ids(OrderFilter filter) {
        List<String> out = new ArrayList<>();
        Optional<OrderCursor> after = Optional.empty();
        do {
            OrderPage page = list.page(filter, after, 7);
            page.carts().forEach(c -> c.orders().stream().filter(OrderSummary::matches)
                    .forEach(o -> out.add(o.orderId())));
            after = page.next();
        } while (after.isPresent());
        return out;
    }

    void sampleShop() {
        orders.order("1001", "T1", 2, 3, 150_000, hoursAgo(20), "王芳", "13800001111");
        orders.order("1002", "T1", 2, 3, 120_000, hoursAgo(20), "王芳", "13800001111");
        orders.order("1003", "T1", 2, 4, 9_900, hoursAgo(20), "王芳", "13800001111");
        orders.order("2001", "T2", 2, 2, 30_000, hoursAgo(2), "欧阳娜娜", "13912345678");
        orders.order("3001", "T3", 17, 4, 50_000, hoursAgo(30), "李雨涵", "13700000000");
        orders.order("3002", "T4", 17, 2, 50_000, hoursAgo(10), "张伟", "13600000000");
        orders.order("4001", "T5", 3, 7, 20_000, hoursAgo(300), "陈静", "13500000000");
        orders.order("4002", "T6", 3, 2, 20_000, hoursAgo(200), "王芳华", "13400000000");
        orders.order("5001", "T7", 4, 2, 20_000, hoursAgo(900), "刘洋", "13300000000");
        orders.order("6001", "T8", 12, 5, 20_000, hoursAgo(400), "赵敏", "13200000000");
        orders.order("6002", "T9", 18, 5, 20_000, hoursAgo(401), "赵敏", "13200000000");
        orders.delivery("4001", 1, "PX123456789CN");
        orders.delivery("4002", 1, "EM998877665US");
        orders.refund("R1", "5001", 0, hoursAgo(1));
        orders.refund("R2", "4002", 1, hoursAgo(100));
    }

    @Test
    void everyTabHoldsItsOrdersMostUrgentFirst() {
        sampleShop();

        assertThat(ids(OrderFilter.of(OrderTab.AWAITING_ACCEPT))).containsExactly("1001", "1002", "1003", "2001");
        assertThat(ids(OrderFilter.of(OrderTab.AWAITING_SHIPMENT))).as("bonded: 2 days; direct mail: 72 h")
                .containsExactly("3001", "3002");
        assertThat(ids(OrderFilter.of(OrderTab.DOMESTIC_LEG_PENDING))).containsExactly("4001");
        assertThat(ids(OrderFilter.of(OrderTab.SHIPPED))).containsExactlyInAnyOrder("4001", "4002");
        assertThat(ids(OrderFilter.of(OrderTab.RECEIVED))).containsExactly("5001");
        assertThat(ids(OrderFilter.of(OrderTab.REFUNDS_OPEN))).containsExactly("5001");
        assertThat(ids(OrderFilter.of(OrderTab.REFUNDS_ALL))).containsExactly("5001", "4002");
        assertThat(ids(OrderFilter.of(OrderTab.CANCELLED))).containsExactlyInAnyOrder("6001", "6002");
        assertThat(ids(OrderFilter.of(OrderTab.ALL))).hasSize(11).startsWith("5001", "1001", "1002", "1003");

        TabCounts counts = list.tabCounts();
        for (OrderTab tab : OrderTab.values()) {
            assertThat(counts.of(tab)).as(tab.id()).isEqualTo(ids(OrderFilter.of(tab)).size());
        }
    }

    @Test
    void aCartShowsItsOrdersItemsTotalAndWhyItWasSplit() {
        sampleShop();

        OrderPage page = list.page(OrderFilter.of(OrderTab.AWAITING_ACCEPT), Optional.empty(), 50);

        Cart cart = page.carts().get(0);
        assertThat(cart.tradeId()).isEqualTo("T1");
        assertThat(cart.orders()).extracting(OrderSummary::orderId).containsExactly("1001", "1002", "1003");
        assertThat(cart.totalFen()).isEqualTo(279_900);
        assertThat(cart.splitReasons()).containsExactlyInAnyOrder(SplitReason.OVER_AMOUNT_LIMIT,
                SplitReason.DIFFERENT_DELIVERY_TYPES);
        assertThat(cart.orders().get(0).lines().get(0).propertiesText()).isEqualTo("尺寸: 6, 颜色: 红色");
        assertThat(page.carts().get(1).splitReasons()).isEmpty();
        assertThat(list.awaitingAcceptIn(List.of("T1", "T3"))).containsExactly("1001", "1002", "1003");
    }

    @Test
    void searchFindsChineseNamesOfTwoAndThreeCharactersPhonesTrackingAndIds() {
        sampleShop();
        OrderFilter all = OrderFilter.of(OrderTab.ALL);

        assertThat(ids(all.withSearch("欧阳娜娜"))).as("4 characters, trigram").containsExactly("2001");
        assertThat(ids(all.withSearch("王芳华"))).as("3 characters, trigram").containsExactly("4002");
        assertThat(ids(all.withSearch("王芳"))).as("2 characters, LIKE").containsExactlyInAnyOrder("1001", "1002",
                "1003", "4002");
        assertThat(ids(all.withSearch("赵"))).as("1 character").containsExactlyInAnyOrder("6001", "6002");
        assertThat(ids(all.withSearch("912345678"))).as("part of a phone").containsExactly("2001");
        assertThat(ids(all.withSearch("px123456789cn"))).as("tracking, any case").containsExactly("4001");
        assertThat(ids(all.withSearch("3002"))).containsExactly("3002");
        assertThat(ids(all.withSearch("T4"))).as("1–2 characters match receiver names only").isEmpty();
        assertThat(ids(all.withSearch("PX123456789CN"))).as("exact tracking number, by its index")
                .containsExactly("4001");
        assertThat(ids(all.withSearch("13912345678"))).as("exact mobile").containsExactly("2001");
        assertThat(ids(all.withSearch("13800001111 王芳"))).as("exact mobile and a name")
                .containsExactly("1001", "1002", "1003");
        assertThat(ids(all.withSearch("buyer-T7"))).as("buyer id").containsExactly("5001");
        assertThat(ids(all.withSearch("王芳 1003"))).as("every term must match").containsExactly("1003");
        assertThat(ids(all.withSearch("\"王芳\" OR *"))).as("query syntax is text").isEmpty();
        assertThat(ids(all.withSearch("50%"))).isEmpty();
    }

    @Test
    void searchThroughTheTrigramIndexFindsPhoneEndingsAndMixedTermsAndNothingForAFragmentNobodyHas() {
        sampleShop();
        OrderFilter all = OrderFilter.of(OrderTab.ALL);

        assertThat(ids(all.withSearch("5678"))).as("a mobile's last 4 digits").containsExactly("2001");
        assertThat(ids(all.withSearch("1111"))).as("last 4 digits of one cart's mobile")
                .containsExactly("1001", "1002", "1003");
        assertThat(ids(all.withSearch("王芳 1111"))).as("2-character name and phone ending").containsExactly("1001",
                "1002", "1003");
        assertThat(ids(all.withSearch("欧阳娜娜 5678"))).as("4-character name and phone ending").containsExactly("2001");
        assertThat(ids(all.withSearch("欧阳娜娜 1111"))).as("every term must match").isEmpty();
        assertThat(ids(OrderFilter.of(OrderTab.AWAITING_ACCEPT).withSearch("阳娜娜"))).as("the middle of a name, "
                + "within a tab").containsExactly("2001");
        assertThat(ids(OrderFilter.of(OrderTab.SHIPPED).withSearch("阳娜娜"))).isEmpty();
        assertThat(ids(all.withSearch("龘龘龘"))).as("a fragment nobody has").isEmpty();
        assertThat(ids(all.withSearch("em998877665us"))).as("a whole tracking number, any case")
                .containsExactly("4002");
        assertThat(ids(all.withSearch("998877665"))).as("tracking numbers are found whole, not by part").isEmpty();
    }

    @Test
    void theSearchIndexFollowsChangesToOrdersAndDeliveries() {
        sampleShop();
        OrderFilter all = OrderFilter.of(OrderTab.ALL);

        orders.sql("UPDATE orders SET receiver_name = '司马相如' WHERE order_id = '3002'");
        orders.delivery("3002", 1, "YT5550001112");
        orders.sql("DELETE FROM orders WHERE order_id = '4001'");

        assertThat(ids(all.withSearch("司马相如"))).containsExactly("3002");
        assertThat(ids(all.withSearch("张伟"))).isEmpty();
        assertThat(ids(all.withSearch("YT5550001112"))).containsExactly("3002");
        assertThat(ids(all.withSearch("PX123456789CN"))).isEmpty();
        assertThat(db.check().problems()).as("integrity, the search index included").isEmpty();
    }

    @Test
    void filtersNarrowTheTab() {
        sampleShop();
        orders.sql("UPDATE orders SET color_flag = 3 WHERE order_id IN ('1002', '4002')");
        orders.sql("UPDATE orders SET buyer_remark = '请尽快发货' WHERE order_id = '3001'");
        OrderFilter all = OrderFilter.of(OrderTab.ALL);

        assertThat(ids(all.withDeliveryType(5))).containsExactlyInAnyOrder("6001", "6002");
        assertThat(ids(all.withColorFlag(OrderFilter.ANY_FLAG))).containsExactly("1002", "4002");
        assertThat(ids(all.withColorFlag(2))).isEmpty();
        assertThat(ids(all.withBuyerRemark(true))).containsExactly("3001");
        assertThat(ids(all.withDates(DateField.ORDERED, hoursAgo(25), hoursAgo(5))))
                .containsExactlyInAnyOrder("1001", "1002", "1003", "3002");
        assertThat(ids(all.withDates(DateField.PAID, null, hoursAgo(299))))
                .containsExactlyInAnyOrder("4001", "5001", "6001", "6002");
        assertThat(ids(all.withAtRisk(true))).as("refund 1 h, accept 24 h, bonded 2 days")
                .containsExactly("5001", "1001", "1002", "1003", "3001", "2001");
        assertThat(ids(OrderFilter.of(OrderTab.AWAITING_ACCEPT).withSearch("王芳").withAtRisk(true)))
                .containsExactly("1001", "1002", "1003");
    }

    @Test
    void theStoredDeadlineIsTheOneTheRulesCompute() {
        new OrderGenerator(7, NOW).generate(db, 3000, n -> { });
        List<String> rows = TestQueries.strings(db, "SELECT o.status || '|' || coalesce(o.delivery_type, '') || '|' "
                + "|| coalesce(o.paid_at, '') || '|' || coalesce((SELECT min(requested_at) FROM refund r "
                + "WHERE r.order_id = o.order_id AND r.status = 0), '') || '|' || coalesce(o.due_at, '') FROM orders o");
        for (String row : rows) {
            String[] f = row.split("\\|", -1);
            Deadlines.Facts facts = new Deadlines.Facts(Integer.parseInt(f[0]), f[1].isEmpty() ? null
                    : Integer.valueOf(f[1]), at(f[2]), null, null, at(f[3]));
            assertThat(Deadlines.dueAt(facts).orElse(null)).as(row).isEqualTo(at(f[4]));
        }
    }

    private static Instant at(String ms) {
        return ms.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(ms));
    }

    @Test
    void pagingVisitsEveryCartOnceWithoutGapsOrDuplicates() {
        new OrderGenerator(11, NOW).generate(db, 3000, n -> { });
        for (OrderFilter filter : List.of(OrderFilter.of(OrderTab.ALL), OrderFilter.of(OrderTab.SHIPPED),
                OrderFilter.of(OrderTab.ALL).withSearch("王"), OrderFilter.of(OrderTab.ALL).withAtRisk(true))) {
            Set<String> trades = new HashSet<>();
            List<String> matched = new ArrayList<>();
            Optional<OrderCursor> after = Optional.empty();
            long lastUrgency = Long.MIN_VALUE;
            do {
                OrderPage page = list.page(filter, after, 23);
                for (Cart cart : page.carts()) {
                    assertThat(trades.add(cart.tradeId())).as("cart %s listed once", cart.tradeId()).isTrue();
                    OrderSummary first = cart.orders().stream().filter(OrderSummary::matches).findFirst().orElseThrow();
                    assertThat(first.urgency()).as("carts by urgency").isGreaterThanOrEqualTo(lastUrgency);
                    lastUrgency = first.urgency();
                    cart.orders().stream().filter(OrderSummary::matches).forEach(o -> matched.add(o.orderId()));
                }
                after = page.next();
            } while (after.isPresent());
            FilterSql where = FilterSql.of(filter, NOW.plus(Deadlines.AT_RISK_WITHIN).toEpochMilli());
            List<String> expected = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (var ps = c.prepareStatement("SELECT o.order_id FROM orders o WHERE " + where.sql())) {
                    where.bind(ps, 1);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
                return out;
            });
            assertThat(expected).isNotEmpty();
            assertThat(matched).as(filter.toString()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
