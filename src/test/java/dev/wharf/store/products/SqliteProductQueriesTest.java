package dev.wharf.store.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.products.DeliveryType;
import dev.wharf.products.PendingState;
import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuPage;
import dev.wharf.products.SkuRow;
import dev.wharf.products.StockAlerts;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteProductQueriesTest {
    @TempDir
    Path dir;
    private Database db;
    private SqliteProductQueries queries;
    private SqliteProductLocalData local;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("shop.db"));
        queries = new SqliteProductQueries(db);
        local = new SqliteProductLocalData(db, Clock.systemUTC());
        ProductSeed.product(db, "P1", "资生堂 红腰子精华液 50ml", "资生堂", "美妆", "on_sale", 2,
                new String[] {"SHI-50", "SHI-75"}, new int[] {3, 20}, new long[] {49_900, 69_900});
        ProductSeed.product(db, "P2", "Canon EOS R50 Camera", "Canon", "数码", "off_shelf", 5,
                new String[] {"CAN-R50"}, new int[] {0}, new long[] {599_900});
        ProductSeed.product(db, "P3", "花王 蒸汽眼罩 口红色", "花王", "美妆", "pre_sale", 7,
                new String[] {"KAO-EYE"}, new int[] {6}, new long[] {8_900});
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> outerIds(SkuFilter filter) {
        return queries.page(filter, null, 50).rows().stream().map(SkuRow::outerSkuId).toList();
    }

    @Test
    void pagesWalkEverySkuOnceInKeysetOrder() {
        ProductSeed.many(db, 250, 3);
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        SkuCursor after = null;
        int pages = 0;
        do {
            SkuPage page = queries.page(SkuFilter.all(), after, 100);
            page.rows().forEach(r -> {
                assertThat(seen.add(r.skuId())).as("once: %s", r.skuId()).isTrue();
                order.add(r.productId() + "/" + r.skuId());
            });
            after = page.next();
            pages++;
        } while (after != null);
        assertThat(seen).hasSize(754);
        assertThat(pages).isEqualTo(8);
        assertThat(order).isSorted();
        assertThat(queries.count(SkuFilter.all())).isEqualTo(754);
    }

    @Test
    void searchFindsChineseAndEnglishNamesBrandsAndOuterIds() {
        assertThat(outerIds(SkuFilter.all().withText("红腰子"))).containsExactly("SHI-50", "SHI-75");
        assertThat(outerIds(SkuFilter.all().withText("精华"))).as("2 characters: LIKE")
                .containsExactly("SHI-50", "SHI-75");
        assertThat(outerIds(SkuFilter.all().withText("口红"))).containsExactly("KAO-EYE");
        assertThat(outerIds(SkuFilter.all().withText("canon"))).as("case-insensitive").containsExactly("CAN-R50");
        assertThat(outerIds(SkuFilter.all().withText("eos r50"))).containsExactly("CAN-R50");
        assertThat(outerIds(SkuFilter.all().withText("KAO-EYE"))).containsExactly("KAO-EYE");
        assertThat(outerIds(SkuFilter.all().withText("资生堂 75"))).containsExactly("SHI-75");
        assertThat(outerIds(SkuFilter.all().withText("\"; DROP TABLE sku; --"))).isEmpty();
        assertThat(outerIds(SkuFilter.all().withText("%"))).isEmpty();
    }

    @Test
    void searchFollowsRenamesAndNewSkus() {
        db.write(c -> c.createStatement().executeUpdate("UPDATE product SET name = 'SK-II 神仙水 230ml' "
                + "WHERE product_id = 'P1'"));
        ProductSeed.product(db, "P4", "雪花秀 润燥精华", "雪花秀", "美妆", "on_sale", 2, new String[] {"SUL-1"},
                new int[] {9}, new long[] {100});
        assertThat(outerIds(SkuFilter.all().withText("神仙水"))).containsExactly("SHI-50", "SHI-75");
        assertThat(outerIds(SkuFilter.all().withText("红腰子"))).isEmpty();
        assertThat(outerIds(SkuFilter.all().withText("SUL-1"))).containsExactly("SUL-1");
        db.write(c -> c.createStatement().executeUpdate("DELETE FROM product WHERE product_id = 'P4'"));
        assertThat(outerIds(SkuFilter.all().withText("雪花秀"))).isEmpty();
    }

    @Test
    void filtersByStatusCategoryBrandDeliveryTypeAndLowStock() {
        assertThat(outerIds(SkuFilter.all().withStatus(ProductStatus.PRE_SALE))).containsExactly("KAO-EYE");
        assertThat(outerIds(SkuFilter.all().withCategory("美妆"))).containsExactly("SHI-50", "SHI-75", "KAO-EYE");
        assertThat(outerIds(SkuFilter.all().withBrand("Canon"))).containsExactly("CAN-R50");
        assertThat(outerIds(SkuFilter.all().withDeliveryType(DeliveryType.CONSOLIDATED))).containsExactly("KAO-EYE");
        // default threshold 5: stock 3 and 0 are low, 6 and 20 are not
        assertThat(outerIds(SkuFilter.all().withLowStockOnly(true))).containsExactly("SHI-50", "CAN-R50");
        local.setLowStockDefault(6);
        local.setThreshold("CAN-R50", 0);
        local.setThreshold("SHI-50", 2);
        assertThat(outerIds(SkuFilter.all().withLowStockOnly(true))).containsExactly("CAN-R50", "KAO-EYE");
        assertThat(queries.categories()).containsExactly("数码", "美妆");
        assertThat(queries.brands()).containsExactly("Canon", "花王", "资生堂");
        assertThat(queries.page(SkuFilter.all().withBrand("Canon"), null, 5).rows().get(0).properties())
                .isEqualTo("颜色: 色0");
    }

    @Test
    void stockAlertsListLowStockOnSaleAndOversoldSkus() {
        db.write(c -> {
            c.createStatement().executeUpdate("INSERT INTO orders (order_id, trade_id, status, amount_fen, "
                    + "payment_fen, ordered_at, synced_at) VALUES ('9001', 't', 2, 1, 1, 0, 0), "
                    + "('9002', 't', 17, 1, 1, 0, 0), ('9003', 't', 3, 1, 1, 0, 0)");
            c.createStatement().executeUpdate("INSERT INTO order_item (order_item_id, order_id, sku_id, "
                    + "product_title, delivery_type, price_fen, quantity, payment_fen) VALUES "
                    + "('i1', '9001', 'P3-0', 'x', 7, 1, 4, 1), ('i2', '9002', 'P3-0', 'x', 7, 1, 3, 1), "
                    + "('i3', '9003', 'P1-1', 'x', 2, 1, 50, 1), ('i4', '9001', 'P1-0', 'x', 2, 1, 3, 1)");
            return null;
        });
        StockAlerts alerts = queries.stockAlerts(10);
        // P2 is off the shelf: its empty stock is no alert
        assertThat(alerts.lowStock()).extracting(StockAlerts.Item::outerSkuId).containsExactly("SHI-50");
        assertThat(alerts.lowStockCount()).isEqualTo(1);
        // 7 paid/accepted units of KAO-EYE against 6 in stock; shipped orders do not count; 3 against 3 is fine
        assertThat(alerts.oversold()).extracting(StockAlerts.Item::outerSkuId, StockAlerts.Item::awaitingShipment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KAO-EYE", 7L));
        assertThat(alerts.oversoldCount()).isEqualTo(1);
    }

    @Test
    void marginsUseTheEditableRateTable() {
        local.setCost("SHI-50", new BigDecimal("8800"), "jpy");
        SkuRow row = queries.page(SkuFilter.all().withText("SHI-50"), null, 5).rows().get(0);
        assertThat(row.margin()).hasValueSatisfying(m -> assertThat(m.marginFen()).isEqualTo(49_900 - 41_360));
        local.setRate("JPY", new BigDecimal("0.06"));
        row = queries.page(SkuFilter.all().withText("SHI-50"), null, 5).rows().get(0);
        assertThat(row.margin().orElseThrow().marginFen()).isEqualTo(49_900 - 52_800);
        assertThat(row.margin().orElseThrow().negative()).isTrue();
        assertThat(queries.exchangeRates()).containsEntry("JPY", new BigDecimal("0.06")).containsKeys("USD", "EUR",
                "GBP", "KRW", "AUD");

        assertThatThrownBy(() -> local.setRate("JPY", BigDecimal.ZERO)).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> local.setRate("yen!", BigDecimal.ONE)).hasMessageContaining("3-letter");
        assertThatThrownBy(() -> local.setCost("NOPE", BigDecimal.ONE, "USD")).hasMessageContaining("not in the shop");
        assertThatThrownBy(() -> local.setCost("SHI-50", new BigDecimal("-1"), "USD")).hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> local.setThreshold("SHI-50", -1)).hasMessageContaining("≥ 0");
    }

    @Test
    void aLocalChangeShowsWaitingOnItsSku() {
        new SqliteLocalCommands(db, Clock.systemUTC(), counts -> { }).updateStock("SHI-75", 2);
        List<SkuRow> rows = queries.byOuterIds(List.of("SHI-50", "SHI-75"));
        assertThat(rows).extracting(SkuRow::outerSkuId, SkuRow::pending, SkuRow::stock).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SHI-50", PendingState.NONE, 3),
                org.assertj.core.groups.Tuple.tuple("SHI-75", PendingState.WAITING, 2));
        db.write(c -> c.createStatement().executeUpdate("UPDATE outbox SET state = 'rejected', last_error = 'no'"));
        assertThat(queries.byOuterIds(List.of("SHI-75")).get(0).pendingMessage()).isEqualTo("no");
    }

    @Test
    void aSavedDraftReadsBackForTheNextEditBeforeThePlatformConfirmsIt() {
        dev.wharf.products.ProductService service = new dev.wharf.products.ProductService(queries, local,
                new SqliteLocalCommands(db, Clock.systemUTC(), counts -> { }));
        dev.wharf.products.ProductDraft draft = new dev.wharf.products.ProductDraft(null, "1001", "美妆", "10",
                "Canmake", "Canmake 井田 棉花糖 蜜粉饼 10g", "控油", DeliveryType.CONSOLIDATED,
                java.time.LocalDateTime.of(2026, 12, 1, 8, 0), java.time.LocalDateTime.of(2027, 1, 1, 0, 0),
                List.of(), List.of(new dev.wharf.products.ProductDraft.SkuDraft("颜色:透明;规格:10g", "CM-1", "89.90",
                        "80", "", "12", "0.05", 0)));
        String id = service.save(draft);
        assertThat(id).startsWith("local-");

        dev.wharf.products.ProductDraft back = queries.draft(id).orElseThrow();
        assertThat(back).isEqualTo(new dev.wharf.products.ProductDraft(id, "1001", "美妆", "10", "Canmake",
                "Canmake 井田 棉花糖 蜜粉饼 10g", "控油", DeliveryType.CONSOLIDATED,
                java.time.LocalDateTime.of(2026, 12, 1, 8, 0), java.time.LocalDateTime.of(2027, 1, 1, 0, 0),
                List.of(), List.of(new dev.wharf.products.ProductDraft.SkuDraft("颜色:透明;规格:10g", "CM-1", "89.90",
                        "80.00", "", "12", "0.05", 0))));
        assertThat(queries.ownerOfOuterId("CM-1")).isEqualTo(id);
        assertThat(queries.categoryChoices()).contains(new dev.wharf.products.ProductQueries.IdName("1001", "美妆"));

        // a second SKU with an id another product uses is refused before anything is written
        dev.wharf.products.ProductDraft clash = new dev.wharf.products.ProductDraft(id, "1001", "美妆", "10",
                "Canmake", "Canmake 井田 棉花糖 蜜粉饼 10g", "控油", DeliveryType.CONSOLIDATED, null, null, List.of(),
                List.of(back.skus().get(0), new dev.wharf.products.ProductDraft.SkuDraft("", "SHI-50", "1", "", "",
                        "0", "", 0)));
        assertThatThrownBy(() -> service.save(clash)).hasMessageContaining("sku.1.outerId");
        assertThat(queries.draft(id).orElseThrow().skus()).hasSize(1);
    }
}
